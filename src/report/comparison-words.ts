/**
 * Sentences of a comparison, put together from the vocabulary's words: a figure with its unit, the
 * cut ("压减51.43%"), the summary sentence, a ledger entry's reason, a target with its verdict. The
 * JSON carries each of them, so the web app and Office files show these very strings.
 */
import type { LedgerEntry, MeasureKey, MeasureRow, TargetResult } from '../analysis/compare/types.js';
import {
  clauseSeparator, MEASURE_COLUMNS, COUNTING_RULES, fullStop, LEDGER_KINDS, LEDGER_REASONS, CALENDAR_DAY_UNIT, HEADLINE_TIME, grouped, unitFor, WORKING_DAY_UNIT, listSeparator, MEASURES, measureUnit, num, percentFixed, ruleName,
  SIDES, targetActual, targetGoal, VERDICTS, withUnit, type Lang, type MeasureWords, type SideName, type Template,
} from '../vocabulary/index.js';

/** A measure's name. */
export function measureName(key: MeasureKey, lang: Lang): string {
  return MEASURES[key].name[lang];
}

/** 未规定: a side has no figure for a measure (no committed limit); a measure may say otherwise (forms: 未填写). */
const NONE = { zh: '未规定', en: 'none' } as const;

/** A figure with its unit: "17份", "13个工作日", "13 working days"; 未规定 (or the measure's own word) when there is none. */
export function figureText(key: MeasureKey, value: number | null, lang: Lang): string {
  const m: MeasureWords = MEASURES[key];
  if (value === null) return (m.none ?? NONE)[lang];
  return withUnit(grouped(value), measureUnit(key, value, lang), lang);
}

/** The sentences around a figure's counting rule (口径). */
const RULE: {
  readonly sides: Template<{ before: string; after: string }>;
  readonly alternative: Template<{ rule: string; pair: string }>;
  readonly asWritten: Template<{ side: string; days: number; from: string; workdays: string; assumed?: string }>;
  readonly undated: Template<{ side: string; days: number }>;
  readonly missing: Template<{ side: string; measure: string; items: string }>;
  readonly undatedItems: Template<{ side: string; measure: string; items: string }>;
} = {
  sides: {
    zh: (a) => `${SIDES.before.zh}：${a.before}；${SIDES.after.zh}：${a.after}`,
    en: (a) => `${SIDES.before.en.toLowerCase()}: ${a.before}; ${SIDES.after.en.toLowerCase()}: ${a.after}`,
  },
  alternative: { zh: (a) => `按“${a.rule}”：${a.pair}`, en: (a) => `${a.rule}: ${a.pair}` },
  asWritten: {
    zh: (a) => `${a.side}写为 ${a.days} 个自然日，自 ${a.from} 起算在工作日历上合 ${a.workdays} 个工作日（不按 5/7 折算${a.assumed ? `；${a.assumed} 起为推算` : ''}）`,
    en: (a) => `${a.side}: written as ${a.days} ${unitFor(CALENDAR_DAY_UNIT, a.days, 'en')}; from ${a.from}, ${a.workdays} ${unitFor(WORKING_DAY_UNIT, Number(a.workdays), 'en')} on the calendar (not 5/7${a.assumed ? `; assumed from ${a.assumed} on` : ''})`,
  },
  undated: {
    zh: (a) => `${a.side}写为 ${a.days} 个自然日，没有起算日期（version.date 或 --start-date），未折算为工作日（不按 5/7 折算），不计数值`,
    en: (a) => `${a.side}: written as ${a.days} ${unitFor(CALENDAR_DAY_UNIT, a.days, 'en')} with no date to count from (version.date or --start-date): not converted to working days (never 5/7), so no figure`,
  },
  missing: {
    zh: (a) => `${a.side}未规定${a.measure}的事项：${a.items}（不以模型用时代替）`,
    en: (a) => `${a.side}, items with no ${a.measure.toLowerCase()}: ${a.items} (modelled time is not put in its place)`,
  },
  undatedItems: {
    zh: (a) => `${a.side}${a.measure}以自然日计而没有起算日期、未折算为工作日的事项：${a.items}（不按 5/7 折算；写 version.date 或用 --start-date）`,
    en: (a) => `${a.side}, items whose ${a.measure.toLowerCase()} is in calendar days with no date to count from, so not converted: ${a.items} (never 5/7; write version.date or give --start-date)`,
  },
};

/**
 * The rule (口径) a row's figures were counted by: one name, or each side's when they differ; a rule
 * that departs from how offices publish is marked. "并联审批计 1 个环节", "改革前：逐事项相加；改革后：…".
 */
