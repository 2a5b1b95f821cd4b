/**
 * One case of the presentation app (web/): the comparison of a before and an after version, the
 * simulations when there are any, and every item's process graph, as the JSON the app reads
 * (`{ cases: [ … ] }`, see /work/CONTRACTS.md "Web data").
 */
import type { Bundle, Procedure } from '../model/types.js';
import { toProcessGraph, type ProcessGraph } from './process-graph.js';

/** One version of a case: a procedure, or a bundle with its items resolved to procedures. */
export type CaseSide = Procedure | { bundle: Bundle; items: Procedure[] };

/** What createCase needs. */
export interface CaseInput {
  /** Case id (the folder name, e.g. food-business-licence). */
  id: string;
  /** Title; the after version's name when not given. */
  title?: { zh: string; en: string } | string;
  /** The version before the reform. */
  before: CaseSide;
  /** The version after the reform. */
  after: CaseSide;
  /** The comparison as toComparisonJson writes it (schemas/comparison.schema.json). */
  comparison: object;
  /** The simulations of both versions as toSimulationJson writes them (procedures only). */
  simulations?: { before: object; after: object };
}

/** One case as the app reads it. */
export interface PresentationCase {
  /** Case id. */
  id: string;
  /** Title in both languages, or one string for both. */
  title: { zh: string; en: string } | string;
  /** The comparison JSON. */
  comparison: object;
  /** The simulation JSON of each version, when simulated. */
  simulations?: { before: object; after: object };
  /** Each item's process graph, per version (a procedure has one). */
  graphs: { before: ProcessGraph[]; after: ProcessGraph[] };
}

/** The procedures of one side: the procedure itself, or the bundle's items. */
export function getSideProcedures(side: CaseSide): Procedure[] {
  return 'kind' in side ? [side] : side.items;
}

/** The name of one side: the procedure's or the bundle's. */
export function getSideName(side: CaseSide): string {
  return 'kind' in side ? side.name : side.bundle.name;
}

/** Assembles one case of the presentation app. */
export function createCase(input: CaseInput): PresentationCase {
  return {
    id: input.id,
    title: input.title ?? getSideName(input.after),
    comparison: input.comparison,
    ...(input.simulations ? { simulations: input.simulations } : {}),
    graphs: {
      before: getSideProcedures(input.before).map(toProcessGraph),
      after: getSideProcedures(input.after).map(toProcessGraph),
    },
  };
}
