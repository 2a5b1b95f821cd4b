/** English done properly on the process diagrams: no step's figures cut off, whatever the language. */
import { describe, expect, it } from 'vitest';
import { buildWebCases } from '../support/cases.js';

describe('process diagrams in English', () => {
  it('give every step of every bundled case its figures in full (no “…”), in both languages', async () => {
    const { cases } = await buildWebCases();
    const cut: string[] = [];
    for (const c of cases) {
      for (const graph of [...c.graphs.before, ...c.graphs.after]) {
        for (const node of graph.layout.nodes) {
          for (const lang of ['zh', 'en'] as const) for (const line of node.meta[lang]) if (line.endsWith('…')) cut.push(`${c.id} ${node.id} ${lang}: ${line}`);
        }
      }
    }
    expect(cut).toEqual([]);
  }, 120_000);
});
