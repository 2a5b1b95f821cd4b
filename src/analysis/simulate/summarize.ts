/**
 * From the samples of a run to the figures a report shows: distributions (distribution.ts), the share
 * of cases over each limit with a Wilson interval, outcome shares and time per step.
 */
import { limitBound } from '../counted-time.js';
import { DEFAULT_CALENDAR, type FinishDate, type WorkCalendar } from '../calendar.js';
import { getDateBasis } from '../date-basis.js';
import { getDistribution, getTallyDistribution } from './distribution.js';
import { OUTCOMES, type CaseSamples, type Distribution, type Exceedance, type SimulationResult, type SummaryInput } from './types.js';

/** z of a two-sided 95% interval. */
const Z = 1.959963984540054;
/** Counted days within this of a limit do not exceed it (durations in hours make fractions). */
const EPSILON = 1e-9;

/** What a run was asked, to put beside its figures. */
export interface RunFacts {
  /** Engine that ran the cases. */
  engine: SimulationResult['engine'];
  /** Seed of the draws. */
  seed: number;
  /** Cases requested. */
  runs: number;
  /** Cases run: samples 0 … completed − 1 are filled. */
  completed: number;
  /** Date of application, for calendar days. */
  startDate?: string;
  /** The calendar the calendar days are counted on (the official arrangements by default). */
  calendar?: WorkCalendar;
}

/**
 * Summarises the first `facts.completed` cases of `samples`, of a procedure or a bundle as `input`
 * describes it; with a start date, the calendar days of each case and how many cases were counted on
 * assumed days.
 */
export function summarize(input: SummaryInput, samples: CaseSamples, facts: RunFacts): SimulationResult {
  const n = facts.completed;
  const workdays = samples.workdays.subarray(0, n);
  const counted = samples.counted.subarray(0, n);
  const { statutory, committed } = input.limits;
  const counts = new Array<number>(OUTCOMES.length).fill(0);
  for (let i = 0; i < n; i++) counts[samples.outcome[i]!]!++;
  const perStep = input.steps.map((step, i) => ({ key: step.key, name: step.name, meanDays: n > 0 ? samples.stepDays[i]! / n : 0 }));
  const allStepDays = perStep.reduce((sum, s) => sum + s.meanDays, 0);
  const calendar = facts.calendar ?? DEFAULT_CALENDAR;
  const dated = facts.startDate ? toCalendarDays(facts.startDate, workdays, calendar) : undefined;
  return {
    subject: input.subject,
    engine: facts.engine,
    seed: facts.seed,
    runs: facts.runs,
    completed: n,
    interrupted: n < facts.runs,
    ...(facts.startDate ? { startDate: facts.startDate } : {}),
    ...(facts.startDate && dated
      ? { dates: { ...getDateBasis(calendar, facts.startDate, dated.finishes), assumedCases: dated.assumedCases } }
      : {}),
    limits: { statutory, committed },
    measures: {
      workdays: getDistribution(workdays),
      counted: getDistribution(counted),
      trips: getDistribution(samples.trips.subarray(0, n)),
      ...(dated ? { calendarDays: dated.distribution } : {}),
    },
    exceed: {
      statutory: statutory && getExceedance(counted, limitBound(statutory)),
      committed: committed && getExceedance(counted, limitBound(committed)),
    },
    outcomes: OUTCOMES.filter((o, i) => input.outcomes.has(o) || counts[i]! > 0).map((outcome) => {
      const cases = counts[OUTCOMES.indexOf(outcome)]!;
      return { outcome, cases, share: n > 0 ? cases / n : 0 };
    }),
    corrections: { mean: n > 0 ? samples.corrections / n : 0 },
    stepTime: perStep
      .map((s) => ({ ...s, share: allStepDays > 0 ? s.meanDays / allStepDays : 0 }))
      .sort((x, y) => y.share - x.share),
    visitsPerCase: n > 0 ? samples.visits / n : 0,
  };
}

/**
 * The cases over `limit` and their share with its 95% Wilson score interval.
 * @example getExceedance(Float64Array.of(10, 25), 20) // { limit: 20, cases: 1, share: 0.5, ci95: [0.095, 0.905] }
 */
export function getExceedance(counted: Float64Array, limit: number): Exceedance {
  let cases = 0;
  for (let i = 0; i < counted.length; i++) if (counted[i]! > limit + EPSILON) cases++;
  return { limit, cases, share: counted.length > 0 ? cases / counted.length : 0, ci95: wilson(cases, counted.length) };
}

/** The Wilson score interval of k successes in n trials at 95% confidence. */
export function wilson(k: number, n: number): [number, number] {
  if (n === 0) return [0, 1];
  const p = k / n;
  const z2 = Z * Z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (Z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At k = 0 (or n) the bound is exactly 0 (or 1); computed, it would carry rounding noise such as 2.7e-20.
  return [k === 0 ? 0 : Math.max(0, centre - half), k === n ? 1 : Math.min(1, centre + half)];
}

/**
 * The distribution of calendar days to finish from `start` (working days rounded up, counted from the
 * next day), tallied by value (a run has a few hundred distinct values however many cases it has),
 * the distinct finishing dates, and the cases whose count touched an assumed day.
 */
function toCalendarDays(start: string, workdays: Float64Array, calendar: WorkCalendar) {
  const byWholeDays = new Map<number, FinishDate>();
  const tally = new Map<number, number>();
  let assumedCases = 0;
  for (let i = 0; i < workdays.length; i++) {
    const whole = Math.ceil(workdays[i]!);
    let finish = byWholeDays.get(whole);
    if (finish === undefined) byWholeDays.set(whole, (finish = calendar.finishDate(start, whole)));
    if (finish.assumed) assumedCases++;
    tally.set(finish.calendarDays, (tally.get(finish.calendarDays) ?? 0) + 1);
  }
  return { distribution: getTallyDistribution(tally), finishes: [...byWholeDays.values()], assumedCases };
}
