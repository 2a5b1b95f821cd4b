/**
 * Exact decimal arithmetic for the figures reform offices publish: cuts in percent, differences and
 * money sums computed on the exact decimal values of the figures as written and rounded once, half
 * away from zero (四舍五入). The fractions and the one rounding rule live in the vocabulary
 * (src/vocabulary/numbers.ts), where every surface writes its figures with the same rule.
 */
import { roundFraction, toFraction, type Fraction } from '../vocabulary/numbers.js';

/**
 * (before − after) / before × 100, rounded half away from zero to two decimals on the exact value.
 * @example percentChange(160, 63) // 60.63; percentChange(32, 33) // −3.13
 */
export function percentChange(before: number, after: number): number {
  const b = toFraction(before);
  const a = toFraction(after);
  // (b − a) / b = (bn·ad − an·bd) / (bn·ad), with b = bn/bd and a = an/ad.
  let num = (b.num * a.den - a.num * b.den) * 100n;
  let den = b.num * a.den;
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  return roundFraction({ num, den }, 2);
}

/**
 * before − after on the exact decimal values, rounded to `digits` decimals: 58 − 6.75 is 51.25,
 * 0.3 − 0.1 is 0.2 (not 0.19999999999999998).
 */
export function difference(before: number, after: number, digits = 6): number {
  const b = toFraction(before);
  const a = toFraction(after);
  return roundFraction({ num: b.num * a.den - a.num * b.den, den: b.den * a.den }, digits);
}

/**
 * Σ Π of decimal factors, computed exactly and rounded once to `digits` decimals (default 10, full
 * precision for money): sumOfProducts([[2, 251.22], [3, 0.5, 57.81]]) is 589.155, not 589.1550000000001.
 */
export function sumOfProducts(terms: ReadonlyArray<ReadonlyArray<number>>, digits = 10): number {
  let total: Fraction = { num: 0n, den: 1n };
  for (const term of terms) {
    let product: Fraction = { num: 1n, den: 1n };
    for (const factor of term) {
      const f = toFraction(factor);
      product = { num: product.num * f.num, den: product.den * f.den };
    }
    total = { num: total.num * product.den + product.num * total.den, den: total.den * product.den };
  }
  return roundFraction(total, digits);
}

/**
 * The sum of amounts of money exactly, to 10 decimals: whole yuan are added as they are (exact below
 * 2^53), others on their decimal values, so that 50 fees of 99,999,999.99 add up to 4,999,999,999.5
 * and not 4,999,999,999.499993, an error a yearly volume would multiply into thousands of yuan.
 */
export function sumAmounts(amounts: readonly number[]): number {
  let total = 0;
  for (const amount of amounts) {
    if (!Number.isInteger(amount)) return sumOfProducts(amounts.map((a) => [a]));
    total += amount;
  }
  return total;
}
