/**
 * The materials matrix: one row per material, one column per item (a procedure has one), before
 * and after side by side; a filled square is a material the applicant prepares, an empty struck
 * square one that is no longer prepared, with the reason at the end of the row in the colour of its
 * effect (a cut in good-news green, 新增 in the amber of new burden).
 */
import { createSvg, type ChartFrame } from '../chart.js';
import type { Comparison } from '../contract.js';
import { LEDGER_COLUMNS, LEDGER_KINDS, LEDGER_REASONS, REASON_EFFECTS, SIDES, type LedgerReason } from '../../../src/vocabulary/index.js';
import { say } from '../i18n.js';
import type { G } from '../marks/axis.js';
import { wrappedLabel } from '../marks/label.js';
import { ACCENT, BEFORE, EFFECT_COLOURS, INK, MUTED, RULE, SIZE } from '../theme.js';
import { drawReflowing } from '../present.js';
import { attachTooltip } from '../tooltip.js';

/** The matrix's width on the page, in chart units, unless its columns need more. */
const WIDTH = 1080;
const NAME_W = 330;
const ROW_H = 28;

/** One material across both versions, as the matrix draws it. */
export interface MaterialRow {
  /** Material id. */
  id: string;
  /** Name (the after version's when both have it). */
  name: string;
  /** Item id → prepared? for each side (absent: not asked for). */
  before: Map<string, boolean>;
  after: Map<string, boolean>;
  /** Why it is no longer prepared, handed in later, or new, if so. */
  reason?: LedgerReason;
}

/** The rows of the matrix the comparison made (materials no longer prepared first), each side's cells by item. */
export function getMaterialRows(comparison: Comparison): MaterialRow[] {
  return comparison.materials.map((row) => ({
    id: row.id,
    name: row.name,
    before: new Map(row.before.map((c) => [c.item, c.prepared])),
    after: new Map(row.after.map((c) => [c.item, c.prepared])),
    ...(row.reason ? { reason: row.reason } : {}),
  }));
}

/**
 * Draws the matrix into `frame`. On a slide too narrow for it at readable text it reflows narrower,
 * down to the width its columns need, the space right of the reasons given up (drawReflowing).
 */
export function drawMaterials(frame: ChartFrame, comparison: Comparison): void {
  const { least, natural } = getMatrixColumns(comparison);
  drawReflowing(frame.section, frame.body, natural, least, (width) => drawMatrix(frame, comparison, width));
}

/** Where the matrix's columns stand (the same at any width) and the widths it is drawn at: `natural` on the page, down to `least` on a slide. */
function getMatrixColumns(comparison: Comparison) {
  const columns = { before: comparison.before.items.map((i) => i.id), after: comparison.after.items.map((i) => i.id) };
  const most = Math.max(columns.before.length, columns.after.length);
  // Cells shrink to 26px for many items (a 40-item bundle); the drawing then grows wider and scrolls.
  const cell = most > 12 ? 26 : 34;
  const beforeX = NAME_W + 10;
  const afterX = beforeX + Math.max(columns.before.length, 2) * cell + 30;
  const reasonX = afterX + Math.max(columns.after.length, 2) * cell + 24;
  return { columns, cell, beforeX, afterX, reasonX, least: reasonX + 200, natural: Math.max(WIDTH, reasonX + 200) };
}

