/**
 * The cases `report` and `view` show (and `npm run web:data` writes): each before/after pair, a bundle
 * with its items, handed to createCase, which compares, simulates (seeded) and draws them. A
 * targets.yaml beside a pair's after file gives the targets its dashboard marks met or not. `view` and
 * `web:data` add the catalogue of reform opportunities across the folder (buildCatalogue).
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DEFAULT_CALENDAR, type FinishDate } from '../../analysis/calendar.js';
import { compareDocuments, compareLedger } from '../../analysis/compare/compare.js';
import { itemsOf } from '../../analysis/compare/side.js';
import { getBundleFinishes, getDateBasis } from '../../analysis/date-basis.js';
import { checkMerges } from '../../model/check/merges.js';
import { getErrors, type Diagnostic } from '../../model/diagnostic.js';
import { findPairs } from '../../model/pairs.js';
import { loadTargetsFile, TARGETS_FILE_NAME, type Target } from '../../model/targets.js';
import type { Lang } from '../../model/types.js';
import { displayPath } from '../../model/files.js';
import { loadWorkspace, type WorkspaceFile } from '../../model/workspace.js';
import type { CatalogueJson } from '../../report/catalogue-json.js';
import { toComparisonJson } from '../../report/comparison-json.js';
import { dateLines } from '../../report/dates.js';
import type { LayoutPool } from '../../report/diagram/pool.js';
import { createCase, getSideName, layoutCase, type PresentationCase } from '../../report/presentation.js';
import type { Dating } from '../calendar.js';
import { printDiagnostics } from '../diagnostics.js';
import type { IO } from '../io.js';
import { say } from '../messages.js';

/** What the app reads. */
export interface CasesDocument {
  /** One case per pair, in the order given. */
  cases: PresentationCase[];
  /** The reform opportunities across every item found (`wujian suggest <folder>`), for the dashboard's panel. */
  catalogue?: CatalogueJson;
}

/** Rows of each of the catalogue's rankings the dashboard's panel is given. */
export const PANEL_TOP = 10;

/** The cases, and a one-line summary of each for the terminal. */
export interface BuiltCases {
  /** What the app reads. */
  document: CasesDocument;
  /** "name：summary" of each case, in the language asked for. */
  summaries: string[];
  /** With a start date: how the cases' dates are counted, and the warning when some are assumed (report/dates.ts). */
  dateLines: string[];
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
export function loadPairs(paths: readonly string[], lang: Lang, io: IO): { pairs: CasePair[]; files: WorkspaceFile[]; failed: boolean; inputs: string[] } {
  const workspace = loadWorkspace(paths, io);
  const { pairs, diagnostics } = findPairs(workspace.files);
  return { pairs, files: workspace.files, failed: refuseErrors([...workspace.diagnostics, ...diagnostics], lang, io), inputs: workspace.inputs };
}

/**
 * The reform opportunities across `files` (a workspace's), as `wujian suggest <folder> --format json`
 * gives them, with PANEL_TOP rows a ranking: what the dashboard's 改革机会 panel draws. The
 * suggestion rules load here, not for `report`, which shows no catalogue.
 */
export async function buildCatalogue(files: readonly WorkspaceFile[], io: IO): Promise<CatalogueJson> {
  const [{ createCatalogue }, { toCatalogueJson }] = await Promise.all([import('../../analysis/suggest/catalogue.js'), import('../../report/catalogue-json.js')]);
  return toCatalogueJson(createCatalogue(files, io.cwd), PANEL_TOP);
}

/**
 * Builds the case of every pair, with the targets beside it, and with dates when `dating` has a start
 * date; the diagrams are laid out in `layouts` when given (see layoutCaseGraphs). Problems are printed
 * as loadPairs prints them, and the result is then undefined.
 */
export async function buildCases(pairs: readonly CasePair[], lang: Lang, io: IO, dating: Partial<Dating> = {}, layouts?: LayoutPool): Promise<BuiltCases | undefined> {
  const problems: Diagnostic[] = [];
  const inputs: string[] = [];
  const targets = pairs.map((pair) => loadTargets(dirname(pair.after.path), problems, inputs, io));
  // merges: name what the version before has; a typo would turn a 合并 into a 取消 silently.
  for (const { before, after } of pairs) {
    if (before.side && after.side) problems.push(...checkMerges(itemsOf(before.side), itemsOf(after.side), new Map(), (file) => resolve(io.cwd, file)));
  }
  if (refuseErrors(problems, lang, io)) return undefined;
  const cases: PresentationCase[] = [];
  const summaries: string[] = [];
  const finishes: FinishDate[] = [];
  for (const [i, { id, before, after }] of pairs.entries()) {
    // Pairs come from a workspace with no errors, so each side is there.
    if (!before.side || !after.side) continue;
    const compare = { targets: targets[i], ...dating };
    // The diagrams' words need the ledger only: their layout starts before the versions are analysed.
    const graphs = layoutCase(before.side, after.side, compareLedger(before.side, after.side), layouts);
    const comparison = compareDocuments(before.side, after.side, compare);
    finishes.push(...getBundleFinishes(comparison.before.dates), ...getBundleFinishes(comparison.after.dates));
    const made = await createCase({ id: id || after.document!.id, before: before.side, after: after.side, compare, comparison: toComparisonJson(comparison), graphs });
    cases.push(made);
    const summary = made.comparison.summary[lang];
    summaries.push(say(lang, 'caseSummary', { name: getSideName(after.side), summary }));
  }
  const basis = dating.startDate ? getDateBasis(dating.calendar ?? DEFAULT_CALENDAR, dating.startDate, finishes) : undefined;
  return { document: { cases }, summaries, dateLines: basis ? dateLines(basis, lang) : [], inputs };
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
