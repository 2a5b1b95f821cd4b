/** Diagnostics rendered for people (like a compiler's output) and for machines (JSON). */
import type { Diagnostic } from '../model/diagnostic.js';
import { describe } from '../model/messages.js';
import type { Lang } from '../model/types.js';
import { codeFrame } from './frame.js';

/** Gives the text of a file, for code frames; undefined when it cannot be shown. */
export type SourceOf = (file: string) => string | undefined;

const SEVERITY = { zh: { error: '错误', warning: '警告' }, en: { error: 'error', warning: 'warning' } } as const;

/** What introduces a hint (of a diagnostic, or beside the dates' warning). */
export const HINT = { zh: '提示：', en: 'hint: ' } as const;

/**
 * Renders one diagnostic as
 * `file:line:col 错误 code 消息` (or `workbook.xlsx 材料!B5 …` for a cell), a code frame, and `提示：…`.
 */
export function formatDiagnostic(d: Diagnostic, lang: Lang, sourceOf: SourceOf): string {
  const { message, hint } = describe(d, lang);
  const place = d.cell ? `${d.file} ${d.cell}` : d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file;
  const lines = [`${place}: ${SEVERITY[lang][d.severity]} [${d.code}] ${message}`];
  const source = d.line > 0 ? sourceOf(d.file) : undefined;
  if (source !== undefined) {
    const frame = codeFrame(source, d.line, d.column, d.endLine, d.endColumn);
    if (frame) lines.push(frame);
  }
  if (hint) lines.push(`  ${HINT[lang]}${hint}`);
  return lines.join('\n');
}

/** A diagnostic as plain data with its message in `lang`, for --format json. */
export function diagnosticToJson(d: Diagnostic, lang: Lang) {
  const { message, hint } = describe(d, lang);
  return {
    code: d.code,
    severity: d.severity,
    file: d.file,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    ...(d.cell ? { cell: d.cell } : {}),
    message,
    ...(hint ? { hint } : {}),
  };
}

/** Counts for a closing summary line (it lives with the cap that writes `more-problems`). */
export { countSeverities } from '../model/diagnostic.js';
