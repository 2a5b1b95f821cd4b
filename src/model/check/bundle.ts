/**
 * Checks on a bundle (一件事): each item named once (a repeat would double every figure) and found, and
 * `after:` free of cycles. Whether each item is itself valid is the load stage's to say
 * (resolve-bundle.ts, bundle-item-invalid), where the item is read for the analyses.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { suggest } from '../suggest.js';
import type { Bundle } from '../types.js';
import type { CheckContext } from './context.js';
import { findCycles, type Digraph } from './digraph.js';

/** Finds the item id of a procedure file, or undefined when it cannot be read as one. */
export type ItemIdOf = (file: string) => string | undefined;

/**
 * Runs the bundle checks. `knownIds` are the item ids of procedures loaded alongside the bundle;
 * `idOf` reads the id of an item given by path.
 */
export function checkBundle(ctx: CheckContext, bundle: Bundle, knownIds: ReadonlySet<string>, idOf: ItemIdOf): void {
  const ids: Array<string | undefined> = bundle.items.map(() => undefined);
  const files = new Map<string, number>();
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
      const fileId = idOf(target);
      if (fileId && item.id && fileId !== item.id) {
        ctx.atValue('bundle-id-mismatch', [...item.path, 'id'], { id: item.id, fileId, file: item.file });
      }
      ids[i] = item.id ?? fileId ?? item.file;
    } else if (item.id) {
      if (!knownIds.has(item.id)) {
        ctx.atValue('bundle-unknown-item', [...item.path, 'id'], { item: item.id, suggestion: suggest(item.id, knownIds) });
      }
      ids[i] = item.id;
    }
    const twice = ids.indexOf(ids[i], 0);
    if (ids[i] !== undefined && twice < i) {
      ctx.atValue('bundle-duplicate-item', [...item.path, item.file ? 'path' : 'id'], { item: ids[i]!, first: twice + 1 });
      ids[i] = undefined;
    }
  });
  const g: Digraph = new Map(ids.flatMap((id) => (id ? [[id, []]] : [])));
  bundle.items.forEach((item, i) => {
    const id = ids[i];
    item.after.forEach((dep, j) => {
      if (!g.has(dep)) {
        ctx.atValue('bundle-unknown-item', [...item.path, 'after', j], { item: dep, suggestion: suggest(dep, g.keys()) });
      } else if (id) {
        g.get(dep)!.push(id);
      }
    });
  });
  for (const cycle of findCycles(g)) {
    const index = bundle.items.findIndex((_, i) => ids[i] === cycle[0]);
    ctx.atKey('bundle-cycle', index >= 0 ? [...bundle.items[index]!.path, 'after'] : ['items'], { items: [...cycle, cycle[0]].join(' → ') });
  }
}
