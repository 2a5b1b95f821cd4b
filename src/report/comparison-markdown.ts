/**
 * A comparison as Markdown for a written report (汇报材料): a summary paragraph with the key cuts,
 * the measures table, targets, money with its formula, and the ledger. User text is escaped.
 */
import type { Comparison } from '../analysis/compare/compare.js';
import type { Lang } from '../model/types.js';
import { changeText, criticalText, labelled, moneyLines, noMoneyText, paren, sideKind } from './comparison-common.js';
import { cutAmountText, cutText, figureText, ruleNotes, ruleText, ledgerWords, measureName, summaryText, targetText } from './comparison-words.js';
import { ruleDescription, ruleName } from '../vocabulary/counting-rules.js';
import { cell } from './markdown.js';
import { grouped, num } from './words.js';

function table(head: string[], rows: string[][]): string[] {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)];
}

/** Renders one comparison as a Markdown section. */
export function toComparisonMarkdown(c: Comparison, lang: Lang): string {
  const zh = lang === 'zh';
  const { before: b, after: a } = c;
  const lines = [
    `## ${cell(a.name)}${zh ? '改革前后对比' : ': before and after'}`,
    '',
    zh
      ? `改革前：${cell(b.name)}（${cell(sideKind(b, lang))}）；改革后：${cell(a.name)}（${cell(sideKind(a, lang))}）。${cell(summaryText(c.measures, lang))}`
      : `Before: ${cell(b.name)} (${cell(sideKind(b, lang))}); after: ${cell(a.name)} (${cell(sideKind(a, lang))}). ${cell(summaryText(c.measures, lang))}`,
    '',
    zh ? '### 指标对比' : '### Measures',
    '',
    ...table(
      zh ? ['指标', '改革前', '改革后', '压减量', '压减率', '口径'] : ['Measure', 'Before', 'After', 'Cut', 'Change', 'Counting rule'],
      c.measures.map((r) => [measureName(r.key, lang), figureText(r.key, r.before, lang), figureText(r.key, r.after, lang), cutAmountText(r, lang), cutText(r, lang), ruleText(r, lang)]),
    ),
    '',
    `${zh ? '注：' : 'Note: '}${ruleDescription('percent-half-up', lang)}`,
    ...c.measures.flatMap((r) => ruleNotes(r, lang).map((n) => `- ${cell(labelled(measureName(r.key, lang), n, lang))}`)),
    '',
    zh ? '口径说明：' : 'Counting rules:',
    '',
    ...[...new Set(c.measures.flatMap((r) => [r.rule.before, r.rule.after]))].map((id) => `- ${cell(ruleName(id, lang))}：${cell(ruleDescription(id, lang))}`),
  ];
  for (const side of [b, a]) {
    if (side.kind === 'bundle') lines.push('', cell(labelled(`${zh ? '关键路径' : 'Critical path'}${paren(side.label, lang)}`, criticalText(side), lang)));
  }
  if (c.targets.length > 0) {
    lines.push('', zh ? '### 目标达成' : '### Targets', '');
    lines.push(...table(zh ? ['目标', '实际', '结论'] : ['Target', 'Actual', 'Verdict'], c.targets.map((t) => {
      const w = targetText(t, lang);
      return [w.goal, w.actual, w.verdict];
    })));
  }
  lines.push('', zh ? '### 节省成本（标准成本模型）' : '### Money saved (Standard Cost Model)', '');
  const money = moneyLines(c, lang);
  if (money && c.money) {
    lines.push(`${cell(money.totals)}${zh ? '。' : '.'}`, '', cell(labelled(zh ? '计算公式' : 'Formula', money.formula, lang)), '', cell(labelled(zh ? '参数' : 'Settings', money.settings, lang)), '');
    lines.push(...table(
      zh ? ['版本', '事项', '年办件量', '跑动', '材料份数', '等待工作日', '费用（元）', '每件负担（元）', '年负担（元）'] : ['Side', 'Item', 'Cases/year', 'Trips', 'Copies', 'Days waited', 'Fees', 'Per case', 'Yearly'],
      c.money.items.map((i) => [i.side === 'before' ? b.label : a.label, i.name, grouped(i.volume), num(i.trips), num(i.copies), num(i.waitDays), grouped(i.fees), grouped(i.perCase), grouped(i.yearly)]),
    ));
  } else {
    lines.push(cell(noMoneyText(lang)));
  }
  lines.push('', zh ? '### 减量清单' : '### Ledger', '');
  lines.push(...table(zh ? ['类别', '名称', '所属事项', '变化', '原因'] : ['Kind', 'Name', 'Item', 'Change', 'Reason'], c.ledger.map((e) => {
    const w = ledgerWords(e, lang);
    return [w.kind, e.name, e.itemName ?? e.item ?? '—', changeText(e, lang), w.reason];
  })));
  return lines.join('\n') + '\n';
}
