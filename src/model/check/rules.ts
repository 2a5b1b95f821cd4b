/**
 * Rules on figures that provincial quality checks apply to a service guide, and on the numbers of
 * each step: probabilities that add up, durations in order, limits that agree with each other.
 */
import type { Duration, Limit, Procedure } from '../types.js';
import { allSteps } from '../walk.js';
import type { LimitUnit } from '../../vocabulary/index.js';
import type { DiagnosticArgs } from '../diagnostic.js';
import type { CheckContext } from './context.js';
import { dateSlip, hasLunarHolidays, isIsoDate, LUNAR_YEARS } from '../calendar/dates.js';
import { describeValue } from '../schema.js';

/** Tolerance for a sum of probabilities written with a few decimals. */
const EPSILON = 1e-6;

/**
 * A version date that no month has (2023-02-30 fits the schema's YYYY-MM-DD pattern), or outside the
 * years the calendar can count in (as --start-date), either of which would stop counting a limit in
 * calendar days from it: for procedures and bundles alike.
 */
export function checkVersionDate(ctx: CheckContext, raw: Record<string, unknown>): void {
  const date = (raw.version as { date?: unknown } | undefined)?.date;
  if (typeof date !== 'string') return;
  if (!isIsoDate(date)) {
    ctx.atValue('schema-date', ['version', 'date'], { path: '/version/date', value: describeValue(date), ...dateSlip(date) });
  } else if (!hasLunarHolidays(Number(date.slice(0, 4)))) {
    ctx.atValue('version-date-outside', ['version', 'date'], { date, ...LUNAR_YEARS });
  }
}

/** Runs the rule checks. */
export function checkRules(ctx: CheckContext, procedure: Procedure): void {
  const { statutory, committed } = procedure.limits;
  // Limits in different units (工作日 and 自然日) can only be compared on the calendar from a date: the
  // analysis does that; here only limits in one unit are compared.
  if (statutory && committed && statutory.unit === committed.unit && committed.days > statutory.days + EPSILON) {
    const [c, s] = [show(committed), show(statutory)];
    ctx.atValue('committed-exceeds-statutory', ['limits', 'committed'], { committed: c.days, committedUnit: c.unit, statutory: s.days, statutoryUnit: s.unit });
  }
  if (!procedure.version.date) {
    for (const name of ['statutory', 'committed'] as const) {
      if (procedure.limits[name]?.unit === 'calendar-day') ctx.atValue('calendar-day-without-date', ['limits', name], { limit: name }, 'warning');
    }
  }
  if (procedure.handling === '即办件' && committed && committed.days > 0) {
    const c = show(committed);
    ctx.atValue('instant-with-limit', ['limits', 'committed'], { committed: c.days, committedUnit: c.unit });
  }
  if (procedure.handling === '承诺件' && committed?.instant) {
    ctx.atValue('instant-without-handling', ['handling'], {});
  }
  checkDepartmentText(ctx, [], procedure.departments);
  for (const step of allSteps(procedure.process)) {
    checkDepartmentText(ctx, step.path, step.departments);
    if (step.stepCounting !== undefined) {
      ctx.atKey('step-counting-not-parallel', [...step.path, 'stepCounting'], { step: step.key, value: step.stepCounting });
    }
    if (procedure.online === 'Ⅳ级' && step.trips > 0) {
      ctx.atValue('online-depth-trips', [...step.path, 'trips'], { step: step.key, trips: step.trips });
    }
    const { min, mode, max } = step.duration;
    if (min > mode || mode > max) ctx.atValue('duration-order', [...step.path, 'duration'], { step: step.key, min, mode, max });
    else checkDistribution(ctx, step.key, step.path, step.duration);
    checkProbabilities(ctx, step.key, step.path, step.transitions);
  }
}

function checkProbabilities(
  ctx: CheckContext,
  key: string,
  path: ReadonlyArray<string | number>,
  transitions: Array<{ p: number; pGiven: boolean }>,
): void {
  const given = transitions.filter((t) => t.pGiven);
  if (given.length === 0) return;
  const sum = given.reduce((s, t) => s + t.p, 0);
  const allGiven = given.length === transitions.length;
  if ((allGiven && Math.abs(sum - 1) > EPSILON) || (!allGiven && sum > 1 + EPSILON)) {
    ctx.atKey('probability-sum', [...path, 'on'], { step: key, sum: Number(sum.toFixed(6)) });
  }
}

/**
 * Largest ratio of a lognormal's 95th percentile (`max`) to its median (`mode`). At 100 the mean is
 * about 17 times the median and one case in a million takes some 10,000 medians; beyond it the draws
 * reach numbers no procedure means (and, with a tiny median, overflow to Infinity).
 */
export const MAX_LOGNORMAL_RATIO = 100;

/**
 * A distribution must fit its figures: a fixed duration has one value, a lognormal one a positive
 * median (`mode`) and a 95th percentile (`max`) above it, by at most MAX_LOGNORMAL_RATIO times.
 */
function checkDistribution(ctx: CheckContext, key: string, path: ReadonlyArray<string | number>, d: Duration): void {
  let reason: DiagnosticArgs['duration-distribution']['reason'] | undefined;
  if (d.distribution === 'fixed' && d.min !== d.max) reason = 'fixed-range';
  else if (d.distribution === 'lognormal' && !(d.mode > 0)) reason = 'lognormal-median';
  else if (d.distribution === 'lognormal' && !(d.max > d.mode)) reason = 'lognormal-spread';
  else if (d.distribution === 'lognormal' && d.max > d.mode * MAX_LOGNORMAL_RATIO) reason = 'lognormal-ratio';
  if (reason) ctx.atValue('duration-distribution', [...path, 'duration', 'distribution'], { step: key, reason, mode: d.mode, max: d.max, ratio: MAX_LOGNORMAL_RATIO });
}

/** Separators that say a text names several departments ("卫健、公安、医保（并联）"). */
const SEVERAL = /[、，,；;]/;

/**
 * A department written as one text that names several ("卫健、公安、医保") counts as one department:
 * a warning at the `department` of `owner` (the procedure's path, [], or a step's) says so and
 * suggests a list, which counts each.
 */
function checkDepartmentText(ctx: CheckContext, owner: ReadonlyArray<string | number>, departments: readonly string[]): void {
  if (departments.length !== 1 || !SEVERAL.test(departments[0]!)) return;
  const parts = departments[0]!.split(SEVERAL).map((p) => p.trim()).filter(Boolean);
  ctx.atValue('department-list-in-text', [...owner, 'department'], { department: departments[0]!, count: parts.length, list: parts.join(', ') }, 'warning');
}

/** A limit's values for a message: its days and unit, instant for 即办. */
function show(limit: Limit): { days: number; unit: LimitUnit } {
  return { days: limit.days, unit: limit.instant ? 'instant' : limit.unit };
}
