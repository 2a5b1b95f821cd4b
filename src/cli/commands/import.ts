/**
 * `wujian import <workbook.xlsx> [-o folder] [--mapping file]`: one procedure file per item a 实施清单
 * workbook lists, each valid as written, and a summary of what could not be read. Files that exist are
 * left alone unless --force; then nothing is written at all.
 */
import { existsSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importWorkbook } from '../../import/index.js';
import { readMapping, type Mapping } from '../../import/mapping.js';
import { checkSize, MAX_WORKBOOK_BYTES } from '../../import/workbook.js';
import { createDiagnostic, FILE_START, hasErrors, type Diagnostic } from '../../model/diagnostic.js';
import { displayPath } from '../../model/files.js';
import { readFileBytes } from '../../model/source.js';
import { importSummary, type Written } from '../../report/import-summary.js';
import { printDiagnostics } from '../diagnostics.js';
import { Exit, type ExitCode } from '../io.js';
import { say } from '../messages.js';
import { checkOutput, sendOutput } from '../output.js';
import type { importOptions } from '../table/import.js';
import type { CommandContext } from '../table/types.js';
import type { OutputTarget } from '../write.js';

const SCHEMA = fileURLToPath(new URL('../../../schemas/procedure.schema.json', import.meta.url));

/** Runs `wujian import`: read the workbook (and mapping) → plan one file per item → write all or none. */
export async function run({ values, positionals, lang, io }: CommandContext<typeof importOptions>): Promise<ExitCode> {
  const path = resolve(io.cwd, positionals[0]!);
  const shown = displayPath(io, path);
  const bytes = readBytes(path, shown);
  if (!Buffer.isBuffer(bytes)) {
    printDiagnostics(io, [bytes], lang);
    return Exit.INVALID;
  }
  let mapping: Mapping | undefined;
  if (values.mapping) {
    const read = readMapping(resolve(io.cwd, values.mapping));
    const problems = read.diagnostics.map((d) => ({ ...d, file: displayPath(io, d.file) }));
    if (hasErrors(problems)) {
      printDiagnostics(io, problems, lang);
      return Exit.INVALID;
    }
    mapping = read.mapping;
  }
  if (values.out?.trim() === '') {
    io.err(say(lang, 'outputFolderEmpty'));
    return Exit.USAGE;
  }
  const folder = resolve(io.cwd, values.out ?? basename(path, extname(path)));
  const schemaRef = relative(folder, SCHEMA).split('\\').join('/');
  const result = await importWorkbook(bytes, { file: shown, source: basename(path), mapping, schemaRef });
  const planned = result.items.map((item) => ({ ...item, path: join(folder, `${item.id}.yaml`) }));
  const taken = values.force ? [] : planned.filter((p) => existsSync(p.path));
  if (taken.length > 0) {
    printDiagnostics(io, [...result.diagnostics, ...taken.map((p) => createDiagnostic('import-exists', displayPath(io, p.path), FILE_START))], lang);
    io.out(importSummary(shown, result, [], lang));
    return Exit.INVALID;
  }
  // The rules of -o, for every file before any is written: never the workbook or the mapping file, a
  // link, a pipe or a folder.
  const targets: OutputTarget[] = [];
  for (const p of planned) {
    const target = checkOutput(displayPath(io, p.path), lang, io, { inputs: [path, ...(values.mapping ? [values.mapping] : [])], argument: true });
    if (typeof target === 'number') return target;
    targets.push(target);
  }
  const written: Written[] = [];
  const failures: Diagnostic[] = [];
  for (const [i, p] of planned.entries()) {
    const failure = sendOutput(p.text, targets[i]!, io);
    if (failure) failures.push(createDiagnostic('import-write', displayPath(io, p.path), undefined, { reason: failure }));
    else written.push({ id: p.id, file: displayPath(io, p.path) });
  }
  printDiagnostics(io, [...result.diagnostics, ...failures], lang);
  if (result.sheets.length > 0) io.out(importSummary(shown, result, written, lang)); // none when the workbook could not be opened
  return hasErrors(result.diagnostics) || failures.length > 0 || result.refused.length > 0 ? Exit.INVALID : Exit.OK;
}

/** The workbook's bytes, or why there are none (missing, a folder, a pipe or device, unreadable, too large). */
function readBytes(path: string, shown: string): Buffer | Diagnostic {
  const read = readFileBytes(path, MAX_WORKBOOK_BYTES);
  if ('bytes' in read) return read.bytes;
  if ('tooLarge' in read) return checkSize(shown, read.tooLarge)!;
  if ('notAFile' in read) {
    return read.notAFile === 'folder'
      ? createDiagnostic('import-not-workbook', shown, undefined, { looks: 'folder' })
      : createDiagnostic('file-not-regular', shown, undefined, { kind: read.notAFile });
  }
  return createDiagnostic(read.error === 'ENOENT' ? 'file-not-found' : 'file-read', shown, undefined, { reason: read.error });
}
