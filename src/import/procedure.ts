/**
 * An item's cells → the data of a procedure file, each value with the cell it came from and what was
 * assumed to read it. The process is the step table in order, one step after another, ending in 办结;
 * the materials are handed in at the first step unless the sheet names their step; the item's trips
 * are made at the first step. Values are written in the authoring language's Chinese words.
 */
import { createCellDiagnostic, type Diagnostic } from '../model/diagnostic.js';
import { toIdentifier } from '../model/ids.js';
import { suggest } from '../model/suggest.js';
import { VOCABULARY } from '../model/vocabulary.js';
import type { Cells, Draft } from './assemble.js';
import { actorOf, kindOfStep, readForm, readHandling, readItemType, readLevel, readNecessity, readOnline, readSource } from './terms.js';
import type { CellText, Column } from './table.js';
import { readCount, readFlag, readMoney, readTime, readUnit, type Reading, type TimeValue } from './values.js';

/** Where a written value came from. */
export interface Origin {
  /** The cell, "材料!B5"; absent for what the importer supplied. */
  cell?: string;
  /** What was assumed, in Chinese. */
  assumed?: string;
}

/** A procedure's data with the origin of each value, by path (JSON of the path array). */
export interface ProcedureData {
  id: string;
  /** Steps written (from the step table, the 办理流程 text, or the one step 办理). */
  steps: number;
  data: Record<string, unknown>;
  origins: Map<string, Origin>;
  diagnostics: Diagnostic[];
}

/** What building needs besides the item: the workbook's name, the header units, the ids already used. */
export interface BuildContext {
  file: string;
  /** The workbook's file name, for the version note. */
  source: string;
  /** Columns by the cell's column, to find a header's unit: "sheet:col" → column. */
  columnOf(cell: CellText): Column | undefined;
  /** Item ids taken so far (file names: compared without case). */
  itemIds: Pick<Set<string>, 'has' | 'add'>;
}

const TEXT_LIMIT = 2000;
const CODE = /^[0-9A-Za-z-]{4,64}$/;
const ZH = Object.fromEntries(Object.entries(VOCABULARY).map(([field, terms]) => [field, Object.fromEntries(terms.map((t) => [t.value, t.zh]))])) as Record<keyof typeof VOCABULARY, Record<string, string>>;

/** Builds the procedure data of one item. */
export function buildProcedure(ctx: BuildContext, draft: Draft): ProcedureData {
  const out = new Builder(ctx);
  const f = (key: string) => draft.fields.get(key);
  const id = toIdentifier(draft.name.text, '事项', ctx.itemIds);
  out.put(['id'], id, { cell: draft.name.at, assumed: id === draft.name.text ? undefined : '由事项名称生成的标识' });
  out.text(['name'], draft.name);
  const code = f('itemCode');
  if (code && CODE.test(code.text)) out.put(['code'], code.text, { cell: code.at });
  else if (code) out.problem('import-code', code, {});
  out.word(['type'], f('itemType'), readItemType);
  out.word(['level'], f('level'), readLevel);
  out.text(['department'], f('department'));
  out.text(['basis'], f('basis'));
  out.put(['version', 'label'], '改革前', { assumed: '现行实施清单作为改革前版本' });
  out.put(['version', 'note'], `导入自 ${ctx.source}`, {});
  out.limit(['limits', 'statutory'], f('statutory'), f('statutoryUnit') ?? f('limitUnit'));
  const committed = out.limit(['limits', 'committed'], f('committed'), f('committedUnit') ?? f('limitUnit'));
  const handling = f('handling');
  if (handling) out.word(['handling'], handling, readHandling);
  else if (committed) out.put(['handling'], committed.kind === 'instant' ? '即办件' : '承诺件', { assumed: `按承诺办结时限${committed.kind === 'instant' ? '“即办”' : ''}推定` });
  out.word(['online'], f('online'), readOnline);
  out.fees(f('feeFlag'), f('feeName'), f('feeAmount'), f('feeBasis'));
  const volume = f('volume');
  if (volume) out.count(['volume'], volume, 0);
  const steps = stepsOf(out, draft);
  const materialIds = out.materials(draft.materials);
  out.process(steps, draft.materials, materialIds, f('trips'));
  return { id, steps: steps.length, data: out.data, origins: out.origins, diagnostics: out.diagnostics };
}

