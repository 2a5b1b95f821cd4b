/**
 * `wujian validate`: check files and print diagnostics like a compiler, or as JSON. Many files (a
 * catalogue imported from an 实施清单) are checked in threads (catalogue/pool.ts), this one and
 * workers, each file giving its diagnostics and the line printed after ✓; a bundle among them, whose items are
 * checked across files, is then loaded again in this thread as every other command loads it. Either
 * way the same rows are printed (tests/cli/validate-threads.test.ts).
 */
import { hasErrors, tidyDiagnostics, type Diagnostic } from '../../model/diagnostic.js';
import { displayPath } from '../../model/files.js';
import { loadTargetsFile } from '../../model/targets.js';
import { loadWorkspace, type WorkspaceFile } from '../../model/workspace.js';
import type { Lang } from '../../model/types.js';
import { countSeverities, diagnosticToJson } from '../../report/diagnostics.js';
import { summariseDocument, summariseOther, summariseTargets } from '../../report/summary.js';
import { toJsonPieces } from '../../report/terminal-text.js';
import { printDiagnostics } from '../diagnostics.js';
import { Exit, type ExitCode, type IO } from '../io.js';
import { say } from '../messages.js';
import { printPieces } from '../output.js';
import { checkPathsInThreads, shownDiagnostics, THREADED_FROM } from '../threaded.js';
import type { validateOptions } from '../table/validate.js';
import type { CommandContext } from '../table/types.js';

/** One file as validate reports it. */
interface Checked {
  /** The file as the user sees it (displayPath). */
  file: string;
  /** procedure, bundle, calendar or settings, when the file is one (a targets file has none). */
  kind?: string;
  id?: string;
  diagnostics: Diagnostic[];
  /** The line after ✓, for a file with no error. */
  summary?: string;
}

/** What validate found: every file, and the problems with the paths themselves. */
interface Validation {
  files: Checked[];
  problems: Diagnostic[];
}

/** Runs `wujian validate`: load (in threads from THREADED_FROM files) → print (text or JSON) → exit 1 when any file or item has an error. */
export async function run({ values, positionals, lang, io }: CommandContext<typeof validateOptions>, threadedFrom = THREADED_FROM): Promise<ExitCode> {
  const validation = (await validateInThreads(positionals, lang, io, threadedFrom)) ?? validateHere(positionals, lang, io);
  const diagnostics = tidyDiagnostics([...validation.problems, ...validation.files.flatMap((f) => f.diagnostics)]);
  const { errors, warnings } = countSeverities(diagnostics);
  const valid = validation.files.filter((f) => !hasErrors(f.diagnostics));
  if (values.format === 'json') {
    const json = toJsonPieces({
      files: validation.files.map((f) => ({ file: f.file, valid: !hasErrors(f.diagnostics), kind: f.kind, id: f.id, diagnostics: f.diagnostics.map((d) => diagnosticToJson(d, lang)) })),
      problems: validation.problems.map((d) => diagnosticToJson(d, lang)),
      summary: { files: validation.files.length, valid: valid.length, errors, warnings },
    });
    await printPieces(io, json);
  } else {
    printDiagnostics(io, diagnostics, lang, (text) => io.out(text));
    for (const f of valid) io.out(`✓ ${f.file}  ${f.summary}\n`);
    io.out(say(lang, 'checked', { files: validation.files.length, valid: valid.length, errors, warnings }));
  }
  return errors > 0 ? Exit.INVALID : Exit.OK;
}

/** The files loaded in this thread as every command loads them (bundles checked against their items). */
function validateHere(positionals: readonly string[], lang: Lang, io: IO): Validation {
  const workspace = loadWorkspace(positionals, io);
  return { files: workspace.files.map((f) => checkedOf(f, lang)), problems: workspace.problems };
}

/** A file of the workspace as validate reports it. */
function checkedOf(f: WorkspaceFile, lang: Lang): Checked {
  return { file: f.file, kind: f.document?.kind ?? f.other?.kind, id: f.document?.id, diagnostics: f.diagnostics, summary: summariseFile(f, lang) };
}

/** The files checked in threads, each on its own, and their bundles here; undefined when checkPathsInThreads declines. */
async function validateInThreads(positionals: readonly string[], lang: Lang, io: IO, from: number): Promise<Validation | undefined> {
  const threaded = await checkPathsInThreads(positionals, io, { summaries: lang }, from);
  if (!threaded) return undefined;
  const files = threaded.files.map(({ path, entry, bundle }): Checked => {
    if (bundle) return checkedOf(bundle, lang);
    if (!entry) {
      const { targets, diagnostics } = loadTargetsFile(path);
      return { file: displayPath(io, path), diagnostics: shownDiagnostics(io, diagnostics), summary: summariseTargets(targets?.length ?? 0, lang) };
    }
    return { file: displayPath(io, entry.file), kind: entry.kind ?? entry.other, id: entry.id, diagnostics: shownDiagnostics(io, entry.diagnostics), summary: entry.summary };
  });
  return { files, problems: threaded.problems };
}

/** The one-line summary after ✓. */
function summariseFile(file: WorkspaceFile, lang: Lang): string | undefined {
  if (hasErrors(file.diagnostics)) return undefined;
  if (file.document) return summariseDocument(file.document, lang);
  return file.other ? summariseOther(file.other, lang) : summariseTargets(file.targets?.length ?? 0, lang);
}
