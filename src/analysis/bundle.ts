/**
 * The measures of a bundle (一件事): items counted; time along the critical path of the `after:`
 * graph (items with no dependency between them run at the same time); steps, trips and fees summed
 * over the items; materials summed per item when handed in separately, and when handed in once
 * counted once per document the bundle declares the same (see prepared.ts).
 */
import type { Bundle } from '../model/types.js';
import type { ResolvedItem } from '../model/resolve-bundle.js';
import type { CountingRuleId, Submission } from '../vocabulary/index.js';
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
}

/** Analyses a bundle whose items were resolved by resolveBundle. */
export function analyzeBundle(bundle: Bundle, items: readonly ResolvedItem[], options: AnalyzeOptions = {}): BundleAnalysis {
  const analyses = items.map((i) => analyzeProcedure(i.procedure, options));
  const stepRules = new Set(analyses.map((a) => a.steps.rule));
  const byId = new Map(items.map((item, k) => [item.id, analyses[k]!] as const));
  const duration = (pick: (a: ProcedureAnalysis) => number | undefined) => (id: string) => pick(byId.get(id)!) ?? 0;
  const prepared = getPreparedMaterials(items, { submission: bundle.submission, same: bundle.sameMaterials });
  const sum = (pick: (a: ProcedureAnalysis) => number | undefined) => analyses.reduce((total, a) => total + (pick(a) ?? 0), 0);
  const limits = { statutory: getBundleLimit(bundle, items, analyses, 'statutory'), committed: getBundleLimit(bundle, items, analyses, 'committed') };
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
    fees: sum((a) => a.fees.standard),
    departments: [...new Set(analyses.flatMap((a) => a.departments))],
    schedules: {
      standard: createSchedule(items, duration((a) => a.time.standard?.elapsed)),
      slowest: createSchedule(items, duration((a) => a.time.slowest?.elapsed)),
    },
    limits,
    warnings: checkBundleLimits(bundle, items, analyses, limits, options.readPath),
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
