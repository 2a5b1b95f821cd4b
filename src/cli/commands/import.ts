/**
 * `wujian import <workbook.xlsx> [-o folder] [--mapping file]`: one procedure file per item a 实施清单
 * workbook lists, each valid as written, and a summary of what could not be read. Files that exist are
 * left alone unless --force; then nothing is written at all.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importWorkbook } from '../../import/index.js';
import { readMapping, type Mapping } from '../../import/mapping.js';
import { checkSize } from '../../import/workbook.js';
import { createDiagnostic, FILE_START, hasErrors, type Diagnostic } from '../../model/diagnostic.js';
import type { Lang } from '../../model/types.js';
import { formatDiagnostic } from '../../report/diagnostics.js';
import { importSummary, type Written } from '../../report/import-summary.js';
import { displayPath, Exit, type ExitCode, type IO } from '../io.js';
import { writeWhole } from '../write.js';
import { sourceReader } from './validate.js';

const SCHEMA = fileURLToPath(new URL('../../../schemas/procedure.schema.json', import.meta.url));

/** Options of `import`. */
export interface ImportCommandOptions {
  /** Output folder; by default a folder named after the workbook, in the working folder. */
  out?: string;
  /** A mapping file for layouts that cannot be guessed. */
  mapping?: string;
  /** Overwrite existing files. */
  force: boolean;
  lang: Lang;
}

/** Runs `wujian import`. */
export async function importCommand(workbook: string, options: ImportCommandOptions, io: IO): Promise<ExitCode> {
  const { lang } = options;
  const path = resolve(io.cwd, workbook);
  const shown = displayPath(io, path);
  const print = (diagnostics: readonly Diagnostic[]) => {
    const sourceOf = sourceReader(io);
    for (const d of diagnostics) io.err(formatDiagnostic(d, lang, sourceOf) + '\n\n');
  };
  const bytes = readBytes(path, shown);
  if (!Buffer.isBuffer(bytes)) {
    print([bytes]);
    return Exit.INVALID;
  }
  let mapping: Mapping | undefined;
  if (options.mapping) {
    const read = readMapping(resolve(io.cwd, options.mapping));
    const problems = read.diagnostics.map((d) => ({ ...d, file: displayPath(io, d.file) }));
    if (hasErrors(problems)) {
      print(problems);
      return Exit.INVALID;
    }
    mapping = read.mapping;
  }
  const folder = resolve(io.cwd, options.out ?? basename(path, extname(path)));
  const schemaRef = relative(folder, SCHEMA).split('\\').join('/');
  const result = await importWorkbook(bytes, { file: shown, source: basename(path), mapping, schemaRef });
  const planned = result.items.map((item) => ({ ...item, path: join(folder, `${item.id}.yaml`) }));
  const taken = options.force ? [] : planned.filter((p) => existsSync(p.path));
  if (taken.length > 0) {
    print([...result.diagnostics, ...taken.map((p) => createDiagnostic('import-exists', displayPath(io, p.path), FILE_START))]);
    io.out(importSummary(shown, result, [], lang));
    return Exit.INVALID;
  }
  const written: Written[] = [];
  const failures: Diagnostic[] = [];
  for (const p of planned) {
    const failure = writeWhole(p.path, p.text);
    if (failure) failures.push(createDiagnostic('import-write', displayPath(io, p.path), undefined, { reason: failure }));
    else written.push({ id: p.id, file: displayPath(io, p.path) });
  }
  print([...result.diagnostics, ...failures]);
  if (result.sheets.length > 0) io.out(importSummary(shown, result, written, lang)); // none when the workbook could not be opened
  return hasErrors(result.diagnostics) || failures.length > 0 || result.refused.length > 0 ? Exit.INVALID : Exit.OK;
}

/** The workbook's bytes, or why there are none (missing, a folder, unreadable, too large). */
function readBytes(path: string, shown: string): Buffer | Diagnostic {
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return createDiagnostic('import-not-workbook', shown, undefined, { looks: 'folder' });
    return checkSize(shown, stat.size) ?? readFileSync(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'EIO';
    return createDiagnostic(reason === 'ENOENT' ? 'file-not-found' : 'file-read', shown, undefined, { reason });
  }
}
