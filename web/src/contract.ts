/**
 * The JSON the app draws: the comparison (schemas/comparison.schema.json), the simulation
 * (schemas/simulation.schema.json) and the process graphs. The types come from the code that writes
 * the JSON (toComparisonJson, toSimulationJson, toProcessGraph), so a change there is a type error
 * here rather than a chart that silently reads a missing field.
 */
import type { ComparisonJson } from '../../src/report/comparison-json.js';
import type { ProcessGraph } from '../../src/report/process-graph.js';
import type { SimulationJson } from '../../src/report/simulation-json.js';

export type { GraphMaterial, GraphRegion, GraphState, GraphTransition, ProcessGraph } from '../../src/report/process-graph.js';

/** Chinese and English text of one label. */
export interface Bilingual {
  /** Chinese. */
  zh: string;
  /** English. */
  en: string;
}

/** A before/after comparison. */
export type Comparison = ComparisonJson;
/** One version in a comparison: a procedure or a bundle. */
export type ComparisonSide = Comparison['before'];
/** One item of a comparison side, on the bundle's schedule (a procedure is one item). */
export type SideItem = ComparisonSide['items'][number];
/** One step on the standard path's timeline. */
export type TimelineEntry = ComparisonSide['timeline'][number];
/** One material of a side, for the materials matrix. */
export type SideMaterial = ComparisonSide['materials'][number];
/** One measure before and after, with its cut. */
export type Measure = Comparison['measures'][number];
/** One entry of the reduction ledger. */
export type LedgerEntry = Comparison['ledger'][number];
/** One reform target and whether it was met. */
export type Target = NonNullable<Comparison['targets']>[number];

/** A Monte Carlo simulation of one version. */
export type Simulation = SimulationJson;
/** A distribution of a simulated measure. */
export type Distribution = NonNullable<Simulation['measures']['workdays']>;
/** Share of simulated cases over one limit. */
export type Exceed = NonNullable<Simulation['exceed']['committed']>;

/** One case the app presents. */
export interface Case {
  /** Case id. */
  id: string;
  /** Title in both languages (a plain string is used for both). */
  title: Bilingual | string;
  /** The comparison of its two versions. */
  comparison: Comparison;
  /** The simulation of each version. */
  simulations?: { before: Simulation; after: Simulation };
  /** Each item's process graph, per version. */
  graphs: { before: ProcessGraph[]; after: ProcessGraph[] };
}

/** What the app loads. */
export interface CasesDocument {
  /** The cases, in the order shown. */
  cases: Case[];
}
