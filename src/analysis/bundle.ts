/**
 * The measures of a bundle (一件事): items counted; time along the critical path of the `after:`
 * graph (items with no dependency between them run at the same time); steps, trips and fees summed
 * over the items; materials summed per item when handed in separately, and when handed in once
 * counted once per document the bundle declares the same (see prepared.ts).
 */
import type { Bundle } from '../model/types.js';
import type { ResolvedItem } from '../model/resolve-bundle.js';
import type { CountingRuleId, Submission } from '../vocabulary/index.js';
import { sumAmounts } from './decimal.js';
import { DEFAULT_CALENDAR, type FinishDate } from './calendar.js';
import { analyzeProcedure, type AnalyzeOptions } from './measures.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { checkBundleLimits, getBundleLimit, type BundleLimit } from './bundle-limits.js';
import { getPreparedMaterials, type PreparedMaterial } from './prepared.js';
import { createSchedule, type Schedule } from './schedule.js';
import type { ProcedureAnalysis } from './types.js';

export { createSchedule, type Schedule, type ScheduledItem } from './schedule.js';

/** Everything wujian measures of one bundle. */
export interface BundleAnalysis {
  /** The bundle's file. */
  file: string;
  /** Bundle id. */
  id: string;
  /** Bundle name. */
  name: string;
  /** Which version, when given. */
  version?: { label: string; date?: string };
  /** 分别提交 or 一次提交 (src/vocabulary/submission.ts). */
  submission: Submission;
  /** 事项数. */
  items: number;
  /** Each item's own analysis, in authored order. */
  analyses: ProcedureAnalysis[];
  /** The items as resolved (id, procedure, after). */
  resolved: ResolvedItem[];
  /** Materials the applicant prepares: summed per item (separate), or once per declared-identical document (once). */
  materials: number;
  /** Copies handed in, counted the same way. */
  copies: number;
  /**
   * Forms (表单) among the materials prepared, counted the same way, and their fields; absent when no
   * material of any item declares fields (forms not modelled, so no figure).
   */
  forms?: { count: number; fields: number };
  /** Steps on the items' standard paths, summed, by the rule in force. */
  steps: number;
  /** The same sum under each uniform rule (a parallel block one stage / every step). */
  stepCounts: { stage: number; perStep: number };
  /** The rule the steps were counted by: the items' one rule, or steps-declared when they differ. */
  stepRule: CountingRuleId;
  /** Trips on the items' standard paths, summed. */
  trips: number;
  /** Fees on the items' standard paths, summed (yuan). */
  fees: number;
  /** Departments of every item. */
  departments: string[];
  /** Schedules of the modelled standard and slowest time. */
  schedules: { standard: Schedule; slowest: Schedule };
  /** The bundle's statutory and committed limits with the rule of each (see bundle-limits.ts). */
  limits: { statutory: BundleLimit; committed: BundleLimit };
  /** Warnings on the bundle file: a declared limit shorter than the fastest critical path. */
  warnings: Diagnostic[];
  /** The schedules as dates, when a start date was given. */
  dates?: BundleDates;
}

/** A bundle's schedules as dates counted from the date of application. */
export interface BundleDates {
  /** The date of application (day 0 of every schedule). */
  startDate: string;
  /** Each item's start and finish date on the standard schedule, in authored order. */
  items: Array<{ id: string; start: string; finish: string }>;
  /** When the bundle finishes: modelled standard and slowest time, and each limit that has a figure. */
  finish: { standard: FinishDate; slowest: FinishDate; committed?: FinishDate; statutory?: FinishDate };
}

/**
 * Analyses a bundle whose items were resolved by resolveBundle; with a start date, its schedules get
 * dates on the calendar. The items' own analyses stay in working days (they start on the schedule, so
 * they get no finish dates), but their limits in calendar days count from the application date.
 */
