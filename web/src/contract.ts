/**
 * The JSON the app draws, as /work/CONTRACTS.md fixes it: the comparison (schemas/comparison.schema.json),
 * the simulation (schemas/simulation.schema.json) and the process graphs (src/report/process-graph.ts).
 * Only the fields the app reads are typed; producers may add more.
 */
import type { ProcessGraph } from '../../src/report/process-graph.js';

export type { GraphMaterial, GraphRegion, GraphState, GraphTransition, ProcessGraph } from '../../src/report/process-graph.js';

/** Chinese and English text of one label. */
export interface Bilingual {
  /** Chinese. */
  zh: string;
  /** English. */
  en: string;
}

/** One item of a comparison side, on the bundle's schedule (a procedure is one item). */
export interface SideItem {
  /** Item id. */
  id: string;
  /** Item name. */
  name: string;
  /** Ids of items that must finish first. */
  after: string[];
  /** True when the item is on the critical path. */
  critical: boolean;
  /** Start and finish in working days. */
  start: number;
  /** Finish in working days. */
  finish: number;
  /** Materials, steps, trips and days of the item. */
  materials: number;
  /** Steps of the item. */
  steps: number;
  /** Trips of the item. */
  trips: number;
  /** Working days of the item. */
  days: number;
}

/** One step on the standard path's timeline. */
export interface TimelineEntry {
  /** Item id. */
  item: string;
  /** Step key. */
  key: string;
  /** Step name. */
  name: string;
  /** Who does it. */
  actor: string;
  /** Department, when given. */
  department?: string;
  /** Start in working days. */
  start: number;
  /** End in working days. */
  end: number;
}

/** A material row for the materials matrix. */
export interface SideMaterial {
  /** Material id. */
  id: string;
  /** Name. */
  name: string;
  /** Items that ask for it. */
  items: string[];
  /** Step keys that ask for it. */
  steps: string[];
  /** True when the applicant still prepares it. */
  prepared: boolean;
  /** Reform mark. */
  reform?: string;
}

/** One side (before or after) of a comparison. */
export interface ComparisonSide {
  file: string;
  /** procedure or bundle. */
  kind: 'procedure' | 'bundle';
  id: string;
  name: string;
  /** 改革前 / 改革后. */
  label: string;
  /** Bundles only: separate or once. */
  submission?: 'separate' | 'once';
  /** Items on the schedule. */
  items: SideItem[];
  /** Item ids on the critical path. */
  criticalPath: string[];
  /** The standard path, step by step. */
  timeline: TimelineEntry[];
  /** Materials for the matrix. */
  materials: SideMaterial[];
}

/** One measure of 五减, before and after. */
export interface Measure {
  /** items, materials, copies, steps, statutoryLimit, committedLimit, timeStandard, timeSlowest, fees, trips, departments. */
  key: string;
  /** Name. */
  name: Bilingual;
  /** Unit. */
  unit: Bilingual;
  /** Value before; null when that version does not have the figure (e.g. no statutory limit). */
  before: number | null;
  /** Value after; null when unknown. */
  after: number | null;
  /** before − after; null when either is unknown. */
  cut: number | null;
  /** Cut in percent of before, 2 decimals; null when before is 0. */
  cutPercent: number | null;
  /** The cut as people read it, e.g. 压减51.43%. */
  text: Bilingual;
}

/** One change the reform made. */
export interface LedgerEntry {
  /** item, material, step, trip or fee. */
  kind: string;
  /** removed, merged, added or changed. */
  change: string;
  /** Why: cancelled, shared, commitment, deferred, merged … */
  reason: string;
  /** Id of the thing changed (a step key for steps). */
  id: string;
  /** Its name. */
  name: string;
  /** Item it belongs to. */
  item?: string;
  /** What it was merged into. */
  into?: string;
  /** Quantity before, for changed quantities. */
  before?: number;
  /** Quantity after. */
  after?: number;
}

/** A reform target and whether it was met. */
export interface Target {
  /** Measure key. */
  measure: string;
  /** e.g. "cutPercent>=" or "after<=". */
  op: string;
  /** Target value. */
  value: number;
  /** Actual value; null when unknown. */
  actual: number | null;
  /** True when met. */
  met: boolean;
  /** The target as the user wrote it, e.g. "材料压减>=30%". */
  text?: string;
}

/** The comparison of a before and an after version. */
export interface Comparison {
  before: ComparisonSide;
  after: ComparisonSide;
  measures: Measure[];
  ledger: LedgerEntry[];
  targets?: Target[];
  /** Money in yuan a year (Standard Cost Model), when volumes are known. */
  money?: { before: number; after: number; saved: number; formula: Bilingual };
  summary?: Bilingual;
}

/** A distribution of a simulated measure. */
export interface Distribution {
  mean: number;
  median: number;
  p90: number;
  p95: number;
  min: number;
  max: number;
  /** Bins covering [min, max]. */
  histogram: Array<{ x0: number; x1: number; count: number }>;
}

/** Share of simulated cases over one limit. */
export interface Exceed {
  /** The limit in working days. */
  limit: number;
  /** Cases over it. */
  cases: number;
  /** Share of cases over it. */
  share: number;
  /** 95% confidence interval of the share. */
  ci95: [number, number];
}

/** A Monte Carlo simulation of one version. */
export interface Simulation {
  name: string;
  version: { label: string };
  runs: number;
  completed: number;
  seed: number;
  measures: { workdays: Distribution; counted: Distribution; trips: Distribution };
  exceed: { statutory?: Exceed; committed?: Exceed };
  limits?: { statutory?: { workdays: number }; committed?: { workdays: number } };
}

/** One case the app presents. */
export interface Case {
  /** Case id. */
  id: string;
  /** Title in both languages (a plain string is used for both). */
  title: Bilingual | string;
  comparison: Comparison;
  simulations?: { before: Simulation; after: Simulation };
  graphs: { before: ProcessGraph[]; after: ProcessGraph[] };
}

/** What the app loads. */
export interface CasesDocument {
  cases: Case[];
}