/** A step to write: its cells, or a name the importer supplied with why. */
interface StepSource {
  name: string;
  cells?: Cells;
  origin: Origin;
  /** A cell its time is taken from when it has no cells of its own (the committed limit). */
  time?: CellText;
}

/** The item's steps: its step table, else the steps its 办理流程 names, else one step 办理. */
function stepsOf(out: Builder, draft: Draft): StepSource[] {
  if (draft.steps.length > 0) return draft.steps.map((cells) => ({ name: cells.get('stepName')!.text, cells, origin: { cell: cells.get('stepName')!.at } }));
  const flow = draft.fields.get('processText');
  const named = flow?.text.split(/[→>—\-－、，,；;\n]+|\s+/).map((s) => s.trim()).filter(Boolean) ?? [];
  out.problem('import-no-steps', draft.name, { steps: named.length }, 'warning');
  if (flow && named.length > 0) return named.map((name) => ({ name, origin: { cell: flow.at, assumed: '环节取自办理流程，时限不详' } }));
  const committed = draft.fields.get('committed');
  return [{ name: '办理', origin: { assumed: '清单没有环节表，全部办理记为一个环节' }, time: committed }];
}

/** Collects data, origins and problems for one procedure. */
class Builder {
  readonly data: Record<string, unknown> = {};
  readonly origins = new Map<string, Origin>();
  readonly diagnostics: Diagnostic[] = [];

  constructor(private readonly ctx: BuildContext) {}

  put(path: Array<string | number>, value: unknown, origin: Origin): void {
    let node = this.data as Record<string | number, unknown>;
    path.slice(0, -1).forEach((key, i) => {
      node[key] ??= typeof path[i + 1] === 'number' ? [] : {};
      node = node[key] as Record<string | number, unknown>;
    });
    node[path.at(-1)!] = value;
    if (origin.cell || origin.assumed) this.origins.set(JSON.stringify(path), origin);
  }

  problem(code: string, cell: CellText, args: Record<string, string | number>, severity: 'error' | 'warning' = 'warning'): void {
    this.diagnostics.push(createCellDiagnostic(code, this.ctx.file, cell.at, { value: cell.text, ...args }, severity));
  }

  /** A text, cut at the schema's 2,000 characters. */
  text(path: Array<string | number>, cell: CellText | undefined): void {
    if (!cell) return;
    const long = [...cell.text].length > TEXT_LIMIT;
    if (long) this.problem('import-text-long', cell, { element: element(cell, this.ctx), limit: TEXT_LIMIT });
    this.put(path, long ? [...cell.text].slice(0, TEXT_LIMIT).join('') : cell.text, { cell: cell.at });
  }

  /** A value read by `read` and written as `shown` makes it, or a warning that says what the cell should hold. */
  word<T>(path: Array<string | number>, cell: CellText | undefined, read: (text: string) => Reading<T> | undefined, shown: (value: T) => unknown = (v) => v): T | undefined {
    if (!cell) return undefined;
    const reading = read(cell.text);
    if (!reading) {
      this.problem('import-word', cell, { element: element(cell, this.ctx) });
      return undefined;
    }
    this.put(path, shown(reading.value), { cell: cell.at, assumed: reading.assumed });
    return reading.value;
  }

