/** What every semantic check receives, and how it reports a problem at a place in the YAML. */
import { createDiagnostic, type Diagnostic, type DiagnosticArgs, type DiagnosticCode, type Severity } from '../diagnostic.js';
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
  atKey<C extends DiagnosticCode>(code: C, path: DataPath, args: DiagnosticArgs[C], severity: Severity = 'error'): void {
    this.diagnostics.push(this.create(code, this.parsed && keySpanOf(this.parsed, path), args, severity));
  }

  /** Reports a problem at the value found at `path` (e.g. the target name after "SUBMIT:"). */
  atValue<C extends DiagnosticCode>(code: C, path: DataPath, args: DiagnosticArgs[C], severity: Severity = 'error'): void {
    this.diagnostics.push(this.create(code, this.parsed && spanOf(this.parsed, path), args, severity));
  }

  private create<C extends DiagnosticCode>(code: C, span: ReturnType<typeof spanOf> | undefined, args: DiagnosticArgs[C], severity: Severity): Diagnostic {
    return { code, severity, file: this.file, ...(span ?? { line: 0, column: 0, endLine: 0, endColumn: 0 }), args } as Diagnostic;
  }
}
