/**
 * Finding before/after pairs to compare: a folder that holds before.yaml and after.yaml is one pair;
 * any other folder is searched one level down (processes/<item>/{before,after}.yaml), as processes/
 * is laid out.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The two versions of one item or bundle. */
export interface Pair {
  /** The folder's name, e.g. food-business-licence. */
  id: string;
  /** The version before the reform. */
  before: string;
  /** The version after the reform. */
  after: string;
}

/** The names a pair's files may have, first found wins. */
const NAMES = { before: ['before.yaml', 'before.yml'], after: ['after.yaml', 'after.yml'] };

/** The pair in `folder` itself, or undefined when it lacks either version. */
export function getPair(folder: string, cwd = folder): Pair | undefined {
  const before = NAMES.before.map((n) => join(folder, n)).find((f) => existsSync(f));
  const after = NAMES.after.map((n) => join(folder, n)).find((f) => existsSync(f));
  if (!before || !after) return undefined;
  const id = folder.split(/[\\/]/).filter(Boolean).pop() ?? 'case';
  return { id, before: relative(cwd, before) || before, after: relative(cwd, after) || after };
}

/**
 * The pairs of `folder` (itself, or its subfolders in name order), with paths relative to `cwd`.
 * An unreadable or missing folder yields none; the caller says so.
 */
export function findPairs(folder: string, cwd: string): Pair[] {
  const own = getPair(folder, cwd);
  if (own) return [own];
  let names: string[];
  try {
    names = readdirSync(folder).sort();
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const sub = join(folder, name);
    if (!statSync(sub, { throwIfNoEntry: false })?.isDirectory()) return [];
    const pair = getPair(sub, cwd);
    return pair ? [pair] : [];
  });
}
