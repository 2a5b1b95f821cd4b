/**
 * The timeline (Gantt) of the standard path: before above after on one axis of working days. A
 * procedure shows one row per step; a bundle one row per item, its steps as segments, the critical
 * path highlighted. Time not counted toward the statutory limit (expert review, testing … Art. 45) is
 * hatched, and each limit stands where the counted time reaches it, not at that many elapsed days: a
 * process that takes 6.75 days of which 2.75 count is within a 3-day limit. With a start date the
 * panels say when each side finishes, and the chart ends with what the dates rest on and, when some
 * are assumed, the warning (inside the SVG, so exported pictures carry it too).
 */
import { createSvg, type ChartFrame } from '../chart.js';
import type { Comparison, ComparisonSide } from '../contract.js';
import { CRITICAL_PATH, MEASURES, num, SIDES, workingDays } from '../../../src/vocabulary/index.js';
import { paren, say, t, type Lang } from '../i18n.js';
import { xAxis, type G } from '../marks/axis.js';
import { legend, legendHeight, type LegendEntry } from '../marks/legend.js';
import { wrappedLabel } from '../marks/label.js';
import { LIMIT_ROW, limitRules, type LimitLine } from '../marks/rule.js';
import { sharedLinear } from '../scales.js';
import { unionFrom } from '../../../src/analysis/counted-time.js';
import { drawReflowing } from '../present.js';
import { attachTooltip } from '../tooltip.js';
import { wrapText } from '../../../src/report/diagram/text.js';
import { ACCENT, BEFORE, INK, MUTED, SIZE, WARN } from '../theme.js';

/** The timeline's width, in chart units. */
const WIDTH = 1080;
/** The narrowest it reflows to on a slide (drawReflowing): the axis takes what the label column leaves, 430 wide here. */
const MIN_WIDTH = 720;
const LABEL_W = 230;
const ROW_H = 30;
const PANEL_GAP = 64;
/** Line height of a panel's title. */
const TITLE_LINE = SIZE + 8;

/** One bar row of a panel. */
interface Row {
  /** Label on the left. */
  label: string;
  /** Whole extent of the row. */
  start: number;
  end: number;
  /** Segments inside it (a bundle item's steps); a procedure row is one segment. */
  segments: Array<{ start: number; end: number; name: string; counted: boolean }>;
  /** On the critical path. */
  critical: boolean;
  /** data-row attribute. */
  key: string;
}

/** Rows of one side: steps for a procedure, items (with step segments) for a bundle. */
export function getTimelineRows(side: ComparisonSide): Row[] {
  if (side.kind === 'procedure') {
    return side.timeline.map((e) => ({ label: e.name, start: e.start, end: e.end, segments: [{ start: e.start, end: e.end, name: e.name, counted: e.counted }], critical: true, key: e.key }));
  }
  const critical = new Set(side.criticalPath);
  return side.items.map((item) => ({
    label: item.name,
    start: item.start,
    end: item.finish,
    segments: side.timeline.filter((e) => e.item === item.id).map((e) => ({ start: e.start, end: e.end, name: e.name, counted: e.counted })),
    critical: critical.has(item.id) || item.critical,
    key: item.id,
  }));
}

/** The counted time of a side's standard path: the union of its counted steps' intervals (counted-time.ts), in working days. */
export function getCountedIntervals(side: ComparisonSide): { intervals: Array<[number, number]>; total: number } {
  const list = side.timeline.filter((e) => e.counted).flatMap((e) => [e.start, e.end]);
  const total = unionFrom(list, 0);
  const intervals: Array<[number, number]> = [];
  for (let i = 0; i < list.length; i += 2) intervals.push([list[i]!, list[i + 1]!]);
  return { intervals, total };
}

/**
 * Where on the timeline (elapsed working days) the counted time reaches `limit`: inside the counted
 * interval where it does, or past the end by what is left when the path counts less than the limit.
 * @example getCountedPosition([[0, 1], [5, 7]], 2) // 6
 */
export function getCountedPosition(intervals: ReadonlyArray<[number, number]>, limit: number): number {
  let counted = 0;
  let end = 0;
  for (const [start, stop] of intervals) {
    if (counted + (stop - start) >= limit) return start + (limit - counted);
    counted += stop - start;
    end = stop;
  }
  return end + (limit - counted);
}

