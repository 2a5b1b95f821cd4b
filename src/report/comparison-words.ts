/**
 * Sentences of a comparison, put together from the vocabulary's words: a figure with its unit, the
 * cut ("压减51.43%"), the summary sentence, a ledger entry's reason, a target with its verdict. The
 * JSON carries each of them, so the web app and Office files show these very strings.
 */
import type { LedgerEntry, MeasureKey, MeasureRow, TargetResult } from '../analysis/compare/types.js';
import {
  clauseSeparator, fullStop, LEDGER_KINDS, LEDGER_REASONS, MEASURES, measureUnit, num, percentFixed, targetActual, targetGoal,
  VERDICTS, withUnit, type Lang, type Template,
} from '../vocabulary/index.js';

/** A measure's name. */
export function measureName(key: MeasureKey, lang: Lang): string {
  return MEASURES[key].name[lang];
}

/** 未规定: a side has no figure for a measure (no committed limit). */
const NONE = { zh: '未规定', en: 'none' } as const;

/** A figure with its unit: "17份", "13个工作日", "13 working days"; 未规定 when there is none. */
export function figureText(key: MeasureKey, value: number | null, lang: Lang): string {
  if (value === null) return NONE[lang];
  return withUnit(num(value), measureUnit(key, value, lang), lang);
}

/** A cut in percent as reform reports print it, always two decimals: "51.43%", "50.00%". */
export const percentText = percentFixed;

/** How a cut reads: down, up or unchanged, with the percent (or the amount when there is no percent). */
const CUT: { readonly down: Template<string>; readonly up: Template<string>; readonly same: { zh: string; en: string } } = {
  down: { zh: (v) => `压减${v}`, en: (v) => `cut by ${v}` },
  up: { zh: (v) => `增加${v}`, en: (v) => `up by ${v}` },
  same: { zh: '持平', en: 'unchanged' },
};

/** The cut in words; says so plainly when the figure went up: "压减51.43%", "增加20%", "持平". */
export function cutText(row: MeasureRow, lang: Lang): string {
  if (row.cut === null) return '—';
  if (row.cut === 0) return CUT.same[lang];
  const pct = row.cutPercent === null ? '' : percentText(row.cutPercent);
  return row.cut > 0 ? CUT.down[lang](pct || num(row.cut)) : CUT.up[lang](pct || num(-row.cut));
}

/** The time a summary names: the committed limit, else the statutory limit, else the modelled time. */
const TIME_KEYS: readonly MeasureKey[] = ['committedLimit', 'statutoryLimit', 'timeStandard'];

/** Measures a summary names, in order, when they changed ('time' stands for the first known of TIME_KEYS). */
const SUMMARY: ReadonlyArray<MeasureKey | 'time'> = ['items', 'materials', 'steps', 'time', 'trips', 'fees'];

/** A summary clause: a measure went down or up, from a figure to another, with the percent when known. */
const CLAUSE: { readonly down: Template<Clause>; readonly up: Template<Clause>; readonly none: { zh: string; en: string } } = {
  down: {
    zh: (c) => `${c.name}由${c.from}压减至${c.to}${c.pct ? `，压减${c.pct}` : ''}`,
    en: (c) => `${c.name} cut from ${c.from} to ${c.to}${c.pct ? ` (−${c.pct})` : ''}`,
  },
  up: {
    zh: (c) => `${c.name}由${c.from}增加至${c.to}${c.pct ? `，增加${c.pct}` : ''}`,
    en: (c) => `${c.name} up from ${c.from} to ${c.to}${c.pct ? ` (+${c.pct})` : ''}`,
  },
  none: { zh: '各项指标与改革前持平。', en: 'No measure changed.' },
};

/** What a summary clause says. */
interface Clause {
  /** The measure's name. */
  name: string;
  /** The figure before, with its unit. */
  from: string;
  /** The figure after, with its unit. */
  to: string;
  /** The cut in percent, or "" when there is none. */
  pct: string;
}

