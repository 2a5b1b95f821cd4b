/** The vocabulary's words and rules: one entry per meaning, the rules that belong to them, the schemas that name them. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { READMES } from '../../src/cli/help.js';
import { SCHEMA_WORDS, withSchemaWords, withWordsTable } from '../../src/model/authored-words.js';
import {
  ACTOR_KEYS, AUTHORED, fieldWords, FINDINGS, isPreparedMark, LEDGER_CHANGES, LEDGER_KINDS, LEDGER_REASONS, MATERIAL_SOURCE_KEYS, MEASURE_KEYS, MEASURES,
  OUTCOME_KEYS, REFORM_MARK_KEYS, REFORM_MARKS, REFORM_RULES, RULE_KEYS, targetActual, targetCondition, targetGoal, YEAR_SOURCE_KEYS, type AuthoredField,
} from '../../src/vocabulary/index.js';
import { RULES } from '../../src/analysis/suggest/registry.js';
import { ROOT } from '../support/files.js';

const schemaText = (name: string) => readFileSync(`${ROOT}/schemas/${name}.schema.json`, 'utf8');
const schema = (name: string) => JSON.parse(schemaText(name));

/** The value at a JSON pointer. */
function at(node: unknown, pointer: string): unknown {
  return pointer.split('/').slice(1).reduce<unknown>((n, key) => (n as Record<string, unknown> | undefined)?.[key], node);
}

/** Every `enum` list anywhere in a schema. */
function enums(node: unknown): unknown[][] {
  if (Array.isArray(node)) return node.flatMap(enums);
  if (!node || typeof node !== 'object') return [];
  const own = 'enum' in node && Array.isArray(node.enum) ? [node.enum] : [];
  return [...own, ...Object.values(node).flatMap(enums)];
}

describe('reform marks', () => {
  it('counts shared, committed and cancelled materials as no longer prepared, deferred ones as prepared', () => {
    expect((['shared', 'commitment', 'cancelled', 'deferred', undefined] as const).map(isPreparedMark)).toEqual([false, false, false, true, true]);
  });

  it('counts a material merged into another as no longer prepared (the rule the web once forgot: 22 vs 17 materials on the 广元 bundle)', () => {
    expect(isPreparedMark('merged')).toBe(false);
  });

  it('words a reason that is a reform mark as the mark itself, in the ledger and in a chart', () => {
    for (const mark of REFORM_MARK_KEYS) expect(LEDGER_REASONS[mark]).toBe(REFORM_MARKS[mark]);
  });
});

describe('the ledger', () => {
  it('says 减少 for removed and 变更 for changed, the words every surface uses', () => {
    expect([LEDGER_CHANGES.removed.zh, LEDGER_CHANGES.merged.zh, LEDGER_CHANGES.added.zh, LEDGER_CHANGES.changed.zh]).toEqual(['减少', '合并', '新增', '变更']);
  });
});

describe('targets', () => {
  it('words a target with and without its measure, with the unit of the figure', () => {
    const cut = { measure: 'materials', op: 'cutPercent>=', value: 30 } as const;
    const trips = { measure: 'trips', op: 'after<=', value: 1 } as const;
    expect([targetCondition(cut, 'zh'), targetCondition(trips, 'zh'), targetCondition(cut, 'en'), targetCondition(trips, 'en')]).toEqual(['压减率 ≥ 30%', '改革后 ≤ 1次', 'cut ≥ 30%', 'after ≤ 1 trip']);
    expect(targetGoal({ measure: 'committedLimit', op: 'after<=', value: 5 }, 'zh')).toBe('承诺时限 改革后 ≤ 5个工作日');
    expect([targetActual({ ...cut, actual: 77.78 }, 'zh'), targetActual({ ...trips, actual: null }, 'zh')]).toEqual(['77.78%', '—']);
  });
});

describe('the schemas name what the vocabulary names', () => {
  const comparison = schema('comparison');

  it('lists exactly the words authors may write for each field, the keys among them in order (npm run docs writes them)', () => {
    for (const { schema: name, pointer, words } of SCHEMA_WORDS) expect(at(schema(name), pointer), `${name} ${pointer}`).toEqual(words);
    for (const name of ['procedure', 'bundle'] as const) expect(withSchemaWords(name, schemaText(name)) === schemaText(name), `${name}.schema.json is stale: run npm run docs`).toBe(true);
    const lists = enums(schema('procedure'));
    for (const keys of [ACTOR_KEYS, MATERIAL_SOURCE_KEYS, REFORM_MARK_KEYS, OUTCOME_KEYS]) {
      expect(lists.some((list) => list.filter((word) => (keys as unknown[]).includes(word)).join() === keys.join())).toBe(true);
    }
  });

  it('has a place in a schema for every field authors write', () => {
    const placed = new Set(SCHEMA_WORDS.map((w) => w.words.join()));
    expect((Object.keys(AUTHORED) as AuthoredField[]).filter((field) => !placed.has(fieldWords(field).join()))).toEqual([]);
  });

  it.each(Object.entries(READMES) as Array<[keyof typeof READMES, string]>)('gives the README in %s the table of those words (npm run docs writes it)', (lang, file) => {
    const readme = readFileSync(`${ROOT}/${file}`, 'utf8');
    expect(withWordsTable(readme, lang) === readme, `${file} is stale: run npm run docs`).toBe(true);
  });

  it('lists the same measures, ledger kinds, changes and reasons in the comparison schema', () => {
    const defs = comparison.$defs;
    expect(defs.measureKey.enum).toEqual(MEASURE_KEYS);
    expect(defs.ledgerEntry.properties.kind.enum).toEqual(Object.keys(LEDGER_KINDS));
    expect(defs.ledgerEntry.properties.change.enum).toEqual(Object.keys(LEDGER_CHANGES));
    expect(defs.ledgerReason.enum).toEqual(Object.keys(LEDGER_REASONS));
  });

  it('lists the same finding codes in the analysis schema', () => {
    expect(schema('analysis').$defs.finding.properties.code.enum).toEqual(Object.keys(FINDINGS));
  });

  it('lists the same reform rules in the suggestions schema, and the registry runs one module per rule', () => {
    expect(schema('suggestions').$defs.ruleKey.enum).toEqual(RULE_KEYS);
    expect(RULES.map((r) => r.key)).toEqual(RULE_KEYS);
  });

  it('gives every reform rule a name and a policy basis in both languages', () => {
    for (const key of RULE_KEYS) expect([REFORM_RULES[key].name.zh, REFORM_RULES[key].name.en, REFORM_RULES[key].basis.zh, REFORM_RULES[key].basis.en].every(Boolean)).toBe(true);
  });

  it('lists the same sources of a year\'s working days in the dates schema', () => {
    expect(schema('dates').$defs.dateBasis.properties.years.items.properties.source.enum).toEqual(YEAR_SOURCE_KEYS);
  });

  it('gives every measure a name and a unit in both languages', () => {
    for (const key of MEASURE_KEYS) expect([MEASURES[key].name.zh, MEASURES[key].name.en, MEASURES[key].unit.zh, MEASURES[key].unit.en].every(Boolean)).toBe(true);
  });
});
