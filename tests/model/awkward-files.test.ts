/**
 * Files that are awkward rather than wrong, and files wrong in a way that cascades: old Mac line ends,
 * one tab in a long file, YAML 1.1 type tags, a rename map with a number. Each gets what it means, or
 * a short list of located problems, never a crash. Work is counted, never timed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_DIAGNOSTICS_PER_FILE } from '../../src/model/diagnostic.js';
import { loadFile, loadText } from '../../src/model/load.js';
import type { Procedure } from '../../src/model/types.js';
import { codeFrame } from '../../src/report/frame.js';
import { readCompareLine } from '../support/cli.js';
import { createTempDir, places, ROOT } from '../support/files.js';

const FOOD = readFileSync(join(ROOT, 'processes', 'food-business-licence', 'before.yaml'), 'utf8');
const DIR = createTempDir();

/** A procedure with `n` materials written as block mappings, `tab` replacing the indentation of material 10. */
function longFile(n: number, tab: boolean): string {
  const materials = Array.from({ length: n }, (_, i) => `${tab && i === 10 ? '\t' : '  '}- id: m${i}\n    name: 材料${i}`);
  return ['id: big', 'name: 大文件', 'version: { label: 改革前 }', 'materials:', ...materials, 'process:', '  initial: a', '  states:',
    '    a: { name: 申请, materials: [m0], on: { S: done } }', '    done: { type: final, outcome: approved }', ''].join('\n');
}

describe('awkward files', () => {
  it('read a file with old Mac line ends (CR only) as the same procedure, located on its own lines', () => {
    const file = join(DIR, 'mac.yaml');
    writeFileSync(file, FOOD.replace(/\n/g, '\r'));
    const result = loadFile(file);
    expect(result.diagnostics).toEqual([]);
    expect((result.document as Procedure).name).toBe('食品经营许可（新办）');
    writeFileSync(file, FOOD.replace('name: 申请人整改', 'nmae: 申请人整改').replace(/\n/g, '\r'));
    const broken = loadFile(file).diagnostics.find((d) => d.code === 'schema-unknown-field')!;
    const frame = codeFrame(readFileSync(file, 'utf8'), broken.line, broken.column, broken.endLine, broken.endColumn);
    expect(frame).toContain(`> ${broken.line} |       nmae: 申请人整改`);
  });

  it('report one tab that breaks the indentation of a long file at the tab, where the parser ran out of stack', () => {
    const result = loadText('tab.yaml', longFile(3000, true));
    expect(places(result.diagnostics)).toEqual(['yaml-syntax 25:1']);
    expect(result.diagnostics[0]).toMatchObject({ code: 'yaml-syntax', args: { yamlCode: 'TAB_AS_INDENT' } });
  });

  it(`keep at most ${MAX_DIAGNOSTICS_PER_FILE} problems of one file and sum up the rest where they start`, () => {
    const result = loadText('many.yaml', longFile(3000, false));
    // 2,999 unused materials: 19 listed, then one that counts the other 2,980.
    expect(result.diagnostics).toHaveLength(MAX_DIAGNOSTICS_PER_FILE);
    const more = result.diagnostics.at(-1)!;
    expect(more).toMatchObject({ code: 'more-problems', severity: 'warning', line: 45, args: { errors: 0, warnings: 2980 } });
    expect(result.document).toBeDefined();
  });

  it('read YAML 1.1 type tags (!!omap, !!set) as the lists and mappings they are, so transitions are never dropped unseen', () => {
    const text = FOOD.replace('      on:\n        SUBMIT: accept\n', '      on: !!omap\n        - SUBMIT: accept\n');
    expect(text).not.toBe(FOOD);
    const result = loadText('omap.yaml', text);
    expect(result.document).toBeUndefined();
    expect(result.diagnostics.map((d) => d.code)).toEqual(['schema-type']);
  });

  it('say where a rename map has a value that is not an id, and what it should be', () => {
    const file = join(DIR, 'map.yaml');
    writeFileSync(file, 'old-id: new-id\nx: 1\n');
    const read = readCompareLine(DIR, '--map-file', file);
    expect(read.ok).toBe(false);
    expect(!read.ok && places(read.diagnostics!)).toEqual(['schema-type 2:4']);
    expect(!read.ok && read.diagnostics![0]!.args).toMatchObject({ expected: 'string', found: '1', path: '/x' });
  });
});
