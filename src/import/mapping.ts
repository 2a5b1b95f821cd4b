/**
 * The mapping file: for a layout the importer cannot guess, which row is a sheet's header, which column
 * holds which data element (by column letter or header text), and which sheets to skip. It is YAML,
 * checked against schemas/import-mapping.schema.json like every other file wujian reads.
 *
 * ```yaml
 * sheets:
 *   清单:
 *     header: 4              # 表头在第 4 行
 *     columns:
 *       C: 事项名称           # C 列是事项名称
 *       办理期限: 承诺办结时限  # 表头为“办理期限”的列
 *       序号: 忽略
 *   说明:
 *     skip: true
 * columns:                   # 对所有工作表
 *   期限（天）: 法定办结时限
 * ```
 */
import { createDiagnostic, hasErrors, type Diagnostic } from '../model/diagnostic.js';
import { keySpanOf } from '../model/locate.js';
import { readYaml } from '../model/parse.js';
import { validateSchema } from '../model/schema.js';
import { suggest } from '../model/suggest.js';
import { fieldByName } from './fields.js';
import type { Sheet } from './sheet.js';

/** Words that tell the importer to leave a column alone. */
export const IGNORE_WORDS = ['忽略', 'ignore'] as const;

/** What a mapping file says about one sheet. */
export interface SheetMapping {
  /** The header row, when given. */
  header?: number;
  /** True to leave the sheet alone. */
  skip: boolean;
  /** Column letter or header text → field key, or null to ignore the column. */
  columns: Map<string, string | null>;
}

/** A read mapping file. */
export interface Mapping {
  sheets: Map<string, SheetMapping>;
  /** Columns for every sheet. */
  columns: Map<string, string | null>;
  /** Checks the sheets it names exist, once the workbook is read. */
  check(sheets: readonly Sheet[]): Diagnostic[];
}

type Raw = { sheets?: Record<string, { header?: number; skip?: boolean; columns?: Record<string, string> }>; columns?: Record<string, string> };

/** Reads and checks a mapping file; its problems are located in it (file:line:column). */
export function readMapping(file: string): { mapping?: Mapping; diagnostics: Diagnostic[] } {
  const parse = readYaml(file);
  if (!parse.ok) return { diagnostics: parse.diagnostics };
  const problems = validateSchema(file, parse.parsed, 'mapping');
  if (hasErrors(problems)) return { diagnostics: problems };
  const raw = parse.parsed.value as Raw;
  const toColumns = (columns: Record<string, string> = {}) =>
    new Map(Object.entries(columns).map(([k, v]) => [k, (IGNORE_WORDS as readonly string[]).includes(v) ? null : fieldByName(v)!.key]));
  const sheets = new Map(Object.entries(raw.sheets ?? {}).map(([name, s]) => [name, { header: s.header, skip: s.skip ?? false, columns: toColumns(s.columns) }]));
  const check = (present: readonly Sheet[]) => {
    const names = present.map((s) => s.name);
    return [...sheets.keys()].filter((name) => !names.includes(name)).map((name) =>
      createDiagnostic('import-mapping-sheet', file, keySpanOf(parse.parsed, ['sheets', name]), { sheet: name, known: names.join('、'), suggestion: suggest(name, names) }),
    );
  };
  return { mapping: { sheets, columns: toColumns(raw.columns), check }, diagnostics: problems };
}
