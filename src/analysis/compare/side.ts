/**
 * One side of a comparison, from a procedure or a resolved bundle: its figures for every measure,
 * its items on the schedule, the standard-path timeline and the materials matrix.
 */
import type { ResolvedItem, SideInput } from '../../model/resolve-bundle.js';
import type { Bundle } from '../../model/types.js';
import { allSteps } from '../../model/walk.js';
import { analyzeBundle, getPreparedMaterials } from '../bundle.js';
import type { AnalyzeOptions } from '../measures.js';
import { isPrepared } from '../measure-path.js';
import { getNamedPaths } from '../paths.js';
import type { Path } from '../types.js';
import type { MaterialRow, Side, TimelineStep } from './types.js';

export type { SideInput };

/** The procedures of a side with their `after:` order (a procedure is one item). */
export function itemsOf(input: SideInput): ResolvedItem[] {
  return 'bundle' in input ? input.items : [{ id: input.id, procedure: input, after: [] }];
}

/** Builds one side of a comparison; with a start date, its schedules get dates. */
export function createSide(input: SideInput, dating: AnalyzeOptions = {}): Side {
  const bundle: Bundle = 'bundle' in input
    ? input.bundle
    : { kind: 'bundle', file: input.file, id: input.id, name: input.name, version: input.version, submission: 'separate', items: [] };
  const items = itemsOf(input);
  const a = analyzeBundle(bundle, items, dating);
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
        materials: getPreparedMaterials([item.procedure], 'separate').length,
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
      steps: a.steps,
      statutoryLimit: a.schedules.statutory?.total ?? null,
      committedLimit: a.schedules.committed?.total ?? null,
      timeStandard: a.schedules.standard.total,
      timeSlowest: a.schedules.slowest.total,
      fees: a.fees,
      trips: a.trips,
      departments: a.departments.length,
    },
  };
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
      steps.push({ item, key: st.key, name: st.name, actor: st.actor, ...(department ? { department } : {}), start: t, end: t + st.duration.mode });
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
