/**
 * Monte Carlo simulation of a procedure or a bundle: what it is asked, what one run of cases records,
 * and the summary it returns. Days are working days unless a name says calendar.
 */
import type { Outcome } from '../../model/types.js';
import type { WorkCalendar } from '../calendar.js';
import type { DateBasis } from '../date-basis.js';
import type { LimitFigure as AnalysisLimit } from '../types.js';

/**
 * A limit as the simulation checks and reports it: the analysis's own, calendar days counted on the
 * calendar. A limit in calendar days with no date to count from has no working days and is not checked.
 */
export type LimitFigure = AnalysisLimit & { workdays: number };

/** Which engine runs the cases: both mean the same (see engine.ts), one is fast. */
export type EngineName = 'fast' | 'reference';

/** What to simulate. */
export interface SimulationOptions {
  /** Number of cases. */
  runs: number;
  /** Seed of the d3.randomLcg source every draw comes from. */
  seed: number;
  /** Date of application (YYYY-MM-DD), to count calendar days. */
  startDate?: string;
  /** The calendar those days are counted on (the official arrangements by default). */
  calendar?: WorkCalendar;
  /** Engine; fast by default. */
  engine?: EngineName;
  /** Called after each chunk of cases with the cases done so far. */
  onProgress?: (completed: number, runs: number) => void;
  /** Stops the run between chunks; the result then covers the cases done and is marked interrupted. */
  signal?: AbortSignal;
}

/** The figures of every case of a run, one slot per case, filled by an engine. */
export interface CaseSamples {
  /** Elapsed working days of each case (a parallel block takes its slowest branch). */
  workdays: Float64Array;
  /** Working days counted toward the statutory limit (Art. 45 steps left out). */
  counted: Float64Array;
  /** Trips in person of each case (whole numbers: each step's trips are). */
  trips: Uint32Array;
  /** Outcome of each case, as an index into OUTCOMES. */
  outcome: Uint8Array;
  /** Working days spent in each step, summed over the cases, by step index (see allSteps). */
  stepDays: Float64Array;
  /** Bounded (correction) transitions taken, over all cases. */
  corrections: number;
  /** Steps visited, over all cases (a step visited twice counts twice). */
  visits: number;
}

/** A distribution of one figure over the cases. */
export interface Distribution {
  /** Arithmetic mean. */
  mean: number;
  /** 50th percentile. */
  median: number;
  /** 90th percentile. */
  p90: number;
  /** 95th percentile. */
  p95: number;
  /** Smallest value. */
  min: number;
  /** Largest value. */
  max: number;
  /** Counts in bins that cover [min, max] (d3.bin). */
  histogram: Array<{ x0: number; x1: number; count: number }>;
}

/** How many cases exceed a limit, with a 95% Wilson confidence interval on the share. */
export interface Exceedance {
  /** The limit in working days. */
  limit: number;
  /** Cases whose counted working days exceed it. */
  cases: number;
  /** cases / completed. */
  share: number;
  /** Wilson score interval at 95% confidence. */
  ci95: [number, number];
}

/** What was simulated, as a report names it. */
export interface SimulationSubject {
  /** A procedure (one item) or a bundle (一件事) of items. */
  kind: 'procedure' | 'bundle';
  /** The file it was read from. */
  file: string;
  /** Its id. */
  id: string;
  /** Its name. */
  name: string;
  /** Its version (改革前/改革后); a bundle without one has an empty label. */
  version: { label: string; date?: string };
}

/** What a summary needs to know of what was simulated, beside the samples. */
export interface SummaryInput {
  /** What was simulated. */
  subject: SimulationSubject;
  /** The limits whose exceedance is counted on counted working days. */
  limits: { statutory?: LimitFigure; committed?: LimitFigure };
  /** Every step, in the order of the samples' step index. */
  steps: Array<{ key: string; name: string }>;
  /** Outcomes the cases can reach (listed even when no case reached them). */
  outcomes: ReadonlySet<Outcome>;
}

/** How often one item of a bundle was on the critical path. */
export interface ItemCriticalShare {
  /** Item id. */
  id: string;
  /** Item name. */
  name: string;
  /** The item's file. */
  file: string;
  /** Cases in which the item was on the critical path. */
  criticalCases: number;
  /** criticalCases / completed. */
  criticalShare: number;
}

/** The result of simulating one procedure or bundle. */
export interface SimulationResult {
  /** What was simulated. */
  subject: SimulationSubject;
  /** Engine used. */
  engine: EngineName;
  /** Seed used. */
  seed: number;
  /** Cases requested. */
  runs: number;
  /** Cases run (fewer when interrupted). */
  completed: number;
  /** True when the run was stopped before `runs` cases. */
  interrupted: boolean;
  /** Start date, when given. */
  startDate?: string;
  /** What the calendar days rest on, and how many cases were counted on assumed days; with a start date. */
  dates?: DateBasis & { assumedCases: number };
  /** Statutory and committed limits, when set. */
  limits: { statutory?: LimitFigure; committed?: LimitFigure };
  /** Distributions over the completed cases. */
  measures: { workdays: Distribution; counted: Distribution; trips: Distribution; calendarDays?: Distribution };
  /** Share of cases over each limit, on counted working days. */
  exceed: { statutory?: Exceedance; committed?: Exceedance };
  /** Cases ending in each outcome the process can reach. */
  outcomes: Array<{ outcome: Outcome; cases: number; share: number }>;
  /** Mean correction (bounded) transitions per case. */
  corrections: { mean: number };
  /** Mean working days in each step, and its share of all step time, largest first. */
  stepTime: Array<{ key: string; name: string; meanDays: number; share: number }>;
  /** Steps visited per case on average, for throughput figures. */
  visitsPerCase: number;
  /** A bundle's items, with how often each was on the critical path; absent for a procedure. */
  items?: ItemCriticalShare[];
}

/** Outcomes in index order (CaseSamples.outcome). */
export const OUTCOMES: readonly Outcome[] = ['approved', 'rejected', 'withdrawn'];
