/**
 * Which materials the applicant prepares across a side's items, and when two of them are one: under
 * 分别提交 every item takes its own set; under 一次提交 a material counts once only when the bundle
 * declares it the same document in several items (`sameMaterials`). A shared id across item files
 * is not enough: four items may each call their own application form `application`.
 */
import type { Procedure } from '../model/types.js';
import type { Submission } from '../vocabulary/index.js';
import { allSteps } from '../model/walk.js';
import { isPrepared } from './measure-path.js';

/** How a side hands its materials in. */
export interface MaterialCounting {
  /** 分别提交 (separate) or 一次提交 (once). */
  submission: Submission;
  /** Groups of "item/material" the bundle declares to be one document. */
  same: ReadonlyArray<ReadonlyArray<string>>;
}

/** A procedure on its own: one item, nothing to share. */
export const SEPARATE: MaterialCounting = { submission: 'separate', same: [] };

/** A material the applicant prepares for one item. */
export interface PreparedMaterial {
  /** Item id. */
  item: string;
  /** Material id within the item. */
  id: string;
  /** Copies handed in. */
  copies: number;
  /** Fields to fill in, when the material is a form. */
  fields?: number;
  /** What makes two entries one document: the declared group, else the item and the material. */
  identity: string;
}

/** The identity of `item`/`id` under `counting`: its declared group, else "item/id". */
export function materialIdentity(counting: MaterialCounting, item: string, id: string): string {
  const ref = `${item}/${id}`;
  const group = counting.same.findIndex((g) => g.includes(ref));
  return group >= 0 ? `same#${group}` : ref;
}

/** The materials each procedure's steps ask for that the applicant still prepares, item by item. */
export function getItemMaterials(procedure: Procedure, item = procedure.id): Array<Omit<PreparedMaterial, 'identity'>> {
  const used = new Set(allSteps(procedure.process).flatMap((s) => s.materials));
  return [...procedure.materials.values()]
    .filter((m) => used.has(m.id) && isPrepared(m))
    .map((m) => ({ item, id: m.id, copies: m.copies, ...(m.fields !== undefined ? { fields: m.fields } : {}) }));
}

/**
 * The materials the applicant prepares across `items`: every item's own (separate), or under once one
 * entry per identity with the most copies any item asks for.
 */
export function getPreparedMaterials(items: ReadonlyArray<{ id: string; procedure: Procedure }>, counting: MaterialCounting): PreparedMaterial[] {
  const list = items.flatMap(({ id, procedure }) => getItemMaterials(procedure, id).map((m) => ({ ...m, identity: materialIdentity(counting, m.item, m.id) })));
  if (counting.submission === 'separate') return list;
  const once = new Map<string, PreparedMaterial>();
  for (const m of list) once.set(m.identity, { ...m, copies: Math.max(m.copies, once.get(m.identity)?.copies ?? 0) });
  return [...once.values()];
}
