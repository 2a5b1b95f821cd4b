/**
 * What authors may write for the enumerated fields of a procedure or bundle file. Each field reads one
 * set of the vocabulary; for a value an author may write its key (`applicant`), its Chinese label
 * (`申请人自备`) or one of its other spellings (`also`: `申请人`). The schemas list exactly these
 * words (schema-words.ts places them, `npm run docs` writes them, a test keeps them equal), normalize
 * reads each back to its key, and `wujian import` writes the Chinese label.
 */
import { ACTORS } from './actors.js';
import { STEP_COUNTING_WORDS } from './counting-rules.js';
import { DEPENDENCY_FROM } from './dependencies.js';
import { DISTRIBUTIONS, DURATION_UNITS } from './durations.js';
import type { Spellings } from './language.js';
import { LIMIT_UNITS } from './limits.js';
import { ONLINE_DEPTHS } from './online.js';
import { OUTCOMES } from './outcomes.js';
import { REFORM_MARKS } from './reform-marks.js';
import { MATERIAL_SOURCES } from './sources.js';
import { STATE_TYPES } from './states.js';
import { SUBMISSIONS } from './submission.js';

/** A field's set of the vocabulary, and the Chinese label of an entry (what files are written with). */
interface AuthoredSet<E extends Spellings> {
  readonly entries: Readonly<Record<string, E>>;
  readonly label: (entry: E) => string;
}

/** A set whose entries may list `also` spellings (an object type, as every entry of the vocabulary is). */
function authored<const R extends Readonly<Record<string, object>>>(entries: R, label: (entry: R[keyof R]) => string) {
  return { entries, label } as { readonly entries: R; readonly label: (entry: R[keyof R]) => string };
}

/** Every enumerated field authors write, by the name the schema-words table uses, with its set. */
export const AUTHORED = {
  /** 来源渠道 of a material. */
  source: authored(MATERIAL_SOURCES, (e) => e.zh),
  /** 办理角色 of a step. */
  actor: authored(ACTORS, (e) => e.zh),
  /** 办理结果 of an end state. */
  outcome: authored(OUTCOMES, (e) => e.zh),
  /** 改革方式 of a material in a reformed version. */
  reform: authored(REFORM_MARKS, (e) => e.short.zh),
  /** Unit of a time limit. */
  limitUnit: authored(LIMIT_UNITS, (e) => e.zh),
  /** Unit of a step's duration. */
  durationUnit: authored(DURATION_UNITS, (e) => e.zh),
  /** How a simulation draws a duration. */
  distribution: authored(DISTRIBUTIONS, (e) => e.zh),
  /** Kind of state. */
  stateType: authored(STATE_TYPES, (e) => e.zh),
  /** 网办深度. */
  online: authored(ONLINE_DEPTHS, (e) => e.zh),
  /** How a bundle's materials are handed in. */
  submission: authored(SUBMISSIONS, (e) => e.name.zh),
  /** How a parallel block counts as 环节. */
  stepCounting: authored(STEP_COUNTING_WORDS, (e) => e.zh),
  /** What a bundle item's `after:` dependency counts from. */
  dependencyFrom: authored(DEPENDENCY_FROM, (e) => e.zh),
};

/** An enumerated field authors write. */
export type AuthoredField = keyof typeof AUTHORED;

/** The keys of field F's values, e.g. 'applicant' | 'government' | 'third-party' for source. */
export type AuthoredKey<F extends AuthoredField> = keyof (typeof AUTHORED)[F]['entries'] & string;

/** The set of `field`, seen through its common shape. */
function setOf(field: AuthoredField): AuthoredSet<Spellings> {
  return AUTHORED[field] as unknown as AuthoredSet<Spellings>;
}

/** The keys of `field`, in the vocabulary's order. */
export function authoredKeys<F extends AuthoredField>(field: F): Array<AuthoredKey<F>> {
  return Object.keys(AUTHORED[field].entries) as Array<AuthoredKey<F>>;
}

/** The Chinese label of `key` in `field`, as a file is written with it: writtenWord('actor', 'window') → 窗口. */
export function writtenWord<F extends AuthoredField>(field: F, key: AuthoredKey<F>): string {
  const set = setOf(field);
  return set.label(set.entries[key]!);
}

/** Every word a file may write for `key` in `field`: the key, the label, the other spellings, each once. */
export function wordsFor<F extends AuthoredField>(field: F, key: AuthoredKey<F>): string[] {
  return [...new Set([key, writtenWord(field, key), ...(setOf(field).entries[key]!.also ?? [])])];
}

/** Every word a file may write for `field`, in the order the schema lists them (value by value). */
export function fieldWords(field: AuthoredField): string[] {
  return authoredKeys(field).flatMap((key) => wordsFor(field, key));
}

const LOOKUP = new Map<AuthoredField, Map<string, string>>();

/**
 * The key a word stands for in `field`, or undefined when it is none of the field's words.
 * @example readWord('actor', '申请人') // 'applicant'
 */
export function readWord<F extends AuthoredField>(field: F, word: unknown): AuthoredKey<F> | undefined {
  let words = LOOKUP.get(field);
  if (!words) {
    words = new Map(authoredKeys(field).flatMap((key) => wordsFor(field, key).map((w) => [w, key] as const)));
    LOOKUP.set(field, words);
  }
  return typeof word === 'string' ? (words.get(word) as AuthoredKey<F> | undefined) : undefined;
}
