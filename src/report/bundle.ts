/** A bundle's analysis (一件事) for `wujian analyze`: as plain data for JSON, as table rows, as Markdown. */
import type { BundleAnalysis, BundleDates } from '../analysis/bundle.js';
import type { BundleLimit } from '../analysis/bundle-limits.js';
import { CRITICAL_PATH, DATE_WORDS, grouped, limitText, listSeparator, MEASURES, notConverted, num, paren, ruleName, say, SUBMISSIONS, type Lang } from '../vocabulary/index.js';
import { ANALYSIS_ROWS as R, ANALYSIS_VALUES as V } from './analysis-phrases.js';
import { displayWidth } from './frame.js';
import { cell } from './markdown.js';

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
    ...(b.dates ? { dates: b.dates } : {}),
  };
}

/** A bundle limit as plain data: its rule, figure (when known) and the items that lack it. */
function limitSummary(l: BundleLimit) {
  return { rule: l.rule, ...(l.total !== undefined ? { total: l.total } : {}), ...(l.declared ? { declared: l.declared } : {}), ...(l.schedule ? { criticalPath: l.schedule.total } : {}), missing: l.missing, ...(l.undated.length > 0 ? { undated: l.undated } : {}) };
}

/** A bundle limit in words: "45 个工作日（各事项时限按先后关系的关键路径）" or "未规定（…未规定该时限…）". */
function limitLine(l: BundleLimit, lang: Lang): string {
  if (l.declared && l.total === undefined) return limitText(num(l.declared.days), l.declared.unit, lang) + notConverted(l.declared, lang);
  if (l.total === undefined && l.missing.length === 0) return V.bundleLimitUndated[lang](l.undated.join(listSeparator(lang)));
  if (l.total === undefined) return V.bundleLimitNone[lang](l.missing.join(listSeparator(lang)));
  const limit = l.declared
    ? limitText(num(l.declared.days), l.declared.instant ? 'instant' : l.declared.unit, lang)
    : limitText(num(l.total), 'workday', lang);
  return V.bundleLimit[lang]({ limit, rule: ruleName(l.rule, lang), ...(l.declared && l.schedule ? { criticalPath: num(l.schedule.total) } : {}) });
}

/** Labelled rows of a bundle, in `lang`: the terminal block, the Markdown and the Word report show these. */
export function getBundleRows(b: BundleAnalysis, lang: Lang): Array<[string, string]> {
  const s = toBundleSummary(b);
  const way = SUBMISSIONS[b.submission];
  const how = `${say(way.name, lang)}${paren(say(way.rule, lang), lang)}`;
  const names = new Map(s.items.map((i) => [i.id, i.name]));
  return [
    [say(R.items, lang), String(b.items)],
    [say(R.materials, lang), V.bundleMaterials[lang]({ n: b.materials, how })],
    [say(R.steps, lang), V.bundleSteps[lang]({ n: b.steps, rule: ruleName(b.stepRule, lang) })],
    [say(R.bundleTime, lang), V.bundleTime[lang]({ standard: num(s.time.standard), slowest: num(s.time.slowest) })],
    [say(MEASURES.committedLimit.name, lang), limitLine(b.limits.committed, lang)],
    [say(MEASURES.statutoryLimit.name, lang), limitLine(b.limits.statutory, lang)],
    ...(b.dates ? [finishRow(b.dates, lang)] : []),
    [say(R.trips, lang), String(b.trips)],
    [say(R.fees, lang), grouped(b.fees)],
    [say(R.departments, lang), b.departments.join('、') || '—'],
    [say(CRITICAL_PATH, lang), s.criticalPath.map((id) => names.get(id) ?? id).join(' → ')],
    ...s.items.map((i, k): [string, string] => {
      const on = b.dates?.items[k];
      const dates = on && DATE_WORDS.dateRange[lang]({ from: on.start, to: on.finish });
      return [`  ${i.name}`, V.bundleItem[lang]({ start: num(i.start), finish: num(i.finish), critical: i.critical, dates })];
    }),
  ];
}

/** "办结日期：模型标准 2027-01-08 · 最慢 … · 承诺时限 … · 法定时限 …（自 … 申请）". */
function finishRow(d: BundleDates, lang: Lang): [string, string] {
  const { standard, slowest, committed, statutory } = d.finish;
  return [say(R.finishDates, lang), V.bundleFinish[lang]({ standard: standard.date, slowest: slowest.date, committed: committed?.date, statutory: statutory?.date }) + DATE_WORDS.applyingOn[lang](d.startDate)];
}

/** A bundle as a terminal block. */
export function toBundleTable(b: BundleAnalysis, lang: Lang): string {
  const r = getBundleRows(b, lang);
  const width = Math.max(...r.map(([label]) => displayWidth(label)));
  const title = `${b.name} [${b.version?.label ?? ''}] ${say(R.bundle, lang)}  ${b.file}`;
  return [title, ...r.map(([label, value]) => `  ${label}${' '.repeat(width - displayWidth(label))}  ${value}`), ''].join('\n');
}

/** A bundle's section title: "新生儿出生“一件事”（改革前，一件事）". */
export function bundleTitle(b: BundleAnalysis, lang: Lang): string {
  return `${b.name}（${b.version?.label ?? ''}，${say(R.bundle, lang)}）`;
}

/** A bundle as a Markdown section. */
export function toBundleMarkdown(b: BundleAnalysis, lang: Lang): string {
  const head = `### ${cell(bundleTitle(b, lang))}`;
  return [head, '', `| ${say(R.measure, lang)} | ${say(R.value, lang)} |`, '| --- | --- |', ...getBundleRows(b, lang).map(([k, v]) => `| ${cell(k.trim())} | ${cell(v)} |`), ''].join('\n');
}
