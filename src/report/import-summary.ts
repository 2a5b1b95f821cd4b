/** The summary `wujian import` prints after its diagnostics: what each sheet was, what was written, what was not. */
import type { ImportResult } from '../import/index.js';
import { describe } from '../model/messages.js';
import { fill, say, type Lang } from '../vocabulary/index.js';
import { countSeverities } from './diagnostics.js';
import { IMPORT_LINES as L, SHEET_KINDS, UNREAD_SHEETS } from './import-phrases.js';

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
  const lines: string[] = [fill(L.read, lang, { workbook })];
  for (const sheet of result.sheets) {
    const what = sheet.unread
      ? say(UNREAD_SHEETS[sheet.unread], lang)
      : fill(L.sheet, lang, { headerRow: sheet.headerRow ?? 0, kinds: sheet.kinds.map((k) => say(SHEET_KINDS[k], lang)), rows: sheet.rows });
    lines.push(`  ${sheet.name}  ${what}`);
  }
  const skipped = result.sheets.flatMap((s) => s.skipped.map((c) => fill(L.skippedColumn, lang, { at: c.at, header: c.header, element: c.field?.zh })));
  if (skipped.length > 0) lines.push(fill(L.skipped, lang, { columns: skipped }));
  if (written.length > 0) {
    lines.push(fill(L.wrote, lang, { count: written.length }));
    for (const item of result.items) {
      const file = written.find((w) => w.id === item.id)?.file;
      if (file) lines.push(fill(L.written, lang, { file, name: item.name, cell: item.cell, materials: item.materials, steps: item.steps }));
    }
  }
  if (result.refused.length > 0) {
    lines.push(fill(L.notWritten, lang, { count: result.refused.length }));
    for (const r of result.refused) lines.push(fill(L.refused, lang, { name: r.name, cell: r.cell, why: describe(r.reason, lang).message }));
  }
  const { errors, warnings } = countSeverities(result.diagnostics);
  lines.push(fill(L.totals, lang, { total: result.items.length + result.refused.length, written: written.length, errors, warnings }));
  return lines.join('\n') + '\n';
}
