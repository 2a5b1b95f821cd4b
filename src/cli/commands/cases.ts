/**
 * The cases `report` and `view` show (and `npm run web:data` writes): each before/after pair, a bundle
 * with its items, handed to createCase, which compares, simulates (seeded) and draws them. A
 * targets.yaml beside a pair's after file gives the targets its dashboard marks met or not.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { getErrors, type Diagnostic } from '../../model/diagnostic.js';
import { findPairs } from '../../model/pairs.js';
import { loadTargetsFile, TARGETS_FILE_NAME, type Target } from '../../model/targets.js';
import type { Lang } from '../../model/types.js';
import { displayPath } from '../../model/files.js';
import { loadWorkspace, type WorkspaceFile } from '../../model/workspace.js';
import { createCase, getSideName, type PresentationCase } from '../../report/presentation.js';
import { printDiagnostics } from '../diagnostics.js';
import type { IO } from '../io.js';
import { say } from '../messages.js';

/** What the app reads. */
export interface CasesDocument {
  /** One case per pair, in the order given. */
  cases: PresentationCase[];
}

/** The cases, and a one-line summary of each for the terminal. */
export interface BuiltCases {
  /** What the app reads. */
  document: CasesDocument;
  /** "name：summary" of each case, in the language asked for. */
  summaries: string[];
  /** The targets files read (absolute), which an output must never replace. */
  inputs: string[];
}

/** Two versions to show as one case. */
export interface CasePair {
  /** Case id; the after version's id when "". */
  id: string;
  /** The version before the reform. */
  before: WorkspaceFile;
  /** The version after the reform. */
  after: WorkspaceFile;
}

/**
 * Loads `paths` and pairs their files (model/pairs.ts). Problems in any file, item or pair are
 * printed with their place, as `validate` prints them, and `failed` is then true: a report is never
 * drawn from half the data.
 */
export function loadPairs(paths: readonly string[], lang: Lang, io: IO): { pairs: CasePair[]; failed: boolean; inputs: string[] } {
  const workspace = loadWorkspace(paths, io);
  const { pairs, diagnostics } = findPairs(workspace.files);
  return { pairs, failed: refuseErrors([...workspace.diagnostics, ...diagnostics], lang, io), inputs: workspace.inputs };
}

/**
 * Builds the case of every pair, with the targets beside it. Problems are printed as loadPairs prints
 * them, and the result is then undefined.
 */
export async function buildCases(pairs: readonly CasePair[], lang: Lang, io: IO): Promise<BuiltCases | undefined> {
  const problems: Diagnostic[] = [];
  const inputs: string[] = [];
  const targets = pairs.map((pair) => loadTargets(dirname(pair.after.path), problems, inputs, io));
  if (refuseErrors(problems, lang, io)) return undefined;
  const cases: PresentationCase[] = [];
  const summaries: string[] = [];
  for (const [i, { id, before, after }] of pairs.entries()) {
    // Pairs come from a workspace with no errors, so each side is there.
    if (!before.side || !after.side) continue;
    const made = await createCase({ id: id || after.document!.id, before: before.side, after: after.side, compare: { targets: targets[i] } });
    cases.push(made);
    const summary = made.comparison.summary[lang];
    summaries.push(say(lang, 'caseSummary', { name: getSideName(after.side), summary }));
  }
  return { document: { cases }, summaries, inputs };
}

/** Prints the errors among `diagnostics`; true when there were any. */
export function refuseErrors(diagnostics: readonly Diagnostic[], lang: Lang, io: IO): boolean {
  const errors = getErrors(diagnostics);
  printDiagnostics(io, errors, lang);
  return errors.length > 0;
}

/** The targets in `folder`/targets.yaml (its name added to `inputs`), or none when there is no such file. */
function loadTargets(folder: string, problems: Diagnostic[], inputs: string[], io: IO): Target[] {
  const file = join(folder, TARGETS_FILE_NAME);
  if (!existsSync(file)) return [];
  inputs.push(file);
  const { targets, diagnostics } = loadTargetsFile(file);
  problems.push(...diagnostics.map((d) => ({ ...d, file: displayPath(io, d.file) })));
  return targets;
}
