/**
 * `wujian validate`: check files and print diagnostics like a compiler, or as JSON. Many files (a
 * catalogue imported from an 实施清单) are checked in worker threads (analysis/catalogue/pool.ts), each
 * sending back its diagnostics and the line printed after ✓; a folder that holds a bundle, whose items
 * are checked across files, is loaded in this thread as every other command loads it. Either way the
 * same rows are printed (tests/cli/validate-threads.test.ts).
 */
import { basename, resolve } from 'node:path';
import { checkInWorkers } from '../../analysis/catalogue/pool.js';
import { hasErrors, tidyDiagnostics, type Diagnostic } from '../../model/diagnostic.js';
import { displayPath, findYamlFiles } from '../../model/files.js';
import { loadTargetsFile, TARGETS_FILE_NAME } from '../../model/targets.js';
import { loadWorkspace, type WorkspaceFile } from '../../model/workspace.js';
import type { Lang } from '../../model/types.js';
import { countSeverities, diagnosticToJson } from '../../report/diagnostics.js';
import { summariseDocument, summariseOther, summariseTargets } from '../../report/summary.js';
import { toJsonText } from '../../report/terminal-text.js';
import { printDiagnostics } from '../diagnostics.js';
import { Exit, type ExitCode, type IO } from '../io.js';
import { say } from '../messages.js';
import type { validateOptions } from '../table/validate.js';
import type { CommandContext } from '../table/types.js';

/** Files from which validate checks in worker threads: below it, starting the threads costs more than it saves. */
export const THREADED_FROM = 200;

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

/** Runs `wujian validate`: load (in worker threads from THREADED_FROM files) → print (text or JSON) → exit 1 when any file or item has an error. */
export async function run({ values, positionals, lang, io }: CommandContext<typeof validateOptions>, threadedFrom = THREADED_FROM): Promise<ExitCode> {
  const validation = (await validateInThreads(positionals, lang, io, threadedFrom)) ?? validateHere(positionals, lang, io);
  const diagnostics = tidyDiagnostics([...validation.problems, ...validation.files.flatMap((f) => f.diagnostics)]);
  const { errors, warnings } = countSeverities(diagnostics);
  const valid = validation.files.filter((f) => !hasErrors(f.diagnostics));
  if (values.format === 'json') {
    io.out(
      toJsonText({
        files: validation.files.map((f) => ({ file: f.file, valid: !hasErrors(f.diagnostics), kind: f.kind, id: f.id, diagnostics: f.diagnostics.map((d) => diagnosticToJson(d, lang)) })),
        problems: validation.problems.map((d) => diagnosticToJson(d, lang)),
        summary: { files: validation.files.length, valid: valid.length, errors, warnings },
      }),
    );
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
  return { files: workspace.files.map((f) => ({ file: f.file, kind: f.document?.kind ?? f.other?.kind, id: f.document?.id, diagnostics: f.diagnostics, summary: summariseFile(f, lang) })), problems: workspace.problems };
}

/**
 * The files checked in worker threads, each on its own; undefined when there are fewer than `from`,
 * or when one is a valid bundle (its items are checked across files: validateHere).
 */
async function validateInThreads(positionals: readonly string[], lang: Lang, io: IO, from: number): Promise<Validation | undefined> {
  const found = findYamlFiles(positionals.map((p) => resolve(io.cwd, p)));
  if (found.files.length < from) return undefined;
  const isTargets = (file: string) => basename(file) === TARGETS_FILE_NAME;
  const entries = await checkInWorkers(found.files.filter((f) => !isTargets(f)), { summaries: lang });
  if (entries.some((e) => e.kind === 'bundle')) return undefined;
  const show = (file: string) => displayPath(io, file);
  const shown = (diagnostics: readonly Diagnostic[]) => diagnostics.map((d) => ({ ...d, file: show(d.file) }));
  let next = 0;
  const files = found.files.map((path): Checked => {
    if (isTargets(path)) {
      const { targets, diagnostics } = loadTargetsFile(path);
      return { file: show(path), diagnostics: shown(diagnostics), summary: summariseTargets(targets?.length ?? 0, lang) };
    }
    const e = entries[next++]!;
    return { file: show(e.file), kind: e.kind ?? e.other, id: e.id, diagnostics: shown(e.diagnostics), summary: e.summary };
  });
  return { files, problems: shown(found.diagnostics) };
}

/** The one-line summary after ✓. */
function summariseFile(file: WorkspaceFile, lang: Lang): string | undefined {
  if (hasErrors(file.diagnostics)) return undefined;
  if (file.document) return summariseDocument(file.document, lang);
  return file.other ? summariseOther(file.other, lang) : summariseTargets(file.targets?.length ?? 0, lang);
}
