/**
 * The reform dashboard, result first: the 五减 and the money saved each year as large figures, the
 * comparison's own summary sentence, then the table of measures, each before (grey) and after
 * (accent) on one scale per measure with its cut exactly as the comparison words it ("压减51.43%"),
 * its counting rule and its target. The table shows what exists (src/vocabulary/headline.ts): rows
 * with the same figures merge and say so; rows with nothing on either side are named in a note.
 */
import { scaleLinear } from 'd3';
import { createSvg, type ChartFrame } from '../chart.js';
import type { Comparison, Measure, Target } from '../contract.js';
import {
  fill, getDashboardLayout, grouped, MEASURE_COLUMNS, measureNames, measureUnit, MEASURES, MERGED_ROW, MERGED_RULE, moneyAmount, moneyText, NO_MONEY, OMISSIONS, OMITTED_ROWS,
  SIDES, VERDICTS, withUnit, type DashboardRow, type MeasureKey,
} from '../../../src/vocabulary/index.js';
import { paren, say, t, type Lang } from '../i18n.js';
import type { G } from '../marks/axis.js';
import { legend } from '../marks/legend.js';
import { textWidth, wrapText } from '../../../src/report/diagram/text.js';
import { wrappedLabel } from '../marks/label.js';
import { ACCENT, BEFORE_MARK, changeColour, INK, MUTED, RULE, SIZE, SURFACE, WARN, GOOD } from '../theme.js';
import { drawReflowing } from '../present.js';
import { attachTooltip } from '../tooltip.js';

/** The dashboard's width, in chart units. */
const WIDTH = 1080;
/** The narrowest it reflows to on a slide: the bars take what the other columns leave, 160 wide here. */
const MIN_WIDTH = 800;
const NAME_W = 190;
const BAR_X = NAME_W + 16;
/** Width of the cut's column and of the target's. */
const CUT_W = 150;
const TARGET_W = 134;
const ROW_H = 58;
const TILE_H = 156;
const TILE_GAP = 12;
/** Height a merged row's note adds (a line under the bars). */
const MERGED_H = SIZE + 8;
/** Width of the counting rule's lines under the cut: the cut and target columns together. */
const RULE_W = CUT_W + TARGET_W;
/** Distance between the lines of a counting rule. */
const RULE_LINE = Math.round(SIZE * 1.3);
/** Space between two counting rules of one row. */
const RULE_GAP = 6;

/** Where the columns of a dashboard drawn `width` wide stand. */
interface Columns {
  /** The drawing's width. */
  width: number;
  /** Its width inside the margins. */
  inner: number;
  /** Length of the longer bar. */
  barW: number;
  /** Left of the cut, and of the rules under it. */
  cutX: number;
  /** Left of the target. */
  targetX: number;
}

/** The columns of a dashboard `width` wide: the bars take what the name, cut and target columns leave. */
function getColumns(width: number): Columns {
  const inner = width - 40;
  const targetX = inner - TARGET_W;
  const cutX = targetX - CUT_W;
  return { width, inner, barW: cutX - 110 - BAR_X, cutX, targetX };
}

/**
 * Draws the dashboard of `comparison` into `frame`. On a slide too narrow for it at readable text it
 * reflows narrower (drawReflowing), down to MIN_WIDTH, rather than scroll sideways; drawn again at
 * its own width when the presentation ends.
 */
export function drawDashboard(frame: ChartFrame, comparison: Comparison): void {
  drawReflowing(frame.section, frame.body, WIDTH, MIN_WIDTH, (width) => drawDashboardAt(frame, comparison, getColumns(width)));
}

