/** The summary `wujian import` prints after its diagnostics: what each sheet was, what was written, what was not. */
import type { ImportResult } from '../import/index.js';
import { describe } from '../model/messages.js';
import type { Lang } from '../model/types.js';
import { countSeverities } from './diagnostics.js';

const KINDS = { item: ['事项表', 'items'], material: ['材料表', 'materials'], step: ['环节表', 'steps'] } as const;
const UNREAD = {
  empty: ['空表，未读取', 'empty, not read'],
  'no-header': ['找不到表头，未读取', 'no header found, not read'],
  hidden: ['隐藏的工作表，未读取', 'hidden sheet, not read'],
  mapping: ['映射文件要求跳过', 'skipped as the mapping file says'],
} as const;

/** Where each item went: the file written for it, shown as the user will open it. */
export interface Written {
  id: string;
  file: string;
}

/**
 * The summary in `lang`: the sheets (header row, what they list, columns not read), the files
 * written, the items not written with the first reason, and the totals.
 */
export function importSummary(workbook: string, result: ImportResult, written: readonly Written[], lang: Lang): string {
  const zh = lang === 'zh';
  const i = zh ? 0 : 1;
  const lines: string[] = [zh ? `读取 ${workbook}：` : `Read ${workbook}:`];
  for (const sheet of result.sheets) {
    const what = sheet.unread
      ? UNREAD[sheet.unread][i]
      : zh
        ? `表头在第 ${sheet.headerRow} 行，${sheet.kinds.map((k) => KINDS[k][0]).join('、')}，${sheet.rows} 行`
        : `header on row ${sheet.headerRow}, ${sheet.kinds.map((k) => KINDS[k][1]).join(' and ')}, ${sheet.rows} rows`;
    lines.push(`  ${sheet.name}  ${what}`);
  }
  const skipped = result.sheets.flatMap((s) => s.skipped.map((c) => `${c.at} "${c.header}"${c.field ? (zh ? `（另一列已作${c.field.zh}）` : ` (another column is read as ${c.field.zh})`) : ''}`));
  if (skipped.length > 0) lines.push(zh ? `  未读取的列：${skipped.join('、')}` : `  Columns not read: ${skipped.join(', ')}`);
  if (written.length > 0) {
    lines.push(zh ? `写入 ${written.length} 个事项文件：` : `Wrote ${written.length} procedure file(s):`);
    for (const item of result.items) {
      const file = written.find((w) => w.id === item.id)?.file;
      if (!file) continue;
      lines.push(zh
        ? `  ✓ ${file}  ${item.name}（${item.cell}）：${item.materials} 份材料，${item.steps} 个环节`
        : `  ✓ ${file}  ${item.name} (${item.cell}): ${item.materials} material(s), ${item.steps} step(s)`);
    }
  }
  if (result.refused.length > 0) {
    lines.push(zh ? `未写入 ${result.refused.length} 个事项：` : `Not written: ${result.refused.length} item(s):`);
    for (const r of result.refused) {
      const why = describe(r.reason, lang).message;
      lines.push(zh ? `  ✗ ${r.name}（${r.cell}）：${why}` : `  ✗ ${r.name} (${r.cell}): ${why}`);
    }
  }
  const { errors, warnings } = countSeverities(result.diagnostics);
  const total = result.items.length + result.refused.length;
  lines.push(zh
    ? `共 ${total} 个事项：写入 ${written.length} 个，未写入 ${total - written.length} 个；${errors} 个错误，${warnings} 个警告。`
    : `${total} item(s): ${written.length} written, ${total - written.length} not; ${errors} error(s), ${warnings} warning(s).`);
  return lines.join('\n') + '\n';
}
