/**
 * `wujian report <before> <after> -o report.html`: one self-contained HTML file (data, scripts,
 * styles and a subset font inline) with the same charts as the dashboard, to open offline.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Lang } from '../../model/types.js';
import { createReportHtml } from '../../report/html.js';
import type { DateOptions } from '../calendar.js';
import { Exit, type ExitCode, type IO } from '../io.js';
import type { Pair } from '../pairs.js';
import { prepareBuild, REPORT_BUILD } from '../web-build.js';
import { writeWhole } from '../write.js';
import { buildCases } from './cases.js';

/** Options of `report`. */
export interface ReportCommandOptions extends DateOptions {
  /** Language of the messages and the one the report opens in. */
  lang: Lang;
  /** The HTML file to write. */
  out: string;
}

/** The file `report` writes when -o is not given. */
export const DEFAULT_REPORT_FILE = 'report.html';

/** Runs `wujian report`: compares the pair, then writes the one-file report whole or not at all. */
export async function reportCommand(pair: Pair, options: ReportCommandOptions, io: IO): Promise<ExitCode> {
  const { lang, out } = options;
  const zh = lang === 'zh';
  const built = await buildCases([pair], lang, io, options);
  if (!built) return Exit.INVALID;
  if (!(await prepareBuild(REPORT_BUILD, lang, io))) return Exit.INVALID;
  const template = readFileSync(REPORT_BUILD.index, 'utf8');
  const html = await createReportHtml(template, built.document, undefined, lang);
  const failure = writeWhole(resolve(io.cwd, out), html);
  if (failure) {
    io.err(zh ? `错误：无法写入 ${out}（${failure}）\n` : `error: cannot write ${out} (${failure})\n`);
    return Exit.INVALID;
  }
  for (const line of built.dateLines) io.err(`${line}\n`);
  const size = toSizeText(Buffer.byteLength(html));
  io.err(zh
    ? `已写入 ${out}（${size}，数据、脚本、样式和字体均已内嵌，可离线用浏览器直接打开）\n`
    : `Wrote ${out} (${size}; data, scripts, styles and fonts inline: opens offline in any browser)\n`);
  return Exit.OK;
}

/** 1234567 → "1.2 MB"; 5678 → "5.5 KB". */
export function toSizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
}