/**
 * The limits of one side from the comparison's measures (statutoryLimit, committedLimit), each placed
 * where the side's counted time reaches it (value: elapsed days on the timeline; limit: the figure).
 */
export function getLimitLines(comparison: Comparison, side: 'before' | 'after', lang: Lang): Array<LimitLine & { limit: number }> {
  const out: Array<LimitLine & { limit: number }> = [];
  const { intervals } = getCountedIntervals(comparison[side]);
  for (const [key, dashed] of [['statutoryLimit', false], ['committedLimit', true]] as const) {
    const value = comparison.measures.find((m) => m.key === key)?.[side];
    if (value !== undefined && value !== null && value > 0) {
      out.push({ value: getCountedPosition(intervals, value), limit: value, label: `${say(MEASURES[key].name, lang)} ${num(value)}`, dashed });
    }
  }
  return out;
}

/**
 * Draws the timeline of `comparison` into `frame`. On a slide too narrow for it at readable text it
 * reflows narrower, its axis shorter, down to MIN_WIDTH, rather than scroll sideways (drawReflowing).
 */
export function drawTimeline(frame: ChartFrame, comparison: Comparison): void {
  drawReflowing(frame.section, frame.body, WIDTH, MIN_WIDTH, (width) => drawTimelineAt(frame, comparison, width));
}

/** Draws the timeline of `comparison` into `frame`, `width` chart units wide. */
function drawTimelineAt(frame: ChartFrame, comparison: Comparison, width: number): void {
  const { lang } = frame;
  const sides = (['before', 'after'] as const).map((s) => {
    const rows = getTimelineRows(comparison[s]);
    return { side: s, rows, limits: getLimitLines(comparison, s, lang), title: wrapText(getPanelTitle(comparison, s, rows, lang), width - 60, SIZE + 2, 2) };
  });
  const x = sharedLinear([LABEL_W, width - 60], ...sides.map((s) => s.rows.map((r) => r.end)), ...sides.map((s) => s.limits.map((l) => l.value)));
  const panelH = (rows: number, limits: number, titleLines: number) => 34 + (titleLines - 1) * TITLE_LINE + limits * LIMIT_ROW + rows * ROW_H;
  const bundle = comparison.before.kind === 'bundle' || comparison.after.kind === 'bundle';
  const uncounted = sides.some((s) => comparison[s.side].timeline.some((e) => !e.counted && e.end > e.start));
  const entries: LegendEntry[] = [
    { label: say(SIDES.before, lang), fill: BEFORE },
    { label: say(SIDES.after, lang), fill: ACCENT },
    ...(uncounted ? [{ label: t('notCountedTime', lang), fill: 'url(#uncounted-after)', stroke: ACCENT }] : []),
    ...(bundle ? [{ label: `${say(CRITICAL_PATH, lang)}${paren(t('boldOutline', lang), lang)}`, fill: '#fff', stroke: INK }] : []),
  ];
  const legendH = legendHeight(entries, width - 40) + 14;
  const notes = getDateNotes(comparison, width, lang);
  const notesH = notes.reduce((h, n) => h + n.lines * (SIZE * 1.3) + 8, 0);
  const height = 20 + legendH + sides.reduce((h, s) => h + panelH(s.rows.length, s.limits.length, s.title.length) + PANEL_GAP, 0) + 30 + notesH;
  const svg = createSvg(frame.body, width, height);
  const g = svg.append('g').attr('transform', 'translate(20,16)') as G;
  const defs = svg.insert('defs', ':first-child');
  for (const { side } of sides) hatch(defs as unknown as G, `uncounted-${side}`, side === 'before' ? BEFORE : ACCENT);
  legend(g, entries, width - 40);
  let y = legendH + 10;
  for (const { side, rows, limits, title } of sides) {
    const colour = side === 'before' ? BEFORE : ACCENT;
    const panel = g.append('g').attr('class', `panel ${side}`).attr('data-side', side).attr('transform', `translate(0,${y})`) as G;
    panel.append('rect').attr('width', 6).attr('height', 22).attr('fill', colour);
    const heading = panel.append('text').attr('class', 'panel-title').attr('font-size', SIZE + 2).attr('font-weight', 700).attr('fill', INK);
    title.forEach((line, i) => heading.append('tspan').attr('x', 14).attr('y', 17 + i * TITLE_LINE).text(line));
    const limitsTop = 30 + (title.length - 1) * TITLE_LINE;
    const plotTop = limitsTop + 4 + limits.length * LIMIT_ROW;
    const plotBottom = plotTop + rows.length * ROW_H;
    // Limits under the rows, so a row's figure (on a white halo) stays readable where a line passes it.
    limitRules(panel, x, limits, limitsTop, plotBottom, width - 40);
    rows.forEach((row, i) => drawRow(panel.append('g').attr('transform', `translate(0,${plotTop + i * ROW_H})`) as G, row, x, colour, bundle, `url(#uncounted-${side})`, lang));
    // Each panel has its own axis on the shared scale, so a long bundle is readable without scrolling back.
    xAxis(panel, x, plotBottom + 4, plotBottom - plotTop + 4, side === 'after' ? t('workdays', lang) : '');
    y += panelH(rows.length, limits.length, title.length) + PANEL_GAP;
  }
  for (const note of notes) {
    const drawn = wrappedLabel(g, note.text, 0, y + SIZE, width - 40, { maxLines: note.lines, fill: note.warning ? WARN : MUTED, className: note.warning ? 'date-warning' : 'date-basis' });
    y += drawn * SIZE * 1.3 + 8;
  }
}

