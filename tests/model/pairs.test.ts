/**
 * The one pairing rule of compare --all, report and view: one id, one file labelled 改革前 and one
 * labelled 改革后, wherever the files sit and whatever they are called; two files of one id and label
 * are an error at each, never a silent pick.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describe as describeDiagnostic } from '../../src/model/messages.js';
import { findPairs } from '../../src/model/pairs.js';
import { loadWorkspace } from '../../src/model/workspace.js';
import { createTempDir, fixture, places } from '../support/files.js';

const ALPHA = readFileSync(fixture('procedures', 'alpha.yaml'), 'utf8');

/** Writes a copy of the alpha procedure with `id` and `label` at `dir`/`path`. */
function writeVersion(dir: string, path: string, id: string, label: string): void {
  const file = join(dir, path);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, ALPHA.replace('id: alpha', `id: ${id}`).replace('label: 改革前', `label: ${label}`));
}

describe('findPairs', () => {
  it('pairs the 改革前 and 改革后 versions of one id, whatever the files are called and wherever they sit', () => {
    const dir = createTempDir();
    writeVersion(dir, 'old/licence.yaml', 'licence', '改革前');
    writeVersion(dir, 'new/licence-2024.yaml', 'licence', '改革后');
    writeVersion(dir, 'b/before.yaml', 'beta', '改革前');
    writeVersion(dir, 'b/after.yaml', 'beta', '改革后');
    const { pairs, diagnostics } = findPairs(loadWorkspace(['.'], { cwd: dir }).files);
    expect(diagnostics).toEqual([]);
    expect(pairs.map((p) => [p.id, p.before.file, p.after.file])).toEqual([
      ['beta', 'b/before.yaml', 'b/after.yaml'],
      ['licence', 'old/licence.yaml', 'new/licence-2024.yaml'],
    ]);
  });

  it('leaves an id with one version, or with another label, unpaired and says nothing of it', () => {
    const dir = createTempDir();
    writeVersion(dir, 'item/before.yaml', 'item', '改革前');
    writeVersion(dir, 'draft/v2.yaml', 'draft', '2024版');
    expect(findPairs(loadWorkspace(['.'], { cwd: dir }).files)).toEqual({ pairs: [], diagnostics: [] });
  });

  it('refuses a stale Windows copy with the same id and label: an error at each file\'s label, naming both; other ids still pair', () => {
    const dir = createTempDir();
    writeVersion(dir, 'food/before.yaml', 'food', '改革前');
    writeVersion(dir, 'food/before - 副本.yaml', 'food', '改革前');
    writeVersion(dir, 'food/after.yaml', 'food', '改革后');
    writeVersion(dir, 'other/before.yaml', 'other', '改革前');
    writeVersion(dir, 'other/after.yaml', 'other', '改革后');
    const { pairs, diagnostics } = findPairs(loadWorkspace(['.'], { cwd: dir }).files);
    expect(pairs.map((p) => p.id)).toEqual(['other']);
    expect(diagnostics.map((d) => `${d.file} ${places([d])[0]}`)).toEqual([
      'food/before - 副本.yaml pair-ambiguous 4:19',
      'food/before.yaml pair-ambiguous 4:19',
    ]);
    expect(describeDiagnostic(diagnostics[0]!, 'zh').message).toBe(
      '事项 "food" 有 2 个“改革前”版本（food/before - 副本.yaml, food/before.yaml），无法确定用哪一个配对',
    );
    expect(describeDiagnostic(diagnostics[0]!, 'en').hint).toContain('wujian compare <before> <after>');
  });
});
