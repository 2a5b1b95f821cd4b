/** The analysis as Markdown for a written report (汇报材料): a summary table, then one section per procedure. */
import type { ProcedureAnalysis } from '../analysis/types.js';
import type { Lang } from '../model/types.js';
import { toTerminalText } from './terminal-text.js';
import { findingText, num, outcomesText } from './words.js';

/**
 * Escapes text for Markdown (a table cell, a heading, a list item), so what a user wrote stays text:
 * no HTML, no link or image (`[…](…)`, `![…](…)`), no line break (LF, CR, CRLF, U+2028/2029) that
 * would end a table row, and no control character.
 * @example cell('[点此](http://x)|<b>') // '\\[点此\\](http://x)\\|&lt;b&gt;'
 */
export function cell(text: string): string {
  return toTerminalText(text.replace(/\r\n|[\r\n\u2028\u2029]/g, ' '))
    .replace(/\\/g, '\\\\')
    .replace(/[|[\]]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Renders the analyses as Markdown. */
export function toMarkdown(analyses: readonly ProcedureAnalysis[], lang: Lang): string {
  const zh = lang === 'zh';
  const head = zh
    ? ['事项', '版本', '材料（份）', '环节', '用时（工作日）', '法定/承诺时限', '费用（元）', '跑动（次）']
    : ['Item', 'Version', 'Materials', 'Steps', 'Time (working days)', 'Statutory/committed', 'Fees (yuan)', 'Trips'];
  const lines = [zh ? '## 五减指标汇总' : '## Summary of the five reductions', '', `| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`];
  for (const a of analyses) {
    const limits = [a.limits.statutory, a.limits.committed].map((l) => (l ? (l.instant ? (zh ? '即办' : 'on the spot') : num(l.days)) : '—')).join(' / ');
    lines.push(
      `| ${[a.name, a.version.label, num(a.materials.standardPath), num(a.steps.standard), num(a.time.standard?.elapsed), limits, num(a.fees.standard), num(a.trips.standard)].map(cell).join(' | ')} |`,
    );
  }
  lines.push('', zh ? '注：材料、环节、用时、费用、跑动均按标准路径（最可能的一次办结路径，不含补正）计算。' : 'Materials, steps, time, fees and trips are those of the standard path (the most probable path to approval, without corrections).');
  for (const a of analyses) {
    lines.push('', `### ${cell(a.name)}（${cell(a.version.label)}）`, '');
    const t = a.time;
    const rows: Array<[string, string]> = [
      [zh ? '材料数' : 'Materials', zh ? `标准路径 ${a.materials.standardPath} 份；全流程 ${a.materials.procedure} 份` : `standard path ${a.materials.standardPath}; whole procedure ${a.materials.procedure}`],
      [zh ? '环节数' : 'Steps', `${num(a.steps.standard)}（${zh ? '最快' : 'fastest'} ${num(a.steps.fastest)}，${zh ? '最慢' : 'slowest'} ${num(a.steps.slowest)}）`],
      [zh ? '用时' : 'Time', `${num(t.standard?.elapsed)}（${zh ? '最快' : 'fastest'} ${num(t.fastest?.elapsed)}，${zh ? '最慢' : 'slowest'} ${num(t.slowest?.elapsed)}）`],
      [zh ? '计入法定时限' : 'Counted toward the limit', num(t.standard?.counted)],
      [zh ? '跑动次数' : 'Trips', `${num(a.trips.standard)}（${zh ? '最多' : 'at most'} ${num(a.trips.worst)}）`],
      [zh ? '费用（元）' : 'Fees (yuan)', num(a.fees.standard)],
      [zh ? '办理结果' : 'Outcomes', outcomesText(a.paths.outcomes, lang, zh ? '，' : ', ')],
    ];
    if (a.paths.standard) rows.push([zh ? '标准路径' : 'Standard path', a.paths.standard.stepNames.join(' → ')]);
    lines.push(`| ${zh ? '指标' : 'Measure'} | ${zh ? '数值' : 'Value'} |`, '| --- | --- |', ...rows.map(([k, v]) => `| ${cell(k)} | ${cell(v)} |`));
    if (a.findings.length > 0) {
      lines.push('', zh ? '**合规提示**' : '**Findings**', '', ...a.findings.map((f) => `- ${cell(findingText(f, lang))}`));
    }
  }
  return lines.join('\n') + '\n';
}
