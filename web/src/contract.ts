/**
 * The JSON the app draws: the comparison (schemas/comparison.schema.json), the simulation
 * (schemas/simulation.schema.json) and the process graphs. The types come from the code that writes
 * the JSON (toComparisonJson, toSimulationJson, toProcessGraph), so a change there is a type error
 * here rather than a chart that silently reads a missing field.
 */
import type { CatalogueJson } from '../../src/report/catalogue-json.js';
import type { ComparisonJson } from '../../src/report/comparison-json.js';
import type { PresentationCase } from '../../src/report/presentation.js';
import type { SimulationJson } from '../../src/report/simulation-json.js';

export type { GraphMaterial, GraphRegion, GraphState, GraphTransition, ProcessGraph } from '../../src/report/process-graph.js';
export type { LaidOutGraph } from '../../src/report/diagram/case.js';

export type { Bilingual } from '../../src/vocabulary/index.js';

/** A before/after comparison. */
export type Comparison = ComparisonJson;
/** One version in a comparison: a procedure or a bundle. */
export type ComparisonSide = Comparison['before'];
/** One item of a comparison side, on the bundle's schedule (a procedure is one item). */
export type SideItem = ComparisonSide['items'][number];
/** One step on the standard path's timeline. */
export type TimelineEntry = ComparisonSide['timeline'][number];
/** One material of a side, with the items and steps that take it. */
export type SideMaterial = ComparisonSide['materials'][number];
/** One row of the materials matrix, both sides joined. */
export type MaterialMatrixRow = Comparison['materials'][number];
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

/** One case the app presents: its comparison, the simulation of each version and every item's process graph. */
export type Case = PresentationCase;

/** The reform opportunities across every item (schemas/catalogue.schema.json). */
export type Catalogue = CatalogueJson;
/** One suggestion of the catalogue, with the item it is for. */
export type CatalogueOpportunity = Catalogue['opportunities'][number];
/** One government document several items ask for. */
export type CatalogueDocument = Catalogue['documents'][number];

/** What the app loads. */
export interface CasesDocument {
  /** The cases, in the order shown. */
  cases: Case[];
  /** The reform opportunities across the folder the cases come from, when given (`wujian view`, `npm run web:data`). */
  catalogue?: Catalogue;
}
