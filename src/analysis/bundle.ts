/**
 * The measures of a bundle (一件事): items counted; time along the critical path of the `after:`
 * graph (items with no dependency between them run at the same time); steps, trips and fees summed
 * over the items; materials summed per item when handed in separately, counted once per distinct
 * material id when handed in once.
 */
import type { Bundle, Procedure } from '../model/types.js';
import type { ResolvedItem } from '../model/resolve-bundle.js';
import { allSteps } from '../model/walk.js';
import type { Submission } from '../vocabulary/index.js';
import { isPrepared } from './measure-path.js';
import { DEFAULT_CALENDAR, type FinishDate } from './calendar.js';
import { analyzeProcedure, type AnalyzeOptions } from './measures.js';
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
  /** Materials the applicant prepares: summed per item (separate) or distinct ids (once). */
  materials: number;
  /** Copies handed in, counted the same way. */
  copies: number;
  /** Steps on the items' standard paths, summed. */
  steps: number;
  /** Trips on the items' standard paths, summed. */
  trips: number;
  /** Fees on the items' standard paths, summed (yuan). */
  fees: number;
  /** Departments of every item. */
  departments: string[];
  /**
   * Schedules: modelled standard and slowest time, and committed and statutory limits (absent when no
   * item has that limit; an item without it counts with its modelled standard time).
   */
  schedules: { standard: Schedule; slowest: Schedule; committed?: Schedule; statutory?: Schedule };
  /** The schedules as dates, when a start date was given. */
  dates?: BundleDates;
}

/** A bundle's schedules as dates counted from the date of application. */
export interface BundleDates {
  /** The date of application (day 0 of every schedule). */
  startDate: string;
  /** Each item's start and finish date on the standard schedule, in authored order. */
  items: Array<{ id: string; start: string; finish: string }>;
  /** When the bundle finishes under each schedule (absent as the schedule is). */
  finish: { standard: FinishDate; slowest: FinishDate; committed?: FinishDate; statutory?: FinishDate };
}

/**
 * Analyses a bundle whose items were resolved by resolveBundle; with a start date, its schedules get
 * dates on the calendar (the items' own analyses stay in working days: they start on the schedule).
 */
export function analyzeBundle(bundle: Bundle, items: readonly ResolvedItem[], options: AnalyzeOptions = {}): BundleAnalysis {
  const analyses = items.map((i) => analyzeProcedure(i.procedure));
  const byId = new Map(items.map((item, k) => [item.id, analyses[k]!] as const));
  const duration = (pick: (a: ProcedureAnalysis) => number | undefined) => (id: string) => {
    const a = byId.get(id)!;
    return pick(a) ?? a.time.standard?.elapsed ?? 0;
  };
  const prepared = getPreparedMaterials(items.map((i) => i.procedure), bundle.submission);
  const sum = (pick: (a: ProcedureAnalysis) => number | undefined) => analyses.reduce((total, a) => total + (pick(a) ?? 0), 0);
  const schedules = {
    standard: createSchedule(items, duration((a) => a.time.standard?.elapsed)),
    slowest: createSchedule(items, duration((a) => a.time.slowest?.elapsed)),
    ...(analyses.some((a) => a.limits.committed) ? { committed: createSchedule(items, duration((a) => a.limits.committed?.workdays)) } : {}),
    ...(analyses.some((a) => a.limits.statutory) ? { statutory: createSchedule(items, duration((a) => a.limits.statutory?.workdays)) } : {}),
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
    steps: sum((a) => a.steps.standard),
    trips: sum((a) => a.trips.standard),
    fees: sum((a) => a.fees.standard),
    departments: [...new Set(analyses.flatMap((a) => a.departments))],
    schedules,
    ...(options.startDate ? { dates: getBundleDates(schedules, options.startDate, options) } : {}),
  };
}

/** The schedules' dates from `startDate` on the options' calendar. */
function getBundleDates(schedules: BundleAnalysis['schedules'], startDate: string, options: AnalyzeOptions): BundleDates {
  const calendar = options.calendar ?? DEFAULT_CALENDAR;
  const finish = (s: Schedule) => calendar.finishDate(startDate, s.total);
  return {
    startDate,
    items: schedules.standard.items.map((item) => ({
      id: item.id,
      start: calendar.addWorkingDays(startDate, item.start),
      finish: calendar.addWorkingDays(startDate, item.finish),
    })),
    finish: {
      standard: finish(schedules.standard),
      slowest: finish(schedules.slowest),
      ...(schedules.committed ? { committed: finish(schedules.committed) } : {}),
      ...(schedules.statutory ? { statutory: finish(schedules.statutory) } : {}),
    },
  };
}

/**
 * The materials the applicant prepares across procedures: every item's own (separate), or one per
 * distinct material id, with the most copies any item asks for (once).
 */
export function getPreparedMaterials(procedures: readonly Procedure[], submission: 'separate' | 'once') {
  const list = procedures.flatMap((p) => {
    const used = new Set(allSteps(p.process).flatMap((s) => s.materials));
    return [...p.materials.values()].filter((m) => used.has(m.id) && isPrepared(m)).map((m) => ({ item: p.id, id: m.id, copies: m.copies }));
  });
  if (submission === 'separate') return list;
  const once = new Map<string, { item: string; id: string; copies: number }>();
  for (const m of list) once.set(m.id, { ...m, copies: Math.max(m.copies, once.get(m.id)?.copies ?? 0) });
  return [...once.values()];
}
