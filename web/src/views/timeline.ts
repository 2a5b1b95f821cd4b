/**
 * The timeline (Gantt) of the standard path: before above after on one axis of working days. A
 * procedure shows one row per step; a bundle one row per item, its steps as segments, the critical
 * path highlighted. Statutory and committed limits are labelled vertical lines. With a start date the
 * panels say when each side finishes, and the chart ends with what the dates rest on and, when some
 * are assumed, the warning (inside the SVG, so exported pictures carry it too).
 */
import { createSvg, type ChartFrame } from '../chart.js';
import type { Comparison, ComparisonSide } from '../contract.js';
import { CRITICAL_PATH, MEASURES, num, SIDES } from '../../../src/vocabulary/index.js';
import { paren, say, t, type Lang } from '../i18n.js';
import { xAxis, type G } from '../marks/axis.js';
import { legend } from '../marks/legend.js';
import { wrappedLabel } from '../marks/label.js';
import { limitRules, type LimitLine } from '../marks/rule.js';
import { sharedLinear } from '../scales.js';
import { attachTooltip } from '../tooltip.js';
import { wrapText } from '../../../src/report/diagram/text.js';
import { ACCENT, BEFORE, INK, MUTED, SIZE, WARN } from '../theme.js';

const WIDTH = 1080;
const LABEL_W = 230;
const ROW_H = 30;
const PANEL_GAP = 64;

/** One bar row of a panel. */
interface Row {
  /** Label on the left. */
  label: string;
  /** Whole extent of the row. */
  start: number;
  end: number;
  /** Segments inside it (a bundle item's steps); a procedure row is one segment. */
  segments: Array<{ start: number; end: number; name: string }>;
  /** On the critical path. */
  critical: boolean;
  /** data-row attribute. */
  key: string;
}

/** Rows of one side: steps for a procedure, items (with step segments) for a bundle. */
export function getTimelineRows(side: ComparisonSide): Row[] {
  if (side.kind === 'procedure') {
    return side.timeline.map((e) => ({ label: e.name, start: e.start, end: e.end, segments: [{ start: e.start, end: e.end, name: e.name }], critical: true, key: e.key }));
  }
  const critical = new Set(side.criticalPath);
  return side.items.map((item) => ({
    label: item.name,
    start: item.start,
    end: item.finish,
    segments: side.timeline.filter((e) => e.item === item.id).map((e) => ({ start: e.start, end: e.end, name: e.name })),
    critical: critical.has(item.id) || item.critical,
    key: item.id,
  }));
}

/** The limits of one side from the comparison's measures (statutoryLimit, committedLimit). */
export function getLimitLines(comparison: Comparison, side: 'before' | 'after', lang: Lang): LimitLine[] {
  const out: LimitLine[] = [];
  for (const [key, dashed] of [['statutoryLimit', false], ['committedLimit', true]] as const) {
    const value = comparison.measures.find((m) => m.key === key)?.[side];
    if (value !== undefined && value !== null && value > 0) out.push({ value, label: `${say(MEASURES[key].name, lang)} ${num(value)}`, dashed });
  }
  return out;
}

