/** A one-line summary of a valid document, for `validate` output. */
import { isPrepared } from '../analysis/measure-path.js';
import type { LoadResult } from '../model/load.js';
import type { Document } from '../model/types.js';
import { allSteps } from '../model/walk.js';
import { comma, listSeparator, namedLimit, say, SUBMISSIONS, type Lang } from '../vocabulary/index.js';
import { ANALYSIS_VALUES as V } from './analysis-phrases.js';

/** "食品经营许可（新办） [改革前]  材料 已定义 9（申请人准备 9） · 环节 模型共 8 · 法定 20 个工作日 · 承诺 15 个工作日". */
export function summariseDocument(doc: Document, lang: Lang): string {
  const label = doc.version ? ` [${doc.version.label}]` : '';
  if (doc.kind === 'bundle') {
    return V.bundleSummary[lang]({ name: `${doc.name}${label}`, items: doc.items.length, how: say(SUBMISSIONS[doc.submission].name, lang) });
  }
  const prepared = [...doc.materials.values()].filter(isPrepared).length;
  const parts = [V.summaryMaterials[lang]({ defined: doc.materials.size, prepared }), V.summarySteps[lang](allSteps(doc.process).length)];
  for (const kind of ['statutory', 'committed'] as const) {
    const limit = doc.limits[kind];
    if (limit) parts.push(namedLimit(kind, limit, lang));
  }
  return `${doc.name}${label}  ${parts.join(' · ')}`;
}

/** "目标 2 条" / "2 targets": a valid targets file. */
export function summariseTargets(count: number, lang: Lang): string {
  return V.targetsSummary[lang](count);
}

/** "节假日安排：2027 年（放假 19 天，调休上班 0 天）" or "项目设置：节假日安排 节假日/2027.yaml": a valid calendar or wujian.yaml. */
export function summariseOther(other: NonNullable<LoadResult['other']>, lang: Lang): string {
  if (other.kind === 'settings') {
    const files = other.settings?.calendar.map((c) => c.written) ?? [];
    return V.settingsSummary[lang](files.length > 0 ? files.join(listSeparator(lang)) : say(V.noCalendar, lang));
  }
  const years = (other.calendar?.years ?? []).map((y) => V.calendarYear[lang]({ year: y.year, off: y.holidays.size, on: y.workdays.size }));
  return V.calendarSummary[lang](years.join(comma(lang)));
}
