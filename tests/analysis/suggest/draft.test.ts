/**
 * The reformed draft: written through the yaml Document API, so the author's comments and the lines no
 * suggestion touches stay; a comment naming rule and basis above each change; labelled a draft; values
 * in the file's own words; a bundle's items placed beside it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { addComment, createDraft, DRAFT_LABEL, placeDraft, writesChineseWords } from '../../../src/analysis/suggest/draft.js';
import { suggestReforms } from '../../../src/analysis/suggest/suggest.js';
import { fixture, ROOT } from '../../support/files.js';
import { subjectOf, suggestFixture } from './support.js';

/** Lines of `after` that are not in `before` (a multiset difference). */
function addedLines(before: string, after: string): string[] {
  const left = before.split('\n');
  return after.split('\n').filter((line) => {
    const i = left.indexOf(line);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
}

describe('the reformed draft', () => {
  const { subject, result } = suggestFixture('materials.yaml', { only: ['share', 'commitment'] });
  const [draft] = result.draft;

  it('keeps the file’s own comments first and says it is a draft after them', () => {
    const lines = draft!.text.split('\n');
    expect(lines[0]).toBe('# suggest: the three material rules. A government licence (→ shared), a third-party certificate');
    expect(lines.findIndex((l) => l.startsWith('# 改革后草案'))).toBe(3);
    expect(draft!.text).toContain(`label: ${DRAFT_LABEL}`);
  });

  it('changes only what the suggestions change, each with the rule and its basis above it', () => {
    expect(addedLines(subject.files[0]!.text, draft!.text)).toEqual([
      '# 改革后草案：由 wujian suggest 生成，采用了 2 条建议（每处改动上方有注释）。',
      '# 版本标签为“改革后（草案）”，不会与已有的“改革后”版本配对；核对采用后请改为“改革后”。',
      'version: { label: 改革后（草案）, date: 2024-01-01 }',
      '  # wujian suggest · 数据共享、电子证照免提交 · 依据：国办函〔2016〕108号',
      '  # 材料“营业执照”由政府部门核发，改为部门间数据共享、电子证照调取，申请人免提交',
      '  - { id: licence, name: 营业执照, source: government, form: 复印件, reform: shared }',
      '  # wujian suggest · 证明事项告知承诺 · 依据：国办发〔2020〕42号',
      '  # 第三方出具的证明“从业人员健康证明”改为申请人书面承诺',
      '  - { id: health, name: 从业人员健康证明, source: third-party, copies: 2, reform: commitment }',
      '      materials: [ application, licence, health, drawings, agent, id_card ]',
    ]);
  });

  it('writes comments in English with --lang en', () => {
    const en = createDraft(subject.files, result.suggestions.map((s) => s.opportunity), 'en')[0]!.text;
    expect(en).toContain('# wujian suggest · data sharing, e-licence (not handed in) · basis: State Council Office letter 国办函〔2016〕108号');
  });

  it('writes reform marks in Chinese words in a file that writes its values in Chinese', () => {
    const chinese = subjectOf(fixture('procedures', 'chinese.yaml'));
    expect(writesChineseWords(parseDocument(chinese.files[0]!.text))).toBe(true);
    expect(writesChineseWords(parseDocument(subject.files[0]!.text))).toBe(false);
    const text = suggestReforms(chinese, { only: ['share'] }).draft[0]!.text;
    expect(text).toContain('    reform: 数据共享');
  });

  it('puts a comment above the nearest line of its own, never inside a { } mapping', () => {
    const doc = parseDocument('a:\n  b: { c: 1, d: [1, 2] }\n');
    addComment(doc, ['a', 'b', 'd', 1], '注释');
    expect(doc.toString()).toBe('a:\n  # 注释\n  b: { c: 1, d: [ 1, 2 ] }\n');
  });

  it('writes a parallel block in the file’s layout: a branch per review, each ending in its own end state', () => {
    const parallel = suggestFixture('parallel.yaml', { only: ['parallel'] }).result.draft[0]!.text;
    expect(parallel).toContain('    fire:\n      type: parallel\n      name: 并联办理：消防审查、人防审查、供水审查\n      regions:\n        fire:\n          name: 消防审查\n          initial: fire\n          states:\n            fire: { name: 消防审查, kind: 审查, department: 县消防救援大队, duration: { min: 2, mode: 4, max: 6 }, on: { DONE: done } }\n            done: { type: final }');
    expect(parallel).toContain('      onDone: again');
    expect(parallel).not.toMatch(/^ {4}civil:/m);
  });

  it('places a bundle’s changed items beside its file, pointing back to the ones unchanged', () => {
    const bundle = suggestFixture('bundle/before.yaml', { only: ['share', 'concurrent'] }).result;
    const out = join(ROOT, 'somewhere', 'draft.yaml');
    const placed = placeDraft(bundle.draft, out);
    expect(placed.map((p) => p.path)).toEqual([join(ROOT, 'somewhere', 'draft.food.yaml'), out]);
    const main = placed[1]!.text;
    expect(main).toContain('  - path: ../tests/fixtures/suggest/bundle/business.yaml');
    expect(main).toContain('  - path: draft.food.yaml');
    expect(main).toContain('  - path: ../tests/fixtures/suggest/bundle/sign.yaml\n    after: [ business ]');
    expect(readFileSync(fixture('suggest', 'bundle', 'before.yaml'), 'utf8')).toContain('after: [food]');
  });
});
