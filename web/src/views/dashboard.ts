/**
 * The reform dashboard: each measure before (grey) and after (accent) on one scale per measure,
 * the cut exactly as the comparison words it ("压减51.43%"), whether the target was met (its goal as
 * the comparison words it), and the money saved per year with its formula.
 */
import { scaleLinear } from 'd3';
import { createSvg, type ChartFrame } from '../chart.js';
import type { Comparison, Measure, Target } from '../contract.js';
import { MEASURE_COLUMNS, MONEY_UNIT, moneyFigure, NO_MONEY, num, SIDES, VERDICTS } from '../../../src/vocabulary/index.js';
import { paren, say, t, type Lang } from '../i18n.js';
import type { G } from '../marks/axis.js';
import { legend } from '../marks/legend.js';
import { wrapText } from '../../../src/report/diagram/text.js';
import { wrappedLabel } from '../marks/label.js';
import { ACCENT, BEFORE, GOOD, INK, MUTED, RULE, SIZE, WARN } from '../theme.js';
import { attachTooltip } from '../tooltip.js';

const WIDTH = 1080;
const NAME_W = 190;
const BAR_X = NAME_W + 16;
const BAR_W = 440;
const CUT_X = BAR_X + BAR_W + 110;
const TARGET_X = CUT_X + 150;
const ROW_H = 58;

/** Draws the dashboard of `comparison` into `frame`. */
export function drawDashboard(frame: ChartFrame, comparison: Comparison): void {
  const { lang } = frame;
  const measures = comparison.measures;
  const money = comparison.money;
  // The comparison's own sentence ("材料由35份压减至17份，压减51.43%；…") heads the dashboard, as in a report.
  const summary = wrapText(say(comparison.summary, lang), WIDTH - 40, SIZE + 2, 3);
  const summaryH = summary.length > 0 && summary[0] ? summary.length * 26 + 12 : 0;
  const top = 56 + summaryH;
  const moneyH = money ? 150 : 50;
  const height = top + measures.length * ROW_H + 24 + moneyH;
  const svg = createSvg(frame.body, WIDTH, height);
  const g: G = svg.append('g').attr('transform', 'translate(20,16)');
  const lead = g.append('text').attr('class', 'summary').attr('font-size', SIZE + 2).attr('fill', INK);
  summary.forEach((line, i) => lead.append('tspan').attr('x', 0).attr('y', 18 + i * 26).text(line));
  legend(g.append('g').attr('transform', `translate(0,${summaryH})`) as G, [{ label: say(SIDES.before, lang), fill: BEFORE }, { label: say(SIDES.after, lang), fill: ACCENT }], 400);
  const header = g.append('g').attr('transform', `translate(0,${top - 14})`).attr('fill', MUTED).attr('font-size', SIZE);
  header.append('text').attr('x', CUT_X).text(say(MEASURE_COLUMNS.cutPercent, lang));
  if ((comparison.targets ?? []).length > 0) header.append('text').attr('x', TARGET_X).text(say(MEASURE_COLUMNS.target, lang));
  measures.forEach((m, i) => drawRow(g, m, comparison.targets?.find((tg) => tg.measure === m.key), top + i * ROW_H, lang));
  const moneyY = top + measures.length * ROW_H + 24;
  g.append('line').attr('x1', 0).attr('x2', WIDTH - 40).attr('y1', moneyY - 12).attr('y2', moneyY - 12).attr('stroke', RULE);
  drawMoney(g, money, moneyY, lang);
}

