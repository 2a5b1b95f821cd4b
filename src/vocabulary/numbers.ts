/**
 * Numbers as reform reports write them, the same on every surface: figures to at most two decimals
 * without trailing zeros ("12.5", "3"), large sums with thousands separated ("11,719,350"), cuts in
 * percent always to two decimals ("压减51.43%", "50.00%"), money in 万元 to two decimals ("154.20").
 */

/** A figure with at most `digits` decimals and no trailing zeros: 12.50 → "12.5", 3 → "3"; "—" when unknown. */
export function num(value: number | null | undefined, digits = 2): string {
  if (value === undefined || value === null || !Number.isFinite(value)) return '—';
  const scale = 10 ** digits;
  const rounded = Math.round(value * scale) / scale;
  return String(rounded === 0 ? 0 : rounded);
}

/** A large figure with thousands separated, to two decimals: 11,719,350 or 1,171.94; "—" when unknown. */
export function grouped(value: number | null | undefined): string {
  if (value === undefined || value === null || !Number.isFinite(value)) return '—';
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** A share (0–1) as a percentage with at most two decimals: 0.5 → "50%", 0.1848 → "18.48%". */
export function percent(share: number): string {
  return `${num(share * 100)}%`;
}

/** A percentage always to two decimals, as cuts are published: 51.4286 → "51.43%", 50 → "50.00%". */
export function percentFixed(value: number): string {
  return `${Math.abs(value).toFixed(2)}%`;
}

/** A share (0–1) always to two decimals: 0.1848 → "18.48%", 0 → "0.00%". */
export function shareFixed(share: number): string {
  return `${(share * 100).toFixed(2)}%`;
}

/** Yuan in 万元 (10,000 yuan), thousands separated, always two decimals: 1,542,000 → "154.20". */
export function wan(yuan: number): string {
  return twoDecimals(yuan / 10_000);
}

/** Yuan in millions, always two decimals, for English text: 1,542,000 → "1.54". */
export function millions(yuan: number): string {
  return twoDecimals(yuan / 1_000_000);
}

function twoDecimals(value: number): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
