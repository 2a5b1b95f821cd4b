/**
 * How long a step takes, in words: the units a duration is written in and the distributions a
 * simulation draws it from, each with what authors may write for it.
 */
import type { Bilingual, Spellings } from './language.js';

/** The units a step's duration is written in, working days first (the default); hours count 1/8 of a day. */
export const DURATION_UNITS = {
  workday: { zh: '工作日', en: 'working days' },
  hour: { zh: '小时', en: 'hours' },
} as const satisfies Record<string, Bilingual & Spellings>;

/** The unit a step's duration is written in. */
export type DurationUnit = keyof typeof DURATION_UNITS;

/** How a simulation draws a step's duration. */
export const DISTRIBUTIONS = {
  fixed: { zh: '固定', en: 'fixed' },
  uniform: { zh: '均匀分布', en: 'uniform', also: ['均匀'] },
  triangular: { zh: '三角分布', en: 'triangular', also: ['三角'] },
  lognormal: { zh: '对数正态分布', en: 'lognormal', also: ['对数正态'] },
} as const satisfies Record<string, Bilingual & Spellings>;

/** How a simulation draws a step's duration. */
export type DurationDistribution = keyof typeof DISTRIBUTIONS;
