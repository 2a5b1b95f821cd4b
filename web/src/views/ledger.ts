/** The ledger of changes as an HTML table (text only) and as CSV for Excel. */
import type { ChartFrame } from '../chart.js';
import type { Case, GraphState, LedgerEntry } from '../contract.js';
import { formatNumber } from '../format.js';
import { label, t, type Lang } from '../i18n.js';
import { splitInto } from '../status.js';

/** The table's columns: header and cell text. */
function getColumns(current: Case, lang: Lang): Array<[string, (e: LedgerEntry) => string]> {
  const { comparison } = current;
  const items = new Map([...comparison.before.items, ...comparison.after.items].map((i) => [i.id, i.name]));
  return [
    [t('kind', lang), (e) => label('kind', e.kind, lang)],
    [t('change', lang), (e) => label('change', e.change, lang)],
    [t('name', lang), (e) => e.name],
    [t('item', lang), (e) => e.itemName ?? (e.item ? e.item.split(',').map((id) => items.get(id) ?? id).join('、') : '')],
    [t('reason', lang), (e) => label('reason', e.reason, lang)],
    [t('into', lang), (e) => e.intoName ?? (e.into ? getIntoName(current, e) : '')],
    [t('quantity', lang), (e) => (e.before !== undefined || e.after !== undefined ? `${formatNumber(e.before ?? 0)} → ${formatNumber(e.after ?? 0)}` : '')],
  ];
}

/** The name of what `entry` was merged into, looked up in the after version (its id when not found). */
export function getIntoName(current: Case, entry: LedgerEntry): string {
  const into = entry.into ?? '';
  const target = splitInto(into, entry.item);
  const graphs = current.graphs.after.filter((g) => !target.item || target.item.split(',').includes(g.id));
  if (entry.kind === 'step' || entry.kind === 'trip') {
    const flat = (states: GraphState[]): GraphState[] => states.flatMap((s) => [s, ...flat((s.regions ?? []).flatMap((r) => r.states))]);
    const name = graphs.flatMap((g) => flat(g.states)).find((s) => s.key === target.id)?.name;
    if (!name) return into;
    const itemName = current.graphs.after.length > 1 ? current.comparison.after.items.find((i) => i.id === target.item)?.name : undefined;
    return itemName ? `${itemName} · ${name}` : name;
  }
  if (entry.kind === 'material') return current.graphs.after.flatMap((g) => g.materials).find((m) => m.id === target.id)?.name ?? into;
  return current.comparison.after.items.find((i) => i.id === into)?.name ?? into;
}

/** Draws the ledger table into `frame`. */
export function drawLedger(frame: ChartFrame, current: Case): void {
  const { comparison } = current;
  const columns = getColumns(current, frame.lang);
  const table = document.createElement('table');
  table.className = 'ledger';
  const head = table.createTHead().insertRow();
  for (const [title] of columns) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = title;
    head.append(th);
  }
  const body = table.createTBody();
  for (const entry of comparison.ledger) {
    const row = body.insertRow();
    row.dataset.kind = entry.kind;
    row.dataset.change = entry.change;
    for (const [, cell] of columns) row.insertCell().textContent = cell(entry);
  }
  frame.body.append(table);
}

/** The ledger as CSV, quoted where needed. */
export function toLedgerCsv(current: Case, lang: Lang): string {
  const { comparison } = current;
  const columns = getColumns(current, lang);
  // A cell starting with = + - @ would run as a formula in Excel: a leading apostrophe keeps it text.
  const quote = (raw: string) => {
    const s = /^[=+\-@]/.test(raw) ? `'${raw}` : raw;
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [columns.map(([h]) => quote(h)).join(','), ...comparison.ledger.map((e) => columns.map(([, c]) => quote(c(e))).join(','))].join('\n') + '\n';
}
