/** The comparison of two documents (before and after a reform): measures, ledger, targets, money. */

import type { Actor, CountingRuleId, LedgerChange, LedgerKind, LedgerReason, MeasureKey, ReformMark, Submission, TargetOp } from '../../vocabulary/index.js';
import type { BundleDates } from '../bundle.js';

export type { MeasureKey };

/** A side's figure for each measure; null when the side has none (e.g. no committed limit). */
export type Figures = Record<MeasureKey, number | null>;

/** A limit written in calendar days: the days as written, and the date its working days were counted from (none: not converted). */
export interface AsWritten {
  /** Calendar days, as written. */
  days: number;
  /** Always calendar days: a limit in working days needs no note. */
  unit: 'calendar-day';
  /** The date counted from on the working-day calendar; absent when there was none, so the figure is null. */
  from?: string;
  /** The first day of those counted on assumed days (a year no holiday arrangement covers). */
  assumed?: string;
}

/** How a side counted each figure (口径), and what a reader needs beside a figure. */
export interface SideCounting {
  /** The rule of each measure. */
  rules: Record<MeasureKey, CountingRuleId>;
  /** For a figure that is null: the items that lack what it needs (e.g. a statutory limit), by name. */
  missing: Partial<Record<MeasureKey, string[]>>;
  /** For a figure that is null: the items whose limit is in calendar days with no date to count from, by name. */
  undated: Partial<Record<MeasureKey, string[]>>;
  /** A figure under another rule, where it differs (环节 counted step by step beside the stage count). */
  alternatives: Partial<Record<MeasureKey, { rule: CountingRuleId; value: number }>>;
  /** A limit written in calendar days: as written, and the date its working days were counted from. */
  asWritten: Partial<Record<MeasureKey, AsWritten>>;
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
  actor: Actor;
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
  reform?: ReformMark;
}

/** A material's place in one item of a side, in the materials matrix. */
export interface MatrixCell {
  /** Item id. */
  item: string;
  /** True when the applicant prepares it for that item. */
  prepared: boolean;
}

/** One material across both sides of a comparison: a row of the materials matrix. */
export interface MaterialMatrixRow {
  /** Material id. */
  id: string;
  /** Name (the after side's when both have it). */
  name: string;
  /** The items that ask for it before the reform. */
  before: MatrixCell[];
  /** The items that ask for it after the reform. */
  after: MatrixCell[];
  /** Why it is no longer prepared, handed in later, or new; absent when nothing changed. */
  reason?: LedgerReason;
}

/** One side of a comparison. */
export interface Side {
  /** The file it was read from, as the command shows it. */
  file: string;
  /** A single procedure, or a bundle (一件事) of items. */
  kind: 'procedure' | 'bundle';
  /** The procedure's or the bundle's id. */
  id: string;
  /** The procedure's or the bundle's name. */
  name: string;
  /** Version label (改革前 / 改革后). */
  label: string;
  /** How a bundle's materials are handed in (bundles only). */
  submission?: Submission;
  /** Its items (a procedure is its own one item), with their place on the schedule. */
  items: SideItem[];
  /** Item ids on the critical path (standard time). */
  criticalPath: string[];
  /** The schedules as dates, when the comparison was given a start date. */
  dates?: BundleDates;
  /** Every step of the standard path, placed in time. */
  timeline: TimelineStep[];
  /** One row per distinct material id, for the materials matrix. */
  materials: MaterialRow[];
  /** The side's figure for each measure. */
  figures: Figures;
  /** How each figure was counted. */
  counting: SideCounting;
}

/** A measure before and after. */
export interface MeasureRow {
  /** Which measure. */
  key: MeasureKey;
  /** The figure before; null when the side has none. */
  before: number | null;
  /** The figure after; null when the side has none. */
  after: number | null;
  /** before − after (negative when the figure went up). */
  cut: number | null;
  /** (before − after) / before × 100 to two decimals; null when before is 0 or unknown. */
  cutPercent: number | null;
  /** The counting rule (口径) of each side's figure. */
  rule: { before: CountingRuleId; after: CountingRuleId };
  /** Why a figure is null: the items that lack what it needs, by name, per side. */
  missing?: { before?: string[]; after?: string[] };
  /** Why a figure is null: the items whose limit is in calendar days with no date to count from, per side. */
  undated?: { before?: string[]; after?: string[] };
  /** The figures under another rule, where they differ from the ones shown (e.g. 环节 step by step). */
  alternative?: { rule: CountingRuleId; before: number | null; after: number | null };
  /** A side's limit as written in calendar days, with the date its working days were counted from. */
  asWritten?: { before?: AsWritten; after?: AsWritten };
}

/** An entry of the reduction ledger (its words: src/vocabulary/ledger.ts). */
export interface LedgerEntry {
  /** What kind of thing changed: an item, a material, a step, trips, a fee, or an order between items (dependency). */
  kind: LedgerKind;
  /** How it changed: removed, merged, added or changed. */
  change: LedgerChange;
  /** Why: a reform mark (shared, commitment …) or the ledger's own reason (once, not-needed, fewer, parallel …). */
  reason: LedgerReason;
  /** Its id (a fee: its name; a dependency: "before>after"). */
  id: string;
  /** Its name. */
  name: string;
  /** Id of the item it belongs to; several, joined by commas, for a material several items ask for. */
  item?: string;
  /** The names of the items in `item`, in the same order, joined by 、 ("食品经营许可、户外招牌设置审批"). */
  itemName?: string;
  /** What it was merged into: an item id, a material id (or "item/material" of another item of the bundle), or "item/step" for a step or its trips. */
  into?: string;
  /** The name of what it was merged into; a step of a bundle of several items reads "事项 · 环节". */
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
  /** The measure it is about. */
  measure: MeasureKey;
  /** What is compared: the cut in percent, the cut, or the after value. */
  op: TargetOp;
  /** The target value. */
  value: number;
  /** The figure compared; null when unknown. */
  actual: number | null;
  /** True when the actual figure meets the target. */
  met: boolean;
}
