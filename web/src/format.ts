/** Numbers as reform reports write them: at most two decimals, no trailing zeros, Chinese or English units. */
import { roundHalfUp } from '../../src/analysis/decimal.js';
import { t, type Lang } from './i18n.js';

/** A number with at most `digits` decimals and no trailing zeros: 12.50 → "12.5", 3 → "3". */
export function formatNumber(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return '—';
  return String(roundHalfUp(value, digits));
}

/** A share (0–1) as a percentage with two decimals: 0.1848 → "18.48%". */
export function formatShare(share: number): string {
  return `${(share * 100).toFixed(2)}%`;
}

/** A value with its unit: "13 个工作日" in Chinese (unit right after), "13 working days" in English. */
export function withUnit(value: number, unit: string, lang: Lang): string {
  if (!unit) return formatNumber(value);
  return lang === 'zh' ? `${formatNumber(value)}${unit}` : `${formatNumber(value)} ${unit}`;
}

/** Yuan as 万元 with two decimals and thousands separated (154.20, 10,418.76), as the CLI writes money. */
export function toWan(yuan: number): string {
  return twoDecimals(yuan / 10000);
}

/** Money saved as reports state it: 万元 in Chinese (154.20), millions in English (1.54). */
export function formatMoney(yuan: number, lang: Lang): string {
  return lang === 'zh' ? toWan(yuan) : twoDecimals(yuan / 1_000_000);
}

/** Two decimals, rounded half up on the decimal value as the CLI rounds (src/analysis/decimal.ts). */
function twoDecimals(value: number): string {
  return roundHalfUp(value, 2).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** Working days for axis ticks and tooltips: "0.75", "12.5". */
export function formatDays(days: number): string {
  return formatNumber(days, 2);
}

/** A reform target as a short phrase: cutPercent>= 30 → "压减≥30%" / "cut ≥ 30%"; after<= 1 → "≤1" / "≤ 1". */
export function formatTarget(op: string, value: number, unit: string, lang: Lang): string {
  const [field, cmp = ''] = /^(\w+)(.*)$/.exec(op)?.slice(1) ?? [op, ''];
  const sign = cmp.replace('>=', '≥').replace('<=', '≤');
  if (field === 'cutPercent') return t('targetCut', lang, { sign, value: formatNumber(value) });
  return t(field === 'cut' ? 'targetCutBy' : 'targetAt', lang, { sign, value: withUnit(value, unit, lang) });
}
