/**
 * Numbers as reform reports write them, the same on every surface: figures to at most two decimals
 * without trailing zeros ("12.5", "3"), large sums with thousands separated ("11,719,350"), cuts in
 * percent always to two decimals ("压减51.43%", "50.00%"), money in 万元 to two decimals ("154.20").
 *
 * Every figure is rounded as reform offices round (四舍五入): half away from zero, on the exact decimal
 * value of the figure as written, not on its binary approximation. 97 / 160 × 100 is 60.625 exactly,
 * which a double holds as 60.62499…, so Math.round gives 60.62 where the office writes 60.63; and
 * Math.round takes −3.125 to −3.12. Here a value is read as the decimal it prints as (String(x), the
 * shortest that round-trips) and rounded on exact fractions of BigInts; src/analysis/decimal.ts does
 * exact arithmetic (cuts, differences, money) on the same fractions.
 */

/** An exact fraction num / den with den > 0. */
export interface Fraction {
  /** Numerator. */
  num: bigint;
  /** Denominator, positive. */
  den: bigint;
}

/** The exact decimal value of `x` as written by String(x): 0.1 is 1/10, 1e-7 is 1/10^7. */
export function toFraction(x: number): Fraction {
  if (!Number.isFinite(x)) throw new Error(`decimal: ${x} is not a finite number`);
  const [mantissa, exponent = '0'] = String(x).split('e');
  const [whole, fraction = ''] = mantissa!.split('.');
  const shift = Number(exponent) - fraction.length;
  const digits = BigInt(`${whole}${fraction}`);
  return shift >= 0 ? { num: digits * 10n ** BigInt(shift), den: 1n } : { num: digits, den: 10n ** BigInt(-shift) };
}

/** `f` rounded half away from zero to `digits` decimals, as a number. */
export function roundFraction(f: Fraction, digits: number): number {
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
 * `x` rounded half away from zero (四舍五入) to `digits` decimals (default 2), on its decimal value.
 * @example roundHalfUp(2.675) // 2.68 (Math.round(2.675 * 100) / 100 gives 2.67)
 */
export function roundHalfUp(x: number, digits = 2): number {
  // A figure written with no more decimals than asked for is itself (most are: 12, 60.5); -0 is 0.
  if (Number.isInteger(x)) return x + 0;
  if (Number.isFinite(x)) {
    const text = String(x);
    if (!text.includes('e') && text.length - text.indexOf('.') - 1 <= digits) return x + 0;
  }
  return roundFraction(toFraction(x), digits);
}

/** A figure with at most `digits` decimals and no trailing zeros: 12.50 → "12.5", 3 → "3"; "—" when unknown. */
export function num(value: number | null | undefined, digits = 2): string {
  if (value === undefined || value === null || !Number.isFinite(value)) return '—';
  return String(roundHalfUp(value, digits));
}

/** A large figure with thousands separated, to two decimals: 11,719,350 or 1,171.94; "—" when unknown. */
export function grouped(value: number | null | undefined): string {
  if (value === undefined || value === null || !Number.isFinite(value)) return '—';
  return roundHalfUp(value, 2).toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** A share (0–1) as a percentage with at most two decimals: 0.5 → "50%", 0.1848 → "18.48%". */
export function percent(share: number): string {
  return `${num(share * 100)}%`;
}

/** A percentage always to two decimals, as cuts are published: 51.4286 → "51.43%", 50 → "50.00%". */
export function percentFixed(value: number): string {
  return `${Math.abs(roundHalfUp(value, 2)).toFixed(2)}%`;
}

/** A share (0–1) always to two decimals: 0.1848 → "18.48%", 0 → "0.00%". */
export function shareFixed(share: number): string {
  return `${roundHalfUp(share * 100, 2).toFixed(2)}%`;
}

/** Yuan in 万元 (10,000 yuan), thousands separated, always two decimals: 1,542,000 → "154.20". */
export function wan(yuan: number): string {
  return twoDecimals(yuan, 10_000n);
}

/** Yuan in millions, always two decimals, for English text: 1,542,000 → "1.54". */
export function millions(yuan: number): string {
  return twoDecimals(yuan, 1_000_000n);
}

/** `value` / `divisor` exactly, rounded half up once to two decimals, thousands separated, always two decimals. */
export function twoDecimals(value: number, divisor = 1n): string {
  if (!Number.isFinite(value)) return '—';
  const f = toFraction(value);
  return roundFraction({ num: f.num, den: f.den * divisor }, 2).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
