/**
 * An item's process from its step rows: the steps one after another in the order listed, then 办结.
 * Materials are handed in at the first step unless their row names a step; the item's trips are made
 * at the first step; a step's kind and actor come from its name and its 办理人员. Without a step table
 * the steps are those its 办理流程 text names, else one step 办理 taking the committed limit.
 */
import { toIdentifier } from '../model/ids.js';
import { suggest } from '../model/suggest.js';
import { writtenWord } from '../vocabulary/index.js';
import type { Cells, Draft } from './assemble.js';
import { join, type Builder, type Origin, type Path } from './builder.js';
import type { CellText } from './table.js';
import { actorOf, kindOfStep } from './terms.js';
import { readFlag, readTime } from './values.js';

/** A step to write: its cells, or a name the importer supplied with why. */
export interface StepSource {
  name: string;
  cells?: Cells;
  origin: Origin;
  /** A cell its time is taken from when it has no cells of its own (the committed limit). */
  time?: CellText;
}

/** The item's steps: its step table, else the steps its 办理流程 names, else one step 办理. */
export function stepsOf(out: Builder, draft: Draft): StepSource[] {
  if (draft.steps.length > 0) return draft.steps.map((cells) => ({ name: cells.get('stepName')!.text, cells, origin: { cell: cells.get('stepName')!.at } }));
  const flow = draft.fields.get('processText');
  const named = flow?.text.split(/[→>—\-－、，,；;\n]+|\s+/).map((s) => s.trim()).filter(Boolean) ?? [];
  out.problem('import-no-steps', draft.name, { steps: named.length });
  if (flow && named.length > 0) return named.map((name) => ({ name, origin: { cell: flow.at, assumed: '环节取自办理流程，时限不详' } }));
  return [{ name: '办理', origin: { assumed: '清单没有环节表，全部办理记为一个环节' }, time: draft.fields.get('committed') }];
}

/** Writes the process: the steps in order, each to the next with the event 完成, the last to 办结. */
export function writeProcess(out: Builder, steps: readonly StepSource[], materials: readonly Cells[], materialIds: readonly string[], trips?: CellText): void {
  const taken = new Set<string>();
  const ids = steps.map((s) => toIdentifier(s.name, '环节', taken));
  const end = toIdentifier(taken.has('办结') ? '已办结' : '办结', '办结', taken);
  const at = (id: string, ...keys: string[]): Path => ['process', 'states', id, ...keys];
  out.put(['process', 'initial'], ids[0], {});
  const handedIn = materialSteps(out, steps, materials, ids);
  steps.forEach((step, i) => {
    const id = ids[i]!;
    const cells = step.cells ?? new Map<string, CellText>();
    out.put(at(id, 'name'), step.name, step.origin);
    const kind = kindOfStep(step.name);
    if (kind) out.put(at(id, 'kind'), kind, { assumed: '按环节名称推定' });
    const staff = cells.get('staff');
    const actor = actorOf(staff?.text, kind);
    if (actor) out.put(at(id, 'actor'), writtenWord('actor', actor), { cell: staff?.at, assumed: staff ? undefined : '按环节类别推定' });
    out.text(at(id, 'department'), cells.get('stepDepartment'));
    const mine = materialIds.filter((_, m) => handedIn[m] === i);
    const named = materials.some((r) => r.get('materialStep'));
    if (mine.length > 0) out.put(at(id, 'materials'), mine, { assumed: i === 0 && !named ? '材料在第一个环节提交' : undefined });
    const time = cells.get('stepTime');
    if (time) writeDuration(out, at(id, 'duration'), time, cells.get('stepTimeUnit'));
    else if (step.time) writeDuration(out, at(id, 'duration'), step.time, undefined, '用时按承诺办结时限计');
    const counts = cells.get('counts');
    const counted = counts ? readFlag(counts.text) : undefined;
    if (counts && counted !== undefined) out.put(at(id, 'counts'), counted, { cell: counts.at });
    else if (counts) out.problem('import-word', counts);
    if (i === 0 && trips) out.count(at(id, 'trips'), trips, 0, 100, '到办事现场次数记在第一个环节');
    if (staff) out.put(at(id, 'note'), `办理人员：${staff.text}`, { cell: staff.at });
    out.put(at(id, 'on', '完成'), ids[i + 1] ?? end, { assumed: i === 0 ? '按清单所列环节的顺序依次办理' : undefined });
  });
  out.put(at(end, 'type'), writtenWord('stateType', 'final'), {});
  out.put(at(end, 'name'), '办结', { assumed: '最后一个环节之后办结' });
  out.put(at(end, 'outcome'), writtenWord('outcome', 'approved'), {});
}

/** For each material, the index of the step it is handed in at: the step its row names, else the first. */
function materialSteps(out: Builder, steps: readonly StepSource[], rows: readonly Cells[], ids: readonly string[]): number[] {
  const names = steps.map((s) => s.name);
  return rows.map((cells) => {
    const named = cells.get('materialStep');
    if (!named) return 0;
    const i = names.indexOf(named.text);
    if (i >= 0) return i;
    out.problem('import-material-step', named, { suggestion: suggest(named.text, names), first: ids[0] ?? '' });
    return 0;
  });
}

/**
 * A step's duration: working days, a range, or hours. Calendar days are written as working days for now
 * (with a warning): a step's duration has no calendar unit yet.
 */
function writeDuration(out: Builder, path: Path, cell: CellText, unitCell: CellText | undefined, why?: string): void {
  const reading = why ? readTime(cell.text, out.ctx.columnOf(cell)?.unit) : out.time(cell, unitCell);
  if (!reading || reading.value.kind === 'none') return;
  const v = reading.value;
  if (v.kind === 'instant') return out.put(path, 0, { cell: cell.at, assumed: '即办记为 0 个工作日' });
  const origin = { cell: cell.at, assumed: join([why, reading.assumed]) };
  if (v.kind === 'days' && v.unit === 'calendar-day') out.problem('import-step-calendar-days', cell);
  const unit = v.kind === 'hours' ? { unit: writtenWord('durationUnit', 'hour') } : {};
  if (v.max === undefined) out.put(path, v.kind === 'hours' ? { value: v.value, ...unit } : v.value, origin);
  else out.put(path, { min: v.value, max: v.max, ...unit }, origin);
}
