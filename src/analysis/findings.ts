/**
 * Compliance findings: facts a reform office must see in a report, not errors in the file. A path
 * whose counted time exceeds the committed or statutory limit; steps after which the applicant must
 * come back in person; a correction loop that may happen more than once (一次性告知, Art. 32).
 */
import type { Procedure } from '../model/types.js';
import { allRegions } from '../model/walk.js';
import { stepsOf } from './measure-path.js';
import type { PathName } from '../vocabulary/index.js';
import type { Finding, Path, PathReport, ProcedureAnalysis } from './types.js';

/** Tolerance for comparing day counts. */
const EPSILON = 1e-9;

/** Collects the findings of an analysed procedure. */
export function findFindings(procedure: Procedure, analysis: ProcedureAnalysis, standardPath?: Path): Finding[] {
  const findings: Finding[] = [];
  const named: Array<[PathName, PathReport | undefined]> = [
    ['standard', analysis.paths.standard],
    ['fastest', analysis.paths.fastest],
    ['slowest', analysis.paths.slowest],
  ];
  for (const [limitName, limit] of [['committed', analysis.limits.committed], ['statutory', analysis.limits.statutory]] as const) {
    if (!limit) continue;
    for (const [pathName, path] of named) {
      if (path && path.timeFigure.counted > limit.workdays + EPSILON) {
        findings.push({
          code: limitName === 'committed' ? 'exceeds-committed' : 'exceeds-statutory',
          severity: pathName === 'slowest' && limitName === 'committed' ? 'note' : 'warning',
          args: { path: pathName, counted: round(path.timeFigure.counted), limit: round(limit.workdays) },
        });
      }
    }
  }
  const standard = analysis.paths.standard;
  if (standard && standardPath && standard.trips > 1) {
    // One entry per trip, so a step that takes two trips by itself is named as a return trip too.
    const trips = stepsOf(standardPath).flatMap((s) => Array<string>(s.trips).fill(s.name));
    findings.push({
      code: 'return-trips',
      severity: 'warning',
      args: { trips: standard.trips, steps: [...new Set(trips.slice(1))].join('、') },
    });
  }
  for (const region of allRegions(procedure.process)) {
    for (const state of region.states.values()) {
      if (state.type !== 'step') continue;
      for (const t of state.transitions) {
        // A shared budget (maxCorrections) caps every loop of its region.
        const max = Math.min(t.max ?? 0, region.maxCorrections ?? Infinity);
        if (max > 1) findings.push({ code: 'correction-repeats', severity: 'warning', args: { step: state.name, event: t.event, max } });
      }
    }
  }
  return findings;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
