/**
 * A comparison as JSON, conforming to schemas/comparison.schema.json: the resolved facts every other
 * surface (the web app, Office files) draws without deriving anything again: names beside ids, each
 * measure's words and cut in both languages, each target's goal, the materials matrix with reasons.
 */
import type { Comparison } from '../analysis/compare/compare.js';
import type { MeasureRow } from '../analysis/compare/types.js';
import { inBoth, isDefaultRule, MEASURES, targetCondition, targetGoal, type Bilingual } from '../vocabulary/index.js';
import { cutText, headlineText, ruleNotes, ruleText, summaryText } from './comparison-words.js';
import { toDatesJson } from './dates.js';

/**
 * Version of the JSON layout; bumped when a field changes meaning. 2: ledger entries name their items
 * and merge targets (itemName, intoName), measures carry their chart name (short) and their counting
 * rule (rule, ruleText, ruleDefault, ruleNotes), sides say how they counted (counting), targets carry
 * their goal in words, and the materials matrix (materials) is part of the comparison.
 */
export const COMPARISON_FORMAT_VERSION = 2;

/** One measure row as the JSON carries it: the figures with the measure's words and the cut in words. */
export function toMeasureJson(r: MeasureRow) {
  const m = MEASURES[r.key];
  const short: Bilingual = 'short' in m ? m.short : m.name;
  return {
    ...r,
    name: m.name,
    short,
    unit: m.unit,
    text: inBoth((lang) => cutText(r, lang)),
    ruleText: inBoth((lang) => ruleText(r, lang)),
    ruleDefault: isDefaultRule(r.rule.before, r.rule.after),
    ruleNotes: { zh: ruleNotes(r, 'zh'), en: ruleNotes(r, 'en') },
  };
}

/** What `wujian compare --format json` prints: every text in both languages. */
export function toComparisonJson(c: Comparison) {
  return {
    tool: 'wujian' as const,
    kind: 'comparison' as const,
    formatVersion: COMPARISON_FORMAT_VERSION,
    before: c.before,
    after: c.after,
    measures: c.measures.map(toMeasureJson),
    ledger: c.ledger,
    materials: c.materials,
    targets: c.targets.map((t) => ({ ...t, goal: inBoth((lang) => targetGoal(t, lang)), condition: inBoth((lang) => targetCondition(t, lang)) })),
    ...(c.money ? { money: c.money } : {}),
    ...(c.dates ? { dates: toDatesJson(c.dates) } : {}),
    summary: inBoth((lang) => summaryText(c.measures, lang)),
    headline: inBoth((lang) => headlineText(c.after.name, c.measures, lang)),
  };
}

/** The JSON `wujian compare --format json` prints, as the web view reads it. */
export type ComparisonJson = ReturnType<typeof toComparisonJson>;