  /** A whole number of at least `min`. */
  count(path: Array<string | number>, cell: CellText, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined {
    const reading = readCount(cell.text);
    if (!reading || !Number.isInteger(reading.value) || reading.value < min || reading.value > max) {
      this.problem('import-number', cell, { element: element(cell, this.ctx), min, max: max === Number.MAX_SAFE_INTEGER ? '' : max });
      return undefined;
    }
    this.put(path, reading.value, { cell: cell.at, assumed: reading.assumed });
    return reading.value;
  }

  /** A time limit: 即办, working days, or { value, unit: 自然日 }; hours as parts of a working day. */
  limit(path: Array<string | number>, cell: CellText | undefined, unitCell: CellText | undefined): TimeValue | undefined {
    const reading = cell && this.time(cell, unitCell);
    if (!reading || reading.value.kind === 'none') return undefined;
    const v = reading.value;
    const notes = [reading.assumed];
    let value: unknown;
    if (v.kind === 'instant') value = '即办';
    else if (v.kind === 'hours') {
      value = round((v.max ?? v.value) / 8);
      notes.push('小时按每个工作日 8 小时折合');
    } else value = v.unit === 'workday' ? v.max ?? v.value : { value: v.max ?? v.value, unit: ZH.limitUnit['calendar-day'] };
    if (v.kind !== 'instant' && v.max !== undefined) notes.push('时限写成范围，取较长者');
    this.put(path, value, { cell: cell!.at, assumed: join(notes) });
    return v;
  }

  /** A time cell read with the unit its unit cell or header gives, or a warning. */
  time(cell: CellText, unitCell: CellText | undefined): Reading<TimeValue> | undefined {
    const unit = (unitCell && readUnit(unitCell.text)) ?? this.ctx.columnOf(cell)?.unit;
    const reading = readTime(cell.text, unit);
    if (!reading) this.problem('import-time', cell, { element: element(cell, this.ctx) });
    return reading;
  }

  /** Item fees: written when 是否收费 says so (or is missing) and the amount can be read. */
  fees(flag?: CellText, name?: CellText, amount?: CellText, basis?: CellText): void {
    const charged = flag ? readFlag(flag.text) : undefined;
    if (flag && charged === undefined) this.problem('import-word', flag, { element: '是否收费' });
    if (charged === false || (!amount && !charged)) return;
    const money = amount ? readMoney(amount.text) : undefined;
    if (!money) {
      this.problem('import-fee', amount ?? flag!, { flag: flag?.at ?? '' });
      return;
    }
    if (money.value === 0) return;
    this.put(['fees', 0, 'name'], name?.text ?? '收费', { cell: name?.at, assumed: name ? undefined : '清单没有写收费项目名称' });
    this.put(['fees', 0, 'amount'], money.value, { cell: amount!.at, assumed: money.assumed });
    if (basis) this.text(['fees', 0, 'basis'], basis);
  }

  /** The materials, each with an id made from its name; returns the ids in order. */
  materials(rows: readonly Cells[]): string[] {
    const taken = new Set<string>();
    this.put(['materials'], [], {});
    return rows.map((cells, i) => {
      const path = (key: string) => ['materials', i, key];
      const name = cells.get('materialName')!;
      const id = toIdentifier(name.text, '材料', taken);
      this.put(path('id'), id, { cell: name.at, assumed: id === name.text ? undefined : '由材料名称生成的标识' });
      this.text(path('name'), name);
      this.word(path('source'), cells.get('source'), readSource, (source) => ZH.source[source]);
      this.word(path('form'), cells.get('materialForm'), readForm);
      const copies = cells.get('copies');
      if (copies) this.count(path('copies'), copies, 1, 100);
      this.necessity(path, cells);
      this.text(path('note'), cells.get('materialNote'));
      return id;
    });
  }

  /** 必要性, 是否容缺 and 适用情形 → necessity, and a condition for a conditional material. */
  necessity(path: (key: string) => Array<string | number>, cells: Cells): void {
    const deferrable = cells.get('deferrable');
    const necessity = cells.get('necessity');
    const condition = cells.get('condition');
    const flag = deferrable ? readFlag(deferrable.text) : undefined;
    if (deferrable && flag === undefined) this.problem('import-word', deferrable, { element: '是否容缺' });
    if (flag === true) return this.put(path('necessity'), '容缺', { cell: deferrable!.at });
    let value = this.word(path('necessity'), necessity, readNecessity);
    if (!necessity && condition && !/^(无|全部|所有|均需|各种情形|所有情形)/.test(condition.text)) {
      value = '条件性';
      this.put(path('necessity'), value, { cell: condition.at, assumed: '写有适用情形，按条件性材料计' });
    }
    if (value !== '条件性') return;
    if (condition) this.text(path('condition'), condition);
    else this.put(path('condition'), `清单中必要性为“${necessity!.text}”`, { cell: necessity!.at, assumed: '清单没有写适用情形' });
  }

  /** The process: the steps one after another, then 办结. */
  process(steps: readonly StepSource[], materialRows: readonly Cells[], materialIds: readonly string[], trips?: CellText): void {
    const taken = new Set<string>();
    const ids = steps.map((s) => toIdentifier(s.name, '环节', taken));
    const end = taken.has('办结') ? toIdentifier('已办结', '办结', taken) : toIdentifier('办结', '办结', taken);
    const at = (id: string, key: string) => ['process', 'states', id, key];
    this.put(['process', 'initial'], ids[0], {});
    const handedIn = this.materialSteps(steps, materialRows, ids);
    steps.forEach((step, i) => {
      const id = ids[i]!;
      const cells = step.cells ?? new Map<string, CellText>();
      this.put(at(id, 'name'), step.name, step.origin);
      const kind = kindOfStep(step.name);
      if (kind) this.put(at(id, 'kind'), kind, { assumed: '按环节名称推定' });
      const staff = cells.get('staff');
      const actor = actorOf(staff?.text, kind);
      if (actor) this.put(at(id, 'actor'), ZH.actor[actor], { cell: staff?.at, assumed: staff ? undefined : '按环节类别推定' });
      this.text(at(id, 'department'), cells.get('stepDepartment'));
      const mine = materialIds.filter((_, m) => handedIn[m] === i);
      if (mine.length > 0) this.put(at(id, 'materials'), mine, { assumed: i === 0 && materialRows.every((r) => !r.get('materialStep')) ? '材料在第一个环节提交' : undefined });
      const time = cells.get('stepTime');
      if (time) this.duration(at(id, 'duration'), time, cells.get('stepTimeUnit'));
      else if (step.time) this.duration(at(id, 'duration'), step.time, undefined, '用时按承诺办结时限计');
      const counts = cells.get('counts');
      if (counts && readFlag(counts.text) !== undefined) this.put(at(id, 'counts'), readFlag(counts.text), { cell: counts.at });
      else if (counts) this.problem('import-word', counts, { element: '是否计入法定时限' });
      if (i === 0 && trips) {
        const n = readCount(trips.text);
        if (n && Number.isInteger(n.value) && n.value >= 0 && n.value <= 100) this.put(at(id, 'trips'), n.value, { cell: trips.at, assumed: join([n.assumed, '到办事现场次数记在第一个环节']) });
        else this.problem('import-number', trips, { element: '到办事现场次数', min: 0, max: 100 });
      }
      if (staff) this.put(at(id, 'note'), `办理人员：${staff.text}`, { cell: staff.at });
      this.put([...at(id, 'on'), '完成'], ids[i + 1] ?? end, { assumed: i === 0 ? '按清单所列环节的顺序依次办理' : undefined });
    });
    this.put(at(end, 'type'), ZH.stepType.final, {});
    this.put(at(end, 'name'), '办结', { assumed: '最后一个环节之后办结' });
    this.put(at(end, 'outcome'), ZH.outcome.approved, {});
  }

  /** For each material, the index of the step it is handed in at: the step its row names, else the first. */
  materialSteps(steps: readonly StepSource[], rows: readonly Cells[], ids: readonly string[]): number[] {
    const names = steps.map((s) => s.name);
    return rows.map((cells) => {
      const named = cells.get('materialStep');
      if (!named) return 0;
      const i = names.indexOf(named.text);
      if (i >= 0) return i;
      this.problem('import-material-step', named, { suggestion: suggest(named.text, names), first: ids[0] ?? '' });
      return 0;
    });
  }

  /** A step's duration: working days, a range, or hours; calendar days are read as working days for now. */
  duration(path: Array<string | number>, cell: CellText, unitCell: CellText | undefined, why?: string): void {
    const reading = why ? readTime(cell.text, this.ctx.columnOf(cell)?.unit) : this.time(cell, unitCell);
    if (!reading || reading.value.kind === 'none') return;
    const v = reading.value;
    const origin = { cell: cell.at, assumed: join([why, reading.assumed]) };
    if (v.kind === 'instant') return this.put(path, 0, { ...origin, assumed: '即办记为 0 个工作日' });
    if (v.kind === 'days' && v.unit === 'calendar-day') this.problem('import-step-calendar-days', cell, {});
    const unit = v.kind === 'hours' ? { unit: ZH.durationUnit.hour } : {};
    if (v.max === undefined) this.put(path, v.kind === 'hours' ? { value: v.value, ...unit } : v.value, origin);
    else this.put(path, { min: v.value, max: v.max, ...unit }, origin);
  }
}

/** The data element a cell's column holds, in Chinese, for messages. */
function element(cell: CellText, ctx: BuildContext): string {
  return ctx.columnOf(cell)?.field.zh ?? '';
}

function join(notes: ReadonlyArray<string | undefined>): string | undefined {
  return notes.filter(Boolean).join('；') || undefined;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
