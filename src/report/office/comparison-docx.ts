/**
 * Comparisons as a Word report (汇报材料) a reform office can send upward after light editing: per
 * case its title, the sentence naming both sides with the summary, the measures table with each
 * figure's counting rule (口径) and the notes it needs, the finishing dates with what they rest on (and
 * the warning when some are assumed), the dashboard, targets, the money saved with its formula, the
 * ledger, the timeline and the process diagrams. The same sentences and cells as the Markdown report.
 */
import type { FileChild } from 'docx';
import type { Comparison } from '../../analysis/compare/compare.js';
import { CRITICAL_PATH, fill, fullStop, grouped, labelled, LEDGER_COLUMNS, num, paren, say, type Lang } from '../../vocabulary/index.js';
import { changeText, criticalText, finishText, getMeasureNotes, moneyLines, noMoneyText, sideKind } from '../comparison-common.js';
import { COMPARISON_PHRASES as P } from '../comparison-phrases.js';
import { ledgerWords, measureCells, measureHead, summaryText, targetText } from '../comparison-words.js';
import { body, dateNotes, figure, heading, note, table, title, toDocxBytes } from './docx-parts.js';
import type { CasePictures, Pictures } from './index.js';
import type { ChartWords } from './types.js';

/** The columns of the measures table with figures, aligned right. */
const MEASURE_NUMBERS = new Set([1, 2, 3, 4]);

/** One case's part of the report; `figures` counts the figures before it, so captions number on. */
function caseSection(c: Comparison, pictures: CasePictures, words: ChartWords, lang: Lang, first: boolean, figures: { n: number }): FileChild[] {
  const { before: b, after: a } = c;
  const out: FileChild[] = [];
  let section = 0;
  const next = (text: string) => heading(++section, text, lang);
  const picture = (p: CasePictures['dashboard']) => figure(p, ++figures.n, lang);
  out.push(title(fill(P.title, lang, a.name), !first));
  out.push(body(fill(P.sides, lang, { before: b.name, beforeKind: sideKind(b, lang), after: a.name, afterKind: sideKind(a, lang), summary: summaryText(c.measures, lang) })));
  out.push(next(say(P.measures, lang)));
  out.push(table(measureHead(lang), c.measures.map((r) => measureCells(r, lang)), MEASURE_NUMBERS, [2, 2.7, 2.7, 1.3, 2.3, 2.9]));
  const notes = getMeasureNotes(c.measures, lang);
  out.push(note(notes.rounding), ...notes.notes.map((n) => note(n)));
  out.push(note(say(P.rules, lang)), ...notes.rules.map((n) => note(n)));
  for (const side of [b, a]) {
    if (side.kind === 'bundle') out.push(note(labelled(`${say(CRITICAL_PATH, lang)}${paren(side.label, lang)}`, criticalText(side), lang)));
  }
  const finish = finishText(c, lang);
  if (finish && c.dates) out.push(body(labelled(finish.label, finish.value, lang)), ...dateNotes(c.dates, lang));
  out.push(...picture(pictures.dashboard));
  if (c.targets.length > 0) {
    out.push(next(say(P.targets, lang)));
    out.push(table([P.goal, P.actual, P.verdict].map((w) => say(w, lang)), c.targets.map((tg) => {
      const w = targetText(tg, lang);
      return [w.goal, w.actual, w.verdict];
    }), new Set([1]), [5, 2, 1.6]));
  }
  out.push(next(say(P.money, lang)));
  const money = moneyLines(c, lang);
  if (money && c.money) {
    out.push(body(`${money.totals}${fullStop(lang)}`));
    out.push(note(labelled(say(P.formula, lang), money.formula, lang)));
    out.push(note(labelled(say(P.settings, lang), money.settings, lang)));
    out.push(table(
      P.moneyColumns[lang],
      c.money.items.map((i) => [i.side === 'before' ? b.label : a.label, i.name, grouped(i.volume), num(i.trips), num(i.copies), num(i.waitDays), grouped(i.fees), grouped(i.perCase), grouped(i.yearly)]),
      new Set([2, 3, 4, 5, 6, 7, 8]),
      [1.1, 3, 1.3, 0.9, 1, 1.1, 1, 1.3, 1.6],
    ));
  } else {
    out.push(body(noMoneyText(lang)));
  }
  out.push(next(say(P.ledger, lang)));
  const L = LEDGER_COLUMNS;
  out.push(table([L.kind, L.name, L.item, L.change, L.reason].map((w) => say(w, lang)), c.ledger.map((e) => {
    const w = ledgerWords(e, lang);
    return [w.kind, e.name, e.itemName ?? '—', changeText(e, lang), w.reason];
  }), new Set(), [1, 4, 2.6, 1, 3]));
  out.push(next(words.timeline));
  out.push(...picture(pictures.timeline));
  out.push(next(words.process));
  for (const p of pictures.process) out.push(...picture(p));
  return out;
}

/**
 * The Word report of `comparisons`, each case starting on a page of its own, as .docx bytes.
 * `pictures` are the cases' charts (index.ts drawPictures), in the same order.
 */
export async function toComparisonDocx(comparisons: readonly Comparison[], pictures: Pictures, lang: Lang): Promise<Buffer> {
  const figures = { n: 0 };
  const children = comparisons.flatMap((c, i) => caseSection(c, pictures.cases[i]!, pictures.words, lang, i === 0, figures));
  return toDocxBytes(children, { title: fill(P.title, lang, comparisons[0]!.after.name), lang });
}
