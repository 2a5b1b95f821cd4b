/**
 * Writing one procedure's data from cells: each value put at its path with the cell it came from and
 * what was assumed to read it, and each cell that cannot be read reported where it is, with what it
 * should hold. The schema's own limits (text length, item code) are read from the schema.
 */
import procedureSchema from '../../schemas/procedure.schema.json' with { type: 'json' };
import { createCellDiagnostic, type Diagnostic, type DiagnosticArgs, type DiagnosticCode, type InCell, type Severity } from '../model/diagnostic.js';
import type { TakenIds } from '../model/ids.js';
import { HOURS_PER_WORKDAY } from '../model/normalize.js';
import { writtenWord } from '../vocabulary/index.js';
import type { CellText, Column } from './table.js';
import { readCount, readTime, readUnit, type Reading, type TimeValue } from './values.js';

/** Where a written value came from. */
export interface Origin {
  /** The cell, "材料!B5"; absent for what the importer supplied. */
  cell?: string;
  /** What was assumed, in Chinese. */
  assumed?: string;
}

/** A path into the procedure's data. */
export type Path = Array<string | number>;

/** What building needs besides the item: the workbook's name, the header units, the ids already used. */
export interface BuildContext {
  file: string;
  /** The workbook's file name, for the version note. */
  source: string;
  /** The column a cell stands in, for its header's unit and its data element's name. */
  columnOf(cell: CellText): Column | undefined;
  /** Item ids taken so far (file names: compared without case). */
  itemIds: TakenIds;
}

/** The codes of problems with one cell: each carries the cell's text and data element (InCell). */
type CellCode = { [C in DiagnosticCode]: DiagnosticArgs[C] extends InCell ? C : never }[DiagnosticCode];

/** A cell problem's values besides the cell's own, and its severity: the values may be left out when there are none. */
type CellRest<C extends CellCode> = Record<string, never> extends Omit<DiagnosticArgs[C], keyof InCell>
  ? [args?: Omit<DiagnosticArgs[C], keyof InCell>, severity?: Severity]
  : [args: Omit<DiagnosticArgs[C], keyof InCell>, severity?: Severity];

/** Longest text the schema takes. */
const TEXT_LIMIT = procedureSchema.$defs.text.maxLength;

/** Collects data, origins and problems for one procedure. */
export class Builder {
  readonly data: Record<string, unknown> = {};
  readonly origins = new Map<string, Origin>();
  readonly diagnostics: Diagnostic[] = [];

  constructor(readonly ctx: BuildContext) {}

  /** Puts `value` at `path`, creating the maps and lists on the way, and records where it came from. */
  put(path: Path, value: unknown, origin: Origin): void {
    let node = this.data as Record<string | number, unknown>;
    path.slice(0, -1).forEach((key, i) => {
      node[key] ??= typeof path[i + 1] === 'number' ? [] : {};
      node = node[key] as Record<string | number, unknown>;
    });
    node[path.at(-1)!] = value;
    if (origin.cell || origin.assumed) this.origins.set(JSON.stringify(path), origin);
  }

  /** Reports a problem at `cell`, a warning unless told otherwise; its text and data element go into the message. */
  problem<C extends CellCode>(code: C, cell: CellText, ...[args, severity = 'warning']: CellRest<C>): void {
    const element = this.ctx.columnOf(cell)?.field.zh ?? '';
    // The code and its other values arrive typed together by C; the cell's are added here.
    const all = { value: cell.text, element, ...args } as DiagnosticArgs[C];
    this.diagnostics.push(createCellDiagnostic<CellCode>(code, this.ctx.file, cell.at, all, severity));
  }

  /** A text, cut at the schema's 2,000 characters. */
  text(path: Path, cell: CellText | undefined): void {
    if (!cell) return;
    const long = [...cell.text].length > TEXT_LIMIT;
    if (long) this.problem('import-text-long', cell, { limit: TEXT_LIMIT });
    this.put(path, long ? [...cell.text].slice(0, TEXT_LIMIT).join('') : cell.text, { cell: cell.at });
  }

  /** A value read by `read` and written as `shown` makes it, or a warning that says what the cell should hold. */
  word<T>(path: Path, cell: CellText | undefined, read: (text: string) => Reading<T> | undefined, shown: (value: T) => unknown = (v) => v): T | undefined {
    if (!cell) return undefined;
    const reading = read(cell.text);
    if (!reading) {
      this.problem('import-word', cell);
      return undefined;
    }
    this.put(path, shown(reading.value), { cell: cell.at, assumed: reading.assumed });
    return reading.value;
  }

  /** A whole number from `min` to `max`; `why` says what was assumed in putting it at `path`. */
  count(path: Path, cell: CellText, min: number, max?: number, why?: string): number | undefined {
    const reading = readCount(cell.text);
    if (!reading || !Number.isInteger(reading.value) || reading.value < min || (max !== undefined && reading.value > max)) {
      this.problem('import-number', cell, { min, max });
      return undefined;
    }
    this.put(path, reading.value, { cell: cell.at, assumed: join([reading.assumed, why]) });
    return reading.value;
  }

  /** A time limit: 即办, working days, or { value, unit: 自然日 }; hours as parts of a working day. */
  limit(path: Path, cell: CellText | undefined, unitCell: CellText | undefined): TimeValue | undefined {
    const reading = cell && this.time(cell, unitCell);
    if (!reading || reading.value.kind === 'none') return undefined;
    const v = reading.value;
    const notes = [reading.assumed];
    let value: unknown;
    if (v.kind === 'instant') value = '即办';
    else if (v.kind === 'hours') {
      value = Math.round(((v.max ?? v.value) / HOURS_PER_WORKDAY) * 1000) / 1000;
      notes.push(`小时按每个工作日 ${HOURS_PER_WORKDAY} 小时折合`);
    } else value = v.unit === 'workday' ? v.max ?? v.value : { value: v.max ?? v.value, unit: writtenWord('limitUnit', 'calendar-day') };
    if (v.kind !== 'instant' && v.max !== undefined) notes.push('时限写成范围，取较长者');
    this.put(path, value, { cell: cell!.at, assumed: join(notes) });
    return v;
  }

  /** A time cell read with the unit its unit cell or header gives, or a warning. */
  time(cell: CellText, unitCell: CellText | undefined): Reading<TimeValue> | undefined {
    const unit = (unitCell && readUnit(unitCell.text)) ?? this.ctx.columnOf(cell)?.unit;
    const reading = readTime(cell.text, unit);
    if (!reading) this.problem('import-time', cell);
    return reading;
  }
}

/** Notes joined into one assumption, or undefined when there is none. */
export function join(notes: ReadonlyArray<string | undefined>): string | undefined {
  return notes.filter(Boolean).join('；') || undefined;
}
