/**
 * The cases `report` and `view` show: each before/after pair loaded (a bundle with its items) and
 * handed to createCase, which compares, simulates (seeded) and draws them. A targets.yaml beside a
 * pair gives the targets its dashboard marks met or not, as `npm run web:data` reads it.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { itemsOf, type SideInput } from '../../analysis/compare/side.js';
import { checkMerges } from '../../model/check/merges.js';
import { sortDiagnostics, type Diagnostic } from '../../model/diagnostic.js';
import { loadFiles } from '../../model/load.js';
import { loadTargetsFile, type Target } from '../../model/targets.js';
import type { Lang } from '../../model/types.js';
import { formatDiagnostic } from '../../report/diagnostics.js';
import { createCase, getSideName, type PresentationCase } from '../../report/presentation.js';
import { resolveBundleItems } from '../bundle-items.js';
import { displayPath, type IO } from '../io.js';
import type { Pair } from '../pairs.js';
import { sourceReader } from './validate.js';

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
}

/**
 * Builds the case of every pair. Problems in the files are printed with their place, as `validate`
 * prints them, and the result is then undefined: a report is never drawn from half the data.
 */
export async function buildCases(pairs: readonly Pair[], lang: Lang, io: IO): Promise<BuiltCases | undefined> {
  const problems: Diagnostic[] = [];
  const loaded = pairs.map((pair) => {
    const before = loadSide(resolve(io.cwd, pair.before), problems, io);
    const after = loadSide(resolve(io.cwd, pair.after), problems, io);
    const targets = loadTargets(dirname(resolve(io.cwd, pair.after)), problems);
    if (before && after) problems.push(...checkMerges(itemsOf(before), itemsOf(after)));
    return { pair, before, after, targets };
  });
  if (problems.length > 0) {
    const sourceOf = sourceReader(io);
    // A file named on both sides (or twice) is read twice; say each problem once.
    const unique = [...new Map(problems.map((d) => [JSON.stringify([d.file, d.line, d.column, d.code, d.args]), d])).values()];
    for (const d of sortDiagnostics(unique)) io.err(formatDiagnostic({ ...d, file: displayPath(io, d.file) }, lang, sourceOf) + '\n\n');
    return undefined;
  }
  const cases: PresentationCase[] = [];
  const summaries: string[] = [];
  for (const { pair, before, after, targets } of loaded) {
    // Both sides loaded: a side that did not left a problem behind, and there are none.
    if (!before || !after) continue;
    const id = pair.id || ('bundle' in after ? after.bundle.id : after.id);
    const made = await createCase({ id, before, after, compare: { targets } });
    cases.push(made);
    const summary = (made.comparison as { summary: Record<Lang, string> }).summary[lang];
    summaries.push(`${getSideName(after)}${lang === 'zh' ? '：' : ': '}${summary}`);
  }
  return { document: { cases }, summaries };
}

/**
 * Loads one version; a bundle comes with its items. Errors go to `problems`. File names are kept as
 * the commands show them (displayPath), so a report does not carry the author's folders.
 */
function loadSide(file: string, problems: Diagnostic[], io: IO): SideInput | undefined {
  const [result] = loadFiles([file]);
  const errors = result!.diagnostics.filter((d) => d.severity === 'error');
  problems.push(...errors);
  const document = result!.document;
  if (!document || errors.length > 0) return undefined;
  if (document.kind === 'procedure') return { ...document, file: displayPath(io, document.file) };
  const resolved = resolveBundleItems(document, io);
  const itemErrors = resolved.diagnostics.filter((d) => d.severity === 'error');
  problems.push(...itemErrors);
  return itemErrors.length > 0 ? undefined : { bundle: { ...document, file: displayPath(io, document.file) }, items: resolved.items };
}

/** The targets in `folder`/targets.yaml, or none when there is no such file. */
function loadTargets(folder: string, problems: Diagnostic[]): Target[] {
  const file = join(folder, 'targets.yaml');
  if (!existsSync(file)) return [];
  const { targets, diagnostics } = loadTargetsFile(file);
  problems.push(...diagnostics.filter((d) => d.severity === 'error'));
  return targets;
}

