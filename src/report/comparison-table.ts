/** A comparison as a terminal table, Chinese by default, columns aligned by display width. */
import type { Comparison } from '../analysis/compare/compare.js';
import { CRITICAL_PATH, fill, MEASURE_COLUMNS, paren, say, type Lang } from '../vocabulary/index.js';
import { changeText, criticalText, finishText, labelled, moneyLines, noMoneyText, sideKind } from './comparison-common.js';
import { COMPARISON_PHRASES as P } from './comparison-phrases.js';
import { cutAmountText, cutText, figureText, ledgerWords, measureName, ruleNotes, ruleText, summaryText, targetText } from './comparison-words.js';
import { columns } from './columns.js';
import { dateLines } from './dates.js';

/** Renders one comparison. */
export function toComparisonTable(c: Comparison, lang: Lang): string {
  const { before: b, after: a } = c;
  const M = MEASURE_COLUMNS;
  const out = [
    labelled(a.name, `${b.label} → ${a.label}`, lang),
    `  ${b.label}  ${b.file}${paren(sideKind(b, lang), lang)}`,
    `  ${a.label}  ${a.file}${paren(sideKind(a, lang), lang)}`,
    '',
    `  ${summaryText(c.measures, lang)}`,
    '',
  ];
  const head = [M.measure, M.before, M.after, M.cut, M.cutPercent, M.rule].map((w) => say(w, lang));
  out.push(...columns([head, ...c.measures.map((r) => [measureName(r.key, lang), figureText(r.key, r.before, lang), figureText(r.key, r.after, lang), cutAmountText(r, lang), cutText(r, lang), ruleText(r, lang)])]));
  out.push(...c.measures.flatMap((r) => ruleNotes(r, lang).map((n) => `  ${labelled(measureName(r.key, lang), n, lang)}`)));
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
