/**
 * Where a bundle item's `after:` dependency counts from: the earlier item's finish (串联, the default)
 * or its start (交叉办理, with a lag). Authors may write the key or a Chinese word (authoring.ts).
 */
import type { Spellings } from './language.js';

/** What a dependency counts from. */
export type DependencyFrom = 'finish' | 'start';

/** The words for each: the Chinese label files are written with, the English, and other spellings. */
export const DEPENDENCY_FROM: Readonly<Record<DependencyFrom, { zh: string; en: string } & Spellings>> = {
  finish: { zh: '办结', en: 'finish', also: ['办结后', '结束'] },
  start: { zh: '开始', en: 'start', also: ['开始后'] },
};
