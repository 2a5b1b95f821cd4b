/** `wujian validate`: check files and print diagnostics like a compiler, or as JSON. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sortDiagnostics, type Diagnostic } from '../../model/diagnostic.js';
import { findYamlFiles } from '../../model/files.js';
import { loadFiles, type LoadResult } from '../../model/load.js';
import type { Lang } from '../../model/types.js';
import { countSeverities, diagnosticToJson, formatDiagnostic } from '../../report/diagnostics.js';
import { summariseDocument, summariseOther } from '../../report/summary.js';
import { displayPath, Exit, type ExitCode, type IO } from '../io.js';

/** Options of `validate`. */
export interface ValidateOptions {
  format: 'text' | 'json';
  lang: Lang;
}

/** Loads every YAML file named by `args` (relative to io.cwd), with diagnostics shown relative to it. */
export function loadArguments(args: readonly string[], io: IO): { results: LoadResult[]; problems: Diagnostic[] } {
  const found = findYamlFiles(args.map((a) => resolve(io.cwd, a)));
  const shown = (d: Diagnostic): Diagnostic => ({ ...d, file: displayPath(io, d.file) });
  const results = loadFiles(found.files).map((r) => {
    const file = displayPath(io, r.file);
    if (r.document) r.document.file = file;
    return { ...r, file, diagnostics: r.diagnostics.map(shown) };
  });
  return { results, problems: found.diagnostics.map(shown) };
}

/** Runs `wujian validate`. */
export function validateCommand(args: readonly string[], options: ValidateOptions, io: IO): ExitCode {
  const { results, problems } = loadArguments(args, io);
  const all = sortDiagnostics([...problems, ...results.flatMap((r) => r.diagnostics)]);
  const { errors, warnings } = countSeverities(all);
  const { lang } = options;
  if (options.format === 'json') {
    io.out(
      JSON.stringify(
        {
          files: results.map((r) => ({
            file: r.file,
            valid: isValid(r),
            kind: r.document?.kind ?? r.other?.kind,
            id: r.document?.id,
            diagnostics: r.diagnostics.map((d) => diagnosticToJson(d, lang)),
          })),
          problems: problems.map((d) => diagnosticToJson(d, lang)),
          summary: { files: results.length, valid: results.filter(isValid).length, errors, warnings },
        },
        null,
        2,
      ) + '\n',
    );
  } else {
    const sourceOf = sourceReader(io);
    for (const d of all) io.out(formatDiagnostic(d, lang, sourceOf) + '\n\n');
    for (const r of results) {
      if (r.document) io.out(`✓ ${r.file}  ${summariseDocument(r.document, lang)}\n`);
      else if (r.other && isValid(r)) io.out(`✓ ${r.file}  ${summariseOther(r.other, lang)}\n`);
    }
    const valid = results.filter(isValid).length;
    io.out(
      lang === 'zh'
        ? `\n共检查 ${results.length} 个文件：${valid} 个有效，${results.length - valid} 个有错误；${errors} 个错误，${warnings} 个警告。\n`
        : `\nChecked ${results.length} file(s): ${valid} valid, ${results.length - valid} with errors; ${errors} error(s), ${warnings} warning(s).\n`,
    );
  }
  return errors > 0 ? Exit.INVALID : Exit.OK;
}


/** A file without errors: a valid procedure or bundle, or a valid calendar or settings file. */
function isValid(r: LoadResult): boolean {
  return r.document !== undefined || (r.other !== undefined && !r.diagnostics.some((d) => d.severity === 'error'));
}

/** Reads files for code frames, each once. */
export function sourceReader(io: IO) {
  const cache = new Map<string, string | undefined>();
  return (file: string) => {
    if (!cache.has(file)) {
      try {
        cache.set(file, readFileSync(resolve(io.cwd, file), 'utf8'));
      } catch {
        cache.set(file, undefined);
      }
    }
    return cache.get(file);
  };
}
