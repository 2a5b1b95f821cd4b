/** A bundle's analysis (一件事) for `wujian analyze`: as plain data for JSON, as table rows, as Markdown. */
import type { BundleAnalysis } from '../analysis/bundle.js';
import { CRITICAL_PATH, num, paren, say, SUBMISSIONS, type Lang } from '../vocabulary/index.js';
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
  };
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
    [say(R.steps, lang), V.bundleSteps[lang](b.steps)],
    [say(R.bundleTime, lang), V.bundleTime[lang]({ standard: num(s.time.standard), slowest: num(s.time.slowest), committed: num(s.time.committed), statutory: num(s.time.statutory) })],
    [say(R.trips, lang), String(b.trips)],
    [say(R.fees, lang), num(b.fees)],
    [say(R.departments, lang), b.departments.join('、') || '—'],
    [say(CRITICAL_PATH, lang), s.criticalPath.map((id) => names.get(id) ?? id).join(' → ')],
    ...s.items.map((i): [string, string] => [`  ${i.name}`, V.bundleItem[lang]({ start: num(i.start), finish: num(i.finish), critical: i.critical })]),
  ];
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
