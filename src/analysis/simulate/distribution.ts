/**
 * Distributions of a simulated figure over up to ten million cases, exact, in a few passes over the
 * samples and without sorting or copying them (a sort of ten million numbers takes seconds; the
 * summary, not the stepping, used to be the cost of a large run):
 *   - quantiles are the order statistics d3.quantileSorted interpolates between, found by counting the
 *     values into fine buckets between min and max (a bucket's values are all at least those of the
 *     buckets below it) and sorting only the few buckets that hold the wanted ranks;
 *   - the histogram has d3.bin's bins over [min, max] (Sturges' count for all the values) and counts
 *     each value in the bin whose [x0, x1) holds it, the last bin closed.
 * Figures with few distinct values (calendar days) are summarised from a tally of value → cases.
 */
import { bin } from 'd3-array';
import type { Distribution } from './types.js';

/** Samples of one figure, one slot per case. */
export type SampleArray = Float64Array | Uint32Array;

/** Buckets of the rank search: a smooth distribution of ten million cases leaves a few hundred values in each. */
const BUCKETS = 1 << 16;

/** The quantiles a distribution reports, in increasing order. */
const QUANTILES = [0.5, 0.9, 0.95] as const;

const EMPTY: Distribution = { mean: 0, median: 0, p90: 0, p95: 0, min: 0, max: 0, histogram: [] };

/**
 * Mean, median, P90, P95, extremes and histogram of `values` (left as they are), in three passes: sum
 * and extremes; counts in BUCKETS equal buckets of [min, max]; the values of the few buckets that hold
 * a wanted rank or a histogram threshold. A bucket's values are all at least those of the buckets
 * below it (the bucket of a value never decreases as the value grows), so the cumulative counts name
 * the bucket and the rank within it of each order statistic, and every other bucket lies wholly in one
 * histogram bin. The mean is the sum in case order divided by the number of cases.
 * @example getDistribution(Float64Array.of(3, 1, 2)).median // 2
 */
export function getDistribution(values: SampleArray): Distribution {
  const n = values.length;
  if (n === 0) return EMPTY;
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const bins = createBins(min, max, n);
  if (min === max) {
    const histogram = bins.bounds.map(([x0, x1], i) => ({ x0, x1, count: i === bins.indexOf(min) ? n : 0 }));
    return { mean: sum / n, median: min, p90: min, p95: min, min, max, histogram };
  }
  // Whole numbers in a narrow range (trips) get a bucket each, which then holds a single value.
  const whole = values instanceof Uint32Array && max - min < BUCKETS;
  // Any bucketing that never puts a larger value in an earlier bucket gives the same exact result.
  // A range so narrow that BUCKETS / range overflows (two values a few ulps apart) divides instead.
  const scale = whole ? 1 : BUCKETS / (max - min);
  const bucketOf = Number.isFinite(scale)
    ? (v: number) => Math.min(BUCKETS - 1, Math.floor((v - min) * scale))
    : (v: number) => Math.min(BUCKETS - 1, Math.floor(((v - min) / (max - min)) * BUCKETS));
  const counts = new Uint32Array(BUCKETS);
  for (let i = 0; i < n; i++) counts[bucketOf(values[i]!)]!++;
  const wanted = getQuantileRanks(n).flat().map((k) => {
    let below = 0;
    let b = 0;
    while (below + counts[b]! <= k) below += counts[b++]!;
    return { bucket: b, rank: k - below };
  });
  const histogram = bins.bounds.map(([x0, x1]) => ({ x0, x1, count: 0 }));
  if (whole) {
    const [median, p90, p95] = interpolateQuantiles(n, wanted.map((w) => min + w.bucket));
    counts.forEach((count, b) => count > 0 && (histogram[bins.indexOf(min + b)]!.count += count));
    return { mean: sum / n, median: median!, p90: p90!, p95: p95!, min, max, histogram };
  }
  const thresholdBuckets = bins.thresholds.map(bucketOf);
  // Gather the values of every bucket named above, each into its own list, and sort those lists.
  const slot = new Int32Array(BUCKETS).fill(-1);
  const lists: Float64Array[] = [];
  for (const b of [...wanted.map((w) => w.bucket), ...thresholdBuckets]) {
    if (slot[b] === -1) slot[b] = lists.push(new Float64Array(counts[b]!)) - 1;
  }
  const filled = new Uint32Array(lists.length);
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    const s = slot[bucketOf(v)]!;
    if (s >= 0) lists[s]![filled[s]!++] = v;
  }
  for (const list of lists) list.sort();
  const [median, p90, p95] = interpolateQuantiles(n, wanted.map((w) => lists[slot[w.bucket]!]![w.rank]!));
  // A bucket holding no threshold lies in the bin after the thresholds of lower buckets.
  let below = 0;
  for (let b = 0; b < BUCKETS; b++) {
    if (counts[b] === 0) continue;
    while (below < thresholdBuckets.length && thresholdBuckets[below]! < b) below++;
    if (thresholdBuckets[below] === b) for (const v of lists[slot[b]!]!) histogram[bins.indexOf(v)]!.count++;
    else histogram[below]!.count += counts[b]!;
  }
  return { mean: sum / n, median: median!, p90: p90!, p95: p95!, min, max, histogram };
}

