/** The analysis as a readable terminal table, one block per procedure, Chinese by default. */
import type { LimitFigure, ProcedureAnalysis, TimeFigure } from '../analysis/types.js';
import { limitText } from '../model/messages.js';
import type { Lang } from '../model/types.js';
import { displayWidth } from './frame.js';
import { findingText, num, outcomesText, pathName } from './words.js';

/** Renders every analysis as a block of labelled rows. */
export function toTable(analyses: readonly ProcedureAnalysis[], lang: Lang): string {
  return analyses.map((a) => block(a, lang)).join('\n');
}

function block(a: ProcedureAnalysis, lang: Lang): string {
  const zh = lang === 'zh';
  const rows: Array<[string, string]> = [];
  const add = (zhLabel: string, enLabel: string, value: string) => rows.push([zh ? zhLabel : enLabel, value]);
  const sep = ' · ';
  const m = a.materials;
  add('事项数', 'Items', String(a.items));
  add('材料数', 'Materials',
    zh
      ? `标准路径 ${m.standardPath} 份${sep}全流程 ${m.procedure} 份${sep}提交份数 ${m.copies.standardPath}${sep}已定义 ${m.defined}`
      : `standard path ${m.standardPath}${sep}whole procedure ${m.procedure}${sep}copies ${m.copies.standardPath}${sep}defined ${m.defined}`);
  const r = m.reform;
  if (r.shared + r.commitment + r.deferred + r.cancelled > 0) {
    add('材料精简', 'Materials cut',
      zh
        ? `数据共享 ${r.shared}${sep}告知承诺 ${r.commitment}${sep}容缺后补 ${r.deferred}${sep}取消 ${r.cancelled}`
        : `shared ${r.shared}${sep}commitment ${r.commitment}${sep}deferred ${r.deferred}${sep}cancelled ${r.cancelled}`);
  }
  const s = a.steps;
  add('环节数', 'Steps', zh
    ? `标准 ${num(s.standard)}${sep}最快 ${num(s.fastest)}${sep}最慢 ${num(s.slowest)}${sep}模型共 ${s.model}`
    : `standard ${num(s.standard)}${sep}fastest ${num(s.fastest)}${sep}slowest ${num(s.slowest)}${sep}in the model ${s.model}`);
  const limits = [
    a.limits.statutory && `${zh ? '法定' : 'statutory'} ${limitWords(a.limits.statutory, lang)}`,
    a.limits.committed && `${zh ? '承诺' : 'committed'} ${limitWords(a.limits.committed, lang)}`,
  ].filter(Boolean);
  add('办结时限', 'Time limits', limits.length > 0 ? limits.join(sep) : zh ? '未规定' : 'none set');
  for (const [name, figure] of [['standard', a.time.standard], ['fastest', a.time.fastest], ['slowest', a.time.slowest]] as const) {
    if (figure) add(`用时·${pathName(name, lang).replace('路径', '')}`, `Time, ${name}`, timeWords(figure, lang));
  }
  add('费用（元）', 'Fees (yuan)', zh ? `标准 ${num(a.fees.standard)}${sep}最多 ${num(a.fees.max)}` : `standard ${num(a.fees.standard)}${sep}at most ${num(a.fees.max)}`);
  add('跑动次数', 'Trips', zh ? `标准 ${num(a.trips.standard)}${sep}最多 ${num(a.trips.worst)}` : `standard ${num(a.trips.standard)}${sep}at most ${num(a.trips.worst)}`);
  add('即办', 'On the spot', a.instant ? (zh ? '是' : 'yes') : zh ? '否' : 'no');
  add('部门', 'Departments', a.departments.join('、') || '—');
  if (a.paths.standard) add('标准路径', 'Standard path', a.paths.standard.stepNames.join(' → '));
  add('办理结果', 'Outcomes', outcomesText(a.paths.outcomes, lang, sep));
  for (const f of a.findings) add(f.severity === 'warning' ? '⚠ 发现' : 'ℹ 提示', f.severity === 'warning' ? '⚠ finding' : 'ℹ note', findingText(f, lang));
  const width = Math.max(...rows.map(([label]) => displayWidth(label)));
  const title = `${a.name} [${a.version.label}]  ${a.file}`;
  const lines = rows.map(([label, value]) => `  ${label}${' '.repeat(width - displayWidth(label))}  ${value}`);
  return [title, ...lines, ''].join('\n');
}

function limitWords(limit: LimitFigure, lang: Lang): string {
  const text = limitText(num(limit.days), limit.instant ? 'instant' : limit.unit, lang);
  if (!limit.from) return text;
  return lang === 'zh' ? `${text}（自 ${limit.from} 起算合 ${num(limit.workdays)} 个工作日）` : `${text} (from ${limit.from}: ${num(limit.workdays)} working days)`;
}

function timeWords(t: TimeFigure, lang: Lang): string {
  const zh = lang === 'zh';
  let text = zh
    ? `${num(t.elapsed)} 个工作日（计入法定时限 ${num(t.counted)}，不计入 ${num(t.uncounted)}）`
    : `${limitText(num(t.elapsed), 'workday', lang)} (${num(t.counted)} counted toward the limit, ${num(t.uncounted)} not)`;
  if (t.finish) text += zh ? `，办结于 ${t.finish.date}（${t.finish.calendarDays} 个自然日）` : `, done on ${t.finish.date} (${t.finish.calendarDays} calendar days)`;
  return text;
}

