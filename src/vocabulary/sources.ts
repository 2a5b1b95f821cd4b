/** Where a material comes from (来源渠道), what each source is called, and what authors may write for each. */
import type { Bilingual, Spellings } from './language.js';

/** Every source of a material. */
export const MATERIAL_SOURCES = {
  applicant: { zh: '申请人自备', en: 'the applicant', also: ['申请人'] },
  government: { zh: '政府部门核发', en: 'a government department', also: ['政府部门'] },
  'third-party': { zh: '第三方', en: 'a third party', also: ['中介机构', '第三方机构'] },
} as const satisfies Record<string, Bilingual & Spellings>;

/** Where a material comes from. */
export type MaterialSource = keyof typeof MATERIAL_SOURCES;

/** Every source. */
export const MATERIAL_SOURCE_KEYS = Object.keys(MATERIAL_SOURCES) as MaterialSource[];
