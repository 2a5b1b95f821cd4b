/**
 * One side of a comparison, from a procedure or a resolved bundle: its figures for every measure,
 * its items on the schedule, the standard-path timeline and the materials matrix.
 */
import type { Diagnostic } from '../../model/diagnostic.js';
import type { ResolvedItem, SideInput } from '../../model/resolve-bundle.js';
import type { Bundle } from '../../model/types.js';
import { allSteps } from '../../model/walk.js';
import { analyzeBundle, type BundleAnalysis } from '../bundle.js';
import type { AnalyzeOptions } from '../measures.js';
import { SUBMISSIONS, type CountingRuleId } from '../../vocabulary/index.js';
import { getItemMaterials, SEPARATE, type MaterialCounting } from '../prepared.js';
import { isPrepared } from '../measure-path.js';
import { getNamedPaths } from '../paths.js';
import type { Path } from '../types.js';
import type { MaterialRow, MeasureKey, Side, SideCounting, TimelineStep } from './types.js';

export type { SideInput };

/** The procedures of a side with their `after:` order (a procedure is one item). */
export function itemsOf(input: SideInput): ResolvedItem[] {
  return 'bundle' in input ? input.items : [{ id: input.id, procedure: input, after: [] }];
}

/** How a side hands its materials in: a bundle's submission and declared-identical materials; a procedure separately. */
export function countingOf(input: SideInput): MaterialCounting {
  return 'bundle' in input ? { submission: input.bundle.submission, same: input.bundle.sameMaterials } : SEPARATE;
}

/**
 * Builds one side of a comparison; `options.stepCounting` overrides how the files count parallel
 * blocks, and with a start date its schedules get dates. Warnings on a bundle file (a limit no case
 * can keep) are added to `warnings`.
 */
export function createSide(input: SideInput, options: AnalyzeOptions = {}, warnings: Diagnostic[] = []): Side {
  const bundle: Bundle = 'bundle' in input
    ? input.bundle
    : { kind: 'bundle', file: input.file, id: input.id, name: input.name, version: input.version, submission: 'separate', items: [], sameMaterials: [] };
  const items = itemsOf(input);
  const a = analyzeBundle(bundle, items, options);
  if ('bundle' in input) warnings.push(...a.warnings);
  const standard = a.schedules.standard;
  const critical = new Set(standard.critical);
  const label = ('bundle' in input ? input.bundle.version?.label : input.version.label) ?? '';
  return {
    file: bundle.file,
    kind: 'bundle' in input ? 'bundle' : 'procedure',
    id: bundle.id,
    name: bundle.name,
    label,
    ...('bundle' in input ? { submission: bundle.submission } : {}),
    items: items.map((item, k) => {
      const x = a.analyses[k]!;
      const at = standard.items[k]!;
      return {
        id: item.id,
        name: item.procedure.name,
        file: item.procedure.file,
        after: item.after,
        critical: critical.has(item.id),
        start: at.start,
        finish: at.finish,
        materials: getItemMaterials(item.procedure, item.id).length,
        steps: x.steps.standard ?? 0,
        trips: x.trips.standard ?? 0,
        days: x.time.standard?.elapsed ?? 0,
        fees: x.fees.standard ?? 0,
        ...(item.procedure.volume !== undefined ? { volume: item.procedure.volume } : {}),
      };
    }),
    criticalPath: standard.critical,
    ...(a.dates ? { dates: a.dates } : {}),
    timeline: items.flatMap((item, k) => {
      const path = getNamedPaths(item.procedure).standard;
      return path ? toTimeline(item.id, path, standard.items[k]!.start, item.procedure.department).steps : [];
    }),
    materials: getMaterialRows(items),
    figures: {
      items: a.items,
      materials: a.materials,
      copies: a.copies,
      forms: a.forms?.count ?? null,
      formFields: a.forms?.fields ?? null,
      steps: a.steps,
      statutoryLimit: a.limits.statutory.total ?? null,
      committedLimit: a.limits.committed.total ?? null,
      timeStandard: a.schedules.standard.total,
      timeSlowest: a.schedules.slowest.total,
      fees: a.fees,
      trips: a.trips,
      departments: a.departments.length,
    },
    counting: getSideCounting(input, a),
  };
}