function drawRow(g: G, m: Measure, target: Target | undefined, y: number, lang: Lang): void {
  const row = g.append('g').attr('class', 'measure-row').attr('data-row', m.key).attr('transform', `translate(0,${y})`);
  const unit = say(m.unit, lang);
  const name = say(m.name, lang);
  const title = unit && unit.toLowerCase() !== name.toLowerCase() ? `${name}${paren(unit, lang)}` : name;
  wrappedLabel(row, title, 0, 22, NAME_W, { maxLines: 2, weight: 700 });
  const x = scaleLinear().domain([0, Math.max(m.before ?? 0, m.after ?? 0, 1e-9)]).range([0, BAR_W]);
  const bars: Array<[string, number | null, string]> = [[say(SIDES.before, lang), m.before, BEFORE], [say(SIDES.after, lang), m.after, ACCENT]];
  bars.forEach(([name, value, fill], j) => {
    const by = 4 + j * 22;
    if (value === null) {
      row.append('text').attr('x', BAR_X).attr('y', by + 13).attr('font-size', SIZE).attr('fill', MUTED).text(`${name} —`);
      return;
    }
    const bar = row.append('rect').attr('class', j === 0 ? 'bar-before' : 'bar-after').attr('x', BAR_X).attr('y', by).attr('height', 16).attr('rx', 2)
      .attr('width', Math.max(value > 0 ? 2 : 0, x(value))).attr('fill', fill);
    attachTooltip(bar.node()!, () => [title, `${name} ${num(value)} ${unit}`.trim()]);
    row.append('text').attr('x', BAR_X + x(value) + 6).attr('y', by + 13).attr('font-size', SIZE).attr('fill', j === 0 ? MUTED : INK)
      .attr('font-weight', j === 0 ? null : 700).text(num(value));
  });
  const improved = m.before !== null && m.after !== null && m.after < m.before;
  row.append('text').attr('class', 'cut-label').attr('data-measure', m.key).attr('x', CUT_X).attr('y', 26)
    .attr('font-size', SIZE + 4).attr('font-weight', 700).attr('fill', improved ? ACCENT : MUTED).text(say(m.text, lang));
  // The counting rule (口径) under the cut, as the comparison names it; a departure from the default in the warning colour.
  const rule = wrapText(say(m.ruleText, lang), TARGET_X - CUT_X - 8, SIZE - 3, 1)[0] ?? '';
  const ruleLabel = row.append('text').attr('class', 'rule-label').attr('data-default', String(m.ruleDefault)).attr('x', CUT_X).attr('y', 44)
    .attr('font-size', SIZE - 3).attr('fill', m.ruleDefault ? MUTED : WARN).text(rule);
  attachTooltip(ruleLabel.node()!, () => [say(m.ruleText, lang), ...m.ruleNotes[lang]]);
  if (target) {
    const ok = target.met;
    const badge = row.append('g').attr('class', 'target').attr('data-met', String(ok)).attr('transform', `translate(${TARGET_X},8)`);
    badge.append('rect').attr('width', 60).attr('height', 24).attr('rx', 12).attr('fill', ok ? GOOD : WARN);
    badge.append('text').attr('x', 30).attr('y', 17).attr('text-anchor', 'middle').attr('font-size', SIZE).attr('fill', '#fff').attr('font-weight', 700)
      .text(say(VERDICTS[ok ? 'met' : 'missed'], lang));
    badge.append('text').attr('x', 68).attr('y', 17).attr('font-size', SIZE).attr('fill', MUTED).text(say(target.condition, lang));
  }
  row.append('line').attr('x1', 0).attr('x2', WIDTH - 40).attr('y1', ROW_H - 6).attr('y2', ROW_H - 6).attr('stroke', RULE).attr('stroke-dasharray', '2 3');
}

function drawMoney(g: G, money: Comparison['money'], y: number, lang: Lang): void {
  const box = g.append('g').attr('class', 'money').attr('transform', `translate(0,${y})`);
  if (!money) {
    box.append('text').attr('y', 24).attr('font-size', SIZE).attr('fill', MUTED).text(say(NO_MONEY, lang));
    return;
  }
  box.append('text').attr('y', 24).attr('font-size', SIZE + 2).attr('fill', INK).text(t('moneySaved', lang));
  const figure = box.append('text').attr('class', 'money-saved').attr('data-saved', money.saved).attr('y', 66).attr('fill', ACCENT);
  figure.append('tspan').attr('font-size', 40).attr('font-weight', 700).text(moneyFigure(money.saved, lang));
  figure.append('tspan').attr('font-size', SIZE + 4).attr('dx', 8).text(say(MONEY_UNIT, lang));
  box.append('text').attr('y', 96).attr('font-size', SIZE).attr('fill', MUTED)
    .text(t('moneyBurden', lang, { before: moneyFigure(money.before, lang), after: moneyFigure(money.after, lang), unit: say(MONEY_UNIT, lang) }));
  wrappedLabel(box, say(money.formula, lang), 340, 24, WIDTH - 390, { maxLines: 5, fill: MUTED });
}
