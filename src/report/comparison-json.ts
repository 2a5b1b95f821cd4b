/** A comparison as JSON, conforming to schemas/comparison.schema.json (the web view reads it). */
import type { Comparison } from '../analysis/compare/compare.js';
import { MEASURE_WORDS } from '../analysis/compare/measures.js';
import { COUNTING_RULES } from '../vocabulary/counting-rules.js';
import { cutText, ruleNotes, ruleText, summaryText } from './comparison-words.js';

/** Version of the JSON layout; bumped when a field changes meaning. */
export const COMPARISON_FORMAT_VERSION = 1;

/** What `wujian compare --format json` prints: every text in both languages. */
export function toComparisonJson(c: Comparison) {
  const side = ({ figures, ...rest }: Comparison['before']) => ({ ...rest, figures });
  return {
    tool: 'wujian',
    kind: 'comparison',
    formatVersion: COMPARISON_FORMAT_VERSION,
    before: side(c.before),
    after: side(c.after),
    measures: c.measures.map((r) => {
      const w = MEASURE_WORDS[r.key];
      return {
        ...r,
        name: { zh: w.zh, en: w.en },
        unit: { zh: w.unitZh, en: w.unitEn },
        text: { zh: cutText(r, 'zh'), en: cutText(r, 'en') },
        ruleText: { zh: ruleText(r, 'zh'), en: ruleText(r, 'en') },
        ruleDefault: COUNTING_RULES[r.rule.before].isDefault && COUNTING_RULES[r.rule.after].isDefault,
        ruleNotes: { zh: ruleNotes(r, 'zh'), en: ruleNotes(r, 'en') },
      };
    }),
    ledger: c.ledger,
    targets: c.targets,
    ...(c.money ? { money: c.money } : {}),
    summary: { zh: summaryText(c.measures, 'zh'), en: summaryText(c.measures, 'en') },
  };
}

/** The JSON `wujian compare --format json` prints, as the web view reads it. */
export type ComparisonJson = ReturnType<typeof toComparisonJson>;
