/** What the message catalogues are made of: an entry per code, and the small phrases they share. */
import type { Args } from './diagnostic.js';
import type { Lang } from './types.js';

/** A sentence or hint from a diagnostic's arguments. */
export type Text = (a: Args) => string;

/** A code's sentence and hint in both languages. */
export interface Entry {
  zh: Text;
  en: Text;
  hintZh?: Text;
  hintEn?: Text;
}

/** A value in straight quotes, as messages show what the user wrote. */
export const q = (v: unknown): string => `"${String(v)}"`;

/** "是否想写 "x"？" / "Did you mean "x"?", or "" when there is no suggestion. */
export const didYouMean = (lang: Lang, s: unknown): string =>
  s ? (lang === 'zh' ? `是否想写 ${q(s)}？` : `Did you mean ${q(s)}?`) : '';
