/** A comparison as a terminal table, Chinese by default, columns aligned by display width. */
import type { Comparison } from '../analysis/compare/compare.js';
import { CRITICAL_PATH, fill, paren, say, type Lang } from '../vocabulary/index.js';
import { changeText, criticalText, labelled, measureCells, MEASURE_HEAD, moneyLines, noMoneyText, sideKind } from './comparison-common.js';
import { COMPARISON_PHRASES as P } from './comparison-phrases.js';
import { ledgerWords, summaryText, targetText } from './comparison-words.js';
import { displayWidth } from './frame.js';

/** Lays rows out in columns padded to the widest cell. */
function columns(rows: string[][], indent = '  '): string[] {
  if (rows.length === 0) return [];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => displayWidth(r[i] ?? ''))));
  return rows.map((r) => indent + r.map((cell, i) => (i === r.length - 1 ? cell : cell + ' '.repeat(widths[i]! - displayWidth(cell)))).join('  ').trimEnd());
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
  out.push(...columns([MEASURE_HEAD.map((w) => say(w, lang)), ...c.measures.map((r) => measureCells(r, lang))]));
  for (const side of [b, a]) {
    if (side.kind === 'bundle') out.push(`  ${labelled(`${say(CRITICAL_PATH, lang)}${paren(side.label, lang)}`, criticalText(side), lang)}`);
  }
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
