/**
 * The ledger of changes as an HTML table (text only) and as CSV for Excel: the columns and words the
 * terminal and Markdown ledgers use (src/vocabulary/ledger.ts), the names the comparison resolved.
 */
import { toCsv } from '../../../src/report/csv.js';
import type { ChartFrame } from '../chart.js';
import type { Case, LedgerEntry } from '../contract.js';
import { CHANGE_EFFECTS, LEDGER_CHANGES, LEDGER_COLUMNS, LEDGER_KINDS, LEDGER_REASONS, num } from '../../../src/vocabulary/index.js';
import { EFFECT_COLOURS } from '../theme.js';
import { colon, say, type Lang } from '../i18n.js';
import { attachTooltip } from '../tooltip.js';

/** The table's columns: header and cell text. */
function getColumns(lang: Lang): Array<[string, (e: LedgerEntry) => string]> {
  return [
    [say(LEDGER_COLUMNS.kind, lang), (e) => say(LEDGER_KINDS[e.kind], lang)],
    [say(LEDGER_COLUMNS.change, lang), (e) => say(LEDGER_CHANGES[e.change], lang)],
    [say(LEDGER_COLUMNS.name, lang), (e) => e.name],
    [say(LEDGER_COLUMNS.item, lang), (e) => e.itemName ?? ''],
    [say(LEDGER_COLUMNS.reason, lang), (e) => say(LEDGER_REASONS[e.reason].name, lang)],
    [say(LEDGER_COLUMNS.into, lang), (e) => e.intoName ?? ''],
    [say(LEDGER_COLUMNS.quantity, lang), (e) => (e.before !== undefined || e.after !== undefined ? `${num(e.before ?? 0)} → ${num(e.after ?? 0)}` : '')],
  ];
}

/** Draws the ledger table into `frame`. */
export function drawLedger(frame: ChartFrame, current: Case): void {
  const { comparison } = current;
  const columns = getColumns(frame.lang);
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
    // The change in the colour of its effect: a cut (数据共享, 告知承诺, 合并 …) is good news, 新增 new burden.
    const effect = CHANGE_EFFECTS[entry.change];
    row.dataset.effect = effect;
    row.cells[1]!.style.color = EFFECT_COLOURS[effect];
    // The whole entry, column by column, for a row read on a slide or reached by keyboard.
    attachTooltip(row, () => [entry.name, ...columns.map(([title, cell]) => [title, cell(entry)]).filter(([, text]) => text).map(([title, text]) => `${title}${colon(frame.lang)}${text}`)]);
  }
  frame.body.append(table);
}

/** The ledger as CSV (src/report/csv.ts: quoted where needed, no cell read as a formula). */
export function toLedgerCsv(current: Case, lang: Lang): string {
  const columns = getColumns(lang);
  return toCsv([columns.map(([h]) => h), ...current.comparison.ledger.map((e) => columns.map(([, c]) => c(e)))]);
}