/** The rule of each of a side's figures, the items a null limit lacks, and 环节 under the other rule. */
function getSideCounting(input: SideInput, a: BundleAnalysis): SideCounting {
  const isBundle = 'bundle' in input;
  const limitRule = (name: 'statutory' | 'committed'): CountingRuleId => (isBundle ? a.limits[name].rule : 'limit-item');
  const submission = isBundle ? SUBMISSIONS[input.bundle.submission] : undefined;
  const materials: CountingRuleId = submission?.countingRule ?? 'materials-procedure';
  const rules: Record<MeasureKey, CountingRuleId> = {
    items: 'items-count',
    materials,
    copies: submission?.copiesRule ?? 'copies-procedure',
    forms: 'forms-declared',
    formFields: 'forms-declared',
    steps: a.stepRule,
    statutoryLimit: limitRule('statutory'),
    committedLimit: limitRule('committed'),
    timeStandard: 'time-model',
    timeSlowest: 'time-model',
    fees: 'fees-sum',
    trips: 'trips-sum',
    departments: 'departments-distinct',
  };
  const missing: SideCounting['missing'] = {};
  const undated: SideCounting['undated'] = {};
  for (const [key, limit] of [['statutoryLimit', a.limits.statutory], ['committedLimit', a.limits.committed]] as const) {
    if (!isBundle || limit.total !== undefined) continue;
    if (limit.missing.length > 0) missing[key] = limit.missing;
    if (limit.undated.length > 0) undated[key] = limit.undated;
  }
  const alternatives: SideCounting['alternatives'] = {};
  // A bundle's own limit is shown with the critical path of its items' limits beside it.
  for (const [key, limit] of [['statutoryLimit', a.limits.statutory], ['committedLimit', a.limits.committed]] as const) {
    if (limit.declared && limit.schedule) alternatives[key] = { rule: 'limit-critical-path', value: limit.schedule.total };
  }
  const { stage, perStep } = a.stepCounts;
  if (a.steps !== perStep) alternatives.steps = { rule: 'steps-per-step', value: perStep };
  else if (a.steps !== stage) alternatives.steps = { rule: 'steps-stage', value: stage };
  const asWritten: SideCounting['asWritten'] = {};
  for (const [key, limit] of [['statutoryLimit', 'statutory'], ['committedLimit', 'committed']] as const) {
    const figure = isBundle ? a.limits[limit].declared : a.analyses[0]?.limits[limit];
    if (figure?.unit === 'calendar-day') {
      asWritten[key] = { days: figure.days, unit: 'calendar-day', ...(figure.from ? { from: figure.from } : {}), ...(figure.assumed ? { assumed: figure.assumed } : {}) };
    }
  }
  return { rules, missing, undated, alternatives, asWritten };
}

/**
 * Places a path's steps in time from `start`: steps one after another, a block's branches side by side.
 * A step without its own department is the item's department's, unless the applicant does it.
 */
function toTimeline(item: string, path: Path, start: number, itemDepartment?: string): { steps: TimelineStep[]; end: number } {
  const steps: TimelineStep[] = [];
  let t = start;
  for (const s of path.steps) {
    if (s.type === 'step') {
      const st = s.state;
      const department = st.department ?? (st.actor === 'applicant' ? undefined : itemDepartment);
      steps.push({ item, key: st.key, name: st.name, actor: st.actor, ...(department ? { department } : {}), start: t, end: t + st.duration.mode, counted: st.counts });
      t += st.duration.mode;
    } else {
      const branches = s.regions.map((r) => toTimeline(item, r, t, itemDepartment));
      steps.push(...branches.flatMap((b) => b.steps));
      t = Math.max(t, ...branches.map((b) => b.end));
    }
  }
  return { steps, end: t };
}

/** One row per distinct material id across the items, with the items and steps that take it. */
function getMaterialRows(items: readonly ResolvedItem[]): MaterialRow[] {
  const rows = new Map<string, MaterialRow>();
  for (const { id: item, procedure } of items) {
    for (const step of allSteps(procedure.process)) {
      for (const id of step.materials) {
        const m = procedure.materials.get(id);
        if (!m) continue;
        const row = rows.get(id) ?? { id, name: m.name, items: [], steps: [], prepared: false };
        if (!row.items.includes(item)) row.items.push(item);
        row.steps.push(`${item}/${step.key}`);
        row.prepared ||= isPrepared(m);
        if (m.reform && !row.reform) row.reform = m.reform;
        rows.set(id, row);
      }
    }
  }
  return [...rows.values()];
}
