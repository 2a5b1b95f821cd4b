/**
 * The reduction ledger's words (减量清单): what kind of thing changed, how, and why. A reason that
 * is a reform mark takes the mark's own words (reform-marks.ts), so a material "shared" reads the
 * same in the ledger, the materials matrix and a tooltip.
 */
import type { Bilingual } from './language.js';
import { REFORM_MARKS, type ReformMark } from './reform-marks.js';

/** Kinds of things the ledger lists. */
export const LEDGER_KINDS = {
  item: { zh: '事项', en: 'Item' },
  material: { zh: '材料', en: 'Material' },
  step: { zh: '环节', en: 'Step' },
  trip: { zh: '跑动', en: 'Trip' },
  fee: { zh: '费用', en: 'Fee' },
  dependency: { zh: '先后关系', en: 'Order' },
} as const satisfies Record<string, Bilingual>;

/** What kind of thing a ledger entry is about. */
export type LedgerKind = keyof typeof LEDGER_KINDS;

/** How a thing changed. */
export const LEDGER_CHANGES = {
  removed: { zh: '减少', en: 'removed' },
  merged: { zh: '合并', en: 'merged' },
  added: { zh: '新增', en: 'added' },
  changed: { zh: '变更', en: 'changed' },
} as const satisfies Record<string, Bilingual>;

/** How a ledger entry's thing changed. */
export type LedgerChange = keyof typeof LEDGER_CHANGES;

/** What a reason is called: in the ledger (name) and in a chart or tooltip (short). */
export interface ReasonWords {
  /** In the ledger and reports. */
  name: Bilingual;
  /** In a chart or tooltip. */
  short: Bilingual;
}

/** Reasons that are not reform marks. */
const OTHER_REASONS = {
  once: { name: { zh: '一次提交（多个事项共用只交一次）', en: 'handed in once for several items' }, short: { zh: '一次提交，多事项共用', en: 'handed in once for all items' } },
  'item-removed': { name: { zh: '所属事项已取消', en: 'its item is gone' }, short: { zh: '事项取消', en: 'item removed' } },
  'not-needed': { name: { zh: '不再需要', en: 'no longer needed' }, short: { zh: '不再需要', en: 'no longer needed' } },
  removed: { name: { zh: '取消', en: 'removed' }, short: { zh: '取消', en: 'removed' } },
  added: { name: { zh: '新增', en: 'added' }, short: { zh: '新增', en: 'added' } },
  fewer: { name: { zh: '减少', en: 'fewer' }, short: { zh: '减少', en: 'fewer' } },
  more: { name: { zh: '增加', en: 'more' }, short: { zh: '增加', en: 'more' } },
  parallel: {
    name: { zh: '串联改并联（不再等前一事项办结）', en: 'no longer one after the other (now at the same time)' },
    short: { zh: '串联改并联', en: 'now at the same time' },
  },
  overlap: {
    name: { zh: '改为交叉办理（前一事项开始后即可开始）', en: 'now overlapping (starts once the other has started)' },
    short: { zh: '改为交叉办理', en: 'now overlapping' },
  },
} as const satisfies Record<string, ReasonWords>;

/** Why a thing changed: a reform mark (shared, commitment …) or one of the ledger's own reasons. */
export type LedgerReason = ReformMark | keyof typeof OTHER_REASONS;

/** Every reason with its words. */
export const LEDGER_REASONS: Readonly<Record<LedgerReason, ReasonWords>> = { ...REFORM_MARKS, ...OTHER_REASONS };

/** The ledger's columns, as every table of it (terminal, Markdown, web, CSV, Excel) heads them. */
export const LEDGER_COLUMNS = {
  kind: { zh: '类别', en: 'Kind' },
  change: { zh: '变化', en: 'Change' },
  name: { zh: '名称', en: 'Name' },
  item: { zh: '所属事项', en: 'Item' },
  reason: { zh: '原因', en: 'Reason' },
  into: { zh: '并入', en: 'Into' },
  quantity: { zh: '前 → 后', en: 'Before → after' },
} as const satisfies Record<string, Bilingual>;
