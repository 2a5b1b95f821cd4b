/**
 * The dashboard's 改革机会 panel draws the catalogue `wujian view` and `npm run web:data` give it, built
 * by the code of `wujian suggest <folder>`: its rows carry the JSON's own sentences, and the current
 * case's items are marked.
 */
import { describe, expect, it } from 'vitest';
import catalogueSchema from '../../schemas/catalogue.schema.json' with { type: 'json' };
import { buildCatalogue, loadPairs, PANEL_TOP } from '../../src/cli/commands/cases.js';
import { createMemoryIO } from '../../src/cli/io.js';
import { getDocumentBars, getOpportunityRows } from '../../web/src/views/opportunities.js';
import { ROOT } from '../support/files.js';
import { compileOutputSchema } from '../support/schemas.js';

const io = createMemoryIO(ROOT);
const catalogue = await buildCatalogue(loadPairs(['processes'], 'zh', io).files, io);

describe('the 改革机会 panel', () => {
  it('is given a catalogue that conforms to schemas/catalogue.schema.json, PANEL_TOP rows a ranking at most', () => {
    const validate = compileOutputSchema(catalogueSchema);
    expect(validate(catalogue), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(catalogue.documents.length).toBeLessThanOrEqual(PANEL_TOP);
    expect(catalogue.opportunities.length).toBeLessThanOrEqual(PANEL_TOP);
  });

  it('draws each document with the sentence the JSON carries, in both languages', () => {
    for (const lang of ['zh', 'en'] as const) {
      expect(getDocumentBars(catalogue, new Set(), lang).map((b) => b.text)).toEqual(catalogue.documents.map((d) => d.text[lang]));
    }
  });

  it('marks the documents and suggestions of the current case', () => {
    const first = catalogue.documents[0]!.items[0]!.id;
    const bars = getDocumentBars(catalogue, new Set([first]), 'zh');
    expect(bars[0]!.current).toBe(true);
    const rows = getOpportunityRows(catalogue, new Set([first]), 'zh');
    expect(rows.filter((r) => r.current).length).toBe(catalogue.opportunities.filter((o) => (o.suggestion.item ?? o.subject.id) === first).length);
  });

  it('puts each suggestion’s effect in compare’s words', () => {
    const rows = getOpportunityRows(catalogue, new Set(), 'zh');
    expect(rows.map((r) => r.cells[5])).toEqual(catalogue.opportunities.map((o) => o.suggestion.effect.summary.zh));
  });
});
