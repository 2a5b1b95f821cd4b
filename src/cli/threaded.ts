/**
 * The load stage of `validate` and `analyze` over many files: every file the paths name, the targets
 * files apart, checked (and, as asked, analysed) each on its own in threads, this one
 * and workers (catalogue/pool.ts); then each bundle among them loaded again here, checked across files
 * and its items resolved as the workspace does (model/workspace.ts loadBundlesApart), reading only
 * the files its items name.
 */
import { resolve } from 'node:path';
import { checkInThreads } from '../catalogue/pool.js';
import type { CatalogueEntry, CatalogueOptions } from '../catalogue/types.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { displayDiagnostic, findYamlFiles } from '../model/files.js';
import { isTargetsFile } from '../model/targets.js';
import { loadBundlesApart, type WorkspaceFile } from '../model/workspace.js';
import type { IO } from './io.js';

/** Files from which worker threads are used: below it, starting them costs more than they save. */
export const THREADED_FROM = 200;

/** The files the paths name, with the entries of those checked in threads. */
export interface ThreadedFiles {
  /**
   * Every file found, in order: a targets file as its path, any other with its entry; a bundle also as
   * the workspace gives it, checked across files and its items resolved.
   */
  files: Array<{ path: string; entry?: CatalogueEntry; bundle?: WorkspaceFile }>;
  /** Problems with the paths themselves (not found, no YAML files), named as the user sees them. */
  problems: Diagnostic[];
  /** Every file read: those found and the items bundles name (an output must never replace one). */
  inputs: string[];
}

/**
 * The files of `paths` checked in threads as `options` ask, and their bundles here; undefined
 * when there are fewer than `from`.
 */
export async function checkPathsInThreads(paths: readonly string[], io: Pick<IO, 'cwd'>, options: Omit<CatalogueOptions, 'threads'>, from: number): Promise<ThreadedFiles | undefined> {
  const found = findYamlFiles(paths.map((p) => resolve(io.cwd, p)));
  if (found.files.length < from) return undefined;
  const entries = await checkInThreads(found.files.filter((f) => !isTargetsFile(f)), options);
  // The valid procedures by id, the last of an id winning, as the workspace's.
  const procedures = new Map(entries.flatMap((e) => (e.kind === 'procedure' ? [[e.id!, e.file] as const] : [])));
  const apart = loadBundlesApart(entries.flatMap((e) => (e.kind === 'bundle' ? [e.file] : [])), procedures, { cwd: io.cwd });
  let next = 0;
  let bundles = 0;
  const files = found.files.map((path) => {
    if (isTargetsFile(path)) return { path };
    const entry = entries[next++]!;
    return entry.kind === 'bundle' ? { path, entry, bundle: apart.files[bundles++]! } : { path, entry };
  });
  return { files, problems: shownDiagnostics(io, found.diagnostics), inputs: [...found.files, ...apart.inputs] };
}

/** Diagnostics with their files named as the user sees them, as the workspace names them. */
export function shownDiagnostics(io: Pick<IO, 'cwd'>, diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.map((d) => displayDiagnostic(io, d));
}
