/**
 * What a dashboard leads with and which measure rows it lists: the rule, once, for the web dashboard
 * and every surface that draws it (the Office renderer draws the same chart modules). A headline
 * figure is one of the 五减 (items, materials, steps, time, trips, fees); the table below shows what
 * exists: a measure with no figure on either side, or nothing on either side (费用 0 → 0), is left out
 * and named in a note; measures of one family with the very same figures (材料份数 as 材料, three
 * time rows all 48 → 13) are one row, which names the measures it stands for.
 */
import type { Bilingual, Template } from './language.js';
import { MEASURES, type MeasureKey } from './measures.js';

/** The figures of one measure the rule looks at. */
export interface MeasureFigures {
  /** Which measure. */
  key: MeasureKey;
  /** Before; null when the side has no figure. */
  before: number | null;
  /** After; null when the side has no figure. */
  after: number | null;
}

/** The time a headline names: the committed limit, else the statutory limit, else the modelled time. */
export const HEADLINE_TIME: readonly MeasureKey[] = ['committedLimit', 'statutoryLimit', 'timeStandard'];

/** The 五减 a dashboard leads with, in order; 'time' is the first of HEADLINE_TIME that has both figures; items only when a side has several. */
export const HEADLINE: ReadonlyArray<MeasureKey | 'time'> = ['items', 'materials', 'steps', 'time', 'trips', 'fees'];

/** Measures counted in one unit whose rows merge when their figures are the same, the first named first. */
export const MERGE_FAMILIES: ReadonlyArray<readonly MeasureKey[]> = [
  ['materials', 'copies'],
  ['committedLimit', 'statutoryLimit', 'timeStandard', 'timeSlowest'],
];

/** Why a measure is not a row of its own. */
export type RowOmission = 'none' | 'zero';

/** One row of the dashboard's table. */
export interface DashboardRow {
  /** The measure drawn. */
  key: MeasureKey;
  /** Measures of its family with the same figures, shown by this row. */
  merged: MeasureKey[];
}

/** The dashboard's headline figures and table rows. */
export interface DashboardLayout {
  /** The headline's measures, in HEADLINE's order: those with a figure on both sides and something on either. */
  headline: MeasureKey[];
  /** The table's rows, in report order. */
  rows: DashboardRow[];
  /** Measures left out, and why: no figure on either side, or 0 on both. */
  omitted: Array<{ key: MeasureKey; why: RowOmission }>;
}

/** Why a measure is left out, if it is: no figure either side (none) or 0 both sides (zero). */
export function getOmission(m: MeasureFigures): RowOmission | undefined {
  if (m.before === null && m.after === null) return 'none';
  if (m.before === 0 && m.after === 0) return 'zero';
  return undefined;
}

/**
 * The dashboard of `measures`: which lead as headline figures, which are rows, which merge into
 * another's row and which are left out.
 * @example getDashboardLayout(广元).rows.find((r) => r.key === 'committedLimit')?.merged // ['timeStandard', 'timeSlowest']
 */
export function getDashboardLayout(measures: readonly MeasureFigures[]): DashboardLayout {
  const byKey = new Map(measures.map((m) => [m.key, m]));
  const shown = (key: MeasureKey) => {
    const m = byKey.get(key);
    return m !== undefined && getOmission(m) === undefined;
  };
  const both = (key: MeasureKey) => byKey.get(key)?.before != null && byKey.get(key)?.after != null;
  // A single item on both sides is not a 减事项 to lead with.
  const single = byKey.get('items')?.before === 1 && byKey.get('items')?.after === 1;
  const headline = HEADLINE.flatMap((k) => {
    const key = k === 'time' ? HEADLINE_TIME.find((t) => shown(t) && both(t)) : k;
    return key && shown(key) && both(key) && !(key === 'items' && single) ? [key] : [];
  });
  const omitted: DashboardLayout['omitted'] = [];
  const rows: DashboardRow[] = [];
  for (const m of measures) {
    const why = getOmission(m);
    if (why) {
      omitted.push({ key: m.key, why });
      continue;
    }
    const family = MERGE_FAMILIES.find((f) => f.includes(m.key)) ?? [];
    const same = rows.find((r) => family.includes(r.key) && byKey.get(r.key)!.before === m.before && byKey.get(r.key)!.after === m.after);
    if (same) {
      same.merged.push(m.key);
      continue;
    }
    rows.push({ key: m.key, merged: [] });
  }
  return { headline, rows, omitted };
}

/** The note under a merged row: which measures it stands for. */
export const MERGED_ROW: Template<{ names: string }> = {
  zh: (a) => `${a.names}数字相同，合为此行`,
  en: (a) => `${a.names}: the same figures, shown in this row`,
};

/** A merged row's line for the measures it stands for that are counted by another rule than the row's own. */
export const MERGED_RULE: Template<{ names: string; rule: string }> = {
  zh: (a) => `${a.names}口径：${a.rule}`,
  en: (a) => `Rule of ${a.names}: ${a.rule}`,
};

/** The note under the table: the measures left out and why. */
export const OMITTED_ROWS: Template<{ list: string }> = {
  zh: (a) => `未列出：${a.list}`,
  en: (a) => `Not listed: ${a.list}`,
};

/** Why a measure is left out, after its name. */
export const OMISSIONS: Readonly<Record<RowOmission, Bilingual>> = {
  none: { zh: '改革前后均无数字', en: 'no figure before or after' },
  zero: { zh: '改革前后均为 0', en: '0 before and after' },
};

/** The name of every measure `keys` lists, joined: "模型用时（标准）、模型用时（最慢）". */
export function measureNames(keys: readonly MeasureKey[], lang: 'zh' | 'en'): string {
  return keys.map((k) => MEASURES[k].name[lang]).join(lang === 'zh' ? '、' : ', ');
}
