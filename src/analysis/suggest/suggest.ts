/**
 * Suggesting reforms for one procedure or bundle: every rule looks for opportunities; each is applied
 * alone to a copy of the files and the copy is compared with the original by compareDocuments, the
 * code of `wujian compare`, so every stated effect is a compare figure; suggestions are ranked by that
 * effect; the total applies every suggestion that does not change what a higher-ranked one changed, all
 * together (effects interact: two cuts of one path's time do not add up), and is compared the same way.
 */
import type { DataPath, StepCounting } from '../../model/types.js';
import { MEASURE_KEYS, type Lang, type MeasureKey, type RuleKey } from '../../vocabulary/index.js';
import { compareDocuments, type Comparison } from '../compare/compare.js';
import { round2 } from '../compare/measures.js';
import { itemsOf } from '../compare/side.js';
import { createDraft, sameFile } from './draft.js';
import { selectRules } from './registry.js';
import { loadDraft, type Subject } from './subject.js';
import type { Change, Miss, Opportunity, SuggestResult, Suggestion } from './types.js';

/** Options of suggestReforms. */
export interface SuggestOptions {
  /** Run only these rules (all when empty or absent). */
  only?: readonly RuleKey[];
  /** Do not run these rules. */
  skip?: readonly RuleKey[];
  /** The language of the draft's comments. */
  lang?: Lang;
  /** How parallel blocks count as 环节, overriding the files, as `compare --step-counting` does. */
  stepCounting?: StepCounting;
}

/**
 * The measures whose cuts in percent add up to a suggestion's score: every measure compare reports.
 * A figure that rises counts against it; a figure unknown on either side counts nothing.
 */
export const RANKED_MEASURES: readonly MeasureKey[] = MEASURE_KEYS;

/** A comparison's score: the sum of the cuts in percent of the ranked measures. */
export function getScore(c: Comparison): number {
  return round2(c.measures.filter((m) => RANKED_MEASURES.includes(m.key)).reduce((total, m) => total + (m.cutPercent ?? 0), 0));
}

/**
 * Runs the rules on `subject`, measures each opportunity, ranks them and measures the total.
 * @example suggestReforms(createSubject(file, cwd), { only: ['share', 'online'] }).suggestions[0].effect.measures
 */
export function suggestReforms(subject: Subject, options: SuggestOptions = {}): SuggestResult {
  const lang = options.lang ?? 'zh';
  const rules = selectRules(options.only, options.skip);
  const input = { items: itemsOf(subject.side), ...('bundle' in subject.side ? { bundle: subject.side.bundle } : {}) };
  const found: Opportunity[] = [];
  const misses: Miss[] = [];
  const idle: RuleKey[] = [];
  for (const rule of rules) {
    const result = rule.find(input);
    found.push(...result.found);
    for (const miss of result.misses as Miss[]) {
      // Two pairs of steps can fail on the same step for the same reason: it is said once.
      const key = JSON.stringify(miss);
      if (!misses.some((m) => JSON.stringify(m) === key)) misses.push(miss);
    }
    if (result.found.length === 0 && result.misses.length === 0) idle.push(rule.key);
  }
  const measure = (opportunities: readonly Opportunity[]) => {
    const draft = createDraft(subject.files, opportunities, lang);
    return { draft, comparison: compareDocuments(subject.side, loadDraft(subject, draft), options.stepCounting ? { stepCounting: options.stepCounting } : {}) };
  };
  const measured = found.map((opportunity, order) => {
    const effect = measure([opportunity]).comparison;
    return { opportunity, effect, score: getScore(effect), order };
  });
  // Stable: equal scores keep the rules' order, then the file's.
  measured.sort((a, b) => b.score - a.score || a.order - b.order);
  const held: Array<{ change: Change; rank: number }> = [];
  const suggestions: Suggestion[] = measured.map(({ opportunity, effect, score }, i) => {
    const rank = i + 1;
    const clash = held.find((h) => opportunity.changes.some((c) => overlaps(c, h.change)));
    if (clash) return { rank, opportunity, effect, score, inTotal: false, conflictsWith: clash.rank };
    held.push(...opportunity.changes.map((change) => ({ change, rank })));
    return { rank, opportunity, effect, score, inTotal: true };
  });
  const chosen = suggestions.filter((s) => s.inTotal).map((s) => s.opportunity);
  const total = chosen.length > 0 ? measure(chosen) : undefined;
  return {
    rules: rules.map((r) => r.key),
    suggestions,
    ...(total ? { total: total.comparison } : {}),
    misses,
    idle,
    draft: total?.draft ?? createDraft(subject.files, [], lang),
  };
}

/** True when two changes touch the same node of the same file, or one a node inside the other's. */
function overlaps(a: Change, b: Change): boolean {
  return sameFile(a.file, b.file) && (isPrefix(a.path, b.path) || isPrefix(b.path, a.path));
}

function isPrefix(prefix: DataPath, path: DataPath): boolean {
  return prefix.length <= path.length && prefix.every((key, i) => key === path[i]);
}