export function ruleText(row: MeasureRow, lang: Lang): string {
  const { before, after } = row.rule;
  if (before === after) return ruleName(before, lang);
  return RULE.sides[lang]({ before: ruleName(before, lang), after: ruleName(after, lang) });
}

/**
 * What a reader needs beside the figures: the count under the other rule where it differs, a limit
 * written in calendar days, and the items a missing limit lacks. "按“逐环节计（并联分支各环节分别计）”：9个 → 4个";
 * "改革后未规定法定时限的事项：企业开办…".
 */
export function ruleNotes(row: MeasureRow, lang: Lang): string[] {
  const notes: string[] = [];
  const alt = row.alternative;
  if (alt) {
    const pair = `${figureText(row.key, alt.before, lang)} → ${figureText(row.key, alt.after, lang)}`;
    notes.push(RULE.alternative[lang]({ rule: COUNTING_RULES[alt.rule].name[lang], pair }));
  }
  const sideName = (side: SideName) => SIDES[side][lang];
  for (const side of ['before', 'after'] as const) {
    const w = row.asWritten?.[side];
    const value = row[side];
    if (w?.from !== undefined && value !== null) {
      notes.push(RULE.asWritten[lang]({ side: sideName(side), days: w.days, from: w.from, workdays: num(value), ...(w.assumed ? { assumed: w.assumed } : {}) }));
    }
    else if (w && w.from === undefined) notes.push(RULE.undated[lang]({ side: sideName(side), days: w.days }));
  }
  for (const side of ['before', 'after'] as const) {
    const names = row.missing?.[side];
    if (names?.length) notes.push(RULE.missing[lang]({ side: sideName(side), measure: measureName(row.key, lang), items: names.join(listSeparator(lang)) }));
    const undated = row.undated?.[side];
    if (undated?.length) notes.push(RULE.undatedItems[lang]({ side: sideName(side), measure: measureName(row.key, lang), items: undated.join(listSeparator(lang)) }));
  }
  return notes;
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

/** A rise in the 压减量 column: "增加 1" / "up 1", never a negative cut. */
const CUT_AMOUNT_UP: Template<string> = { zh: (v) => `增加 ${v}`, en: (v) => `up ${v}` };

/** The 压减量 column: the cut, or for a rise "增加 1" / "up 1", never a negative cut; "—" when unknown. */
export function cutAmountText(row: MeasureRow, lang: Lang): string {
  if (row.cut === null) return '—';
  return row.cut >= 0 ? num(row.cut) : CUT_AMOUNT_UP[lang](num(-row.cut));
}

/** The time a summary names: the committed limit, else the statutory limit, else the modelled time (as a dashboard's headline). */
const TIME_KEYS = HEADLINE_TIME;

/** Measures a summary names, in order, when they changed ('time' stands for the first known of TIME_KEYS). */
const SUMMARY: ReadonlyArray<MeasureKey | 'time'> = ['items', 'materials', 'forms', 'formFields', 'steps', 'time', 'trips', 'fees'];

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
  const rowsNamed = SUMMARY.flatMap((wanted) => {
    const r = wanted === 'time' ? TIME_KEYS.map(known).find(Boolean) : known(wanted);
    return r ? [r] : [];
  });
  return clausesText(rowsNamed, lang);
}

/**
 * Every measure that changed, in report order, as summary clauses: "环节由6个压减至4个，压减33.33%；
 * 模型用时（标准）由…". What a reform suggestion's effect reads like.
 */
export function changesText(rows: readonly MeasureRow[], lang: Lang): string {
  return clausesText(rows.filter((r) => r.before !== null && r.after !== null), lang);
}

function clausesText(rows: readonly MeasureRow[], lang: Lang): string {
  const parts = rows.flatMap((r) => {
    if (r.cut === 0 || r.cut === null) return [];
    const clause = { name: measureName(r.key, lang), from: figureText(r.key, r.before, lang), to: figureText(r.key, r.after, lang), pct: r.cutPercent === null ? '' : percentText(r.cutPercent) };
    return [(r.cut > 0 ? CLAUSE.down : CLAUSE.up)[lang](clause)];
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

/** The heads of a measures table, as compare prints it: 指标 改革前 改革后 压减量 压减率 口径. */
export function measureHead(lang: Lang): string[] {
  const M = MEASURE_COLUMNS;
  return [M.measure, M.before, M.after, M.cut, M.cutPercent, M.rule].map((w) => w[lang]);
}

/** One measure's row in a measures table, as compare prints it: name, figures, cut, cut in percent, counting rule. */
export function measureCells(r: MeasureRow, lang: Lang): string[] {
  return [measureName(r.key, lang), figureText(r.key, r.before, lang), figureText(r.key, r.after, lang), cutAmountText(r, lang), cutText(r, lang), ruleText(r, lang)];
}
