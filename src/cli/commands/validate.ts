/** `wujian validate`: check files and print diagnostics like a compiler, or as JSON. */
import { hasErrors } from '../../model/diagnostic.js';
import { loadWorkspace, type Workspace, type WorkspaceFile } from '../../model/workspace.js';
import type { Lang } from '../../model/types.js';
import { countSeverities, diagnosticToJson } from '../../report/diagnostics.js';
import { summariseDocument, summariseOther, summariseTargets } from '../../report/summary.js';
import { toJsonText } from '../../report/terminal-text.js';
import { printDiagnostics } from '../diagnostics.js';
import { Exit, type ExitCode } from '../io.js';
import { say } from '../messages.js';
import type { validateOptions } from '../table/validate.js';
import type { CommandContext } from '../table/types.js';

/** Runs `wujian validate`: load → print (text or JSON) → exit 1 when any file or item has an error. */
export function run({ values, positionals, lang, io }: CommandContext<typeof validateOptions>): ExitCode {
  const workspace = loadWorkspace(positionals, io);
  const { errors, warnings } = countSeverities(workspace.diagnostics);
  if (values.format === 'json') {
    io.out(toJsonText(toValidationJson(workspace, lang, errors, warnings)));
  } else {
    printDiagnostics(io, workspace.diagnostics, lang, (text) => io.out(text));
    for (const f of workspace.files.filter(isValid)) io.out(`✓ ${f.file}  ${summariseFile(f, lang)}\n`);
    io.out(say(lang, 'checked', { files: workspace.files.length, valid: workspace.files.filter(isValid).length, errors, warnings }));
  }
  return errors > 0 ? Exit.INVALID : Exit.OK;
}

/** Each file with its verdict and located diagnostics, the problems with the arguments, and the counts. */
function toValidationJson(workspace: Workspace, lang: Lang, errors: number, warnings: number) {
  return {
    files: workspace.files.map((f) => ({
      file: f.file,
      valid: isValid(f),
      kind: f.document?.kind ?? f.other?.kind,
      id: f.document?.id,
      diagnostics: f.diagnostics.map((d) => diagnosticToJson(d, lang)),
    })),
    problems: workspace.problems.map((d) => diagnosticToJson(d, lang)),
    summary: { files: workspace.files.length, valid: workspace.files.filter(isValid).length, errors, warnings },
  };
}

/** A file with no error of its own nor, for a bundle, in its items. */
function isValid(file: WorkspaceFile): boolean {
  return !hasErrors(file.diagnostics);
}

/** The one-line summary after ✓. */
function summariseFile(file: WorkspaceFile, lang: Lang): string {
  if (file.document) return summariseDocument(file.document, lang);
  return file.other ? summariseOther(file.other, lang) : summariseTargets(file.targets?.length ?? 0, lang);
}
