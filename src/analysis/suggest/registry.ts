/**
 * The registry of reform rules, in the order suggest runs them (the vocabulary's order). A new rule is
 * one module in rules/ and one line here; its words and policy basis are one entry in
 * src/vocabulary/reform-rules.ts.
 */
import { RULE_KEYS, type RuleKey } from '../../vocabulary/index.js';
import { commitment } from './rules/commitment.js';
import { concurrent } from './rules/concurrent.js';
import { defer } from './rules/defer.js';
import { fee } from './rules/fee.js';
import { limit } from './rules/limit.js';
import { merge } from './rules/merge.js';
import { oneNotice } from './rules/one-notice.js';
import { online } from './rules/online.js';
import { parallel } from './rules/parallel.js';
import { share } from './rules/share.js';
import type { Rule } from './types.js';

/** Every rule by its key. */
const BY_KEY: { readonly [K in RuleKey]: Rule<K> } = {
  share,
  commitment,
  defer,
  parallel,
  merge,
  'one-notice': oneNotice,
  online,
  limit,
  concurrent,
  fee,
};

/** Every rule, in the vocabulary's order. */
export const RULES: ReadonlyArray<Rule> = RULE_KEYS.map((key) => BY_KEY[key] as Rule);

/** The rules to run: `only` when given (else all), less `skip`, in registry order. */
export function selectRules(only: readonly RuleKey[] = [], skip: readonly RuleKey[] = []): Rule[] {
  return RULES.filter((r) => (only.length === 0 || only.includes(r.key)) && !skip.includes(r.key));
}
