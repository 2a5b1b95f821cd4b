/** A one-line summary of a valid document, for `validate` output. */
import type { Document, Lang, Limit } from '../model/types.js';
import { isPrepared } from '../analysis/measure-path.js';
import type { LoadResult } from '../model/load.js';
import { limitText } from '../model/messages.js';
import { allSteps } from '../model/walk.js';

/** "食品经营许可（新办） [改革前] 材料 9 · 环节 7 · 法定 20 工作日 · 承诺 15 工作日". */
export function summariseDocument(doc: Document, lang: Lang): string {
  const zh = lang === 'zh';
  const label = doc.version ? ` [${doc.version.label}]` : '';
  if (doc.kind === 'bundle') {
    const how = doc.submission === 'once' ? (zh ? '一次提交' : 'handed in once') : zh ? '分别提交' : 'handed in separately';
    return zh ? `${doc.name}${label} 一件事：${doc.items.length} 个事项，材料${how}` : `${doc.name}${label} bundle: ${doc.items.length} items, materials ${how}`;
  }
  const prepared = [...doc.materials.values()].filter(isPrepared).length;
  const parts = [
    zh ? `材料 ${doc.materials.size}（申请人准备 ${prepared}）` : `${doc.materials.size} materials (${prepared} prepared by the applicant)`,
    zh ? `环节 ${allSteps(doc.process).length}` : `${allSteps(doc.process).length} steps`,
  ];
  if (doc.limits.statutory) parts.push(`${zh ? '法定' : 'statutory'} ${limitWords(doc.limits.statutory, lang)}`);
  if (doc.limits.committed) parts.push(`${zh ? '承诺' : 'committed'} ${limitWords(doc.limits.committed, lang)}`);
  return `${doc.name}${label}  ${parts.join(' · ')}`;
}

/** A limit in words: "20 个工作日", "即办", "30 calendar days". */
export function limitWords(limit: Limit, lang: Lang): string {
  return limitText(limit.days, limit.instant ? 'instant' : limit.unit, lang);
}

/** "节假日安排：2027 年（放假 19 天，调休上班 0 天）" or "项目设置：节假日安排 节假日/2027.yaml". */
export function summariseOther(other: NonNullable<LoadResult['other']>, lang: Lang): string {
  const zh = lang === 'zh';
  if (other.kind === 'settings') {
    const files = other.settings?.calendar.map((c) => c.written) ?? [];
    const calendar = files.length > 0 ? files.join(zh ? '、' : ', ') : zh ? '未指定（按国务院安排）' : 'none (State Council arrangements)';
    return zh ? `项目设置：节假日安排 ${calendar}` : `project settings: calendar ${calendar}`;
  }
  const years = (other.calendar?.years ?? []).map((y) =>
    zh ? `${y.year} 年（放假 ${y.holidays.size} 天，调休上班 ${y.workdays.size} 天）` : `${y.year} (${y.holidays.size} days off, ${y.workdays.size} make-up working days)`,
  );
  return zh ? `节假日安排：${years.join('，')}` : `holiday calendar: ${years.join(', ')}`;
}
