/** What every semantic check receives, and how it reports a problem at a place in the YAML. */
import { createDiagnostic, type Args, type Diagnostic, type Severity } from '../diagnostic.js';
import { keySpanOf, spanOf } from '../locate.js';
import type { ParsedYaml } from '../parse.js';
import type { DataPath } from '../types.js';

/** A check's view of one file. */
export class CheckContext {
  readonly diagnostics: Diagnostic[] = [];

  /**
   * `parsed` places each problem; without it (a first pass over data read without positions, which
   * only asks whether there is anything to report) problems are recorded unplaced.
   */
  constructor(
    readonly file: string,
    readonly parsed?: ParsedYaml,
  ) {}

  /** Reports a problem at the key that names `path` (e.g. the line "review:"). */
  atKey(code: string, path: DataPath, args: Args = {}, severity: Severity = 'error'): void {
    this.diagnostics.push(createDiagnostic(code, this.file, this.parsed && keySpanOf(this.parsed, path), args, severity));
  }

  /** Reports a problem at the value found at `path` (e.g. the target name after "SUBMIT:"). */
  atValue(code: string, path: DataPath, args: Args = {}, severity: Severity = 'error'): void {
    this.diagnostics.push(createDiagnostic(code, this.file, this.parsed && spanOf(this.parsed, path), args, severity));
  }
}
