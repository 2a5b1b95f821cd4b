/**
 * The load stage of `validate` and `analyze` over many files: every file the paths name, the targets
 * files apart, checked (and, as asked, analysed) each on its own in worker threads
 * (analysis/catalogue/pool.ts). A folder that holds a valid bundle is left to the workspace
 * (model/workspace.ts), which checks a bundle's items across files.
 */
import { basename, resolve } from 'node:path';
import { checkInWorkers } from '../analysis/catalogue/pool.js';
import type { CatalogueEntry, CatalogueOptions } from '../analysis/catalogue/types.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { displayDiagnostic, findYamlFiles } from '../model/files.js';
import { TARGETS_FILE_NAME } from '../model/targets.js';
import type { IO } from './io.js';

/** Files from which the worker threads are used: below it, starting them costs more than they save. */
export const THREADED_FROM = 200;

/** The files the paths name, with the entries of those checked in the workers. */
export interface ThreadedFiles {
  /** Every file found, in order: a targets file as its path, any other with its entry. */
  files: Array<{ path: string; entry?: CatalogueEntry }>;
  /** Problems with the paths themselves (not found, no YAML files), named as the user sees them. */
  problems: Diagnostic[];
}

/**
 * The files of `paths` checked in worker threads as `options` ask; undefined when there are fewer
 * than `from`, or when one is a valid bundle.
 */
export async function checkPathsInThreads(paths: readonly string[], io: Pick<IO, 'cwd'>, options: Omit<CatalogueOptions, 'workers'>, from: number): Promise<ThreadedFiles | undefined> {
  const found = findYamlFiles(paths.map((p) => resolve(io.cwd, p)));
  if (found.files.length < from) return undefined;
  const isTargets = (file: string) => basename(file) === TARGETS_FILE_NAME;
  const entries = await checkInWorkers(found.files.filter((f) => !isTargets(f)), options);
  if (entries.some((e) => e.kind === 'bundle')) return undefined;
  let next = 0;
  return { files: found.files.map((path) => (isTargets(path) ? { path } : { path, entry: entries[next++]! })), problems: shownDiagnostics(io, found.diagnostics) };
}

/** Diagnostics with their files named as the user sees them, as the workspace names them. */
export function shownDiagnostics(io: Pick<IO, 'cwd'>, diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.map((d) => displayDiagnostic(io, d));
}
