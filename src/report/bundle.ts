/** A bundle's analysis (一件事) for `wujian analyze`: as plain data for JSON, as table rows, as Markdown. */
import type { BundleAnalysis } from '../analysis/bundle.js';
import type { BundleLimit } from '../analysis/bundle-limits.js';
import { limitText } from '../model/messages.js';
import { ruleName } from '../vocabulary/counting-rules.js';
import type { Lang } from '../model/types.js';
import { displayWidth } from './frame.js';
import { cell } from './markdown.js';
import { num } from './words.js';

/** The bundle's figures as plain data (schemas/analysis.schema.json, `bundles`). */
export function toBundleSummary(b: BundleAnalysis) {
  const s = b.schedules;
  return {
    file: b.file,
    id: b.id,
    name: b.name,
    ...(b.version ? { version: b.version } : {}),
    submission: b.submission,
    items: b.resolved.map((item, k) => ({
      id: item.id,
      name: item.procedure.name,
      file: item.procedure.file,
      after: item.after,
      start: s.standard.items[k]!.start,
      finish: s.standard.items[k]!.finish,
      critical: s.standard.critical.includes(item.id),
    })),
    materials: b.materials,
    copies: b.copies,
    steps: b.steps,
    stepRule: b.stepRule,
    stepCounts: b.stepCounts,
    limits: { statutory: limitSummary(b.limits.statutory), committed: limitSummary(b.limits.committed) },
    trips: b.trips,
    fees: b.fees,
    departments: b.departments,
    time: {
      standard: s.standard.total,
      slowest: s.slowest.total,
      ...(b.limits.committed.total !== undefined ? { committed: b.limits.committed.total } : {}),
      ...(b.limits.statutory.total !== undefined ? { statutory: b.limits.statutory.total } : {}),
    },
    criticalPath: s.standard.critical,
  };
}

/** A bundle limit as plain data: its rule, figure (when known) and the items that lack it. */
function limitSummary(l: BundleLimit) {
  return { rule: l.rule, ...(l.total !== undefined ? { total: l.total } : {}), ...(l.declared ? { declared: l.declared } : {}), ...(l.schedule ? { criticalPath: l.schedule.total } : {}), missing: l.missing };
}

/** A bundle limit in words: "45 个工作日（各事项时限按先后关系的关键路径）" or "未规定（…未规定该时限）". */
function limitLine(l: BundleLimit, lang: Lang): string {
  const zh = lang === 'zh';
  const rule = ruleName(l.rule, lang);
  if (l.total === undefined) {
    return zh ? `未规定（${l.missing.join('、')} 未规定该时限，不以模型用时代替）` : `none (${l.missing.join(', ')} set no such limit; modelled time is not put in its place)`;
  }
  const beside = l.declared && l.schedule ? (zh ? `；各事项时限关键路径 ${num(l.schedule.total)}` : `; items’ limits along the critical path ${num(l.schedule.total)}`) : '';
  return `${limitText(num(l.declared?.days ?? l.total), l.declared ? (l.declared.instant ? 'instant' : l.declared.unit) : 'workday', lang)}${zh ? `（${rule}${beside}）` : ` (${rule}${beside})`}`;
}

/** Labelled rows of a bundle, in `lang`. */
function rows(b: BundleAnalysis, lang: Lang): Array<[string, string]> {
  const zh = lang === 'zh';
  const s = toBundleSummary(b);
  const how = b.submission === 'once' ? (zh ? '一次提交（共用材料只计一次）' : 'handed in once (shared ones counted once)') : zh ? '分别提交（逐事项相加）' : 'handed in separately (summed per item)';
  const names = new Map(s.items.map((i) => [i.id, i.name]));
  return [
    [zh ? '事项数' : 'Items', String(b.items)],
    [zh ? '材料数' : 'Materials', `${b.materials}${zh ? ' 份，' : ', '}${how}`],
    [zh ? '环节数' : 'Steps', `${b.steps}${zh ? `（各事项标准路径之和；${ruleName(b.stepRule, lang)}）` : ` (sum of the items’ standard paths; ${ruleName(b.stepRule, lang)})`}`],
    [zh ? '时间（关键路径）' : 'Time (critical path)', zh
      ? `模型标准 ${num(s.time.standard)} · 最慢 ${num(s.time.slowest)} 个工作日`
      : `modelled standard ${num(s.time.standard)} · slowest ${num(s.time.slowest)} working days`],
    [zh ? '承诺时限' : 'Committed limit', limitLine(b.limits.committed, lang)],
    [zh ? '法定时限' : 'Statutory limit', limitLine(b.limits.statutory, lang)],
    [zh ? '跑动次数' : 'Trips', String(b.trips)],
    [zh ? '费用（元）' : 'Fees (yuan)', num(b.fees)],
    [zh ? '部门' : 'Departments', b.departments.join('、') || '—'],
    [zh ? '关键路径' : 'Critical path', s.criticalPath.map((id) => names.get(id) ?? id).join(' → ')],
    ...s.items.map((i): [string, string] => [`  ${i.name}`, `${zh ? '第' : 'days '}${num(i.start)}–${num(i.finish)}${zh ? ' 个工作日' : ''}${i.critical ? (zh ? '（关键）' : ' (critical)') : ''}`]),
  ];
}

/** A bundle as a terminal block. */
export function toBundleTable(b: BundleAnalysis, lang: Lang): string {
  const r = rows(b, lang);
  const width = Math.max(...r.map(([label]) => displayWidth(label)));
  const title = `${b.name} [${b.version?.label ?? ''}] ${lang === 'zh' ? '一件事' : 'bundle'}  ${b.file}`;
  return [title, ...r.map(([label, value]) => `  ${label}${' '.repeat(width - displayWidth(label))}  ${value}`), ''].join('\n');
}

/** A bundle as a Markdown section. */
export function toBundleMarkdown(b: BundleAnalysis, lang: Lang): string {
  const zh = lang === 'zh';
  const head = `### ${cell(b.name)}（${cell(b.version?.label ?? '')}，${zh ? '一件事' : 'bundle'}）`;
  return [head, '', `| ${zh ? '指标' : 'Measure'} | ${zh ? '数值' : 'Value'} |`, '| --- | --- |', ...rows(b, lang).map(([k, v]) => `| ${cell(k.trim())} | ${cell(v)} |`), ''].join('\n');
}
