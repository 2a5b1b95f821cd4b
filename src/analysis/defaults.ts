/**
 * Defaults and bounds of the analyses that the command line shows in its help and checks its options
 * against. They live here, apart from the code that uses them, so that `wujian --help` can show them
 * without loading the analyses (XState, d3).
 */
import { LUNAR_YEARS } from '../model/calendar/dates.js';
import { roundHalfUp } from '../vocabulary/numbers.js';

/** Largest number of paths `--list-paths` lists unless the caller says otherwise. */
export const DEFAULT_PATH_LIMIT = 1000;

/** Fewest and most cases a simulation may ask for. */
export const RUNS_RANGE = { min: 1, max: 10_000_000 } as const;

/**
 * Years dates may be counted in (--start-date) and a calendar template written for (init --calendar
 * --year): those whose lunar holidays can be computed, so that a year nobody has arranged is assumed.
 */
export const DATE_YEARS = LUNAR_YEARS;

/** Largest simulation seed: d3.randomLcg keeps 32 bits of it. */
export const MAX_SEED = 4_294_967_295;

/** The prices of the Standard Cost Model (compare/money.ts). */
export interface MoneySettings {
  /** The applicant's time, yuan an hour. */
  hourlyCost: number;
  /** One trip in person, yuan (time there and back, queueing, travel). */
  tripCost: number;
  /** Hours to prepare one copy of a material. */
  prepHours: number;
  /** Hours a working day of waiting counts as burden (following up, staying available). */
  waitHours: number;
}

/**
 * Defaults. hourlyCost: 2023 average wage of urban non-private employees, 120,698 yuan a year
 * (National Bureau of Statistics, May 2024) over 2,088 paid hours (12 months × 21.75 paid days,
 * 劳社部发〔2008〕3号, × 8 hours) = 57.806 yuan, shown as 57.81. tripCost: half a working day (4 hours)
 * at that unrounded rate plus 20 yuan of local travel = 251.22 yuan, a modelled estimate (the code rounds
 * once, at the end; 4 × the rounded 57.81 would give 251.24). prepHours 0.5 and waitHours 0.5
 * are modelled estimates; override them with what a local survey finds.
 */
export const DEFAULT_MONEY: MoneySettings = {
  hourlyCost: roundHalfUp(120698 / (12 * 21.75 * 8), 2),
  tripCost: roundHalfUp(4 * (120698 / (12 * 21.75 * 8)) + 20, 2),
  prepHours: 0.5,
  waitHours: 0.5,
};

/**
 * The largest price each setting of the Standard Cost Model takes: far above any real price (an hour
 * of a wage at 100,000 yuan, a day waited at 24 hours), far below where sums over a year's cases could
 * overflow to Infinity or lose every digit that matters.
 */
export const MAX_MONEY: Readonly<MoneySettings> = {
  hourlyCost: 100_000,
  tripCost: 1_000_000,
  prepHours: 1_000,
  waitHours: 24,
};

/** Most cases a year an item may have: `volume` in a procedure file (schemas/procedure.schema.json) and compare's --volume. */
export const MAX_VOLUME = 1_000_000_000;
