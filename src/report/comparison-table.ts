/** A comparison as a terminal table, Chinese by default, columns aligned by display width. */
import type { Comparison } from '../analysis/compare/compare.js';
import type { MeasureRow } from '../analysis/compare/types.js';
import { CRITICAL_PATH, fill, paren, say, type Lang } from '../vocabulary/index.js';
import { changeText, criticalText, finishText, labelled, moneyLines, noMoneyText, sideKind } from './comparison-common.js';
import { COMPARISON_PHRASES as P } from './comparison-phrases.js';
import { ledgerWords, measureCells, measureHead, measureName, ruleNotes, summaryText, targetText } from './comparison-words.js';
import { columns } from './columns.js';
import { dateLines } from './dates.js';

/** The measures table as compare prints it, each figure's counting rule beside it, then the notes a figure needs. */
export function measuresTable(measures: readonly MeasureRow[], lang: Lang): string[] {
  return [
    ...columns([measureHead(lang), ...measures.map((r) => measureCells(r, lang))]),
    ...measures.flatMap((r) => ruleNotes(r, lang).map((n) => `  ${labelled(measureName(r.key, lang), n, lang)}`)),
  ];
}

/** Renders one comparison. */
export function toComparisonTable(c: Comparison, lang: Lang): string {
  const { before: b, after: a } = c;
  const out = [
    labelled(a.name, `${b.label} → ${a.label}`, lang),
    `  ${b.label}  ${b.file}${paren(sideKind(b, lang), lang)}`,
    `  ${a.label}  ${a.file}${paren(sideKind(a, lang), lang)}`,
    '',
    `  ${summaryText(c.measures, lang)}`,
    '',
  ];
  out.push(...measuresTable(c.measures, lang));
  for (const side of [b, a]) {
    if (side.kind === 'bundle') out.push(`  ${labelled(`${say(CRITICAL_PATH, lang)}${paren(side.label, lang)}`, criticalText(side), lang)}`);
  }
  const finish = finishText(c, lang);
  if (finish && c.dates) out.push(`  ${labelled(finish.label, finish.value, lang)}`, ...dateLines(c.dates, lang).map((line) => `  ${line}`));
  if (c.targets.length > 0) {
    out.push('', say(P.targets, lang));
    out.push(...columns(c.targets.map((t) => {
      const w = targetText(t, lang);
      return [`${t.met ? '✓' : '✗'} ${w.goal}`, `${say(P.actual, lang)} ${w.actual}`, w.verdict];
    })));
  }
  out.push('', say(P.money, lang));
  const money = moneyLines(c, lang);
  if (money) out.push(`  ${money.totals}`, `  ${labelled(say(P.formula, lang), money.formula, lang)}`, `  ${labelled(say(P.settings, lang), money.settings, lang)}`);
  else out.push(`  ${noMoneyText(lang)}`);
  out.push('', fill(P.ledgerCount, lang, c.ledger.length));
  out.push(...columns(c.ledger.map((e) => {
    const w = ledgerWords(e, lang);
    return [w.kind, changeText(e, lang), w.reason, `${e.name}${e.itemName ? paren(e.itemName, lang) : ''}`];
  })));
  return out.join('\n') + '\n';
}