/** A panel's title: the side, its standard path's working days, how many of them count toward the limits, and its dates when given. */
function getPanelTitle(comparison: Comparison, side: 'before' | 'after', rows: readonly Row[], lang: Lang): string {
  const total = Math.max(0, ...rows.map((r) => r.end));
  const counted = getCountedIntervals(comparison[side]).total;
  const finish = comparison[side].dates?.finish.standard.date;
  const dated = finish && comparison.dates ? t('finishOn', lang, { start: comparison.dates.startDate, date: finish }) : '';
  return t('standardTotal', lang, { side: say(SIDES[side], lang), days: workingDays(total, lang) })
    + (counted < total - 1e-9 ? t('countedPart', lang, { days: workingDays(counted, lang) }) : '') + dated;
}

/** The lines under a chart `width` wide when the comparison has dates: the basis, and the warning with its hint. */
function getDateNotes(comparison: Comparison, width: number, lang: Lang): Array<{ text: string; lines: number; warning: boolean }> {
  const words = comparison.dates?.text[lang];
  if (!words) return [];
  const texts = [{ text: words.basis, warning: false }, ...(words.warning ? [{ text: `⚠ ${words.warning} ${words.hint ?? ''}`.trim(), warning: true }] : [])];
  return texts.map((n) => ({ ...n, lines: wrapText(n.text, width - 40, SIZE, 6).length }));
}

/** A pattern of diagonal stripes in `colour` on white under `id`: time that does not count toward the statutory limit. */
function hatch(defs: G, id: string, colour: string): void {
  const p = defs.append('pattern').attr('id', id).attr('patternUnits', 'userSpaceOnUse').attr('width', 6).attr('height', 6).attr('patternTransform', 'rotate(45)');
  p.append('rect').attr('width', 6).attr('height', 6).attr('fill', '#fff');
  p.append('rect').attr('width', 3).attr('height', 6).attr('fill', colour);
}

function drawRow(g: G, row: Row, x: ReturnType<typeof sharedLinear>, colour: string, bundle: boolean, uncounted: string, lang: Lang): void {
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
      .attr('width', Math.max(1.5, x(s.end) - x(s.start))).attr('fill', s.counted ? colour : uncounted).attr('opacity', opacity)
      .attr('data-counted', String(s.counted)).attr('stroke', s.counted ? '#fff' : colour).attr('stroke-width', bundle || !s.counted ? 1 : 0);
    attachTooltip(segment.node()!, () => [s.name, `${num(s.start)}–${num(s.end)}${s.counted ? '' : `${t('comma', lang)}${t('notCounted', lang)}`}`]);
  }
  if (bundle && row.end > row.start) {
    g.append('rect').attr('x', x(row.start)).attr('y', 4).attr('height', ROW_H - 8).attr('width', Math.max(1.5, x(row.end) - x(row.start)))
      .attr('fill', 'none').attr('stroke', row.critical ? INK : MUTED).attr('stroke-width', row.critical ? 2 : 1);
  }
  g.append('text').attr('x', x(row.end) + 6).attr('y', ROW_H / 2 + 5).attr('font-size', SIZE).attr('fill', MUTED)
    .attr('stroke', '#fff').attr('stroke-width', 4).attr('paint-order', 'stroke').text(num(row.end - row.start));
}
