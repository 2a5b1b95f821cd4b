/**
 * The import summary's own phrases (what `wujian import` prints after its diagnostics): what each
 * sheet turned out to be, the files written, the items not written, and the totals.
 */
import type { Bilingual, Template } from '../vocabulary/index.js';

/** What a sheet lists. */
export const SHEET_KINDS = {
  item: { zh: '事项表', en: 'items' },
  material: { zh: '材料表', en: 'materials' },
  step: { zh: '环节表', en: 'steps' },
} as const satisfies Record<string, Bilingual>;

/** Why a sheet was not read. */
export const UNREAD_SHEETS = {
  empty: { zh: '空表，未读取', en: 'empty, not read' },
  'no-header': { zh: '找不到表头，未读取', en: 'no header found, not read' },
  hidden: { zh: '隐藏的工作表，未读取', en: 'hidden sheet, not read' },
  mapping: { zh: '映射文件要求跳过', en: 'skipped as the mapping file says' },
} as const satisfies Record<string, Bilingual>;

/** The sentences of the summary; lists arrive joined. */
export const IMPORT_LINES = {
  read: { zh: (a) => `读取 ${a.workbook}：`, en: (a) => `Read ${a.workbook}:` } satisfies Template<{ workbook: string }>,
  /** A sheet read: its header row, what it lists (joined by `and`), and how many rows. */
  sheet: {
    zh: (a) => `表头在第 ${a.headerRow} 行，${a.kinds.join('、')}，${a.rows} 行`,
    en: (a) => `header on row ${a.headerRow}, ${a.kinds.join(' and ')}, ${a.rows} rows`,
  } satisfies Template<{ headerRow: number; kinds: readonly string[]; rows: number }>,
  /** A header cell not read; `element` when another column is read for the data element it names. */
  skippedColumn: {
    zh: (a) => `${a.at} "${a.header}"${a.element ? `（另一列已作${a.element}）` : ''}`,
    en: (a) => `${a.at} "${a.header}"${a.element ? ` (another column is read as ${a.element})` : ''}`,
  } satisfies Template<{ at: string; header: string; element?: string }>,
  skipped: {
    zh: (a) => `  未读取的列：${a.columns.join('、')}`,
    en: (a) => `  Columns not read: ${a.columns.join(', ')}`,
  } satisfies Template<{ columns: readonly string[] }>,
  wrote: { zh: (a) => `写入 ${a.count} 个事项文件：`, en: (a) => `Wrote ${a.count} procedure file(s):` } satisfies Template<{ count: number }>,
  written: {
    zh: (a) => `  ✓ ${a.file}  ${a.name}（${a.cell}）：${a.materials} 份材料，${a.steps} 个环节`,
    en: (a) => `  ✓ ${a.file}  ${a.name} (${a.cell}): ${a.materials} material(s), ${a.steps} step(s)`,
  } satisfies Template<{ file: string; name: string; cell: string; materials: number; steps: number }>,
  notWritten: { zh: (a) => `未写入 ${a.count} 个事项：`, en: (a) => `Not written: ${a.count} item(s):` } satisfies Template<{ count: number }>,
  refused: {
    zh: (a) => `  ✗ ${a.name}（${a.cell}）：${a.why}`,
    en: (a) => `  ✗ ${a.name} (${a.cell}): ${a.why}`,
  } satisfies Template<{ name: string; cell: string; why: string }>,
  totals: {
    zh: (a) => `共 ${a.total} 个事项：写入 ${a.written} 个，未写入 ${a.total - a.written} 个；${a.errors} 个错误，${a.warnings} 个警告。`,
    en: (a) => `${a.total} item(s): ${a.written} written, ${a.total - a.written} not; ${a.errors} error(s), ${a.warnings} warning(s).`,
  } satisfies Template<{ total: number; written: number; errors: number; warnings: number }>,
};
