/**
 * Problems are data: every check returns Diagnostics, located in the user's file.
 * The message text is produced at render time from `code` and `args`, in the user's language
 * (see messages.ts), so one check serves both Chinese and English output.
 */

import type { HolidayKey, LimitUnit, StepCounting, TargetProblem } from '../vocabulary/index.js';
import { compareCells } from './cells.js';

/** How serious a problem is: errors make a file invalid, warnings do not. */
export type Severity = 'error' | 'warning';

/** What every schema problem carries: the JSON pointer of the value at fault. */
interface AtPath {
  /** JSON pointer into the YAML data, e.g. "/process/states/review/duration". */
  path: string;
}

/** The rule a value's pattern states (the schema's patternErrorMessage, which the editor shows), in each language. */
interface Rule {
  ruleZh?: string;
  ruleEn?: string;
}

/** What every problem with one cell of a workbook carries: what the cell says and its column's data element. */
export interface InCell {
  /** The cell's text. */
  value: string;
  /** The data element of the cell's column (承诺办结时限), or "" when the column is not one. */
  element: string;
}

/** What stands at a path that is no regular file (source.ts reads regular files only). */
export type NotAFile = 'folder' | 'pipe' | 'device' | 'other';

/** What a file that is not a workbook seems to be, as its first bytes say. */
export type LooksLike = 'text' | 'pdf' | 'zip' | 'folder' | 'other';


/**
 * Every diagnostic code and the values its message and hint use, as ajv types each keyword's params:
 * a check cannot raise a code without the values its sentence needs, and the catalogue's sentences
 * (messages.ts) read them typed. A new code is one entry here and one in the catalogue.
 */
