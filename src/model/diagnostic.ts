/**
 * Problems are data: every check returns Diagnostics, located in the user's file.
 * The message text is produced at render time from `code` and `args`, in the user's language
 * (see messages.ts), so one check serves both Chinese and English output.
 */

/** How serious a problem is: errors make a file invalid, warnings do not. */
export type Severity = 'error' | 'warning';

/** Values a message template can use. */
export type Args = Record<string, string | number>;

/** One problem in one file. */
export interface Diagnostic {
  /** Stable identifier of the kind of problem, e.g. "unknown-target". */
  code: string;
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
  args: Args;
  /** For a problem in a workbook: the cell as Excel names it ("材料!B5"); line and column are 0 then. */
  cell?: string;
}

/** A place in a file, as diagnostics need it. */
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** The start of a file, for problems that concern the file as a whole. */
export const FILE_START: Span = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** Builds a diagnostic; severity comes from the code's entry in the message catalogue unless given. */
export function createDiagnostic(
  code: string,
  file: string,
  span: Span | undefined,
  args: Args = {},
  severity: Severity = 'error',
): Diagnostic {
  const at = span ?? { line: 0, column: 0, endLine: 0, endColumn: 0 };
  return { code, severity, file, ...at, args };
}

/** Builds a diagnostic located at a workbook cell ("材料!B5") rather than a line and column. */
export function createCellDiagnostic(code: string, file: string, cell: string, args: Args = {}, severity: Severity = 'error'): Diagnostic {
  return { ...createDiagnostic(code, file, undefined, args, severity), cell };
}

/** True when any diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Orders diagnostics by file, then position, then code, so output is stable. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (a, b) =>
      a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code),
  );
}
