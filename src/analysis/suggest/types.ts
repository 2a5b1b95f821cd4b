/**
 * Reform suggestions: what a rule finds (an opportunity with the changes to the YAML that realise it),
 * what it measures (the comparison of the procedure with a copy changed so), and why a rule did not
 * apply (a miss, for --explain).
 */
import type { ResolvedItem } from '../../model/resolve-bundle.js';
import type { Bundle, DataPath } from '../../model/types.js';
import type { RuleAction, RuleKey, RuleMiss } from '../../vocabulary/index.js';
import type { Comparison } from '../compare/compare.js';

/** Which file of a subject a change is in: an item's own file (by item id), or the bundle's. */
export type FileRef = { item: string } | { bundle: true };

/** One change to a file's YAML data: a value set (created when absent) or a key removed. */
export type Change =
  | {
      file: FileRef;
      op: 'set';
      path: DataPath;
      value: unknown;
      /** Where a key the mapping does not have yet goes: after this key (else last). */
      after?: string;
    }
  | { file: FileRef; op: 'delete'; path: DataPath };

/** What one rule found: one reform opportunity, and the changes to the YAML that realise it. */
export type Opportunity<K extends RuleKey = RuleKey> = {
  [R in K]: {
    /** The rule that found it. */
    rule: R;
    /** The item it is about (a procedure is its own item); absent for the bundle's own order. */
    item?: string;
    /** What it changes, as its sentence names it (src/vocabulary/reform-rules.ts). */
    args: RuleAction[R];
    /** The changes, applied together. */
    changes: Change[];
    /** Where the draft says what changed and why: the node the comment stands above. */
    anchor: { file: FileRef; path: DataPath };
  };
}[K];

/** Why a rule did not apply to one candidate, with the item it is in when the subject is a bundle. */
export type Miss = RuleMiss & { item?: string };

/** What the rules look at: the items (a procedure is one item), and the bundle when there is one. */
export interface RuleInput {
  /** The items, each with its procedure and `after:` order. */
  items: readonly ResolvedItem[];
  /** The bundle (一件事), when the subject is one. */
  bundle?: Bundle;
}

/** What one rule gives: its opportunities and its misses. */
export interface RuleResult<K extends RuleKey = RuleKey> {
  /** Opportunities, in the order of the file. */
  found: Array<Opportunity<K>>;
  /** Candidates it looked at and did not take, with why. */
  misses: Array<RuleMiss<K> & { item?: string }>;
}

/** A reform rule: a small module with its own tests; its words and policy basis live in the vocabulary. */
export interface Rule<K extends RuleKey = RuleKey> {
  /** Its key in the vocabulary (REFORM_RULES). */
  key: K;
  /** Looks at the subject and says what could be cut, and what could not and why. */
  find(input: RuleInput): RuleResult<K>;
}

/** An opportunity measured: the comparison of the subject with a copy changed by it alone. */
export interface Suggestion {
  /** Place in the ranking, from 1. */
  rank: number;
  /** What was found. */
  opportunity: Opportunity;
  /** compare(before, before with this suggestion alone): the same code, the same figures as `wujian compare`. */
  effect: Comparison;
  /** The ranking score: the sum of the cuts in percent of the ranked measures (RANKED_MEASURES). */
  score: number;
  /** True when it is part of the total; false when it changes what a higher-ranked suggestion changes. */
  inTotal: boolean;
  /** The rank of the higher-ranked suggestion it conflicts with, when not in the total. */
  conflictsWith?: number;
}

/** Everything suggest says about one procedure or bundle. */
export interface SuggestResult {
  /** The rules that ran, in order. */
  rules: RuleKey[];
  /** The suggestions, ranked by effect. */
  suggestions: Suggestion[];
  /** compare(before, before with every suggestion in the total applied together); absent when there is none. */
  total?: Comparison;
  /** Why each rule did not apply where it did not. */
  misses: Miss[];
  /** Rules that ran and found nothing to look at. */
  idle: RuleKey[];
  /** The draft's files with every suggestion of the total applied, by file. */
  draft: DraftFile[];
}

/** One file of a draft: where the original is, and the draft's text. */
export interface DraftFile {
  /** The file it drafts. */
  file: FileRef;
  /** Absolute path of the original file. */
  source: string;
  /** The draft's YAML text. */
  text: string;
  /** True when the draft changed it (a bundle's unchanged items keep their original file). */
  changed: boolean;
}
