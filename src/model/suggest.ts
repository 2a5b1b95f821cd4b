/** "Did you mean …?": the closest known name to a mistyped one, when it is close enough to help. */
import { closest, distance } from 'fastest-levenshtein';
import type { Lang } from './types.js';

const HAN = /\p{Script=Han}/u;

/**
 * The script a word is compared in: Chinese when it has a Chinese character, else Latin and the rest.
 * A Chinese word is only ever compared with Chinese words: two characters of Chinese are two edits
 * from any other two, so edit distance across scripts (or between unrelated short words) means nothing.
 */
function scriptOf(word: string): 'han' | 'other' {
  return HAN.test(word) ? 'han' : 'other';
}

/**
 * The candidate nearest to `word` in the script `word` is written in, or "" when none is plausibly
 * what was meant. Chinese words allow one edit per two characters (受里 → 受理, but 整改 never
 * suggests 申请); other words allow a third of their length, at least two (duraton → duration).
 */
export function suggest(word: string, candidates: Iterable<string>): string {
  const script = scriptOf(word);
  const list = [...candidates].filter((c) => scriptOf(c) === script);
  if (list.length === 0) return '';
  const best = closest(word, list);
  const length = [...word].length;
  const limit = script === 'han' ? Math.floor(length / 2) : Math.max(2, Math.floor(length / 3));
  return distance(word.toLowerCase(), best.toLowerCase()) <= limit ? best : '';
}

/** "是否想写 "x"？" / "Did you mean "x"?" for a suggestion, or "" when there is none. */
export function didYouMean(lang: Lang, suggestion: unknown): string {
  if (!suggestion) return '';
  return lang === 'zh' ? `是否想写 "${String(suggestion)}"？` : `Did you mean "${String(suggestion)}"?`;
}
