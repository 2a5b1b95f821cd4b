/**
 * A bundle's time limits (一件事的办结时限): the bundle's own whole-process limit when it declares one
 * (limit-bundle), else the critical path of its items' limits by their order (limit-critical-path).
 * When an item has no such limit there is no figure: the items that lack it are named, and modelled
 * time is never put in its place.
 */
import type { ResolvedItem } from '../model/resolve-bundle.js';
import type { Bundle, Limit } from '../model/types.js';
import { createDiagnostic, type Diagnostic } from '../model/diagnostic.js';
import { placesIn } from '../model/locate.js';
import { roundHalfUp } from '../vocabulary/index.js';
import type { CountingRuleId } from '../vocabulary/index.js';
import { createSchedule, type Schedule } from './schedule.js';
import type { WorkCalendar } from './calendar.js';
import { limitFigure } from './calendar-days.js';
import type { LimitFigure, ProcedureAnalysis } from './types.js';

/** One of a bundle's limits with the rule that produced it. */
export interface BundleLimit {
  /** limit-bundle (declared by the bundle) or limit-critical-path (from the items' limits). */
  rule: Extract<CountingRuleId, 'limit-bundle' | 'limit-critical-path'>;
  /** The figure in working days; absent when it cannot be known (see `missing`). */
  total?: number;
  /** The bundle's own limit, as written, when it declares one. */
  declared?: LimitFigure;
  /** The critical path of the items' limits, when every item has this limit (beside a declared one too). */
  schedule?: Schedule;
  /** Names of the items that have no such limit (why there is no critical-path figure). */
  missing: string[];
  /** Names of the items whose limit is in calendar days with no date to count it from (no critical-path figure either). */
  undated: string[];
}

/** Which limit: 法定 or 承诺. */
export type LimitName = 'statutory' | 'committed';

/**
 * A bundle's statutory or committed limit from its declaration and its items' analyses (in item
 * order); a declared limit in calendar days counts on `dating.calendar` from the application date,
 * else the bundle's version date.
 */
export function getBundleLimit(
  bundle: Bundle,
  items: readonly ResolvedItem[],
  analyses: readonly ProcedureAnalysis[],
  name: LimitName,
  dating: { startDate?: string; calendar?: WorkCalendar } = {},
): BundleLimit {
  const missing = items.flatMap((item, k) => (analyses[k]!.limits[name] ? [] : [item.procedure.name]));
  const undated = items.flatMap((item, k) => (analyses[k]!.limits[name] && analyses[k]!.limits[name]!.workdays === undefined ? [item.procedure.name] : []));
  const schedule = missing.length === 0 && undated.length === 0 && items.length > 0
    ? createSchedule(items, (id) => analyses[items.findIndex((i) => i.id === id)]!.limits[name]!.workdays!)
    : undefined;
  const own: Limit | undefined = bundle.limits?.[name];
  if (own) {
    // Without a date a limit in calendar days has no working days (the bundle check warns).
    const declared = limitFigure(own, dating.startDate ?? bundle.version?.date, dating.calendar)!;
    return { rule: 'limit-bundle', ...(declared.workdays !== undefined ? { total: declared.workdays } : {}), declared, ...(schedule ? { schedule } : {}), missing, undated };
  }
  return { rule: 'limit-critical-path', ...(schedule ? { total: schedule.total, schedule } : {}), missing, undated };
}

/**
 * A bundle limit shorter than its fastest critical path (every item on its fastest path) cannot be
 * kept by any case: a warning located at the limit in the bundle file, which is read from
 * `readPath(bundle.file)` (the file's name as shown → a path to read).
 */
export function checkBundleLimits(
  bundle: Bundle,
  items: readonly ResolvedItem[],
  analyses: readonly ProcedureAnalysis[],
  limits: Record<LimitName, BundleLimit>,
  readPath: (file: string) => string = (file) => file,
): Diagnostic[] {
  const fastest = createSchedule(items, (id) => analyses[items.findIndex((i) => i.id === id)]!.time.fastest?.elapsed ?? 0);
  const out: Diagnostic[] = [];
  const at = placesIn(readPath(bundle.file));
  for (const name of ['statutory', 'committed'] as const) {
    const declared = limits[name].declared;
    if (declared?.workdays === undefined || !(declared.workdays < fastest.total - 1e-9)) continue;
    const span = at(['limits', name]);
    out.push(createDiagnostic('bundle-limit-below-fastest', bundle.file, span, {
      limit: name, days: declared.days, unit: declared.instant ? 'instant' : declared.unit, fastest: roundHalfUp(fastest.total, 2),
      critical: fastest.critical.map((id) => items.find((i) => i.id === id)!.procedure.name).join(' → '),
    }, 'warning'));
  }
  return out;
}
