/**
 * What the message catalogues are made of: an entry per code, typed by the values the code carries
 * (DiagnosticArgs), and the small phrases they share. messages.ts holds the catalogue of what a file
 * says; messages-import.ts the one of what a workbook says, which messages.ts takes in whole.
 */
import type { DiagnosticArgs, DiagnosticCode } from './diagnostic.js';

/** A sentence from a code's values and `where`, the place they point to in words. */
export type Text<A> = (a: A & { where: string }) => string;

/** A code's sentence and hint in both languages, reading the values typed by the code. */
export interface Entry<A> {
  zh: Text<A>;
  en: Text<A>;
  hintZh?: Text<A>;
  hintEn?: Text<A>;
}

/** The entries of the codes `C`, each reading its own values. */
export type Catalogue<C extends DiagnosticCode> = { readonly [K in C]: Entry<DiagnosticArgs[K]> };

/** A value in straight quotes, as messages show what the user wrote. */
export const q = (v: unknown): string => `"${String(v)}"`;