/** Draws the timeline of `comparison` into `frame`. */
export function drawTimeline(frame: ChartFrame, comparison: Comparison): void {
  const { lang } = frame;
  const sides = (['before', 'after'] as const).map((s) => ({ side: s, rows: getTimelineRows(comparison[s]), limits: getLimitLines(comparison, s, lang) }));
  const x = sharedLinear([LABEL_W, WIDTH - 60], ...sides.map((s) => s.rows.map((r) => r.end)), ...sides.map((s) => s.limits.map((l) => l.value)));
  const panelH = (rows: number, limits: number) => 34 + limits * (SIZE + 6) + rows * ROW_H;
  const bundle = comparison.before.kind === 'bundle' || comparison.after.kind === 'bundle';
  const legendH = 30;
  const notes = getDateNotes(comparison, lang);
  const notesH = notes.reduce((h, n) => h + n.lines * (SIZE * 1.3) + 8, 0);
  const height = 20 + legendH + sides.reduce((h, s) => h + panelH(s.rows.length, s.limits.length) + PANEL_GAP, 0) + 30 + notesH;
  const svg = createSvg(frame.body, WIDTH, height);
  const g = svg.append('g').attr('transform', 'translate(20,16)') as G;
  legend(g, [
    { label: say(SIDES.before, lang), fill: BEFORE },
    { label: say(SIDES.after, lang), fill: ACCENT },
    ...(bundle ? [{ label: `${say(CRITICAL_PATH, lang)}${paren(t('boldOutline', lang), lang)}`, fill: '#fff', stroke: INK }] : []),
  ], WIDTH - 40);
  let y = legendH + 10;
  for (const { side, rows, limits } of sides) {
    const colour = side === 'before' ? BEFORE : ACCENT;
    const panel = g.append('g').attr('class', `panel ${side}`).attr('data-side', side).attr('transform', `translate(0,${y})`) as G;
    const total = Math.max(0, ...rows.map((r) => r.end));
    panel.append('rect').attr('width', 6).attr('height', 22).attr('fill', colour);
    const finish = comparison[side].dates?.finish.standard.date;
    const dated = finish && comparison.dates ? t('finishOn', lang, { start: comparison.dates.startDate, date: finish }) : '';
    panel.append('text').attr('x', 14).attr('y', 17).attr('font-size', SIZE + 2).attr('font-weight', 700).attr('fill', INK)
      .text(t('standardTotal', lang, { side: say(SIDES[side], lang), days: num(total) }) + dated);
    const plotTop = 34 + limits.length * (SIZE + 6);
    const plotBottom = plotTop + rows.length * ROW_H;
    limitRules(panel, x, limits, 30, plotBottom);
    rows.forEach((row, i) => drawRow(panel.append('g').attr('transform', `translate(0,${plotTop + i * ROW_H})`) as G, row, x, colour, bundle));
    // Each panel has its own axis on the shared scale, so a long bundle is readable without scrolling back.
    xAxis(panel, x, plotBottom + 4, plotBottom - plotTop + 4, side === 'after' ? t('workdays', lang) : '');
    y += panelH(rows.length, limits.length) + PANEL_GAP;
  }
  for (const note of notes) {
    const drawn = wrappedLabel(g, note.text, 0, y + SIZE, WIDTH - 40, { maxLines: note.lines, fill: note.warning ? WARN : MUTED, className: note.warning ? 'date-warning' : 'date-basis' });
    y += drawn * SIZE * 1.3 + 8;
  }
}

/** The lines under the chart when the comparison has dates: the basis, and the warning with its hint. */
function getDateNotes(comparison: Comparison, lang: Lang): Array<{ text: string; lines: number; warning: boolean }> {
  const words = comparison.dates?.text[lang];
  if (!words) return [];
  const texts = [{ text: words.basis, warning: false }, ...(words.warning ? [{ text: `⚠ ${words.warning} ${words.hint ?? ''}`.trim(), warning: true }] : [])];
  return texts.map((n) => ({ ...n, lines: wrapText(n.text, WIDTH - 40, SIZE, 6).length }));
}

function drawRow(g: G, row: Row, x: ReturnType<typeof sharedLinear>, colour: string, bundle: boolean): void {
  g.attr('class', 'row').attr('data-row', row.key).attr('data-critical', String(row.critical));
  wrappedLabel(g, row.label, LABEL_W - 12, ROW_H / 2 + 5, LABEL_W - 16, { maxLines: 1, anchor: 'end', weight: bundle && row.critical ? 700 : 400 });
  const opacity = bundle && !row.critical ? 0.55 : 1;
  if (row.end - row.start <= 0) {
    const cx = x(row.start);
    attachTooltip(g.append('path').attr('d', `M${cx},${ROW_H / 2 - 7}l7,7l-7,7l-7,-7z`).attr('fill', colour).node()!, () => [row.label, num(row.start)]);
  }
  for (const s of row.segments) {
    if (s.end <= s.start) continue;
    const segment = g.append('rect').attr('class', 'segment').attr('x', x(s.start)).attr('y', 5).attr('height', ROW_H - 10)
      .attr('width', Math.max(1.5, x(s.end) - x(s.start))).attr('fill', colour).attr('opacity', opacity)
      .attr('stroke', '#fff').attr('stroke-width', bundle ? 1 : 0);
    attachTooltip(segment.node()!, () => [s.name, `${num(s.start)}–${num(s.end)}`]);
  }
  if (bundle && row.end > row.start) {
    g.append('rect').attr('x', x(row.start)).attr('y', 4).attr('height', ROW_H - 8).attr('width', Math.max(1.5, x(row.end) - x(row.start)))
      .attr('fill', 'none').attr('stroke', row.critical ? INK : MUTED).attr('stroke-width', row.critical ? 2 : 1);
  }
  g.append('text').attr('x', x(row.end) + 6).attr('y', ROW_H / 2 + 5).attr('font-size', SIZE).attr('fill', MUTED)
    .attr('stroke', '#fff').attr('stroke-width', 4).attr('paint-order', 'stroke').text(num(row.end - row.start));
}