export function analyzeBundle(bundle: Bundle, items: readonly ResolvedItem[], options: AnalyzeOptions = {}): BundleAnalysis {
  const { startDate, ...rest } = options;
  const limitDate = startDate ?? rest.limitDate;
  const analyses = items.map((i) => analyzeProcedure(i.procedure, { ...rest, limitDate }));
  const stepRules = new Set(analyses.map((a) => a.steps.rule));
  const byId = new Map(items.map((item, k) => [item.id, analyses[k]!] as const));
  const duration = (pick: (a: ProcedureAnalysis) => number | undefined) => (id: string) => pick(byId.get(id)!) ?? 0;
  const prepared = getPreparedMaterials(items, { submission: bundle.submission, same: bundle.sameMaterials });
  const sum = (pick: (a: ProcedureAnalysis) => number | undefined) => analyses.reduce((total, a) => total + (pick(a) ?? 0), 0);
  const dating = { startDate: limitDate, calendar: options.calendar };
  const limits = { statutory: getBundleLimit(bundle, items, analyses, 'statutory', dating), committed: getBundleLimit(bundle, items, analyses, 'committed', dating) };
  const schedules = {
    standard: createSchedule(items, duration((a) => a.time.standard?.elapsed)),
    slowest: createSchedule(items, duration((a) => a.time.slowest?.elapsed)),
  };
  return {
    file: bundle.file,
    id: bundle.id,
    name: bundle.name,
    version: bundle.version && { label: bundle.version.label, date: bundle.version.date },
    submission: bundle.submission,
    items: items.length,
    analyses,
    resolved: [...items],
    materials: prepared.length,
    copies: prepared.reduce((total, m) => total + m.copies, 0),
    ...(declaresForms(items) ? { forms: countForms(prepared) } : {}),
    steps: sum((a) => a.steps.standard),
    stepCounts: { stage: sum((a) => a.steps.standardCounts?.stage), perStep: sum((a) => a.steps.standardCounts?.perStep) },
    stepRule: stepRules.size > 1 ? 'steps-declared' : ([...stepRules][0] ?? 'steps-stage'),
    trips: sum((a) => a.trips.standard),
    fees: sumAmounts(analyses.map((a) => a.fees.standard ?? 0)),
    departments: [...new Set(analyses.flatMap((a) => a.departments))],
    schedules,
    limits,
    warnings: checkBundleLimits(bundle, items, analyses, limits, options.readPath),
    ...(startDate ? { dates: getBundleDates(schedules, limits, startDate, options) } : {}),
  };
}

/** The schedules' dates from `startDate` on the options' calendar; a limit's when it has a figure. */
function getBundleDates(schedules: BundleAnalysis['schedules'], limits: BundleAnalysis['limits'], startDate: string, options: AnalyzeOptions): BundleDates {
  const calendar = options.calendar ?? DEFAULT_CALENDAR;
  const finish = (days: number) => calendar.finishDate(startDate, days);
  return {
    startDate,
    items: schedules.standard.items.map((item) => ({
      id: item.id,
      start: calendar.addWorkingDays(startDate, item.start),
      finish: calendar.addWorkingDays(startDate, item.finish),
    })),
    finish: {
      standard: finish(schedules.standard.total),
      slowest: finish(schedules.slowest.total),
      ...(limits.committed.total !== undefined ? { committed: finish(limits.committed.total) } : {}),
      ...(limits.statutory.total !== undefined ? { statutory: finish(limits.statutory.total) } : {}),
    },
  };
}

/** Whether any material of any item says it is a form (has fields), so forms are modelled on this side. */
function declaresForms(items: readonly ResolvedItem[]): boolean {
  return items.some((i) => [...i.procedure.materials.values()].some((m) => m.fields !== undefined));
}

/** The forms among prepared materials and the fields they ask for. */
function countForms(prepared: readonly PreparedMaterial[]): { count: number; fields: number } {
  const forms = prepared.filter((m) => m.fields !== undefined);
  return { count: forms.length, fields: forms.reduce((sum, m) => sum + m.fields!, 0) };
}