/** Draws the dashboard of `comparison` into `frame` in columns `cols`. */
function drawDashboardAt(frame: ChartFrame, comparison: Comparison, cols: Columns): void {
  const { lang } = frame;
  const { inner } = cols;
  const layout = getDashboardLayout(comparison.measures);
  const byKey = new Map(comparison.measures.map((m) => [m.key, m]));
  const money = comparison.money;
  const tiles = layout.headline.length + (money ? 1 : 0);
  const headlineH = tiles > 0 ? TILE_H + 20 : 0;
  // The comparison's own sentence ("材料由35份压减至17份，压减51.43%；…") under the figures, as in a report.
  const summary = wrapText(say(comparison.summary, lang), inner, SIZE + 2, 4);
  const summaryH = summary.length * 26 + 12;
  const top = headlineH + summaryH + 56;
  const rules = new Map(layout.rows.map((r) => [r.key, getRuleBlocks(r, byKey, lang)]));
  // Below the first line of rules, what the row's rules add: their other lines and the space between them.
  const rulesH = (r: DashboardRow) => rules.get(r.key)!.reduce((h, b) => h + b.lines.length * RULE_LINE + RULE_GAP, -RULE_LINE - RULE_GAP);
  // A row is as tall as the longer of its two sides: the bars and a merged row's note, or the cut and its rules.
  const rowH = (r: DashboardRow) => ROW_H + Math.max(r.merged.length > 0 ? MERGED_H : 0, rulesH(r));
  const rowsH = layout.rows.reduce((h, r) => h + rowH(r), 0);
  const omitted = layout.omitted.length > 0
    ? wrapText(fill(OMITTED_ROWS, lang, { list: layout.omitted.map((o) => `${say(MEASURES[o.key].name, lang)}${paren(say(OMISSIONS[o.why], lang), lang)}`).join(lang === 'zh' ? '；' : '; ') }), inner, SIZE, 3)
    : [];
  const omittedH = omitted.length * (SIZE + 6) + (omitted.length > 0 ? 8 : 0);
  const moneyH = money ? 150 : 50;
  const height = top + rowsH + omittedH + 24 + moneyH;
  const svg = createSvg(frame.body, cols.width, height);
  const g: G = svg.append('g').attr('transform', 'translate(20,16)');
  drawHeadline(g, comparison, layout.headline, inner, lang);
  const lead = g.append('text').attr('class', 'summary').attr('font-size', SIZE + 2).attr('fill', INK);
  summary.forEach((line, i) => lead.append('tspan').attr('x', 0).attr('y', headlineH + 18 + i * 26).text(line));
  legend(g.append('g').attr('transform', `translate(0,${headlineH + summaryH})`) as G, [{ label: say(SIDES.before, lang), fill: BEFORE_MARK }, { label: say(SIDES.after, lang), fill: ACCENT }], 400);
  const header = g.append('g').attr('transform', `translate(0,${top - 14})`).attr('fill', MUTED).attr('font-size', SIZE);
  header.append('text').attr('x', cols.cutX).text(say(MEASURE_COLUMNS.cutPercent, lang));
  if ((comparison.targets ?? []).length > 0) header.append('text').attr('x', cols.targetX).text(say(MEASURE_COLUMNS.target, lang));
  let y = top;
  for (const row of layout.rows) {
    drawRow(g, byKey.get(row.key)!, row, rules.get(row.key)!, comparison.targets?.find((tg) => tg.measure === row.key), y, rowH(row), cols, lang);
    y += rowH(row);
  }
  if (omitted.length > 0) {
    const note = g.append('text').attr('class', 'omitted-rows').attr('data-omitted', layout.omitted.map((o) => o.key).join(' ')).attr('font-size', SIZE).attr('fill', MUTED);
    omitted.forEach((line, i) => note.append('tspan').attr('x', 0).attr('y', y + SIZE + 4 + i * (SIZE + 6)).text(line));
    y += omittedH;
  }
  const moneyY = y + 24;
  g.append('line').attr('x1', 0).attr('x2', inner).attr('y1', moneyY - 12).attr('y2', moneyY - 12).attr('stroke', RULE);
  drawMoney(g, money, moneyY, inner, lang);
}

/** The headline: one tile per 五减 measure (after, large; before and the cut under it) and one for the money saved. */
function drawHeadline(g: G, comparison: Comparison, keys: readonly MeasureKey[], inner: number, lang: Lang): void {
  const money = comparison.money;
  const n = keys.length + (money ? 1 : 0);
  if (n === 0) return;
  const w = (inner - (n - 1) * TILE_GAP) / n;
  const tile = (i: number, kind: string) => {
    const box = g.append('g').attr('class', 'headline').attr('data-headline', kind).attr('transform', `translate(${i * (w + TILE_GAP)},0)`) as G;
    box.append('rect').attr('width', w).attr('height', TILE_H).attr('rx', 8).attr('fill', SURFACE);
    return box;
  };
  keys.forEach((key, i) => {
    const m = comparison.measures.find((x) => x.key === key)!;
    const box = tile(i, key);
    wrappedLabel(box, say(m.name, lang), 14, 26, w - 28, { maxLines: 1, fill: MUTED, size: SIZE + 2 });
    const next = bigFigure(box, grouped(m.after), measureUnit(key, m.after ?? 0, lang), w, m.cut !== null && m.cut > 0 ? GOOD : INK);
    wrappedLabel(box, t('headlineBefore', lang, { figure: grouped(m.before) }), 14, next, w - 28, { maxLines: 1, fill: MUTED });
    box.append('text').attr('class', 'headline-cut').attr('x', 14).attr('y', next + 27).attr('font-size', SIZE + 4).attr('font-weight', 700)
      .attr('fill', changeColour(m.cut)).text(say(m.text, lang));
  });
  if (money) {
    const box = tile(keys.length, 'money');
    const saved = moneyAmount(money.saved, lang);
    wrappedLabel(box, t('moneyTile', lang), 14, 26, w - 28, { maxLines: 1, fill: MUTED, size: SIZE + 2 });
    const next = bigFigure(box, saved.figure, saved.unit, w, money.saved > 0 ? GOOD : INK, money.saved);
    wrappedLabel(box, t('moneyTileNote', lang), 14, next, w - 28, { maxLines: 2, fill: MUTED });
  }
}

