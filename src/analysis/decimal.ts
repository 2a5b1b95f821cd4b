/**
 * Rounding as reform offices round (四舍五入): half away from zero, on the exact decimal value of the
 * figures as written, not on their binary approximation. 97 / 160 × 100 is 60.625 exactly, which a
 * double holds as 60.62499…, so Math.round gives 60.62 where the office writes 60.63; and Math.round
 * takes −3.125 to −3.12. Here each input is read as the decimal it prints as (String(x), the shortest
 * that round-trips), the arithmetic is done on exact fractions of BigInts, and only the final value is
 * rounded. A dozen lines of fraction arithmetic, so no decimal library is pulled in for it.
 */

/** An exact fraction num / den with den > 0. */
interface Fraction {
  num: bigint;
  den: bigint;
}

/** The exact decimal value of `x` as written by String(x): 0.1 is 1/10, 1e-7 is 1/10^7. */
function toFraction(x: number): Fraction {
  if (!Number.isFinite(x)) throw new Error(`decimal: ${x} is not a finite number`);
  const [mantissa, exponent = '0'] = String(x).split('e');
  const [whole, fraction = ''] = mantissa!.split('.');
  const shift = Number(exponent) - fraction.length;
  const digits = BigInt(`${whole}${fraction}`);
  return shift >= 0 ? { num: digits * 10n ** BigInt(shift), den: 1n } : { num: digits, den: 10n ** BigInt(-shift) };
}

/** `f` rounded half away from zero to `digits` decimals, as a number. */
function roundFraction(f: Fraction, digits: number): number {
  const scale = 10n ** BigInt(digits);
  const negative = f.num < 0n;
  const abs = negative ? -f.num : f.num;
  const scaled = abs * scale;
  let q = scaled / f.den;
  if ((scaled % f.den) * 2n >= f.den) q += 1n;
  const text = q.toString().padStart(digits + 1, '0');
  const value = Number(`${text.slice(0, text.length - digits)}.${text.slice(text.length - digits) || '0'}`);
  return negative && value !== 0 ? -value : value;
}

/**
 * `x` rounded half away from zero to `digits` decimals (default 2), on its decimal value.
 * @example roundHalfUp(2.675) // 2.68 (Math.round(2.675 * 100) / 100 gives 2.67)
 */
export function roundHalfUp(x: number, digits = 2): number {
  return roundFraction(toFraction(x), digits);
}

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
