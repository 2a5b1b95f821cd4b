/** The analysis results: paths through a procedure and the measures of 五减. */
import type { CountingRuleId } from '../vocabulary/index.js';
import type { DayUnit, FinalState, Outcome, ParallelState, StepState, Transition } from '../model/types.js';
import type { FinishDate } from './calendar.js';

/** One element of a path: a step, or a parallel block with the path taken in each branch. */
export type PathStep =
  | { type: 'step'; state: StepState; /** The transition taken out of it. */ via?: Transition }
  | { type: 'parallel'; state: ParallelState; /** The path through each branch, in branch order. */ regions: Path[] };

/** A path from a region's start to one of its end states. */
export interface Path {
  /** Steps and blocks in order. */
  steps: PathStep[];
  /** The end state reached. */
  end: FinalState;
  /** Probability of this exact path (branches of a block multiply). */
  probability: number;
}

/** A time figure in working days under the three duration scenarios. */
export interface TimeRange {
  /** With every step at its shortest. */
  min: number;
  /** With every step at its most likely duration. */
  mode: number;
  /** With every step at its longest. */
  max: number;
}

/** The measures of one path. */
export interface PathMeasures {
  /** Steps (环节) on the path by the rule in force (a parallel block as one stage by default). */
  steps: number;
  /** The same path under each uniform rule: every block one stage, and every step counted. */
  stepCounts: { stage: number; perStep: number };
  /** Step names in order (a block's branches joined with " ∥ "). */
  stepNames: string[];
  /** Distinct materials the applicant prepares on the path (shared, committed and cancelled ones excluded). */
  materials: string[];
  /** Copies of those materials. */
  copies: number;
  /** Trips in person (跑动次数). */
  trips: number;
  /** Fees in yuan: the item's fees and the fees of the steps on the path. */
  fees: number;
  /** Departments involved. */
  departments: string[];
  /** Elapsed working days; a block takes as long as its slowest branch. */
  time: TimeRange;
  /** Working days that count toward the statutory limit (Art. 45 steps excluded). */
  counted: TimeRange;
  /** Working days that do not count (testing, expert review, hearings …); time − counted. */
  uncounted: TimeRange;
  /** Probability of the path. */
  probability: number;
  /** The end state's outcome. */
  outcome?: Outcome;
}

/** A question the exact analysis answers: the best path under one measure. */
export interface Objective {
  /** +1 to maximise the measure, −1 to minimise it. */
  sense: 1 | -1;
  /** What a step adds to the measure (ignored when `probability` is set). */
  weight: (step: StepState) => number;
  /** How a block's branches combine: time runs side by side (max), counts add up (sum). */
  combine: 'max' | 'sum';
  /** Maximise the path's probability instead of a step measure. */
  probability?: boolean;
  /** Whether bounded (correction) transitions may be taken. */
  corrections: boolean;
}

/** A named path's time in working days under its scenario, and when it ends given a start date. */
export interface TimeFigure {
  /** Elapsed working days. */
  elapsed: number;
  /** Working days counted toward the statutory limit. */
  counted: number;
  /** Working days not counted (Art. 45). */
  uncounted: number;
  /** Finish date and calendar days (and the first assumed date counted, if any), when a start date was given. */
  finish?: FinishDate;
}

/** A named path in a report: its measures, and its time under the path's own scenario. */
export interface PathReport extends PathMeasures {
  /** Which duration scenario the path's time figure uses. */
  scenario: keyof TimeRange;
  /** The time under that scenario. */
  timeFigure: TimeFigure;
}

/** A compliance finding on a procedure (not an error in the file: a fact for the report); codes and words: src/vocabulary/findings.ts. */
export type { Finding } from '../vocabulary/index.js';
import type { Finding } from '../vocabulary/index.js';

/** A time limit as the reports give it: as written, and in working days. */
export interface LimitFigure {
  /** Days as written (0 for 即办). */
  days: number;
  /** Working days or calendar days. */
  unit: DayUnit;
  /** True for 即办 (handled on the spot). */
  instant: boolean;
  /**
   * In working days: as written, or for calendar days counted on the working-day calendar from `from`
   * (never 5/7). Absent for calendar days with no date to count from: there is no figure, and the
   * limit is neither compared nor checked (the file gets a calendar-day-without-date warning).
   */
  workdays?: number;
  /** For a limit in calendar days: the date its working days were counted from. */
  from?: string;
  /** For a limit in calendar days: the first day counted on assumed days (a year no arrangement covers). */
  assumed?: string;
}

