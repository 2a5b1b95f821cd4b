/** The two sides of a comparison, before and after the reform, and what each is called. */
import type { Bilingual } from './language.js';

/** Both sides. */
export const SIDES = {
  before: { zh: '改革前', en: 'Before' },
  after: { zh: '改革后', en: 'After' },
} as const satisfies Record<string, Bilingual>;

/** One side of a comparison. */
export type SideName = keyof typeof SIDES;
