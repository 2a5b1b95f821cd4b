/**
 * Reform marks: how a reformed version cuts a material (数据共享, 告知承诺, 容缺后补, 取消, 合并), and
 * the rule that belongs to them: whether the applicant still prepares a material so marked. Every
 * count of materials (analysis, comparison, process diagrams, materials matrix) asks isPreparedMark.
 */
import type { Bilingual, Spellings } from './language.js';

/** What a reform mark means. */
export interface ReformMarkWords extends Spellings {
  /** How a report and the ledger name it: 数据共享（免提交）. */
  name: Bilingual;
  /** The shorter name a chart or tooltip uses, and the word an author writes: 数据共享. */
  short: Bilingual;
  /** True when the applicant still prepares a material with this mark (容缺: yes, later). */
  prepared: boolean;
}

/** Every reform mark, in the order the authoring guide lists them. */
export const REFORM_MARKS = {
  shared: { name: { zh: '数据共享（免提交）', en: 'shared by data (not handed in)' }, short: { zh: '数据共享', en: 'data sharing' }, prepared: false, also: ['电子证照'] },
  commitment: { name: { zh: '告知承诺替代', en: 'replaced by a commitment' }, short: { zh: '告知承诺', en: 'written commitment' }, prepared: false },
  deferred: { name: { zh: '容缺后补', en: 'deferred (handed in later)' }, short: { zh: '容缺后补', en: 'handed in later' }, prepared: true },
  cancelled: { name: { zh: '取消', en: 'cancelled' }, short: { zh: '取消', en: 'cancelled' }, prepared: false },
  merged: { name: { zh: '合并', en: 'merged' }, short: { zh: '合并', en: 'merged' }, prepared: false, also: ['并入'] },
} as const satisfies Record<string, ReformMarkWords>;

/** How a reformed version cuts a material. */
export type ReformMark = keyof typeof REFORM_MARKS;

/** Every reform mark. */
export const REFORM_MARK_KEYS = Object.keys(REFORM_MARKS) as ReformMark[];

/**
 * True when the applicant still prepares a material with this mark: no mark, or one that does not
 * take it off the applicant's list (deferred). Example: isPreparedMark('merged') = false.
 */
export function isPreparedMark(mark: ReformMark | undefined): boolean {
  return mark === undefined || REFORM_MARKS[mark].prepared;
}