export interface DiagnosticArgs {
  'file-not-found': { reason?: string };
  'file-read': { reason: string };
  'file-not-regular': { kind: NotAFile };
  'no-yaml-files': { arg: string };
  'file-empty': Record<string, never>;
  'file-too-large': { size: string; limit: string };
  'file-binary': Record<string, never>;
  'file-encoding': Record<string, never>;
  'more-problems': { errors: number; warnings: number };
  'yaml-syntax': { yamlCode: string; detail: string };
  'yaml-too-deep': { limit: number };
  'yaml-alias': { limit: number; detail: string };
  'yaml-not-mapping': Record<string, never>;
  'schema-required': AtPath & { field: string; titleZh?: string; titleEn?: string };
  'schema-unknown-field': AtPath & { field: string; allowed: string; suggestion: string; glued: string };
  'schema-type': AtPath & { expected: string; found: string };
  'schema-enum': AtPath & { allowed: string; found: string; suggestion: string };
  'schema-id': AtPath & Rule & { value: string };
  'schema-date': AtPath & Rule & { value: string; written?: string; missing?: string };
  'schema-item-code': AtPath & Rule & { value: string };
  'schema-yaml-path': AtPath & Rule & { value: string };
  'schema-range': AtPath & { comparison: string; limit: number; found: string };
  'schema-empty-text': AtPath & { limit: number };
  'schema-long-text': AtPath & { limit: number };
  'schema-too-few': AtPath & { limit: number };
  'schema-duplicate-item': AtPath & { value: string };
  'schema-value': AtPath & { shape: string; found: string };
  'schema-other': AtPath & { detail: string };
  'unknown-initial': { target: string; suggestion: string; known: string };
  'unknown-target': { step: string; event: string; target: string; suggestion: string; known: string };
  'unreachable-step': { step: string; initial: string };
  'dead-end-step': { step: string };
  'unbounded-cycle': { steps: string };
  'bounded-exits': { step: string; events: string };
  'final-without-outcome': { step: string };
  'region-final-outcome': { step: string };
  'no-final': { region: string };
  'no-approval': Record<string, never>;
  'state-space-too-large': { region: string; count: number; budget: number; limit: string; loops: string };
  'duplicate-material': { material: string; first: number };
  'unknown-material': { material: string; step: string; suggestion: string };
  'unknown-into': { material: string; into: string; suggestion: string; unread?: string };
  'into-self': { material: string };
  'into-cycle': { materials: string };
  'same-material-unknown': { material: string; suggestion: string; unread?: string };
  'same-material-twice': { material: string; first: number };
  'into-without-merged': { material: string };
  'unused-material': { material: string; name: string };
  'condition-missing': { material: string };
  'probability-sum': { step: string; sum: number };
  'committed-exceeds-statutory': { committed: number; committedUnit: LimitUnit; statutory: number; statutoryUnit: LimitUnit };
  'calendar-day-without-date': { limit: 'statutory' | 'committed' };
  'version-date-outside': { date: string; first: number; last: number };
  'instant-with-limit': { committed: number; committedUnit: LimitUnit };
  'instant-without-handling': Record<string, never>;
  'online-depth-trips': { step: string; trips: number };
  'duration-order': { step: string; min: number; mode: number; max: number };
  'duration-distribution': { step: string; reason: 'fixed-range' | 'lognormal-median' | 'lognormal-spread' | 'lognormal-ratio'; mode: number; max: number; ratio: number };
  'department-list-in-text': { department: string; count: number; list: string };
  'step-counting-not-parallel': { step: string; value: StepCounting };
  'merges-unknown-item': { item: string; suggestion: string };
  'merges-unknown-step': { step: string; item: string; suggestion: string };
  'merges-duplicate': { step: string; first: string };
  'bundle-limit-below-fastest': { limit: 'statutory' | 'committed'; days: number; unit: LimitUnit; fastest: number; critical: string };
  'bundle-item-ref': Record<string, never>;
  'bundle-unknown-item': { item: string; suggestion: string; unread?: string };
  'bundle-item-invalid': { item: string; errors: number };
  'bundle-duplicate-item': { item: string; first: number };
  'bundle-id-mismatch': { id: string; fileId: string; file: string };
  'bundle-cycle': { items: string };
  'calendar-year': AtPath & { value: string };
  'calendar-empty-year': AtPath & { year: number };
  'calendar-day-form': AtPath & { found: string };
  'calendar-wrong-year': AtPath & { date: string; year: number };
  'calendar-range-order': AtPath & { from: string; to: string };
  /** `line`: where the date is listed the other way first (0 when unknown). */
  'calendar-both': AtPath & { date: string; line: number };
  /** `off`: the file makes the day a day off (the official arrangement has it as a make-up working day). */
  'calendar-overrides-official': { date: string; off: boolean; holiday: string; source: string };
  'calendar-missing-holidays': { year: number; holidays: HolidayKey[] };
  /** `folder`: the folder of wujian.yaml, which the path is relative to. */
  'settings-calendar-not-found': { value: string; folder: string };
  'pair-ambiguous': { id: string; label: string; count: number; files: string };
  'target-invalid': { target: string; problem: TargetProblem; names: string };
  // Workbooks (`wujian import`): located at a cell ("材料!B5") when one is at fault; worded in messages-import.ts.
  'import-not-workbook': { looks: LooksLike };
  'import-old-format': Record<string, never>;
  'import-encrypted': Record<string, never>;
  'import-too-large': { size: string; limit: string };
  'import-sheet-too-large': { rows: number };
  'import-empty': Record<string, never>;
  'import-no-header': { sheet: string };
  'import-no-items': Record<string, never>;
  'import-mapping-sheet': { sheet: string; known: string; suggestion: string };
  'import-duplicate-item': { name: string; first: string };
  'import-no-item-column': { sheet: string; items: number };
  'import-unknown-item': { name: string; suggestion: string };
  'import-blank-name': { kind: 'item' | 'material' | 'step' };
  'import-word': InCell;
  'import-time': InCell;
  'import-number': InCell & { min: number; max?: number };
  'import-code': InCell;
  'import-text-long': InCell & { limit: number };
  'import-fee': InCell;
  'import-no-steps': InCell & { steps: number };
  'import-material-step': InCell & { suggestion: string; first: string };
  'import-step-calendar-days': InCell;
  'import-exists': Record<string, never>;
  'import-write': { reason: string };
}

/** Stable identifier of a kind of problem, e.g. "unknown-target". */
export type DiagnosticCode = keyof DiagnosticArgs;

/**
 * One problem in one file: a union over the codes, so that testing `code` narrows `args` to that
 * code's values (`d.code === 'yaml-syntax' && d.args.yamlCode`). `C` names one code or a few.
 */
export type Diagnostic<C extends DiagnosticCode = DiagnosticCode> = { [K in C]: DiagnosticOf<K> }[C];

/** One problem of code `C` in one file. */
export interface DiagnosticOf<C extends DiagnosticCode> {
  /** Stable identifier of the kind of problem, e.g. "unknown-target". */
  code: C;
  /** Error or warning. */
  severity: Severity;
  /** File the problem is in ("" when it concerns no file). */
  file: string;
  /** 1-based line of the start of the offending text (0 when unknown). */
  line: number;
  /** 1-based column of the start of the offending text (0 when unknown). */
  column: number;
  /** 1-based line where the offending text ends. */
  endLine: number;
  /** 1-based column just past the offending text. */
  endColumn: number;
  /** Values for the message and hint templates. */
  args: DiagnosticArgs[C];
  /** For a problem in a workbook: the cell as Excel names it ("材料!B5"); line and column are 0 then. */
  cell?: string;
}

