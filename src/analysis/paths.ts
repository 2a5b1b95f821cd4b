/**
 * The paths every report needs, found exactly: the standard path (most probable to approval, no
 * corrections), the fastest and the slowest path to approval (corrections up to their bound, every
 * step at its shortest or longest), the path with the most trips, and the most probable path to each
 * outcome.
 */
import type { FinalState, Outcome, Procedure, StepState } from '../model/types.js';
import { createTable, type Table } from '../machine/table.js';
import { bestPath, countPaths, endProbabilities } from './exact.js';
import type { Objective, Path } from './types.js';

/** An objective for a step measure: minimise or maximise it, corrections allowed. */
export function measureObjective(sense: 1 | -1, weight: (s: StepState) => number, combine: 'max' | 'sum'): Objective {
  return { sense, weight, combine, corrections: true };
}

/** Most probable, optionally without corrections. */
export function probabilityObjective(corrections: boolean): Objective {
  return { sense: 1, weight: () => 0, combine: 'sum', probability: true, corrections };
}

/** Admits the approved end states. */
export const approved = (end: FinalState) => end.outcome === 'approved';

/** The named paths of a procedure and the figures about all its paths. */
export interface NamedPaths {
  /** The unrolled table the paths were found in. */
  table: Table;
  /** Most probable path to approval with no correction. */
  standard?: Path;
  /** Shortest path to approval, steps at their minimum duration. */
  fastest?: Path;
  /** Longest path to approval, corrections up to their bound, steps at their maximum. */
  slowest?: Path;
  /** Path to approval with the most trips in person. */
  mostTrips?: Path;
  /** Per outcome: its probability and its most probable path. */
  outcomes: Array<{ outcome: Outcome; probability: number; path?: Path }>;
  /** Number of distinct paths to approval (in the model's sense: a block's branches combine). */
  approvalPaths: number;
}

const OUTCOMES: Outcome[] = ['approved', 'rejected', 'withdrawn'];

/** Finds the named paths of `procedure`. */
export function getNamedPaths(procedure: Procedure): NamedPaths {
  const table = createTable(procedure.process);
  const standard = bestPath(table, probabilityObjective(false), approved)?.path;
  const fastest = bestPath(table, measureObjective(-1, (s) => s.duration.min, 'max'), approved)?.path;
  const slowest = bestPath(table, measureObjective(1, (s) => s.duration.max, 'max'), approved)?.path;
  const mostTrips = bestPath(table, measureObjective(1, (s) => s.trips, 'sum'), approved)?.path;
  const ends = endProbabilities(table);
  const outcomes = OUTCOMES.flatMap((outcome) => {
    const probability = [...ends].filter(([end]) => end.outcome === outcome).reduce((sum, [, p]) => sum + p, 0);
    const reachable = [...ends.keys()].some((end) => end.outcome === outcome);
    if (!reachable) return [];
    const path = bestPath(table, probabilityObjective(true), (end) => end.outcome === outcome)?.path;
    return [{ outcome, probability, path }];
  });
  return { table, standard, fastest, slowest, mostTrips, outcomes, approvalPaths: countPaths(table, approved) };
}
