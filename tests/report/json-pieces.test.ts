/**
 * JSON written in pieces (toJsonPieces, what `analyze` and `validate` print and write): joined, the
 * pieces are exactly the text toJsonText gives for the same value — for the analyses of every bundled
 * procedure with a bundle and a problem beside them, for values fast-check makes, and for what
 * JSON.stringify leaves out or writes as null — and each item of a listed array is a piece of its own,
 * so no piece holds a whole catalogue.
 */
import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeBundle } from '../../src/analysis/bundle.js';
import { analyzeProcedure } from '../../src/analysis/measures.js';
import { createDiagnostic } from '../../src/model/diagnostic.js';
import { loadWorkspace } from '../../src/model/workspace.js';
import { toAnalysisJson } from '../../src/report/json.js';
import { toJsonPieces, toJsonText } from '../../src/report/terminal-text.js';
import { createMemoryIO } from '../../src/cli/io.js';
import { ROOT } from '../support/files.js';

/** The pieces of `value`, and toJsonText's text of it. */
function both(value: Record<string, unknown>): { pieces: string[]; text: string } {
  return { pieces: [...toJsonPieces(value)], text: toJsonText(value) };
}

describe('toJsonPieces', () => {
  const workspace = loadWorkspace([join(ROOT, 'processes')], createMemoryIO(ROOT));
  const procedures = workspace.files.flatMap((f) => (f.document?.kind === 'procedure' ? [f.document] : []));
  const bundles = workspace.files.flatMap((f) => (f.side && 'bundle' in f.side ? [analyzeBundle(f.side.bundle, f.side.items, {})] : []));
  const analyses = procedures.map((p) => analyzeProcedure(p));
  const problem = createDiagnostic('file-not-found', 'missing.yaml', undefined, { reason: 'ENOENT' });

  it.each(['zh', 'en'] as const)('gives the text of the bundled procedures’ analysis JSON (%s), one piece a procedure', (lang) => {
    expect(procedures.length).toBeGreaterThan(1);
    expect(bundles.length).toBeGreaterThan(0);
    const { pieces, text } = both(toAnalysisJson(analyses, [problem], { lang, bundles }));
    expect(pieces.join('')).toBe(text);
    for (const a of analyses) expect(pieces.filter((p) => p.includes(JSON.stringify(a.file))).length).toBeGreaterThan(0);
    // Each procedure, bundle and problem is a piece, besides the head and the closing brackets.
    expect(pieces.length).toBeGreaterThanOrEqual(analyses.length + bundles.length + 1);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(text.length / 2);
  });

  it('writes an empty object, empty lists, and leaves out or nulls what JSON.stringify does', () => {
    const values: Array<Record<string, unknown>> = [
      {},
      { a: [] },
      { a: undefined },
      { a: undefined, b: 1, c: () => 1 },
      { list: [undefined, () => 1, { x: [1, { y: 2 }], z: undefined }, [], {}] },
      { nested: { deep: [1, [2, [3]]] }, text: 'line\nbreak "quoted" \\', n: null },
      { '名\u0085称': ['\u2028', '\u009b', '\u007f'], when: new Date(0) },
    ];
    for (const value of values) {
      const { pieces, text } = both(value);
      expect(pieces.join(''), JSON.stringify(value)).toBe(text);
    }
  });

  it('agrees with toJsonText on any JSON object', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (value) => {
        const { pieces, text } = both(value);
        expect(pieces.join('')).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});
