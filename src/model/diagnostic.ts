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
    diagnostics.reduce((sum, d) => sum + (d.code === MORE_PROBLEMS ? Number(d.args[`${severity}s`]) : d.severity === severity ? 1 : 0), 0);
  return { errors: count('error'), warnings: count('warning') };
}
