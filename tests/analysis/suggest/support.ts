/**
 * Suggest's tests: a file's subject as the command builds it, and the comparison of a draft written to
 * disk and read back the way `wujian compare before draft` reads it.
 */
import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { expect } from 'vitest';
import { compareDocuments, type Comparison } from '../../../src/analysis/compare/compare.js';
import { createDraft, placeDraft } from '../../../src/analysis/suggest/draft.js';
import { createSubject, type Subject } from '../../../src/analysis/suggest/subject.js';
import { suggestReforms, type SuggestOptions } from '../../../src/analysis/suggest/suggest.js';
import type { Opportunity, SuggestResult } from '../../../src/analysis/suggest/types.js';
import { getErrors } from '../../../src/model/diagnostic.js';
import { loadWorkspace } from '../../../src/model/workspace.js';
import { fixture, ROOT } from '../../support/files.js';

/** The subject of one file (absolute, or relative to the repository root), loaded as the command loads it. */
export function subjectOf(file: string): Subject {
  const workspace = loadWorkspace([file], { cwd: ROOT });
  expect(getErrors(workspace.diagnostics)).toEqual([]);
  const found = workspace.files.find((f) => f.path === join(ROOT, file) || f.path === file)!;
  return createSubject({ ...found, side: found.side! }, ROOT);
}

/** A fixture of tests/fixtures/suggest, suggested for. */
export function suggestFixture(name: string, options: SuggestOptions = {}): { subject: Subject; result: SuggestResult } {
  const subject = subjectOf(fixture('suggest', name));
  return { subject, result: suggestReforms(subject, options) };
}

let drafts = 0;

/**
 * Writes the draft of `opportunities` into `dir` (as `wujian suggest -o` places it), reads the before
 * file and the draft back from disk, checks the draft has no error, and compares them as `wujian
 * compare before draft` does.
 */
export function compareAsWritten(subject: Subject, opportunities: readonly Opportunity[], dir: string): Comparison {
  const out = join(dir, `draft-${++drafts}-${basename(subject.files[0]!.path)}`);
  for (const placed of placeDraft(createDraft(subject.files, opportunities, 'zh'), out)) writeFileSync(placed.path, placed.text);
  const workspace = loadWorkspace([subject.files[0]!.path, out], { cwd: ROOT });
  expect(getErrors(workspace.diagnostics)).toEqual([]);
  const side = (path: string) => workspace.files.find((f) => f.path === path)!.side!;
  return compareDocuments(side(subject.files[0]!.path), side(out));
}

/** The figures of a comparison that suggest states: every measure, the ledger, the money. */
export function figures(c: Comparison) {
  return { measures: c.measures, ledger: c.ledger, money: c.money?.saved };
}

/** Checks every suggestion's stated effect, and the total, against the drafts as written. */
export function expectEffectsAsWritten(subject: Subject, result: SuggestResult, dir: string): void {
  for (const s of result.suggestions) expect(figures(compareAsWritten(subject, [s.opportunity], dir)), `suggestion ${s.rank} (${s.opportunity.rule})`).toEqual(figures(s.effect));
  if (result.total) {
    const chosen = result.suggestions.filter((s) => s.inTotal).map((s) => s.opportunity);
    expect(figures(compareAsWritten(subject, chosen, dir)), 'total').toEqual(figures(result.total));
  }
}

/** The measures that changed, as "key before→after". */
export function changed(c: Comparison): string[] {
  return c.measures.filter((m) => m.cut !== 0 && m.cut !== null).map((m) => `${m.key} ${m.before}→${m.after}`);
}
