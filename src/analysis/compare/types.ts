/** The comparison of two documents (before and after a reform): measures, ledger, targets, money. */

import type { MeasureKey } from '../../model/targets.js';
import type { CountingRuleId } from '../../vocabulary/counting-rules.js';

export type { MeasureKey };

/** A side's figure for each measure; null when the side has none (e.g. no committed limit). */
export type Figures = Record<MeasureKey, number | null>;

/** How a side counted each figure (口径), and what a reader needs beside a figure. */
export interface SideCounting {
  /** The rule of each measure. */
  rules: Record<MeasureKey, CountingRuleId>;
  /** For a figure that is null: the items that lack what it needs (e.g. a statutory limit), by name. */
  missing: Partial<Record<MeasureKey, string[]>>;
  /** A figure under another rule, where it differs (环节 counted step by step beside the stage count). */
  alternatives: Partial<Record<MeasureKey, { rule: CountingRuleId; value: number }>>;
  /** A limit written in calendar days: as written, and the date its working days were counted from. */
  asWritten: Partial<Record<MeasureKey, { days: number; unit: 'calendar-day'; from: string }>>;
}

/** One item on a side: a bundle's item, or the procedure itself. */
export interface SideItem {
  /** Item id. */
  id: string;
  /** Item name. */
  name: string;
  /** The item's file. */
  file: string;
  /** Ids of the items it comes after. */
  after: string[];
  /** True when it lies on the critical path (standard time). */
  critical: boolean;
  /** Start on the bundle's schedule, working days (standard time). */
  start: number;
  /** Finish on the bundle's schedule, working days. */
  finish: number;
  /** Materials the applicant prepares for this item. */
  materials: number;
  /** Steps on its standard path. */
  steps: number;
  /** Trips on its standard path. */
  trips: number;
  /** Its modelled standard time, working days. */
  days: number;
  /** Fees on its standard path, yuan. */
  fees: number;
  /** Annual case volume (年办件量), when known. */
  volume?: number;
}

/** A step on a side's standard path, placed in time. */
export interface TimelineStep {
  /** Item id. */
  item: string;
  /** Step key. */
  key: string;
  /** Step name. */
  name: string;
  /** Who does it. */
  actor: string;
  /** Department, when known. */
  department?: string;
  /** Start, working days from the side's start. */
  start: number;
  /** End, working days from the side's start. */
  end: number;
}

/** A row of the materials matrix. */
export interface MaterialRow {
  /** Material id. */
  id: string;
  /** Material name. */
  name: string;
  /** Items that ask for it. */
  items: string[];
  /** Step keys (item/step) that take it. */
  steps: string[];
  /** True when the applicant prepares it. */
  prepared: boolean;
  /** Reform mark, if any. */
  reform?: string;
}

/** One side of a comparison. */
export interface Side {
  file: string;
  kind: 'procedure' | 'bundle';
  id: string;
  name: string;
  /** Version label (改革前 / 改革后). */
  label: string;
  /** Bundles only. */
  submission?: 'separate' | 'once';
  items: SideItem[];
  /** Item ids on the critical path (standard time). */
  criticalPath: string[];
  timeline: TimelineStep[];
  materials: MaterialRow[];
  figures: Figures;
  /** How each figure was counted. */
  counting: SideCounting;
}

/** A measure before and after. */
export interface MeasureRow {
  key: MeasureKey;
  before: number | null;
  after: number | null;
  /** before − after (negative when the figure went up). */
  cut: number | null;
  /** (before − after) / before × 100 to two decimals; null when before is 0 or unknown. */
  cutPercent: number | null;
  /** The counting rule (口径) of each side's figure. */
  rule: { before: CountingRuleId; after: CountingRuleId };
  /** Why a figure is null: the items that lack what it needs, by name, per side. */
  missing?: { before?: string[]; after?: string[] };
  /** The figures under another rule, where they differ from the ones shown (e.g. 环节 step by step). */
  alternative?: { rule: CountingRuleId; before: number | null; after: number | null };
  /** A side's limit as written in calendar days, with the date its working days were counted from. */
  asWritten?: { before?: { days: number; unit: 'calendar-day'; from: string }; after?: { days: number; unit: 'calendar-day'; from: string } };
}

/** An entry of the reduction ledger. */
export interface LedgerEntry {
  kind: 'item' | 'material' | 'step' | 'trip' | 'fee' | 'dependency';
  change: 'removed' | 'merged' | 'added' | 'changed';
  /** Why: cancelled, shared, commitment, deferred, merged, once, item-removed, not-needed, removed, fewer, more, parallel, overlap … */
  reason: string;
  id: string;
  name: string;
  /** Item the thing belongs to (ids, comma-separated). */
  item?: string;
  /** The item(s) by name, for people ("食品经营许可（新办）、户外招牌设置审批"). */
  itemName?: string;
  /** What it was merged into (id, or item/id). */
  into?: string;
  /** What it was merged into, by name ("一网通办申请表"): what people read. */
  intoName?: string;
  /** Quantity before, for changed quantities. */
  before?: number;
  /** Quantity after. */
  after?: number;
}

/** A target and whether it was met. */
export interface TargetResult {
  /** The target as written, e.g. "材料压减>=30%". */
  text: string;
  measure: MeasureKey;
  /** What is compared: the cut in percent, the cut, or the after value. */
  op: 'cutPercent>=' | 'cut>=' | 'after<=' | 'after>=';
  value: number;
  /** The figure compared; null when unknown. */
  actual: number | null;
  met: boolean;
}
