/**
 * Compliance findings: facts a reform office must see in a report, not errors in the file. A path —
 * any path (compliance.ts) — whose counted time exceeds the committed or statutory limit; steps after which the applicant must
 * come back in person; a correction loop that may happen more than once (一次性告知, Art. 32).
 */
import type { Procedure } from '../model/types.js';
import { allRegions } from '../model/walk.js';
import { stepsOf } from './measure-path.js';
import { roundHalfUp } from '../vocabulary/index.js';
import type { Finding, Path, ProcedureAnalysis } from './types.js';

/** Tolerance for comparing day counts. */
const EPSILON = 1e-9;

/** Collects the findings of an analysed procedure. */
export function findFindings(procedure: Procedure, analysis: ProcedureAnalysis, standardPath?: Path): Finding[] {
  const findings: Finding[] = [];
  // Every path, not three named ones: a breach anywhere is reported with the worst path and how likely
  // it is. A breach with most likely durations, or any breach of the statutory limit, is a warning; a
  // committed limit passed only when steps take their longest is a note.
  for (const c of analysis.compliance) {
    if (!(c.worst.counted > c.bound + EPSILON)) continue;
    findings.push({
      code: c.limit === 'committed' ? 'exceeds-committed' : 'exceeds-statutory',
      severity: c.breach.mode > 0 || c.limit === 'statutory' ? 'warning' : 'note',
      args: {
        counted: round(c.worst.counted),
        limit: round(c.bound),
        probability: c.worst.probability,
        breachMode: c.breach.mode,
        breachMax: c.breach.max,
        steps: c.worst.steps.join(' → '),
        exact: c.exact,
        ...(c.from ? { days: c.days, from: c.from } : {}),
      },
    });
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
  return roundHalfUp(n, 2);
}
