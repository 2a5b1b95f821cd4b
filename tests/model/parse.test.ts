/**
 * Malformed and hostile YAML (syntax errors, alias bombs, absurd nesting) gives a diagnostic: never a
 * throw, a hang or a crash. The work is bounded by design, and counted here: alias expansions stop at
 * the limit, and a file nested too deep never reaches yaml's recursive composer.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { globSync } from 'tinyglobby';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Alias, Composer, Parser, parseDocument } from 'yaml';
import { describe as describeDiagnostic } from '../../src/model/messages.js';
import { MAX_ALIAS_COUNT, MAX_DEPTH } from '../../src/model/parse.js';
import { findUnclosed } from '../../src/model/yaml-unclosed.js';
import { createTempDir, loadDiagnostics, places, ROOT } from '../support/files.js';

const dir = createTempDir();

/** Alias expansions and composer runs of the file loaded last. */
const expansions = vi.spyOn(Alias.prototype, 'toJSON');
const compositions = vi.spyOn(Composer.prototype, 'compose');
afterEach(() => {
  expansions.mockClear();
  compositions.mockClear();
});

/** Writes `text` to a new YAML file in the temp folder and loads it. */
function load(name: string, text: string) {
  const file = join(dir, `${name}.yaml`);
  writeFileSync(file, text);
  return loadDiagnostics(file);
}

/** Nine anchors, each a list of nine aliases of the one before: 9⁹ "lol"s if expanded. */
function billionLaughs(): string {
  const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i <= 9; i++) lines.push(`a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]`);
  return lines.join('\n') + '\n';
}

const DEPTH = 10_000;

describe('malformed YAML', () => {
  it('reports a bracket or quote left open where it opens, not where yaml gives up, with how to close it', () => {
    const seq = load('unclosed-seq', 'id: x\nname: [a, b\nversion: 1\n');
    expect(places(seq)).toEqual(['yaml-syntax 2:7']);
    expect(describeDiagnostic(seq[0]!, 'zh').message).toBe('YAML 格式错误：方括号 [ 没有闭合（缺少 ]）');
    expect(describeDiagnostic(seq[0]!, 'en').hint).toMatch(/^End the list with \]/);
    const map = load('unclosed-map', 'id: x\nprocess:\n  states:\n    a: { name: 申请, kind: 申请\n    b: 1\n');
    expect(places(map)).toEqual(['yaml-syntax 4:8']);
    expect(describeDiagnostic(map[0]!, 'zh').message).toBe('YAML 格式错误：花括号 { 没有闭合（缺少 }）');
    // The quote is lost at the end of the file, where yaml reports it.
    const quote = load('unclosed-quote', 'id: x\nname: "食品经营许可\nversion: 1\nmaterials: []\n');
    expect(places(quote)).toEqual(['yaml-syntax 2:7']);
    expect(describeDiagnostic(quote[0]!, 'zh').message).toBe('YAML 格式错误：引号没有闭合');
    // In the first item of a list, nested in a closed one, in single quotes with a doubled quote inside.
    expect(places(load('unclosed-in-list', 'a:\n  - [x, y\n  - z\nb: 1\n'))).toEqual(['yaml-syntax 2:5']);
    expect(places(load('unclosed-outer', 'a: [x, [y, z]\nb: 1\n'))).toEqual(['yaml-syntax 1:4']);
    expect(places(load('unclosed-single', "a: 1\nb: 'it''s\nc: 2\n"))).toEqual(['yaml-syntax 2:4']);
    expect(places(load('unclosed-doubled', "a: 1\nb: 'it''\n"))).toEqual(['yaml-syntax 2:4']);
  });

  it('keeps the errors before an opening left open, and takes closed quotes and brackets for closed', () => {
    const diagnostics = load('before-unclosed', 'a: 1\na: 2\nb: "a\\"b\\\\"\nc: \'it\'\'s\'\nd: [x, "]"]\ne: [y\nf: 3\n');
    expect(places(diagnostics)).toEqual(['yaml-syntax 2:1', 'yaml-syntax 6:4']);
    expect(diagnostics.map((d) => d.code === 'yaml-syntax' && d.args.yamlCode)).toEqual(['DUPLICATE_KEY', 'UNCLOSED_SEQ']);
    // Without anything left open, yaml's own error and place stand.
    expect(places(load('extra-bracket', 'a: [x, y]]\nb: 1\n'))[0]).toBe('yaml-syntax 1:10');
  });

  it('finds nothing left open in text yaml reads without an error, generated or bundled', () => {
    const open = (text: string) => findUnclosed([...new Parser().parse(text)]);
    const unit = fc.constantFrom('a', 'b: ', ': ', '[', ']', '{', '}', '"', "'", '\\', '\n', '\n  ', '\n- ', ', ', ' ', '#', '中');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 14 }), (body) => {
        const text = `k: ${body}\n`;
        if (parseDocument(text).errors.length === 0) expect(open(text), JSON.stringify(text)).toBeUndefined();
      }),
      { numRuns: 5_000 },
    );
    for (const file of globSync('processes/**/*.yaml', { cwd: ROOT, absolute: true })) expect(open(readFileSync(file, 'utf8')), file).toBeUndefined();
  });

  it('reports tab indentation with a hint to use spaces', () => {
    const [first] = load('tabs', 'id: x\nversion:\n\tlabel: 改革前\n');
    expect(places([first!])).toEqual(['yaml-syntax 3:1']);
    expect(describeDiagnostic(first!, 'zh').message).toBe('YAML 格式错误：用了 Tab 缩进');
    expect(describeDiagnostic(first!, 'en').hint).toBe('Replace tabs with spaces.');
  });

  it('reports a second document in one file', () => {
    const diagnostics = load('two-docs', 'id: a\n---\nid: b\n');
    expect(diagnostics.map((d) => [d.code, d.code === 'yaml-syntax' ? d.args.yamlCode : undefined])).toContainEqual(['yaml-syntax', 'MULTIPLE_DOCS']);
  });

  it('reports a file whose top level is a list, not a mapping', () => {
    expect(places(load('list', '- 申请\n- 受理\n'))).toEqual(['yaml-not-mapping 1:1']);
  });

  it('reports a stray list item among the comments above the first field where it stands, not at each field after it', () => {
    const text = readFileSync(join(ROOT, 'processes', 'open-restaurant-guangyuan', 'before.yaml'), 'utf8').split('\n');
    const first = text.findIndex((line) => line.startsWith('id:'));
    text.splice(first - 3, 0, '  - - x');
    expect(places(load('stray', text.join('\n')))).toEqual([`yaml-not-mapping ${first - 2}:3`, `yaml-syntax ${first + 2}:1`]);
  });
});