/** A place in a file, as diagnostics need it. */
export interface Span {
  /** 1-based line of the start. */
  line: number;
  /** 1-based column of the start. */
  column: number;
  /** 1-based line of the end. */
  endLine: number;
  /** 1-based column just past the end. */
  endColumn: number;
}

/** The start of a file, for problems that concern the file as a whole. */
export const FILE_START: Span = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** The values and severity after a code: the values may be left out only for a code that takes none. */
type Rest<C extends DiagnosticCode> = Record<string, never> extends DiagnosticArgs[C]
  ? [args?: DiagnosticArgs[C], severity?: Severity]
  : [args: DiagnosticArgs[C], severity?: Severity];

/**
 * Builds a diagnostic of `code` with the values its message needs; an error unless `severity` says
 * otherwise. Example: `createDiagnostic('dead-end-step', file, span, { step: 'review' })`.
 */
export function createDiagnostic<C extends DiagnosticCode>(code: C, file: string, span: Span | undefined, ...[args, severity = 'error']: Rest<C>): Diagnostic<C> {
  const at = span ?? { line: 0, column: 0, endLine: 0, endColumn: 0 };
  // The code and its values arrive together typed by C; TypeScript cannot see that they stay paired.
  return { code, severity, file, ...at, args: args ?? {} } as Diagnostic<C>;
}

/** Builds a diagnostic of `code` located at a workbook cell ("材料!B5") rather than a line and column. */
export function createCellDiagnostic<C extends DiagnosticCode>(code: C, file: string, cell: string, ...rest: Rest<C>): Diagnostic<C> {
  return { ...createDiagnostic(code, file, undefined, ...rest), cell };
}

/** `d` moved to a cell of `file` (a problem found in a file written from a workbook, traced back to its cell). */
export function atCell<C extends DiagnosticCode>(d: Diagnostic<C>, file: string, cell: string): Diagnostic<C> {
  return { ...d, file, line: 0, column: 0, endLine: 0, endColumn: 0, cell };
}

/** True when any diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Orders diagnostics by file, then position (a line and column, or a workbook cell), then code, so output is stable. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (a, b) =>
      a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || compareCells(a.cell, b.cell) || a.code.localeCompare(b.code),
  );
}

/**
 * The diagnostics in order (sortDiagnostics), each once: a file read for two sides, or named by two
 * bundles, reports the same problem twice.
 */
export function tidyDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const unique = new Map(diagnostics.map((d) => [JSON.stringify([d.file, d.line, d.column, d.cell, d.code, d.args]), d]));
  return sortDiagnostics([...unique.values()]);
}

/** The errors among `diagnostics`, in their order. */
export function getErrors(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.severity === 'error');
}

/**
 * Most diagnostics kept for one file, as clang keeps 20 errors: past the first problem most of a long
 * list is its echo (one tab can break every line after it), and reading hundreds helps no one.
 */
export const MAX_DIAGNOSTICS_PER_FILE = 20;

/** Code of the diagnostic that stands for the ones left out by capDiagnostics. */
export const MORE_PROBLEMS = 'more-problems';

/**
 * The first MAX_DIAGNOSTICS_PER_FILE − 1 of `diagnostics` (sorted first), then one `more-problems`
 * diagnostic at the first one left out that counts them (an error when any of them is). A list that
 * already fits is returned as it is, so capping twice changes nothing.
 * @example capDiagnostics(threeHundredErrors).length // 20
 */
export function capDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  if (diagnostics.length <= MAX_DIAGNOSTICS_PER_FILE) return diagnostics;
  const sorted = sortDiagnostics(diagnostics);
  const kept = sorted.slice(0, MAX_DIAGNOSTICS_PER_FILE - 1);
  const left = sorted.slice(MAX_DIAGNOSTICS_PER_FILE - 1);
  const { errors, warnings } = countSeverities(left);
  const { file, line, column, endLine, endColumn } = left[0]!;
  const more = createDiagnostic(MORE_PROBLEMS, file, { line, column, endLine, endColumn }, { errors, warnings }, errors > 0 ? 'error' : 'warning');
  return [...kept, more];
}

/** Errors and warnings in `diagnostics`, for a closing summary line; a `more-problems` diagnostic counts those it stands for. */
export function countSeverities(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  const count = (severity: Severity) =>
    diagnostics.reduce((sum, d) => sum + (d.code === MORE_PROBLEMS ? d.args[`${severity}s`] : d.severity === severity ? 1 : 0), 0);
  return { errors: count('error'), warnings: count('warning') };
}