/** How a procedure stands against one of its limits over every path (see compliance.ts). */
export interface ComplianceFigure {
  /** Which limit. */
  limit: 'statutory' | 'committed';
  /** Working days counted time is compared with (即办: 1, the same working day). */
  bound: number;
  /** The limit as written: days. */
  days: number;
  /** The limit as written: unit. */
  unit: DayUnit;
  /** For a limit in calendar days: the date its working days were counted from on the calendar. */
  from?: string;
  /** The path with the most counted time, every step at its longest. */
  worst: { counted: number; probability: number; steps: string[] };
  /** Probability that counted time exceeds the bound: steps at their most likely, and at their longest. */
  breach: { mode: number; max: number };
  /** False when a large parallel block was bounded by its elapsed time instead of laid out. */
  exact: boolean;
  /** The rules: counted-timeline, and instant-same-day for a 即办 limit. */
  rules: CountingRuleId[];
}

/** Everything wujian measures of one procedure (one version of one item). */
export interface ProcedureAnalysis {
  /** The file it was read from. */
  file: string;
  /** Item id shared by its versions. */
  id: string;
  /** Item name. */
  name: string;
  /** Which version: its label (改革前 / 改革后) and the date it applies from. */
  version: { label: string; date?: string };
  /** 事项编码, when given. */
  code?: string;
  /** 事项类型 (行政许可 …), when given. */
  type?: string;
  /** 实施主体, when given. */
  department?: string;
  /** 事项数: one per procedure (bundles add up items). */
  items: number;
  /** 即办: handled on the spot. */
  instant: boolean;
  /** 办件类型: 即办件 or 承诺件, when given. */
  handling?: string;
  /** 网办深度 (Ⅰ级–Ⅳ级), when given. */
  online?: string;
  /** Statutory and committed limits; calendar days counted on the working-day calendar. */
  limits: {
    statutory?: LimitFigure;
    committed?: LimitFigure;
  };
  /** Materials: defined, prepared (whole procedure and standard path), copies, cut by reform marks. */
  materials: {
    /** Materials defined in the file. */
    defined: number;
    /** Distinct materials the applicant prepares over the whole procedure. */
    procedure: number;
    /** Distinct materials the applicant prepares on the standard path. */
    standardPath: number;
    /** Copies: over the whole procedure and on the standard path. */
    copies: { procedure: number; standardPath: number };
    /** Materials cut by each reform instrument. */
    reform: { shared: number; commitment: number; deferred: number; cancelled: number };
    /** How distinct materials are counted. */
    method: string;
  };
  /**
   * 环节: every step in the model, and on the named paths by the rule in force (`rule`), with the
   * standard path's count under each uniform rule (shown where it differs).
   */
  steps: {
    /** Every step in the model. */
    model: number;
    /** On the standard path. */
    standard?: number;
    /** On the fastest path. */
    fastest?: number;
    /** On the slowest path. */
    slowest?: number;
    /** How parallel blocks were counted. */
    rule: CountingRuleId;
    /** The standard path counted with every block as one 环节 (stage) and step by step (perStep). */
    standardCounts?: { stage: number; perStep: number };
  };
  /** Time of the standard, fastest and slowest paths, each under its own scenario. */
  time: { standard?: TimeFigure; fastest?: TimeFigure; slowest?: TimeFigure };
  /** Fees in yuan: on the standard path, and the most any approval path charges. */
  fees: { standard?: number; max?: number };
  /** Trips: on the standard path, and the most any path takes. */
  trips: { standard?: number; worst?: number };
  /** Departments involved: the item's and every step's. */
  departments: string[];
  /** The named paths and each outcome's probability (with its most likely path). */
  paths: {
    /** Paths that end approved (may be Infinity for loops without bound; JSON writes the largest number). */
    approvalPaths: number;
    /** The most probable path to approval without corrections. */
    standard?: PathReport;
    /** The shortest path to approval. */
    fastest?: PathReport;
    /** The longest path to approval. */
    slowest?: PathReport;
    /** The path with the most trips in person. */
    mostTrips?: PathReport;
    /** Each outcome, its probability and its most likely path. */
    outcomes: Array<{ outcome: Outcome; probability: number; path?: PathReport }>;
  };
  /** Each limit checked over every path. */
  compliance: ComplianceFigure[];
  /** Compliance findings (src/vocabulary/findings.ts words them). */
  findings: Finding[];
}
