/**
 * Time that counts toward the statutory limit (行政许可法第四十五条), measured on the timeline: the
 * agency's clock runs while at least one counted step is in progress. Steps one after another add up;
 * in a parallel block the branches' counted intervals are laid on one timeline and their union is
 * taken, so a branch counting days 0–2 and another counting days 3–5 make 4 counted days, not the
 * larger branch's 2. One meaning for the exact analysis (measure-path.ts) and both simulation engines.
 */

/**
 * The counted working days a case may take within a limit: its working days, or for 即办 one, the
 * same working day (a 即办件 finished within the day is not late). The analysis's compliance over
 * every path and the simulation's share of cases over the limit check against it alike.
 * @example limitBound({ instant: true, workdays: 0 }) // 1
 */
export function limitBound(limit: { instant: boolean; workdays: number }): number {
  return limit.instant ? 1 : limit.workdays;
}

/** Counted intervals as flat pairs [start0, end0, start1, end1, …] in working days. */
export type Intervals = number[];

/**
 * Merges the intervals from pair index `from` on (in place, in `list`) into disjoint ones sorted by
 * start, and returns their total length. Touching intervals join.
 * @example const l = [0, 2, 3, 5, 1, 2]; unionFrom(l, 0) // 4, l = [0, 2, 3, 5]
 */
export function unionFrom(list: Intervals, from: number): number {
  return isLaidInOrder(list, from) ? joinInOrder(list, from) : unionSorted(list, from);
}

/** True when each interval from pair `from` on starts where or after the one before ends: steps one after another. */
function isLaidInOrder(list: Intervals, from: number): boolean {
  for (let i = from * 2 + 2; i < list.length; i += 2) if (list[i]! < list[i - 1]!) return false;
  return true;
}

/** unionFrom of intervals laid in order: the touching ones joined, the empty dropped, in one pass and in place. */
function joinInOrder(list: Intervals, from: number): number {
  let end = from * 2;
  let total = 0;
  for (let i = from * 2; i < list.length; i += 2) {
    const s = list[i]!, e = list[i + 1]!;
    if (e <= s) continue;
    total += e - s;
    if (end > from * 2 && s <= list[end - 1]!) list[end - 1] = e;
    else {
      list[end] = s;
      list[end + 1] = e;
      end += 2;
    }
  }
  list.length = end;
  return total;
}

/**
 * unionFrom of intervals in any order: the empty dropped, the rest sorted by start in place (insertion
 * sort, stable as Array.prototype.sort is: a block holds a handful of intervals, and a sort of pairs
 * allocated more than the rest of the measure), then merged, the lengths added in that order.
 */
function unionSorted(list: Intervals, from: number): number {
  const first = from * 2;
  let n = first;
  for (let i = first; i < list.length; i += 2) {
    if (list[i + 1]! > list[i]!) {
      list[n] = list[i]!;
      list[n + 1] = list[i + 1]!;
      n += 2;
    }
  }
  for (let i = first + 2; i < n; i += 2) {
    const s = list[i]!, e = list[i + 1]!;
    let j = i - 2;
    while (j >= first && list[j]! > s) {
      list[j + 2] = list[j]!;
      list[j + 3] = list[j + 1]!;
      j -= 2;
    }
    list[j + 2] = s;
    list[j + 3] = e;
  }
  let end = first;
  let total = 0;
  for (let i = first; i < n; i += 2) {
    const s = list[i]!, e = list[i + 1]!;
    if (end > first && s <= list[end - 1]!) {
      if (e > list[end - 1]!) {
        total += e - list[end - 1]!;
        list[end - 1] = e;
      }
    } else {
      list[end] = s;
      list[end + 1] = e;
      end += 2;
      total += e - s;
    }
  }
  list.length = end;
  return total;
}

/**
 * The counted time of a parallel block's branches laid out from one start, each branch's intervals as
 * layOut leaves them (sorted by start): what countedTimeOf gives for the block alone, to the last bit —
 * the lists merged in the order a stable sort of their concatenation takes them, then the merged
 * intervals' lengths added in order — but read in place, so the exact analysis can try every
 * combination of branch paths without laying each out again.
 * @example blockCountedTime([[0, 2, 4, 5], [1, 3]]) // 4: [0, 3] and [4, 5]
 */
export function blockCountedTime(branches: readonly Intervals[]): number {
  const at = branches.map(() => 0);
  let total = 0;
  let start = 0;
  let end = -Infinity;
  for (;;) {
    let next = -1;
    for (let k = 0; k < branches.length; k++) {
      const i = at[k]!;
      if (i < branches[k]!.length && (next < 0 || branches[k]![i]! < branches[next]![at[next]!]!)) next = k;
    }
    if (next < 0) return end === -Infinity ? total : total + (end - start);
    const list = branches[next]!;
    const s = list[at[next]!]!, e = list[at[next]! + 1]!;
    at[next]! += 2;
    if (e <= s) continue;
    if (end !== -Infinity && s <= end) {
      if (e > end) end = e;
    } else {
      if (end !== -Infinity) total += end - start;
      start = s;
      end = e;
    }
  }
}

/**
 * The same union for the fast engine, over pairs held in a Float64Array from pair `from` to pair
 * `to` (exclusive); the merged pairs are written back from `from` and their count returned in
 * `out[0]`, their total length as the result. Insertion sort: a block holds a handful of intervals.
 */
export function unionInPlace(iv: Float64Array, from: number, to: number, out: Int32Array): number {
  for (let i = from + 1; i < to; i++) {
    const s = iv[2 * i]!, e = iv[2 * i + 1]!;
    let j = i - 1;
    while (j >= from && iv[2 * j]! > s) {
      iv[2 * j + 2] = iv[2 * j]!;
      iv[2 * j + 3] = iv[2 * j + 1]!;
      j--;
    }
    iv[2 * j + 2] = s;
    iv[2 * j + 3] = e;
  }
  let n = from;
  let total = 0;
  for (let i = from; i < to; i++) {
    const s = iv[2 * i]!, e = iv[2 * i + 1]!;
    if (e <= s) continue;
    if (n > from && s <= iv[2 * n - 1]!) {
      if (e > iv[2 * n - 1]!) {
        total += e - iv[2 * n - 1]!;
        iv[2 * n - 1] = e;
      }
    } else {
      iv[2 * n] = s;
      iv[2 * n + 1] = e;
      total += e - s;
      n++;
    }
  }
  out[0] = n;
  return total;
}
