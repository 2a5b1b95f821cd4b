/** "Did you mean …?": the closest known name to a mistyped one, when it is close enough to help. */
import { closest, distance } from 'fastest-levenshtein';
import type { Lang } from './types.js';

/** The candidate nearest to `word`, or "" when none is plausibly what was meant. */
export function suggest(word: string, candidates: Iterable<string>): string {
  const list = [...candidates];
  if (list.length === 0) return '';
  const best = closest(word, list);
  const limit = Math.max(2, Math.floor(word.length / 3));
  return distance(word.toLowerCase(), best.toLowerCase()) <= limit ? best : '';
}

/** "是否想写 "x"？" / "Did you mean "x"?" for a suggestion, or "" when there is none. */
export function didYouMean(lang: Lang, suggestion: unknown): string {
  if (!suggestion) return '';
  return lang === 'zh' ? `是否想写 "${String(suggestion)}"？` : `Did you mean "${String(suggestion)}"?`;
}