/**
 * The distribution of values given as a tally (value → number of cases), as getDistribution gives it
 * for the values written out one per case.
 * @example getTallyDistribution(new Map([[3, 1], [5, 2]])).median // 5
 */
export function getTallyDistribution(tally: ReadonlyMap<number, number>): Distribution {
  const values = [...tally.keys()].sort((a, b) => a - b);
  const counts = values.map((v) => tally.get(v)!);
  const n = counts.reduce((a, b) => a + b, 0);
  if (n === 0) return EMPTY;
  const sum = values.reduce((total, v, i) => total + v * counts[i]!, 0);
  const min = values[0]!;
  const max = values.at(-1)!;
  const nth = (k: number): number => {
    let seen = 0;
    for (let i = 0; i < values.length; i++) if ((seen += counts[i]!) > k) return values[i]!;
    return max;
  };
  const [median, p90, p95] = interpolateQuantiles(n, getQuantileRanks(n).flat().map(nth));
  const bins = createBins(min, max, n);
  const histogram = bins.bounds.map(([x0, x1]) => ({ x0, x1, count: 0 }));
  values.forEach((v, i) => (histogram[bins.indexOf(v)]!.count += counts[i]!));
  return { mean: sum / n, median: median!, p90: p90!, p95: p95!, min, max, histogram };
}

/**
 * For each of QUANTILES, the two order statistics (0-based ranks) d3.quantileSorted interpolates
 * between for n sorted values: ⌊(n − 1)p⌋ and the one after it (itself when n = 1).
 */
function getQuantileRanks(n: number): Array<[number, number]> {
  return QUANTILES.map((p) => {
    const i0 = Math.floor((n - 1) * p);
    return [i0, Math.min(n - 1, i0 + 1)];
  });
}

/** QUANTILES of n values as d3.quantileSorted computes them, from the order statistics at getQuantileRanks(n), flattened. */
function interpolateQuantiles(n: number, order: readonly number[]): number[] {
  return QUANTILES.map((p, q) => {
    const i = (n - 1) * p;
    const v0 = order[2 * q]!;
    return v0 + (order[2 * q + 1]! - v0) * (i - Math.floor(i));
  });
}

/** The bins of a histogram and the bin a value falls in. */
interface Bins {
  /** [x0, x1] of each bin, in order. */
  bounds: Array<[number, number]>;
  /** The x0 of every bin but the first, ascending. */
  thresholds: number[];
  /** Index of the bin whose [x0, x1) holds `value` (the last bin also holds its x1). */
  indexOf(value: number): number;
}

/**
 * The bins d3.bin makes over [min, max] for `n` values with its default bin count (Sturges' rule),
 * read off d3.bin itself: they depend only on the domain and the count, not on the values. A value's
 * bin is found from the thresholds between bins: a guess from their spacing, corrected by comparing
 * with the thresholds either side, so it is the bin d3.bisectRight over the thresholds gives.
 */
/**
 * d3's bins, or one bin [min, max] where d3 cannot bin at all: it cannot tick some ranges of a few
 * subnormal numbers (its step underflows and it asks for an impossible array), and makes one bin of
 * others such as [0, 5e-324]. No duration comes near; a generated sample did.
 */
export function binOrOne<B extends { x0?: number; x1?: number }>(make: () => B[], min: number, max: number): Array<B | { x0: number; x1: number }> {
  try {
    return make();
  } catch (error) {
    if (error instanceof RangeError) return [{ x0: min, x1: max }];
    throw error;
  }
}

function createBins(min: number, max: number, n: number): Bins {
  const made = binOrOne(() => bin<number, number>().domain([min, max]).thresholds(getSturgesCount(n))([min, max]), min, max);
  const bounds = made.map((b): [number, number] => [b.x0!, b.x1!]);
  const thresholds = bounds.slice(1).map(([x0]) => x0);
  const m = thresholds.length;
  const first = thresholds[0] ?? min;
  const width = m > 1 ? thresholds[1]! - first : 1;
  return {
    bounds,
    thresholds,
    indexOf(value) {
      if (m === 0) return 0;
      let i = Math.max(0, Math.min(m, Math.floor((value - first) / width) + 1));
      while (i > 0 && value < thresholds[i - 1]!) i--;
      while (i < m && value >= thresholds[i]!) i++;
      return i;
    },
  };
}

/**
 * d3.thresholdSturges's bin count for `n` values, without reading them (it counts its argument's
 * numbers, which here would be millions).
 * @example getSturgesCount(10_000_000) // 25
 */
export function getSturgesCount(n: number): number {
  return Math.max(1, Math.ceil(Math.log(n) / Math.LN2) + 1);
}
