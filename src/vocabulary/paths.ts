/** The named paths through a procedure (standard, fastest, slowest, most trips), and their names. */
import type { Bilingual } from './language.js';

/** A named path's words. */
export interface PathWords {
  /** 标准路径 / standard path. */
  name: Bilingual;
  /** As a qualifier in a label ("用时·标准"): 标准 / standard. */
  short: Bilingual;
}

/** Every named path. */
export const PATHS = {
  standard: { name: { zh: '标准路径', en: 'standard path' }, short: { zh: '标准', en: 'standard' } },
  fastest: { name: { zh: '最快路径', en: 'fastest path' }, short: { zh: '最快', en: 'fastest' } },
  slowest: { name: { zh: '最慢路径', en: 'slowest path' }, short: { zh: '最慢', en: 'slowest' } },
  mostTrips: { name: { zh: '跑动最多路径', en: 'path with most trips' }, short: { zh: '跑动最多', en: 'most trips' } },
} as const satisfies Record<string, PathWords>;

/** A named path. */
export type PathName = keyof typeof PATHS;

/** The chain of a bundle's items that sets its time (its schedule's longest chain). */
export const CRITICAL_PATH: Bilingual = { zh: '关键路径', en: 'Critical path' };
