/**
 * The two languages wujian speaks and the shapes its words take: a label in both (Bilingual), a
 * sentence with values in both (Template), and the punctuation each language writes around them.
 * Every other file of the vocabulary, and every surface's own catalogue, is built from these.
 */
import { num } from './numbers.js';

/** A user-facing language: Chinese by default, English with --lang en. */
export type Lang = 'zh' | 'en';

/** The languages, Chinese first. */
export const LANGS: readonly Lang[] = ['zh', 'en'];

/** Each language's tag for <html lang> and Office documents. */
export const LANG_TAGS: Readonly<Record<Lang, string>> = { zh: 'zh-CN', en: 'en' };

/** One label in both languages. */
export interface Bilingual {
  /** Chinese. */
  readonly zh: string;
  /** English. */
  readonly en: string;
}

/**
 * The other words an author may write in a file for a value, besides its key and its Chinese label:
 * 三级 and III级 (Latin letters) for Ⅲ级, 申请人 for 申请人自备. Read through authoring.ts.
 */
export interface Spellings {
  /** Other spellings accepted in YAML, Chinese mostly. */
  readonly also?: readonly string[];
}

/** A sentence with values, in both languages; `A` types the values it takes. */
export interface Template<A> {
  /** Chinese. */
  readonly zh: (a: A) => string;
  /** English. */
  readonly en: (a: A) => string;
}

/** The label in `lang` (a plain string is the same in both). Example: say({ zh: '材料', en: 'Materials' }, 'en') = "Materials". */
export function say(words: Bilingual | string | undefined, lang: Lang): string {
  if (words === undefined) return '';
  return typeof words === 'string' ? words : words[lang];
}

/** The sentence in `lang` with `values` filled in. */
export function fill<A>(template: Template<A>, lang: Lang, values: A): string {
  return template[lang](values);
}

/** A text in both languages from a function of the language, for JSON that carries every text in both. */
export function inBoth(text: (lang: Lang) => string): Bilingual {
  return { zh: text('zh'), en: text('en') };
}

/** `text` in brackets as each language writes them: "（…）" or " (…)". */
export function paren(text: string, lang: Lang): string {
  return lang === 'zh' ? `（${text}）` : ` (${text})`;
}

/** The colon after a label: "：" or ": ". */
export function colon(lang: Lang): string {
  return lang === 'zh' ? '：' : ': ';
}

/** A label and its value: "公式：…" or "formula: …". */
export function labelled(label: string, value: string, lang: Lang): string {
  return `${label}${colon(lang)}${value}`;
}

/** The comma between clauses or figures of a sentence: "，" or ", ". */
export function comma(lang: Lang): string {
  return lang === 'zh' ? '，' : ', ';
}

/** The separator of a list of names: "、" or ", ". */
export function listSeparator(lang: Lang): string {
  return lang === 'zh' ? '、' : ', ';
}

/** The separator of clauses in a sentence: "；" or "; ". */
export function clauseSeparator(lang: Lang): string {
  return lang === 'zh' ? '；' : '; ';
}

/** The end of a sentence: "。" or ".". */
export function fullStop(lang: Lang): string {
  return lang === 'zh' ? '。' : '.';
}

/** A figure and its unit: "13个工作日" (unit right after) or "13 working days"; a number is written by num(). */
export function withUnit(value: number | string, unit: string, lang: Lang): string {
  const text = typeof value === 'number' ? num(value) : value;
  if (!unit) return text;
  return lang === 'zh' ? `${text}${unit}` : `${text} ${unit}`;
}

/** A label as it heads a row: the first letter upper-cased (English; Chinese has no case). */
export function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
