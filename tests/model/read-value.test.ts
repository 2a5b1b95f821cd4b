/**
 * The quick reader (js-yaml, no positions) gives exactly the value parseYaml gives, or declines: on
 * every bundled and fixture file, on generated documents and on scalars of every kind; and it never
 * accepts a document parseYaml rejects.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { isScalar, Schema, stringify } from 'yaml';
import { MAX_DEPTH, parseYaml } from '../../src/model/parse.js';
import { readYamlValue, resolvePlain, TYPED_FIRST_CHARS } from '../../src/model/read-value.js';
import { ROOT } from '../support/files.js';
import { editedYaml } from '../support/yaml-edits.js';

/** What parseYaml makes of `text`: its value, or undefined when it reports a problem. */
function slowValue(text: string): unknown {
  const parse = parseYaml('t.yaml', text);
  return parse.ok ? parse.parsed.value : undefined;
}

/** The quick reader agrees with parseYaml on `text`: the same value, or it declines. */
function expectAgreement(text: string): void {
  const quick = readYamlValue(text);
  if (quick !== undefined) expect(quick, text).toEqual(slowValue(text));
}

/** Plain scalars near every core-schema form: numbers, nulls, booleans, and strings that resemble them. */
const scalar = fc.oneof(
  fc.stringMatching(/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/),
  fc.constantFrom('~', 'null', 'Null', 'NULL', 'nULL', 'true', 'True', 'TRUE', 'tRUE', 'false', 'no', 'yes', 'on', 'off', 'y', 'n'),
  fc.constantFrom('.inf', '-.Inf', '+.INF', '.nan', '.NaN', '0o17', '0o8', '0x1F', '0xG', '0b101', '1_000', '1e3', '12:30', '2024-01-01', '.5', '+.5', '5.', '-0'),
  fc.string({ unit: fc.constantFrom('a', '0', '1', '.', '-', '+', 'e', 'x', 'o', ' ', '申', '#', ':', "'", '"') }),
);

describe('readYamlValue', () => {
  it('reads every bundled and fixture file as parseYaml does, or declines it', () => {
    const files = globSync(['processes/**/*.yaml', 'tests/fixtures/**/*.yaml'], { cwd: ROOT, absolute: true });
    expect(files.length).toBeGreaterThan(0);
    let read = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expectAgreement(text);
      if (readYamlValue(text) !== undefined) read++;
    }
    // Most files take the quick way: the guard is not so wide that it declines everything.
    expect(read).toBeGreaterThan(files.length / 2);
  });

  it('resolves plain scalars as the core schema does: numbers, nulls and booleans, and strings that look like them', () => {
    fc.assert(fc.property(scalar, (s) => expectAgreement(`value: ${s}\nlist: [${s}]\n`)));
  });

  it('reads generated documents as parseYaml does', () => {
    const key = fc.stringMatching(/^[a-z\u4e00-\u4e0f][a-z0-9_\u4e00-\u4e0f-]{0,8}$/);
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, tie('leaf'), fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(key, tie('node'), { maxKeys: 4 })),
      leaf: fc.oneof(fc.string(), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), scalar),
    })).node;
    fc.assert(
      fc.property(fc.dictionary(key, value, { minKeys: 1, maxKeys: 6 }), fc.boolean(), (doc, flow) => {
        expectAgreement(stringify(doc, { collectionStyle: flow ? 'flow' : 'block' }));
      }),
    );
  });

  it('never accepts text parseYaml rejects: broken syntax, duplicate keys, tabs, several documents', () => {
    for (const text of ['a: [1, 2\n', 'a: 1\na: 2\n', 'a:\n\tb: 1\n', 'a: 1\n---\nb: 2\n', 'a: "x\n', 'a: b: c\n', '- 1\n- 2\n', 'just text\n']) {
      if (slowValue(text) === undefined) expect(readYamlValue(text), text).toBeUndefined();
      else expectAgreement(text);
    }
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ':', ' ', '\n', '-', '[', ']', '{', '}', ',', '"', "'", '#', '|', '>', '\t', '1') }), (text) => {
        if (slowValue(text) === undefined) expect(readYamlValue(text), JSON.stringify(text)).toBeUndefined();
        else expectAgreement(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads bundled files with random small edits (typos, indentation slips) as parseYaml does, or declines them', () => {
    const bases = globSync('processes/**/*.yaml', { cwd: ROOT, absolute: true }).map((file) => readFileSync(file, 'utf8'));
    fc.assert(fc.property(editedYaml(bases), expectAgreement), { numRuns: 300 });
  });

  it('declines anchors, aliases, tags, null keys and deep nesting, which parseYaml reads its own way', () => {
    expect(readYamlValue('a: &x 1\nb: *x\n')).toBeUndefined();
    expect(readYamlValue('a: !!str 1\n')).toBeUndefined();
    expect(readYamlValue('~: 1\n')).toBeUndefined();
    expect(readYamlValue(': 1\n')).toBeUndefined();
    expect(readYamlValue(`a: ${'['.repeat(MAX_DEPTH)}${']'.repeat(MAX_DEPTH)}\n`)).toBeUndefined();
    expect(readYamlValue('id: a\nname: 审查\n')).toEqual({ id: 'a', name: '审查' });
  });
});

/** What yaml's own core tags make of a plain scalar: the first tag whose pattern matches resolves it, else it is a string. */
function yamlResolves(source: string): unknown {
  const tags = new Schema({}).tags.flatMap((t) => ('test' in t && t.test && t.default ? [t] : []));
  const tag = tags.find((t) => t.test!.test(source));
  if (!tag) return source;
  const value = tag.resolve(source, () => {}, { intAsBigInt: false } as never);
  return isScalar(value) ? value.value : value;
}

describe('resolvePlain', () => {
  it("reads a plain scalar as yaml's core tags do, without loading yaml: every form, its edges, and strings that resemble one", () => {
    const near = fc.string({ unit: fc.constantFrom(...'~nNuUlLtTrRfFaAsSeE+-.0123456789xXoObBiI_'), maxLength: 8 });
    fc.assert(
      fc.property(fc.oneof(scalar, near), (s) => {
        expect(Object.is(resolvePlain(s), yamlResolves(s)), s).toBe(true);
      }),
      { numRuns: 5000 },
    );
    for (const s of ['', '~', 'NULL', 'TRUE', 'False', '0o777', '0x1f', '-0', '+12', '007', '.NaN', '-.inf', '1e-3', '1.', '.5e2', '9007199254740993']) {
      expect(Object.is(resolvePlain(s), yamlResolves(s)), s).toBe(true);
    }
  });
});

describe('TYPED_FIRST_CHARS', () => {
  it('holds the first character of every string a core-schema pattern of yaml matches', () => {
    const patterns = new Schema({}).tags.flatMap((tag) => ('test' in tag && tag.test ? [tag.test] : []));
    const text = fc.string({ unit: fc.constantFrom(...'~nNuUlLtTrRfFaAsSeE+-.0123456789xXoObBiI _#a申'), maxLength: 8 });
    fc.assert(
      fc.property(text, (s) => {
        if (patterns.some((p) => p.test(s))) expect(s === '' || TYPED_FIRST_CHARS.has(s[0]!), s).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});
