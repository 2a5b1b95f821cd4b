/** `wujian init`: write a commented starting procedure that validates as it is. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../../model/types.js';
import { Exit, type ExitCode, type IO } from '../io.js';
import { deliver } from '../output.js';

const TEMPLATE = fileURLToPath(new URL('../templates/procedure.yaml', import.meta.url));
const SCHEMA = fileURLToPath(new URL('../../../schemas/procedure.schema.json', import.meta.url));

/** Runs `wujian init <file>`; refuses to overwrite unless `force`. */
export function initCommand(file: string, options: { force: boolean; lang: Lang }, io: IO): ExitCode {
  const zh = options.lang === 'zh';
  const target = resolve(io.cwd, file);
  if (!/\.ya?ml$/i.test(target)) {
    io.err(zh ? `错误：文件名应以 .yaml 结尾：${file}\n` : `error: the file name should end in .yaml: ${file}\n`);
    return Exit.USAGE;
  }
  if (existsSync(target) && !options.force) {
    io.err(zh ? `错误：${file} 已存在，未覆盖。\n  提示：换一个文件名，或加 --force 覆盖。\n` : `error: ${file} already exists and was not overwritten.\n  hint: choose another name, or add --force.\n`);
    return Exit.INVALID;
  }
  const schemaRef = relative(dirname(target), SCHEMA).split('\\').join('/');
  const text = readFileSync(TEMPLATE, 'utf8').replace('$SCHEMA', schemaRef);
  // The same -o rules as every output: a link, a pipe or a device at the name is never replaced.
  const failed = deliver(text, file, options.lang, io, [], '');
  if (failed !== undefined) return failed;
  io.out(zh ? `已生成 ${file}。编辑后运行：wujian validate ${file}\n` : `Wrote ${file}. Edit it, then run: wujian validate ${file}\n`);
  return Exit.OK;
}
