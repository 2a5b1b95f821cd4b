/**
 * An item's cells → the data of a procedure file: the item's own elements, its fees and materials, and
 * its process (steps.ts). Each value keeps the cell it came from and what was assumed to read it;
 * values are written in the authoring language's Chinese words.
 */
import procedureSchema from '../../schemas/procedure.schema.json' with { type: 'json' };
import type { Diagnostic } from '../model/diagnostic.js';
import { toIdentifier } from '../model/ids.js';
import { writtenWord } from '../vocabulary/index.js';
import type { Cells, Draft } from './assemble.js';
import { Builder, type BuildContext, type Origin, type Path } from './builder.js';
import { stepsOf, writeProcess } from './steps.js';
import type { CellText } from './table.js';
import { readForm, readHandling, readItemType, readLevel, readNecessity, readOnline, readSource } from './terms.js';
import { readFlag, readMoney } from './values.js';

/** A procedure's data with the origin of each value, by path (JSON of the path array). */
export interface ProcedureData {
  id: string;
  /** Steps written (from the step table, the 办理流程 text, or the one step 办理). */
  steps: number;
  data: Record<string, unknown>;
  origins: Map<string, Origin>;
  diagnostics: Diagnostic[];
}

const CODE = new RegExp(procedureSchema.properties.code.pattern);

/** Builds the procedure data of one item. */
export function buildProcedure(ctx: BuildContext, draft: Draft): ProcedureData {
  const out = new Builder(ctx);
  const f = (key: string) => draft.fields.get(key);
  const id = toIdentifier(draft.name.text, '事项', ctx.itemIds);
  out.put(['id'], id, { cell: draft.name.at, assumed: id === draft.name.text ? undefined : '由事项名称生成的标识' });
  out.text(['name'], draft.name);
  const code = f('itemCode');
  if (code && CODE.test(code.text)) out.put(['code'], code.text, { cell: code.at });
  else if (code) out.problem('import-code', code);
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
  writeFees(out, f('feeFlag'), f('feeName'), f('feeAmount'), f('feeBasis'));
  const volume = f('volume');
  if (volume) out.count(['volume'], volume, 0);
  const steps = stepsOf(out, draft);
  const materialIds = writeMaterials(out, draft.materials);
  writeProcess(out, steps, draft.materials, materialIds, f('trips'));
  return { id, steps: steps.length, data: out.data, origins: out.origins, diagnostics: out.diagnostics };
}

/** Item fees: written when 是否收费 says so (or is missing) and the amount can be read. */
function writeFees(out: Builder, flag?: CellText, name?: CellText, amount?: CellText, basis?: CellText): void {
  const charged = flag ? readFlag(flag.text) : undefined;
  if (flag && charged === undefined) out.problem('import-word', flag);
  if (charged === false || (!amount && !charged)) return;
  const money = amount ? readMoney(amount.text) : undefined;
  if (!money) return out.problem('import-fee', amount ?? flag!);
  if (money.value === 0) return;
  out.put(['fees', 0, 'name'], name?.text ?? '收费', { cell: name?.at, assumed: name ? undefined : '清单没有写收费项目名称' });
  out.put(['fees', 0, 'amount'], money.value, { cell: amount!.at, assumed: money.assumed });
  out.text(['fees', 0, 'basis'], basis);
}

/** The materials, each with an id made from its name; returns the ids in order. */
function writeMaterials(out: Builder, rows: readonly Cells[]): string[] {
  const taken = new Set<string>();
  out.put(['materials'], [], {});
  return rows.map((cells, i) => {
    const path = (key: string): Path => ['materials', i, key];
    const name = cells.get('materialName')!;
    const id = toIdentifier(name.text, '材料', taken);
    out.put(path('id'), id, { cell: name.at, assumed: id === name.text ? undefined : '由材料名称生成的标识' });
    out.text(path('name'), name);
    out.word(path('source'), cells.get('source'), readSource, (source) => writtenWord('source', source));
    out.word(path('form'), cells.get('materialForm'), readForm);
    const copies = cells.get('copies');
    if (copies) out.count(path('copies'), copies, 1, 100);
    writeNecessity(out, path, cells);
    out.text(path('note'), cells.get('materialNote'));
    return id;
  });
}

/** 必要性, 是否容缺 and 适用情形 → necessity, and a condition for a conditional material. */
function writeNecessity(out: Builder, path: (key: string) => Path, cells: Cells): void {
  const deferrable = cells.get('deferrable');
  const necessity = cells.get('necessity');
  const condition = cells.get('condition');
  const flag = deferrable ? readFlag(deferrable.text) : undefined;
  if (deferrable && flag === undefined) out.problem('import-word', deferrable);
  if (flag === true) return out.put(path('necessity'), '容缺', { cell: deferrable!.at });
  let value = out.word(path('necessity'), necessity, readNecessity);
  if (!necessity && condition && !/^(无|全部|所有|均需|各种情形|所有情形)/.test(condition.text)) {
    value = '条件性';
    out.put(path('necessity'), value, { cell: condition.at, assumed: '写有适用情形，按条件性材料计' });
  }
  if (value !== '条件性') return;
  if (condition) out.text(path('condition'), condition);
  else out.put(path('condition'), `清单中必要性为“${necessity!.text}”`, { cell: necessity!.at, assumed: '清单没有写适用情形' });
}
