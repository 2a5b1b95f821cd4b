/**
 * The line reader of plain block YAML (read-block.ts) gives exactly the value parseYaml gives, or
 * declines: on the bundled files, on documents written in the styles init, import and the catalogue
 * generator use, on random edits of them and on random text; and it reads those plain styles rather
 * than declining them, or it would be no faster.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { createDice, generateProcedure } from '../../bench/generate-catalogue.js';
import { parseYaml } from '../../src/model/parse.js';
import { readBlockYaml } from '../../src/model/read-block.js';
import { resolvePlain } from '../../src/model/read-value.js';
import { ROOT } from '../support/files.js';
import { editedYaml } from '../support/yaml-edits.js';

const DEPTH = 32;

function read(text: string): Record<string, unknown> | undefined {
  return readBlockYaml(text, resolvePlain, DEPTH);
}

/** What parseYaml makes of `text`: its value, or undefined when it reports a problem. */
function slowValue(text: string): unknown {
  const parse = parseYaml('t.yaml', text);
  return parse.ok ? parse.parsed.value : undefined;
}

/** The line reader agrees with parseYaml on `text`: the same value, or it declines. */
function expectAgreement(text: string): void {
  const quick = read(text);
  if (quick !== undefined) expect(quick, JSON.stringify(text)).toEqual(slowValue(text));
}

const bundled = () =>
  globSync(['processes/**/*.yaml', 'tests/fixtures/**/*.yaml'], {
    cwd: ROOT,
    absolute: true,
  }).map((f) => readFileSync(f, 'utf8'));

describe('readBlockYaml', () => {
  it('reads the bundled and fixture files as parseYaml does, and reads most of them', () => {
    const texts = bundled();
    for (const text of texts) expectAgreement(text);
    expect(texts.filter((t) => read(t) !== undefined).length).toBeGreaterThan(texts.length / 2);
  });

  it('reads generated catalogue procedures, every one, as parseYaml does', () => {
    const dice = createDice(7);
    for (let i = 1; i <= 40; i++) {
      const text = stringify(generateProcedure(dice, i), { lineWidth: 0 });
      const value = read(text);
      expect(value, text).toBeDefined();
      expect(value).toEqual(slowValue(text));
    }
  });

  it('reads the plain forms: nested mappings, sequences at or under their key, flow collections, comments, CRLF, nulls', () => {
    const text = [
      '# heading',
      'id: a  # trailing comment',
      'n: 3',
      'f: 0.5',
      'yes: true',
      'date: 2024-01-01',
      'empty:',
      'list:',
      '- x',
      '-   y',
      'nested:',
      '  deep:',
      '    - id: m1',
      '      copies: 2',
      '    - { id: m2, name: 申请表, copies: 1 }',
      '  flow: [a, 1, b c]',
      '  none: []',
      '  blank: {}',
      '',
      '   # indented comment',
      'last: 最后 一项',
    ].join('\r\n');
    expect(read(text)).toEqual({
      id: 'a',
      n: 3,
      f: 0.5,
      yes: true,
      date: '2024-01-01',
      empty: null,
      list: ['x', 'y'],
      nested: {
        deep: [
          { id: 'm1', copies: 2 },
          { id: 'm2', name: '申请表', copies: 1 },
        ],
        flow: ['a', 1, 'b c'],
        none: [],
        blank: {},
      },
      last: '最后 一项',
    });
    expectAgreement(text);
  });

  it('trims only spaces, as YAML does: an ideographic or no-break space is part of a scalar', () => {
    const text = 'name: 申请\u3000\nnote: a\u00a0 # comment\nlead: \u3000x\nlist: [x\u3000, \u00a0y]\nk\u3000: v\n';
    expect(read(text)).toEqual({ name: '申请\u3000', note: 'a\u00a0', lead: '\u3000x', list: ['x\u3000', '\u00a0y'], 'k\u3000': 'v' });
    expectAgreement(text);
  });

  it('reads right when the table of scalars it keeps between files is full and newcomers take old places', () => {
    for (let i = 0; i < 30_000; i += 7) {
      const text = `k${i % 97}: 名称${i}\nn: ${i}\nflag: ${i % 2 === 0}\nlong: ${'长'.repeat(300 + (i % 5))}${i}\nlist: [a${i % 13}, ${i}]\n`;
      expect(read(text)).toEqual({ [`k${i % 97}`]: `名称${i}`, n: i, flag: i % 2 === 0, long: `${'长'.repeat(300 + (i % 5))}${i}`, list: [`a${i % 13}`, i] });
    }
  });

  it('declines what it does not read itself', () => {
    const declined = [
      'a: "quoted"\n',
      "a: 'quoted'\n",
      'a: |\n  block\n',
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      'a: plain\n  continued\n',
      'a: 1\na: 2\n',
      '1: one\n',
      'true: yes\n',
      '__proto__: x\n',
      'a:\n\tb: 1\n',
      '  a: indented document\n',
      '- 1\n- 2\n',
      'a: b: c\n',
      'a: [1, [2]]\n',
      'a: { b: { c: 1 } }\n',
      'a: [x: 1]\n',
      'a: x#y\n',
      'a: ~\n',
      'a: null\n',
      'a:\n  - - nested\n',
      'a:\n  -\n',
      'a:\n    b: 1\n  c: 2\n',
      'a: 1\n---\nb: 2\n',
      'a: 1\rb: 2\n',
    ];
    for (const text of declined) expect(read(text), JSON.stringify(text)).toBeUndefined();
  });

  it('reads generated block documents as parseYaml does', () => {
    const key = fc.stringMatching(/^[a-z\u4e00-\u4e0f][a-z0-9_\u4e00-\u4e0f -]{0,8}$/);
    const leaf = fc.oneof(
      fc.string({
        unit: fc.constantFrom('a', '0', '1', '.', '-', '+', 'e', ' ', '申', '#', ':', ',', '[', '{'),
      }),
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(key, tie('node'), { maxKeys: 4 })),
    })).node;
    fc.assert(
      fc.property(fc.dictionary(key, value, { minKeys: 1, maxKeys: 6 }), fc.boolean(), fc.boolean(), (doc, indentSeq, flowLeaves) => {
        expectAgreement(
          stringify(doc, {
            lineWidth: 0,
            indentSeq,
            collectionStyle: 'block',
            flowCollectionPadding: flowLeaves,
          }),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('never disagrees with parseYaml on random text or on bundled files with random edits', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('a', 'b', ':', ' ', '\n', '-', '[', ']', '{', '}', ',', '#', '1', '.', '\r', '\u3000', '\u00a0'),
        }),
        (text) => {
          const quick = read(text);
          if (quick !== undefined) expect(quick, JSON.stringify(text)).toEqual(slowValue(text));
        },
      ),
      { numRuns: 3000 },
    );
    const bases = bundled().filter((t) => read(t) !== undefined);
    fc.assert(fc.property(editedYaml(bases), expectAgreement), {
      numRuns: 500,
    });
  });
});