/** "材料由35份压减至17份，压减51.43%；……。" — the key cuts, as a reform office writes them. */
export function summaryText(rows: readonly MeasureRow[], lang: Lang): string {
  const known = (key: MeasureKey) => rows.find((x) => x.key === key && x.before !== null && x.after !== null);
  const parts = SUMMARY.flatMap((wanted) => {
    const r = wanted === 'time' ? TIME_KEYS.map(known).find(Boolean) : known(wanted);
    if (!r || r.cut === 0) return [];
    const clause = { name: measureName(r.key, lang), from: figureText(r.key, r.before, lang), to: figureText(r.key, r.after, lang), pct: r.cutPercent === null ? '' : percentText(r.cutPercent) };
    return [(r.cut! > 0 ? CLAUSE.down : CLAUSE.up)[lang](clause)];
  });
  if (parts.length === 0) return CLAUSE.none[lang];
  return `${parts.join(clauseSeparator(lang))}${fullStop(lang)}`;
}

/** The measures a headline names, in order, when they changed: by the cut in percent, or by the figure after ("跑动次数降至0次"). */
const HEADLINE: ReadonlyArray<{ key: MeasureKey | 'time'; by: 'cut' | 'after' }> = [
  { key: 'materials', by: 'cut' },
  { key: 'time', by: 'cut' },
  { key: 'trips', by: 'after' },
];

/** A headline's clauses and the line around them. */
const HEADLINE_WORDS: {
  readonly cut: Template<{ name: string; pct: string; up: boolean }>;
  readonly after: Template<{ name: string; to: string; up: boolean }>;
  readonly line: Template<{ title: string; clauses: string[] }>;
} = {
  cut: { zh: (c) => `${c.name}${c.up ? '增加' : '压减'}${c.pct}`, en: (c) => `${c.name} ${c.up ? 'up' : 'cut'} ${c.pct}` },
  after: { zh: (c) => `${c.name}${c.up ? '增至' : '降至'}${c.to}`, en: (c) => `${c.name} ${c.up ? 'up' : 'down'} to ${c.to}` },
  line: { zh: (h) => (h.clauses.length ? `${h.title}：${h.clauses.join('，')}` : h.title), en: (h) => (h.clauses.length ? `${h.title}: ${h.clauses.join(', ')}` : h.title) },
};

/**
 * A case's result in one line, for a slide's title: "食品经营许可（新办）：材料压减44.44%，承诺时限压减93.33%，
 * 跑动次数降至0次". Names the materials, the time (as summaryText picks it) and the trips when they changed.
 */
export function headlineText(title: string, rows: readonly MeasureRow[], lang: Lang): string {
  const known = (key: MeasureKey) => rows.find((x) => x.key === key && x.before !== null && x.after !== null);
  const clauses = HEADLINE.flatMap(({ key, by }) => {
    const r = key === 'time' ? TIME_KEYS.map(known).find(Boolean) : known(key);
    if (!r || !r.cut) return [];
    const name = measureName(r.key, lang);
    const up = r.cut < 0;
    if (by === 'after') return [HEADLINE_WORDS.after[lang]({ name, to: figureText(r.key, r.after, lang), up })];
    return r.cutPercent === null ? [] : [HEADLINE_WORDS.cut[lang]({ name, pct: percentText(r.cutPercent), up })];
  });
  return HEADLINE_WORDS.line[lang]({ title, clauses });
}

/** How the ledger says what a thing went into, and its quantities. */
const INTO: Template<string> = { zh: (name) => `，并入 ${name}`, en: (name) => ` into ${name}` };

/** A ledger entry's kind and reason in words: "材料", "合并，并入 一表申请书 (1 → 0)". */
export function ledgerWords(e: LedgerEntry, lang: Lang): { kind: string; reason: string } {
  let reason = LEDGER_REASONS[e.reason].name[lang];
  if (e.into) reason += INTO[lang](e.intoName ?? e.into);
  if (e.before !== undefined && e.after !== undefined) reason += ` (${num(e.before)} → ${num(e.after)})`;
  return { kind: LEDGER_KINDS[e.kind][lang], reason };
}

/** A target in words with its verdict: goal "材料 压减率 ≥ 30%", actual "51.43%", verdict "达标". */
export function targetText(t: TargetResult, lang: Lang): { goal: string; actual: string; verdict: string } {
  return { goal: targetGoal(t, lang), actual: targetActual(t, lang), verdict: VERDICTS[t.met ? 'met' : 'missed'][lang] };
}
