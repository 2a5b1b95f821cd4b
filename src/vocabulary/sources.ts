/** Where a material comes from (来源渠道), and what each source is called. */
import type { Bilingual } from './language.js';

/** Every source of a material. */
export const MATERIAL_SOURCES = {
  applicant: { zh: '申请人自备', en: 'the applicant' },
  government: { zh: '政府部门核发', en: 'a government department' },
  'third-party': { zh: '第三方', en: 'a third party' },
} as const satisfies Record<string, Bilingual>;

/** Where a material comes from. */
export type MaterialSource = keyof typeof MATERIAL_SOURCES;

/** Every source. */
export const MATERIAL_SOURCE_KEYS = Object.keys(MATERIAL_SOURCES) as MaterialSource[];