/**
 * A tile's large figure with its unit after it, the figure as large as the tile allows (28–44 px);
 * a unit that does not fit beside it (million yuan in a narrow tile) goes under it, never cut at the
 * edge. Returns the y of the tile's next line.
 */
function bigFigure(box: G, figure: string, unit: string, w: number, colour: string, saved?: number): number {
  const unitW = textWidth(unit, SIZE + 2) + 8;
  const room = w - 28;
  const beside = Math.floor((room - unitW) / (textWidth(figure, 1) || 1)) >= 28;
  const size = Math.max(24, Math.min(44, Math.floor((beside ? room - unitW : room) / (textWidth(figure, 1) || 1))));
  const text = box.append('text').attr('class', 'headline-figure').attr('data-saved', saved ?? null).attr('x', 14).attr('y', 78).attr('fill', colour);
  text.append('tspan').attr('font-size', size).attr('font-weight', 700).text(figure);
  if (!unit) return 110;
  if (beside) {
    text.append('tspan').attr('font-size', SIZE + 2).attr('dx', /^[\u2e80-\u9fff]/.test(unit) ? 4 : 8).text(unit);
    return 110;
  }
  text.append('tspan').attr('x', 14).attr('y', 98).attr('font-size', SIZE + 2).text(unit);
  return 118;
}

/** A counting rule a row states, in the lines it is drawn in. */
interface RuleBlock {
  /** A measure counted by the rule (its notes are the rule's tooltip). */
  measure: Measure;
  /** The measures of the row counted by it. */
  keys: MeasureKey[];
  /** The rule's words, wrapped to fit under the cut. */
  lines: string[];
}

/**
 * The counting rules (口径) row `row` states, as the comparison names them, whole: its own measure's,
 * then, named, each other rule a measure merged into the row is counted by (广元's 模型用时 share the
 * committed limit's figures, not its rule), for every figure must say how it was counted. They are
 * read at the chart's own text size, on a slide too, where smaller text would scale the whole
 * dashboard wider than the slide, and wrap under the cut instead of being cut short.
 */
function getRuleBlocks(row: DashboardRow, byKey: ReadonlyMap<MeasureKey, Measure>, lang: Lang): RuleBlock[] {
  const own = byKey.get(row.key)!;
  const others = new Map<string, Measure[]>();
  for (const key of row.merged) {
    const m = byKey.get(key)!;
    const rule = say(m.ruleText, lang);
    if (rule !== say(own.ruleText, lang)) others.set(rule, [...(others.get(rule) ?? []), m]);
  }
  return [
    { measure: own, keys: [row.key], lines: wrapText(say(own.ruleText, lang), RULE_W, SIZE, Infinity) },
    ...[...others].map(([rule, measures]) => {
      const keys = measures.map((m) => m.key);
      return { measure: measures[0]!, keys, lines: wrapText(fill(MERGED_RULE, lang, { names: measureNames(keys, lang), rule }), RULE_W, SIZE, Infinity) };
    }),
  ];
}

