/** A comparison as a terminal table, Chinese by default, columns aligned by display width. */
import type { Comparison } from '../analysis/compare/compare.js';
import type { Lang } from '../model/types.js';
import { changeText, criticalText, labelled, moneyLines, noMoneyText, paren, sideKind } from './comparison-common.js';
import { cutAmountText, cutText, figureText, ruleNotes, ruleText, ledgerWords, measureName, summaryText, targetText } from './comparison-words.js';
import { displayWidth } from './frame.js';
import { num } from './words.js';

/** Lays rows out in columns padded to the widest cell. */
function columns(rows: string[][], indent = '  '): string[] {
  if (rows.length === 0) return [];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => displayWidth(r[i] ?? ''))));
  return rows.map((r) => indent + r.map((cell, i) => (i === r.length - 1 ? cell : cell + ' '.repeat(widths[i]! - displayWidth(cell)))).join('  ').trimEnd());
}

/** Renders one comparison. */
export function toComparisonTable(c: Comparison, lang: Lang): string {
  const zh = lang === 'zh';
  const { before: b, after: a } = c;
  const out = [
    labelled(a.name, `${b.label} → ${a.label}`, lang),
    `  ${b.label}  ${b.file}${paren(sideKind(b, lang), lang)}`,
    `  ${a.label}  ${a.file}${paren(sideKind(a, lang), lang)}`,
    '',
    `  ${summaryText(c.measures, lang)}`,
    '',
  ];
  const head = zh ? ['指标', '改革前', '改革后', '压减量', '压减率', '口径'] : ['Measure', 'Before', 'After', 'Cut', 'Change', 'Counting rule'];
  out.push(...columns([head, ...c.measures.map((r) => [measureName(r.key, lang), figureText(r.key, r.before, lang), figureText(r.key, r.after, lang), cutAmountText(r, lang), cutText(r, lang), ruleText(r, lang)])]));
  const notes = c.measures.flatMap((r) => ruleNotes(r, lang).map((n) => `  ${labelled(measureName(r.key, lang), n, lang)}`));
  if (notes.length > 0) out.push(...notes);
  for (const side of [b, a]) {
    if (side.kind === 'bundle') out.push(`  ${labelled(`${zh ? '关键路径' : 'Critical path'}${paren(side.label, lang)}`, criticalText(side), lang)}`);
  }
  if (c.targets.length > 0) {
    out.push('', zh ? '目标' : 'Targets');
    out.push(...columns(c.targets.map((t) => {
      const w = targetText(t, lang);
      return [`${t.met ? '✓' : '✗'} ${w.goal}`, `${zh ? '实际' : 'actual'} ${w.actual}`, w.verdict];
    })));
  }
  out.push('', zh ? '节省成本（标准成本模型）' : 'Money saved (Standard Cost Model)');
  const money = moneyLines(c, lang);
  if (money) out.push(`  ${money.totals}`, `  ${labelled(zh ? '公式' : 'formula', money.formula, lang)}`, `  ${labelled(zh ? '参数' : 'settings', money.settings, lang)}`);
  else out.push(`  ${noMoneyText(lang)}`);
  out.push('', zh ? `减量清单（${c.ledger.length} 条）` : `Ledger (${c.ledger.length} entries)`);
  out.push(...columns(c.ledger.map((e) => {
    const w = ledgerWords(e, lang);
    const item = e.itemName ?? e.item;
    return [w.kind, changeText(e, lang), w.reason, `${e.name}${item ? paren(item, lang) : ''}`];
  })));
  return out.join('\n') + '\n';
}
