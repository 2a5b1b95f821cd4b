/**
 * Checks on a bundle (一件事): each item named once (a repeat would double every figure) and found,
 * `after:` free of cycles, and the materials it declares identical (`sameMaterials`) or that its
 * items merge across items (`into: item/material`) naming materials that exist. Whether each item is
 * itself valid is the load stage's to say (resolve-bundle.ts, bundle-item-invalid), where the item is
 * read for the analyses.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createDiagnostic, hasErrors, type Diagnostic } from '../diagnostic.js';
import { placesIn } from '../locate.js';
import { suggest } from '../suggest.js';
import type { Bundle, Procedure } from '../types.js';
import type { CheckContext } from './context.js';
import { findCycles, type Digraph } from './digraph.js';

/** What an item file gives: its procedure, or none, with its own problems. */
export interface ItemFile {
  procedure?: Procedure;
  diagnostics: readonly Diagnostic[];
}

/** Reads an item file (each once, however many bundles name it). */
export type ReadItem = (file: string) => ItemFile;

/** The valid procedures loaded alongside bundles, by id: a Map, or a lookup that reads each when asked (the threaded load stage). */
export type KnownProcedures = Pick<ReadonlyMap<string, Procedure>, 'get' | 'keys'>;

/**
 * Runs the bundle checks. `known` are the procedures loaded alongside the bundle, by id, for items
 * named by id; `readItem` reads an item given by path. The id and materials of an item file with
 * errors are unknown: a reference the bundle cannot match then names that file in its hint rather
 * than suggest another item's name, which would send the user to the wrong item.
 */
export function checkBundle(ctx: CheckContext, bundle: Bundle, known: KnownProcedures, readItem: ReadItem): void {
  const ids: Array<string | undefined> = bundle.items.map(() => undefined);
  const procedures = new Map<string, Procedure>();
  const files = new Map<string, number>();
  // Item files with errors, as the bundle names them.
  const unreadFiles: string[] = [];
  bundle.items.forEach((item, i) => {
    if (!item.id && !item.file) {
      ctx.atKey('bundle-item-ref', item.path, {});
      return;
    }
    if (item.file) {
      const target = resolve(dirname(bundle.file), item.file);
      if (!existsSync(target)) {
        ctx.atValue('bundle-unknown-item', [...item.path, 'path'], { item: item.file, suggestion: '' });
        return;
      }
      const first = files.get(target);
      if (first !== undefined) {
        ctx.atValue('bundle-duplicate-item', [...item.path, 'path'], { item: item.file, first: first + 1 });
        return;
      }
      files.set(target, i);
      const { procedure, diagnostics } = readItem(target);
      // Said where the bundle names it once the bundle is otherwise sound (resolve-bundle.ts, bundle-item-invalid).
      if (!procedure && hasErrors(diagnostics)) unreadFiles.push(item.file);
      const fileId = procedure?.id;
      if (fileId && item.id && fileId !== item.id) {
        ctx.atValue('bundle-id-mismatch', [...item.path, 'id'], { id: item.id, fileId, file: item.file });
      }
      ids[i] = item.id ?? fileId ?? item.file;
      if (procedure) procedures.set(ids[i]!, procedure);
    } else if (item.id) {
      const procedure = known.get(item.id);
      if (!procedure) {
        ctx.atValue('bundle-unknown-item', [...item.path, 'id'], { item: item.id, suggestion: suggest(item.id, known.keys()) });
      } else {
        procedures.set(item.id, procedure);
      }
      ids[i] = item.id;
    }
    const twice = ids.indexOf(ids[i], 0);
    if (ids[i] !== undefined && twice < i) {
      ctx.atValue('bundle-duplicate-item', [...item.path, item.file ? 'path' : 'id'], { item: ids[i]!, first: twice + 1 });
      ids[i] = undefined;
    }
  });
  const unread = unreadFiles.length > 0 ? unreadFiles.join(', ') : undefined;
  const g: Digraph = new Map(ids.flatMap((id) => (id ? [[id, []]] : [])));
  bundle.items.forEach((item, i) => {
    const id = ids[i];
    item.after.forEach((dep, j) => {
      if (!g.has(dep)) {
        const args = unread ? { item: dep, suggestion: '', unread } : { item: dep, suggestion: suggest(dep, g.keys()) };
        ctx.atValue('bundle-unknown-item', [...item.path, 'after', j], args);
      } else if (id) {
        g.get(dep)!.push(id);
      }
    });
  });
  for (const cycle of findCycles(g)) {
    const index = bundle.items.findIndex((_, i) => ids[i] === cycle[0]);
    ctx.atKey('bundle-cycle', index >= 0 ? [...bundle.items[index]!.path, 'after'] : ['items'], { items: [...cycle, cycle[0]].join(' → ') });
  }
  for (const name of ['statutory', 'committed'] as const) {
    if (bundle.limits?.[name]?.unit === 'calendar-day' && !bundle.version?.date) ctx.atValue('calendar-day-without-date', ['limits', name], { limit: name }, 'warning');
  }
  checkSameMaterials(ctx, bundle, procedures, unread);
  checkCrossInto(ctx, procedures, unread);
}

/**
 * Whether "item/material" names a material of an item of the bundle; the hint's suggestion otherwise,
 * or, when the item is none the bundle could read while some of its item files have errors (`unread`),
 * those files instead.
 */
function lookUp(procedures: ReadonlyMap<string, Procedure>, ref: string, unread: string | undefined): { found: boolean; suggestion: string; unread?: string } {
  const [item = '', material = ''] = ref.split('/');
  const procedure = procedures.get(item);
  if (!procedure && unread) return { found: false, suggestion: '', unread };
  if (!procedure) return { found: false, suggestion: suggest(ref, [...procedures].flatMap(([id, p]) => [...p.materials.keys()].map((m) => `${id}/${m}`))) };
  if (procedure.materials.has(material)) return { found: true, suggestion: '' };
  return { found: false, suggestion: suggest(ref, [...procedure.materials.keys()].map((m) => `${item}/${m}`)) };
}

/** Every reference in `sameMaterials` names an item's material, and no material sits in two groups. */
function checkSameMaterials(ctx: CheckContext, bundle: Bundle, procedures: ReadonlyMap<string, Procedure>, unread: string | undefined): void {
  const groupOf = new Map<string, number>();
  bundle.sameMaterials.forEach((group, g) => {
    group.forEach((ref, k) => {
      const path = ['sameMaterials', g, 'materials', k];
      const { found, ...hint } = lookUp(procedures, ref, unread);
      if (!found) ctx.atValue('same-material-unknown', path, { material: ref, ...hint });
      const first = groupOf.get(ref);
      if (first !== undefined && first !== g) ctx.atValue('same-material-twice', path, { material: ref, first: first + 1 });
      else groupOf.set(ref, g);
    });
  });
}

/**
 * A material merged into another item's material (`into: item/material`) must name one of the
 * bundle's items and a material of it. The problem is in the item's file, so it is located there.
 */
function checkCrossInto(ctx: CheckContext, procedures: ReadonlyMap<string, Procedure>, unread: string | undefined): void {
  for (const [item, procedure] of procedures) {
    for (const material of procedure.materials.values()) {
      if (!material.into?.includes('/')) continue;
      const { found, ...hint } = lookUp(procedures, material.into, unread);
      if (found && material.into !== `${item}/${material.id}`) continue;
      const code = found ? 'into-self' : 'unknown-into';
      const span = placesIn(procedure.file)([...material.path, 'into']);
      ctx.diagnostics.push(createDiagnostic(code, procedure.file, span, { material: material.id, into: material.into, ...hint }));
    }
  }
}
