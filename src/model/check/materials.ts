/**
 * Checks on materials: each id defined once, every reference defined, every definition used, `into`
 * naming another material (not itself, and no chain of merges that comes round).
 */
import { suggest } from '../suggest.js';
import type { Procedure } from '../types.js';
import { allSteps } from '../walk.js';
import type { CheckContext } from './context.js';
import { findCycles, type Digraph } from './digraph.js';

/** Runs the material checks. `rawIds` is the list of ids as written, to find repeats. */
export function checkMaterials(ctx: CheckContext, procedure: Procedure, rawIds: string[]): void {
  const firstIndex = new Map<string, number>();
  rawIds.forEach((id, i) => {
    if (firstIndex.has(id)) ctx.atValue('duplicate-material', ['materials', i, 'id'], { material: id, first: firstIndex.get(id)! + 1 });
    else firstIndex.set(id, i);
  });
  const used = new Set<string>();
  for (const step of allSteps(procedure.process)) {
    step.materials.forEach((id, i) => {
      used.add(id);
      if (!procedure.materials.has(id)) {
        ctx.atValue('unknown-material', [...step.path, 'materials', i], { material: id, step: step.key, suggestion: suggest(id, procedure.materials.keys()) });
      }
    });
  }
  for (const material of procedure.materials.values()) {
    if (!used.has(material.id)) ctx.atKey('unused-material', [...material.path, 'id'], { material: material.id, name: material.name }, 'warning');
    if (material.into !== undefined && material.reform !== 'merged') {
      ctx.atKey('into-without-merged', [...material.path, 'into'], { material: material.id });
    } else if (material.into === material.id) {
      ctx.atValue('into-self', [...material.path, 'into'], { material: material.id });
    } else if (material.into !== undefined && !material.into.includes('/') && !procedure.materials.has(material.into)) {
      // "item/material" names another item of a bundle: the bundle check looks it up.
      ctx.atValue('unknown-into', [...material.path, 'into'], { material: material.id, into: material.into, suggestion: suggest(material.into, procedure.materials.keys()) });
    }
    if (material.necessity === '条件性' && !material.condition) {
      ctx.atKey('condition-missing', [...material.path, 'necessity'], { material: material.id }, 'warning');
    }
  }
  checkIntoCycles(ctx, procedure);
}

/**
 * Materials merged into each other (a into b, b into a) would both vanish from the count: a merge
 * chain must end at a material that is kept. Each cycle is reported once, at the `into` of its
 * earliest-written material.
 */
function checkIntoCycles(ctx: CheckContext, procedure: Procedure): void {
  // No material merged into another, no chain: most procedures end here, before any graph is made.
  let merges = false;
  for (const m of procedure.materials.values()) merges ||= m.into !== undefined;
  if (!merges) return;
  const graph: Digraph = new Map([...procedure.materials.values()].map((m) => [m.id, m.into && m.into !== m.id && procedure.materials.has(m.into) ? [m.into] : []]));
  const order = [...procedure.materials.keys()];
  for (const cycle of findCycles(graph)) {
    const first = cycle.reduce((best, id) => (order.indexOf(id) < order.indexOf(best) ? id : best));
    const start = cycle.indexOf(first);
    const ring = [...cycle.slice(start), ...cycle.slice(0, start), first];
    ctx.atValue('into-cycle', [...procedure.materials.get(first)!.path, 'into'], { materials: ring.join(' → ') });
  }
}