describe('aliases', () => {
  it('refuses a billion-laughs alias bomb at its first alias', () => {
    const [first, ...rest] = load('bomb', billionLaughs());
    expect(rest).toEqual([]);
    expect(places([first!])).toEqual(['yaml-alias 2:10']);
    expect(expansions.mock.calls.length).toBeLessThanOrEqual(MAX_ALIAS_COUNT);
  });

  it('refuses an alias inside the node it names, which would expand for ever', () => {
    const text = [
      'id: loop', 'name: 循环', 'version: { label: 改革前 }', 'materials: []', 'process: &p', '  initial: fork', '  states:',
      '    fork: { type: parallel, name: 并联, onDone: done, regions: { a: *p, b: *p } }',
      '    done: { type: final, outcome: approved }',
    ].join('\n');
    expect(places(load('circular', text))).toEqual(['yaml-alias 8:67']);
    expect(expansions).not.toHaveBeenCalled();
  });

  it('still expands a few ordinary aliases', () => {
    const diagnostics = load('aliases', 'id: &id sample\nname: *id\nnote: *id\n');
    expect(diagnostics.map((d) => d.code)).not.toContain('yaml-alias');
    expect(expansions).toHaveBeenCalledTimes(2);
  });
});

describe(`nesting ${DEPTH.toLocaleString('en')} levels deep`, () => {
  it('is refused in flow style at the first bracket past the limit', () => {
    const diagnostics = load('deep-flow', 'x: ' + '['.repeat(DEPTH) + ']'.repeat(DEPTH) + '\n');
    expect(places(diagnostics)).toEqual([`yaml-too-deep 1:${3 + MAX_DEPTH}`]);
    expect(compositions).not.toHaveBeenCalled();
  });

  it('is refused in block style (nested "- " items) at the first item past the limit', () => {
    const diagnostics = load('deep-block', 'x:\n  ' + '- '.repeat(DEPTH) + 'leaf\n');
    expect(places(diagnostics)).toEqual([`yaml-too-deep 2:${1 + 2 * MAX_DEPTH}`]);
    expect(compositions).not.toHaveBeenCalled();
  });

  it('is refused in block mappings indented one more space per level', () => {
    // 1,000 levels: the file stays under the size limit.
    const text = Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' leaf\n';
    expect(places(load('deep-map', text))).toEqual([`yaml-too-deep ${MAX_DEPTH + 1}:${MAX_DEPTH + 1}`]);
    expect(compositions).not.toHaveBeenCalled();
  });

  it('is refused in nested flow mappings too', () => {
    const diagnostics = load('deep-flow-map', 'x: ' + '{a: '.repeat(DEPTH) + '1' + '}'.repeat(DEPTH) + '\n');
    expect(places(diagnostics)).toEqual([`yaml-too-deep 1:${4 + 4 * (MAX_DEPTH - 1)}`]);
    expect(compositions).not.toHaveBeenCalled();
  });

  it(`accepts ${MAX_DEPTH} levels`, () => {
    const diagnostics = load('at-limit', 'x: ' + '['.repeat(MAX_DEPTH - 1) + ']'.repeat(MAX_DEPTH - 1) + '\n');
    expect(diagnostics.map((d) => d.code)).not.toContain('yaml-too-deep');
    expect(compositions).toHaveBeenCalledTimes(1);
  });
});