/** Draws the row of measure `m` at `y`, `height` tall, in columns `cols`: name, before and after bars on the row's own scale, the cut and its `rules`, the target. */
function drawRow(g: G, m: Measure, shown: DashboardRow, rules: readonly RuleBlock[], target: Target | undefined, y: number, height: number, cols: Columns, lang: Lang): void {
  const { inner, barW, cutX, targetX } = cols;
  const row = g.append('g').attr('class', 'measure-row').attr('data-row', m.key).attr('data-merged', shown.merged.join(' ') || null).attr('transform', `translate(0,${y})`);
  const unit = say(m.unit, lang);
  const name = say(m.name, lang);
  const title = unit && unit.toLowerCase() !== name.toLowerCase() ? `${name}${paren(unit, lang)}` : name;
  wrappedLabel(row, title, 0, 22, NAME_W, { maxLines: 2, weight: 700 });
  if (shown.merged.length > 0) {
    wrappedLabel(row, fill(MERGED_ROW, lang, { names: measureNames(shown.merged, lang) }), 0, ROW_H - 2, cutX - 16, { maxLines: 2, fill: MUTED, className: 'merged-note' });
  }
  const x = scaleLinear().domain([0, Math.max(m.before ?? 0, m.after ?? 0, 1e-9)]).range([0, barW]);
  const bars: Array<[string, number | null, string]> = [[say(SIDES.before, lang), m.before, BEFORE_MARK], [say(SIDES.after, lang), m.after, ACCENT]];
  bars.forEach(([side, value, colour], j) => {
    const by = 4 + j * 22;
    if (value === null) {
      row.append('text').attr('x', BAR_X).attr('y', by + 13).attr('font-size', SIZE).attr('fill', MUTED).text(`${side} —`);
      return;
    }
    const bar = row.append('rect').attr('class', j === 0 ? 'bar-before' : 'bar-after').attr('x', BAR_X).attr('y', by).attr('height', 16).attr('rx', 2)
      .attr('width', Math.max(value > 0 ? 2 : 0, x(value))).attr('fill', colour);
    attachTooltip(bar.node()!, () => [title, `${side} ${withUnit(grouped(value), measureUnit(m.key, value, lang), lang)}`]);
    row.append('text').attr('x', BAR_X + x(value) + 6).attr('y', by + 13).attr('font-size', SIZE).attr('fill', j === 0 ? MUTED : INK)
      .attr('font-weight', j === 0 ? null : 700).text(grouped(value));
  });
  row.append('text').attr('class', 'cut-label').attr('data-measure', m.key).attr('x', cutX).attr('y', 26)
    .attr('font-size', SIZE + 4).attr('font-weight', 700).attr('fill', changeColour(m.cut)).text(say(m.text, lang));
  // The counting rules (口径) under the cut, as the comparison names them; a departure from the default in the warning colour.
  let ruleY = 46;
  for (const { measure, keys, lines } of rules) {
    const label = row.append('text').attr('class', 'rule-label').attr('data-rule-of', keys.join(' ')).attr('data-default', String(measure.ruleDefault))
      .attr('y', ruleY).attr('font-size', SIZE).attr('fill', measure.ruleDefault ? MUTED : WARN);
    lines.forEach((line, i) => label.append('tspan').attr('x', cutX).attr('dy', i === 0 ? 0 : RULE_LINE).text(line));
    attachTooltip(label.node()!, () => [say(measure.ruleText, lang), ...measure.ruleNotes[lang]]);
    ruleY += lines.length * RULE_LINE + RULE_GAP;
  }
  if (target) {
    const ok = target.met;
    const badge = row.append('g').attr('class', 'target').attr('data-met', String(ok)).attr('transform', `translate(${targetX},8)`);
    badge.append('rect').attr('width', 60).attr('height', 24).attr('rx', 12).attr('fill', ok ? GOOD : WARN);
    badge.append('text').attr('x', 30).attr('y', 17).attr('text-anchor', 'middle').attr('font-size', SIZE).attr('fill', '#fff').attr('font-weight', 700)
      .text(say(VERDICTS[ok ? 'met' : 'missed'], lang));
    wrappedLabel(badge as unknown as G, say(target.condition, lang), 68, 17, inner - targetX - 68, { maxLines: 1, fill: MUTED });
  }
  row.append('line').attr('x1', 0).attr('x2', inner).attr('y1', height - 6).attr('y2', height - 6).attr('stroke', RULE).attr('stroke-dasharray', '2 3');
}

function drawMoney(g: G, money: Comparison['money'], y: number, inner: number, lang: Lang): void {
  const box = g.append('g').attr('class', 'money').attr('transform', `translate(0,${y})`);
  if (!money) {
    box.append('text').attr('y', 24).attr('font-size', SIZE).attr('fill', MUTED).text(say(NO_MONEY, lang));
    return;
  }
  const saved = moneyAmount(money.saved, lang);
  box.append('text').attr('y', 24).attr('font-size', SIZE + 2).attr('fill', INK).text(t('moneySaved', lang));
  const figure = box.append('text').attr('class', 'money-saved').attr('data-saved', money.saved).attr('y', 66).attr('fill', money.saved > 0 ? GOOD : INK);
  figure.append('tspan').attr('font-size', 40).attr('font-weight', 700).text(saved.figure);
  figure.append('tspan').attr('font-size', SIZE + 4).attr('dx', 8).text(saved.unit);
  wrappedLabel(box as unknown as G, t('moneyBurden', lang, { before: moneyText(money.before, lang), after: moneyText(money.after, lang) }), 0, 96, 330, { maxLines: 2, fill: MUTED });
  wrappedLabel(box as unknown as G, say(money.formula, lang), 340, 24, inner - 350, { maxLines: 5, fill: MUTED });
}
