/** The kinds of state a process has (an ordinary step, a parallel block, an end), and what each is called. */
import type { Bilingual, Spellings } from './language.js';

/** Every kind of state; a state with no `type` is a step. */
export const STATE_TYPES = {
  step: { zh: '环节', en: 'Step' },
  parallel: { zh: '并联', en: 'Parallel', also: ['并联审批'] },
  final: { zh: '终止', en: 'Final state', also: ['终止状态'] },
} as const satisfies Record<string, Bilingual & Spellings>;

/** A kind of state. */
export type StateType = keyof typeof STATE_TYPES;
