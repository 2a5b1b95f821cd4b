/**
 * One case of the presentation app (web/): the comparison of a before and an after version, the
 * simulations of both (a bundle simulated item by item on its schedule), and every item's process graph, as the JSON
 * the app reads (`{ cases: [ … ] }`, see /work/CONTRACTS.md "Web data").
 */
import { compareDocuments, type CompareOptions } from '../analysis/compare/compare.js';
import type { SideInput } from '../analysis/compare/side.js';
import { simulateBundle, simulateProcedure } from '../analysis/simulate/index.js';
import type { Procedure } from '../model/types.js';
import { toComparisonJson, type ComparisonJson } from './comparison-json.js';
import { layoutCaseGraphs, type LaidOutGraph } from './diagram/case.js';
import type { LayoutPool } from './diagram/pool.js';
import { toProcessGraph } from './process-graph.js';
import { toSimulationJson, type SimulationJson } from './simulation-json.js';

/** One version of a case: a procedure, or a bundle with its items resolved (what compareDocuments takes). */
export type CaseSide = SideInput;

/** Cases the presentation simulates per version: smooth histograms, a second or two for 300 steps. */
export const PRESENTATION_RUNS = 20_000;

/** Seed of the presentation's simulations, so the same files give the same charts. */
export const PRESENTATION_SEED = 42;

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
  /** The comparison JSON when already made; otherwise compareDocuments makes it. */
  comparison?: ComparisonJson;
  /** Options of compareDocuments (targets, money settings, volumes). */
  compare?: CompareOptions;
  /** The simulations when already made, or false for none; otherwise both versions are simulated. */
  simulations?: { before: SimulationJson; after: SimulationJson } | false;
  /** Cases per simulation (PRESENTATION_RUNS by default). */
  runs?: number;
  /** Seed of the simulations (PRESENTATION_SEED by default). */
  seed?: number;
  /** The graphs when their layout is already under way (layoutCase); otherwise they are laid out here. */
  graphs?: Promise<PresentationCase['graphs']>;
}

/** One case as the app reads it. */
export interface PresentationCase {
  /** Case id. */
  id: string;
  /** Title in both languages, or one string for both. */
  title: { zh: string; en: string } | string;
  /** The comparison JSON (schemas/comparison.schema.json). */
  comparison: ComparisonJson;
  /** The simulation JSON of each version (schemas/simulation.schema.json). */
  simulations?: { before: SimulationJson; after: SimulationJson };
  /** Each item's process graph with its layout (laid out here, not in the page), per version (a procedure has one). */
  graphs: { before: LaidOutGraph[]; after: LaidOutGraph[] };
}

/** The procedures of one side: the procedure itself, or the bundle's items. */
export function getSideProcedures(side: CaseSide): Procedure[] {
  return 'bundle' in side ? side.items.map((i) => i.procedure) : [side];
}

/** The name of one side: the procedure's or the bundle's. */
export function getSideName(side: CaseSide): string {
  return 'bundle' in side ? side.bundle.name : side.name;
}

/**
 * Assembles one case of the presentation app: compares the two versions (compareDocuments), simulates
 * each (simulateProcedure or simulateBundle, seeded), and lays out every item's graph (elkjs, here:
 * the page draws positions it is given).
 * Example: `await createCase({ id: 'food-business-licence', before, after })`.
 */
export async function createCase(input: CaseInput): Promise<PresentationCase> {
  const comparison = input.comparison ?? toComparisonJson(compareDocuments(input.before, input.after, input.compare));
  const graphs = input.graphs ?? layoutCase(input.before, input.after, comparison.ledger);
  const simulations = input.simulations === false ? undefined : (input.simulations ?? (await simulateBoth(input)));
  return {
    id: input.id,
    title: input.title ?? getSideName(input.after),
    comparison,
    ...(simulations ? { simulations } : {}),
    graphs: await graphs,
  };
}

/**
 * Starts laying out every item's graph of both versions, with the words `ledger` gives their boxes:
 * in worker threads (all of them in `layouts` when given, else the large ones) while this thread goes
 * on (simulates). The ledger is all the words need (compareLedger), so this can start before the
 * comparison is made.
 */
export function layoutCase(before: CaseSide, after: CaseSide, ledger: ComparisonJson['ledger'], layouts?: LayoutPool): Promise<PresentationCase['graphs']> {
  const graphs = layoutCaseGraphs({ before: getSideProcedures(before).map(toProcessGraph), after: getSideProcedures(after).map(toProcessGraph) }, { ledger }, layouts);
  // Its failure is met where it is awaited, not as an unhandled rejection meanwhile.
  graphs.catch(() => {});
  return graphs;
}

async function simulateBoth(input: CaseInput): Promise<{ before: SimulationJson; after: SimulationJson }> {
  // With a start date, the histograms' cases get calendar days on the comparison's calendar too.
  const options = { runs: input.runs ?? PRESENTATION_RUNS, seed: input.seed ?? PRESENTATION_SEED, startDate: input.compare?.startDate, calendar: input.compare?.calendar };
  const simulate = (side: CaseSide) => ('bundle' in side ? simulateBundle(side.bundle, side.items, options) : simulateProcedure(side, options));
  return {
    before: toSimulationJson(await simulate(input.before)),
    after: toSimulationJson(await simulate(input.after)),
  };
}
