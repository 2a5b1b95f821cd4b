/** How a case ends, what each ending is called, and what authors may write for each. */
import type { Bilingual, Spellings } from './language.js';

/** Every outcome. */
export const OUTCOMES = {
  approved: { zh: '准予办结', en: 'approved', also: ['准予', '办结'] },
  rejected: { zh: '不予许可', en: 'rejected', also: ['不予批准'] },
  withdrawn: { zh: '撤回', en: 'withdrawn' },
} as const satisfies Record<string, Bilingual & Spellings>;

/** What the list of outcomes with their shares is headed. */
export const OUTCOMES_HEADING = { zh: '办理结果', en: 'Outcomes' } as const satisfies Bilingual;

/** How a process ends. */
export type Outcome = keyof typeof OUTCOMES;

/** Every outcome. */
export const OUTCOME_KEYS = Object.keys(OUTCOMES) as Outcome[];
