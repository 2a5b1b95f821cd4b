/** Who carries out a step: the six actors of a process, and what each is called. */
import type { Bilingual } from './language.js';

/** Every actor, in the order a legend lists them. */
export const ACTORS = {
  applicant: { zh: '申请人', en: 'Applicant' },
  window: { zh: '窗口', en: 'Window' },
  department: { zh: '审批部门', en: 'Department' },
  expert: { zh: '专家', en: 'Expert' },
  'third-party': { zh: '第三方', en: 'Third party' },
  system: { zh: '系统秒批', en: 'System' },
} as const satisfies Record<string, Bilingual>;

/** Who carries out a step. */
export type Actor = keyof typeof ACTORS;

/** Every actor. */
export const ACTOR_KEYS = Object.keys(ACTORS) as Actor[];
