/**
 * A comparison as Markdown for a written report (汇报材料): a summary paragraph with the key cuts,
 * the measures table, targets, money with its formula, and the ledger. User text is escaped.
 */
import type { Comparison } from '../analysis/compare/compare.js';
import type { MeasureRow } from '../analysis/compare/types.js';
import { CRITICAL_PATH, fill, fullStop, grouped, LEDGER_COLUMNS, num, paren, say, type Lang } from '../vocabulary/index.js';
import { changeText, criticalText, finishText, getMeasureNotes, labelled, moneyLines, noMoneyText, sideKind } from './comparison-common.js';
import { COMPARISON_PHRASES as P } from './comparison-phrases.js';
import { ledgerWords, measureCells, measureHead, summaryText, targetText } from './comparison-words.js';
import { dateMarkdown } from './dates.js';
import { cell, markdownTable } from './markdown.js';

/**
 * The measures table as compare writes it, with its notes: how cuts are rounded, what a reader needs
 * beside a figure (ruleNotes), and every counting rule (口径) the figures were counted by.
 */
export function measuresMarkdown(measures: readonly MeasureRow[], lang: Lang): string[] {
  const notes = getMeasureNotes(measures, lang);
  return [
    ...markdownTable(measureHead(lang), measures.map((r) => measureCells(r, lang))),
    '',
    notes.rounding,
    ...notes.notes.map((n) => `- ${cell(n)}`),
    '',
    say(P.rules, lang),
    '',
    ...notes.rules.map((n) => `- ${cell(n)}`),
  ];
}

/** Renders one comparison as a Markdown section. */
export function toComparisonMarkdown(c: Comparison, lang: Lang): string {
  const { before: b, after: a } = c;
  const lines = [
    `## ${fill(P.title, lang, cell(a.name))}`,
    '',
    fill(P.sides, lang, { before: cell(b.name), beforeKind: cell(sideKind(b, lang)), after: cell(a.name), afterKind: cell(sideKind(a, lang)), summary: cell(summaryText(c.measures, lang)) }),
    '',
    `### ${say(P.measures, lang)}`,
    '',
    ...measuresMarkdown(c.measures, lang),
  ];
  for (const side of [b, a]) {
    if (side.kind === 'bundle') lines.push('', cell(labelled(`${say(CRITICAL_PATH, lang)}${paren(side.label, lang)}`, criticalText(side), lang)));
  }
  const finish = finishText(c, lang);
  if (finish && c.dates) lines.push('', cell(labelled(finish.label, finish.value, lang)), '', dateMarkdown(c.dates, lang));
  if (c.targets.length > 0) {
    lines.push('', `### ${say(P.targets, lang)}`, '');
    lines.push(...markdownTable([P.goal, P.actual, P.verdict].map((w) => say(w, lang)), c.targets.map((t) => {
      const w = targetText(t, lang);
      return [w.goal, w.actual, w.verdict];
    })));
  }
  lines.push('', `### ${say(P.money, lang)}`, '');
  const money = moneyLines(c, lang);
  if (money && c.money) {
    lines.push(`${cell(money.totals)}${fullStop(lang)}`, '', cell(labelled(say(P.formula, lang), money.formula, lang)), '', cell(labelled(say(P.settings, lang), money.settings, lang)), '');
    lines.push(...markdownTable(
      P.moneyColumns[lang],
      c.money.items.map((i) => [i.side === 'before' ? b.label : a.label, i.name, grouped(i.volume), num(i.trips), num(i.copies), num(i.waitDays), grouped(i.fees), grouped(i.perCase), grouped(i.yearly)]),
    ));
  } else {
    lines.push(cell(noMoneyText(lang)));
  }
  lines.push('', `### ${say(P.ledger, lang)}`, '');
  const L = LEDGER_COLUMNS;
  lines.push(...markdownTable([L.kind, L.name, L.item, L.change, L.reason].map((w) => say(w, lang)), c.ledger.map((e) => {
    const w = ledgerWords(e, lang);
    return [w.kind, e.name, e.itemName ?? '—', changeText(e, lang), w.reason];
  })));
  return lines.join('\n') + '\n';
}
