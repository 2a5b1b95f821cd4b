/**
 * Suggestions as JSON, conforming to schemas/suggestions.schema.json: resolved facts every surface
 * draws without deriving anything again: each rule's name and policy basis, what each suggestion
 * changes and its effect in words, in both languages; the effect's figures as compare's JSON has them.
 */
import type { Comparison } from '../analysis/compare/compare.js';
import type { Subject } from '../analysis/suggest/subject.js';
import type { Miss, SuggestResult, Suggestion } from '../analysis/suggest/types.js';
import { inBoth, REFORM_RULES, ruleAction, ruleMissText, type Bilingual } from '../vocabulary/index.js';
import { toMeasureJson } from './comparison-json.js';
import { changesText } from './comparison-words.js';
import { SUGGESTION_PHRASES as P } from './suggestion-phrases.js';

/** Version of the JSON layout; bumped when a field changes meaning. */
export const SUGGESTIONS_FORMAT_VERSION = 1;

/** What a subject is, as the JSON names it. */
export function subjectJson(subject: Subject) {
  const { side } = subject;
  if ('bundle' in side) {
    const b = side.bundle;
    return { kind: 'bundle' as const, file: b.file, id: b.id, name: b.name, label: b.version?.label ?? '' };
  }
  return { kind: 'procedure' as const, file: side.file, id: side.id, name: side.name, label: side.version.label };
}

/** A comparison's effect: the measures that changed, in words and figures, and the ledger. */
export function effectJson(c: Comparison) {
  return {
    measures: c.measures.filter((m) => m.cut !== null && m.cut !== 0).map(toMeasureJson),
    summary: inBoth((lang) => changesText(c.measures, lang)),
    ledger: c.ledger,
    ...(c.money ? { money: { before: c.money.before, after: c.money.after, saved: c.money.saved, savedWan: c.money.savedWan } } : {}),
  };
}

/** One suggestion with its rule's words and its effect. */
export function suggestionJson(s: Suggestion, itemName: (id: string) => string | undefined) {
  const o = s.opportunity;
  const rule = REFORM_RULES[o.rule];
  const name = o.item === undefined ? undefined : itemName(o.item);
  return {
    rank: s.rank,
    rule: o.rule,
    name: rule.name,
    basis: rule.basis,
    ...(o.item !== undefined ? { item: o.item } : {}),
    ...(name !== undefined ? { itemName: name } : {}),
    action: inBoth((lang) => ruleAction(o, lang)),
    score: s.score,
    inTotal: s.inTotal,
    ...(s.conflictsWith !== undefined ? { conflictsWith: s.conflictsWith } : {}),
    effect: effectJson(s.effect),
  };
}

/** A miss with its sentence. */
function missJson(m: Miss, itemName: (id: string) => string | undefined) {
  const name = m.item === undefined ? undefined : itemName(m.item);
  return { rule: m.rule, name: REFORM_RULES[m.rule].name, code: m.code as string, ...(m.item !== undefined ? { item: m.item } : {}), ...(name !== undefined ? { itemName: name } : {}), text: inBoth((lang) => ruleMissText(m, lang)) };
}

/** The name of each item of a bundle, by id; none for a procedure, which is its own one item. */
export function itemNames(subject: Subject): (id: string) => string | undefined {
  const { side } = subject;
  return (id) => ('bundle' in side ? side.items.find((i) => i.id === id)?.procedure.name : undefined);
}

/** What `wujian suggest <file> --format json` prints: every text in both languages. */
export function toSuggestionsJson(subject: Subject, result: SuggestResult) {
  const names = itemNames(subject);
  const total = result.total;
  return {
    tool: 'wujian' as const,
    kind: 'suggestions' as const,
    formatVersion: SUGGESTIONS_FORMAT_VERSION,
    subject: subjectJson(subject),
    method: P.method as Bilingual,
    rules: result.rules.map((key) => ({ key, name: REFORM_RULES[key].name, basis: REFORM_RULES[key].basis, found: result.suggestions.filter((s) => s.opportunity.rule === key).length })),
    suggestions: result.suggestions.map((s) => suggestionJson(s, names)),
    ...(total ? { total: { count: result.suggestions.filter((s) => s.inTotal).length, ...effectJson(total), measures: total.measures.map(toMeasureJson) } } : {}),
    misses: result.misses.map((m) => missJson(m, names)),
    idle: result.idle.map((key) => ({ rule: key, name: REFORM_RULES[key].name, text: REFORM_RULES[key].none })),
  };
}

/** The JSON `wujian suggest --format json` prints for one file. */
export type SuggestionsJson = ReturnType<typeof toSuggestionsJson>;