/** Draws the matrix into `frame`, `width` chart units wide. */
function drawMatrix(frame: ChartFrame, comparison: Comparison, width: number): void {
  const { lang } = frame;
  const rows = getMaterialRows(comparison);
  // One number per item across both versions; each version's columns are its own items.
  const items = [...new Map([...comparison.before.items, ...comparison.after.items].map((i) => [i.id, i.name])).entries()];
  const number = new Map(items.map(([id], i) => [id, i + 1]));
  const { columns, cell: CELL, beforeX, afterX, reasonX } = getMatrixColumns(comparison);
  const keyH = items.length > 1 ? Math.ceil(items.length / 2) * (SIZE + 8) + 8 : 0;
  const headerH = keyH + 56;
  const height = headerH + rows.length * ROW_H + 20;
  const svg = createSvg(frame.body, width, height);
  const g = svg.append('g').attr('transform', 'translate(20,16)') as G;
  if (items.length > 1) {
    // The key of item numbers in two columns, each half the drawing (500 apart at most).
    const keyW = Math.min(500, Math.floor((width - 40) / 2));
    items.forEach(([, name], i) => {
      wrappedLabel(g, `${i + 1}  ${name}`, (i % 2) * keyW, Math.floor(i / 2) * (SIZE + 8) + SIZE, keyW - 20, { maxLines: 1, fill: MUTED });
    });
  }
  const head = g.append('g').attr('transform', `translate(0,${keyH})`) as G;
  head.append('text').attr('y', 40).attr('font-size', SIZE).attr('font-weight', 700).attr('fill', INK).text(say(LEDGER_KINDS.material, lang));
  for (const [x, side] of [[beforeX, 'before'], [afterX, 'after']] as const) {
    head.append('text').attr('x', x).attr('y', 16).attr('font-size', SIZE).attr('font-weight', 700).attr('fill', side === 'before' ? MUTED : ACCENT).text(say(SIDES[side], lang));
    columns[side].forEach((id, i) => {
      const column = head.append('text').attr('x', x + i * CELL + CELL / 2).attr('y', 40).attr('text-anchor', 'middle').attr('font-size', SIZE).attr('fill', MUTED)
        .text(items.length > 1 ? String(number.get(id)) : '✓');
      attachTooltip(column.node()!, () => [items.find(([item]) => item === id)?.[1] ?? id, say(SIDES[side], lang)]);
    });
  }
  head.append('text').attr('x', reasonX).attr('y', 40).attr('font-size', SIZE).attr('font-weight', 700).attr('fill', INK).text(say(LEDGER_COLUMNS.reason, lang));
  rows.forEach((row, r) => {
    const y = headerH + r * ROW_H;
    const line = g.append('g').attr('class', 'material-row').attr('data-material', row.id).attr('transform', `translate(0,${y})`) as G;
    if (r % 2 === 0) line.append('rect').attr('x', -8).attr('y', 0).attr('width', width - 24).attr('height', ROW_H).attr('fill', '#f7f8fa');
    const gone = ![...row.after.values()].some(Boolean);
    wrappedLabel(line, row.name, 0, ROW_H / 2 + 5, NAME_W - 10, { maxLines: 1, fill: gone ? MUTED : INK });
    for (const [x, side] of [[beforeX, 'before'], [afterX, 'after']] as const) {
      columns[side].forEach((id, i) => cell(line, x + i * CELL + CELL / 2, ROW_H / 2, row[side].get(id), side === 'before' ? BEFORE : ACCENT));
    }
    // The row's whole name (the label may be cut) and its reason in full, on hover and on focus.
    attachTooltip(line.node()!, () => [row.name, ...(row.reason ? [say(LEDGER_REASONS[row.reason].name, lang)] : [])]);
    if (row.reason) {
      line.append('text').attr('class', 'reason').attr('x', reasonX).attr('y', ROW_H / 2 + 5).attr('font-size', SIZE)
        .attr('data-effect', REASON_EFFECTS[row.reason]).attr('fill', EFFECT_COLOURS[REASON_EFFECTS[row.reason]]).attr('font-weight', gone ? 700 : null)
        .text(say(LEDGER_REASONS[row.reason].short, lang));
    }
  });
  g.append('line').attr('x1', afterX - 15).attr('x2', afterX - 15).attr('y1', keyH).attr('y2', height - 20).attr('stroke', RULE);
}

function cell(g: G, cx: number, cy: number, prepared: boolean | undefined, colour: string): void {
  if (prepared === undefined) return;
  const size = 14;
  g.append('rect').attr('x', cx - size / 2).attr('y', cy - size / 2).attr('width', size).attr('height', size).attr('rx', 2)
    .attr('fill', prepared ? colour : '#fff').attr('stroke', colour).attr('stroke-width', 1.5);
  if (!prepared) g.append('line').attr('x1', cx - size / 2).attr('y1', cy + size / 2).attr('x2', cx + size / 2).attr('y2', cy - size / 2).attr('stroke', colour).attr('stroke-width', 1.5);
}
