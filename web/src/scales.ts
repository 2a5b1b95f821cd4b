/**
 * Shared scales: like Observable Plot, a chart's domain is taken from every mark at once, so the
 * before and after panels use one scale and can be compared fairly.
 */
import { scaleLinear, type ScaleLinear } from 'd3';

/** The extent [0, max] of every value of both sides (and any extra values such as limits); [0, 1] when all are 0. */
export function sharedDomain(...groups: ReadonlyArray<ReadonlyArray<number | undefined>>): [number, number] {
  let max = 0;
  for (const group of groups) for (const v of group) if (v !== undefined && Number.isFinite(v) && v > max) max = v;
  return [0, max > 0 ? max : 1];
}

/** A linear scale over the shared domain of `groups`, niced, onto `range`. */
export function sharedLinear(range: [number, number], ...groups: ReadonlyArray<ReadonlyArray<number | undefined>>): ScaleLinear<number, number> {
  return scaleLinear().domain(sharedDomain(...groups)).range(range).nice();
}
