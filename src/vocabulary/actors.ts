/** Who carries out a step: the six actors of a process, what each is called, and what authors may write for each. */
import type { Bilingual, Spellings } from './language.js';

/** Every actor, in the order a legend lists them. */
export const ACTORS = {
  applicant: { zh: '申请人', en: 'Applicant' },
  window: { zh: '窗口', en: 'Window', also: ['综合受理窗口'] },
  department: { zh: '审批部门', en: 'Department', also: ['部门'] },
  expert: { zh: '专家', en: 'Expert' },
  'third-party': { zh: '第三方', en: 'Third party', also: ['第三方机构', '中介机构'] },
  system: { zh: '系统秒批', en: 'System', also: ['系统', '系统自动', '秒批'] },
} as const satisfies Record<string, Bilingual & Spellings>;

/** Who carries out a step. */
export type Actor = keyof typeof ACTORS;

/** Every actor. */
export const ACTOR_KEYS = Object.keys(ACTORS) as Actor[];
