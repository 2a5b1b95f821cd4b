/** A bundle's analysis (一件事) for `wujian analyze`: as plain data for JSON, as table rows, as Markdown. */
import type { BundleAnalysis, BundleDates } from '../analysis/bundle.js';
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
    trips: b.trips,
    fees: b.fees,
    departments: b.departments,
    time: {
      standard: s.standard.total,
      slowest: s.slowest.total,
      ...(s.committed ? { committed: s.committed.total } : {}),
      ...(s.statutory ? { statutory: s.statutory.total } : {}),
    },
    criticalPath: s.standard.critical,
    ...(b.dates ? { dates: b.dates } : {}),
  };
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
    [zh ? '环节数' : 'Steps', `${b.steps}${zh ? '（各事项标准路径之和）' : ' (sum of the items’ standard paths)'}`],
    [zh ? '时间（关键路径）' : 'Time (critical path)', zh
      ? `模型标准 ${num(s.time.standard)} · 最慢 ${num(s.time.slowest)} · 承诺时限 ${num(s.time.committed)} · 法定时限 ${num(s.time.statutory)} 个工作日`
      : `modelled standard ${num(s.time.standard)} · slowest ${num(s.time.slowest)} · committed ${num(s.time.committed)} · statutory ${num(s.time.statutory)} working days`],
    ...(b.dates ? [finishRow(b.dates, lang)] : []),
    [zh ? '跑动次数' : 'Trips', String(b.trips)],
    [zh ? '费用（元）' : 'Fees (yuan)', num(b.fees)],
    [zh ? '部门' : 'Departments', b.departments.join('、') || '—'],
    [zh ? '关键路径' : 'Critical path', s.criticalPath.map((id) => names.get(id) ?? id).join(' → ')],
    ...s.items.map((i, k): [string, string] => {
      const on = b.dates?.items[k];
      const dates = on ? (zh ? `，${on.start} 至 ${on.finish}` : `, ${on.start} to ${on.finish}`) : '';
      return [`  ${i.name}`, `${zh ? '第' : 'days '}${num(i.start)}–${num(i.finish)}${zh ? ' 个工作日' : ''}${dates}${i.critical ? (zh ? '（关键）' : ' (critical)') : ''}`];
    }),
  ];
}

/** "办结日期：模型标准 2027-01-08 · 最慢 … · 承诺时限 … · 法定时限 …". */
function finishRow(d: BundleDates, lang: Lang): [string, string] {
  const zh = lang === 'zh';
  const f = d.finish;
  const parts: Array<[string, string, string | undefined]> = [
    ['模型标准', 'modelled standard', f.standard.date],
    ['最慢', 'slowest', f.slowest.date],
    ['承诺时限', 'committed', f.committed?.date],
    ['法定时限', 'statutory', f.statutory?.date],
  ];
  const shown = parts.filter(([, , date]) => date).map(([z, e, date]) => `${zh ? z : e} ${date}`);
  return [zh ? '办结日期' : 'Finish dates', `${shown.join(' · ')}${zh ? `（自 ${d.startDate} 申请）` : ` (applying on ${d.startDate})`}`];
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
