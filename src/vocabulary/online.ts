/**
 * 网办深度, how far an item is handled online: the four levels of the national standard, keyed by the
 * Roman numerals it writes (Ⅲ级), and the other ways authors write them (三级, III级 in Latin letters, 3级).
 */
import type { Bilingual, Spellings } from './language.js';

/** Every level, the shallowest first. */
export const ONLINE_DEPTHS = {
  'Ⅰ级': { zh: 'Ⅰ级', en: 'Level I', also: ['一级', 'I级', '1级'] },
  'Ⅱ级': { zh: 'Ⅱ级', en: 'Level II', also: ['二级', 'II级', '2级'] },
  'Ⅲ级': { zh: 'Ⅲ级', en: 'Level III', also: ['三级', 'III级', '3级'] },
  'Ⅳ级': { zh: 'Ⅳ级', en: 'Level IV', also: ['四级', 'IV级', '4级'] },
} as const satisfies Record<string, Bilingual & Spellings>;

/** 网办深度: Ⅰ级 to Ⅳ级. */
export type OnlineDepth = keyof typeof ONLINE_DEPTHS;
