/**
 * The catalogue view as JSON, conforming to schemas/catalogue.schema.json: the rankings a reform office
 * reads across its items, each row with its figures and words resolved, for the terminal, Markdown and
 * the dashboard's panel alike.
 */
import type { Catalogue, CatalogueEntry } from '../analysis/suggest/catalogue.js';
import { cutPercent, getMeasureRows } from '../analysis/compare/measures.js';
import { difference } from '../analysis/decimal.js';
import type { Figures, MeasureKey } from '../analysis/compare/types.js';
import type { CountingRuleId } from '../vocabulary/index.js';
import { getScore } from '../analysis/suggest/suggest.js';
import { inBoth, type Bilingual } from '../vocabulary/index.js';
import { toMeasureJson } from './comparison-json.js';
import { changesText } from './comparison-words.js';
import { itemNames, subjectJson, suggestionJson } from './suggestion-json.js';
import { CATALOGUE_PHRASES as P } from './suggestion-phrases.js';

/** Version of the JSON layout; bumped when a field changes meaning. */
export const CATALOGUE_FORMAT_VERSION = 1;

/** The measures whose catalogue totals are sums over items (time is not: items run side by side). */
export const SUMMED_MEASURES: readonly MeasureKey[] = ['items', 'materials', 'copies', 'steps', 'fees', 'trips'];

/** The measures an item's row shows now and with every suggestion adopted. */
const ROW_MEASURES: readonly MeasureKey[] = ['materials', 'steps', 'committedLimit', 'timeStandard', 'trips'];

function pick(figures: Figures, keys: readonly MeasureKey[]): Partial<Record<MeasureKey, number | null>> {
  return Object.fromEntries(keys.map((k) => [k, figures[k]]));
}

function itemJson(entry: CatalogueEntry) {
  const rows = getMeasureRows(entry.before, entry.after);
  return {
    ...subjectJson(entry.subject),
    suggestions: entry.result.suggestions.length,
    score: entry.result.total ? getScore(entry.result.total) : 0,
    before: pick(entry.before.figures, ROW_MEASURES),
    after: pick(entry.after.figures, ROW_MEASURES),
    summary: inBoth((lang) => changesText(rows, lang)),
  };
}

/** What `wujian suggest <folder> --format json` prints; each ranking at most `top` rows. */
export function toCatalogueJson(catalogue: Catalogue, top: number) {
  const { entries } = catalogue;
  const procedures = entries.filter((e) => !('bundle' in e.subject.side));
  const sum = (side: 'before' | 'after', key: MeasureKey) => procedures.reduce((total, e) => total + (e[side].figures[key] ?? 0), 0);
  const opportunities = entries
    .flatMap((entry) => entry.result.suggestions.map((s) => ({ entry, s })))
    .sort((a, b) => b.s.score - a.s.score)
    .slice(0, top)
    .map(({ entry, s }) => ({ subject: subjectJson(entry.subject), suggestion: suggestionJson(s, itemNames(entry.subject)) }));
  return {
    tool: 'wujian' as const,
    kind: 'catalogue' as const,
    formatVersion: CATALOGUE_FORMAT_VERSION,
    method: P.method as Bilingual,
    items: entries.map(itemJson).sort((a, b) => b.score - a.score),
    totals: {
      items: procedures.length,
      bundles: entries.length - procedures.length,
      suggestions: entries.reduce((n, e) => n + e.result.suggestions.length, 0),
      measures: SUMMED_MEASURES.map((key) => {
        const [b, a] = [sum('before', key), sum('after', key)];
        return toMeasureJson({ key, before: b, after: a, cut: difference(b, a), cutPercent: cutPercent(b, a), rule: { before: summedRule(procedures, 'before', key), after: summedRule(procedures, 'after', key) } });
      }),
    },
    documents: catalogue.documents.slice(0, top).map((d) => ({
      name: d.name,
      names: d.names,
      count: d.suggestions.length,
      materialsCut: d.materialsCut,
      items: d.suggestions.map(({ entry }) => {
        const { id, name, file } = subjectJson(entry.subject);
        return { id, name, file };
      }),
      text: inBoth((lang) => P.documentCut[lang]({ items: d.suggestions.length, cut: d.materialsCut })),
    })),
    trips: procedures
      .filter((e) => (e.before.figures.trips ?? 0) > 0)
      .sort((a, b) => (b.before.figures.trips ?? 0) - (a.before.figures.trips ?? 0))
      .slice(0, top)
      .map((e) => ({ ...subjectJson(e.subject), before: e.before.figures.trips ?? 0, after: e.after.figures.trips ?? 0 })),
    limits: procedures
      .filter((e) => e.before.figures.committedLimit !== null || e.before.figures.statutoryLimit !== null)
      .sort((a, b) => (b.before.figures.committedLimit ?? b.before.figures.statutoryLimit ?? 0) - (a.before.figures.committedLimit ?? a.before.figures.statutoryLimit ?? 0))
      .slice(0, top)
      .map((e) => {
        const limit = e.result.suggestions.find((s) => s.opportunity.rule === 'limit')?.opportunity;
        return {
          ...subjectJson(e.subject),
          committed: e.before.figures.committedLimit,
          statutory: e.before.figures.statutoryLimit,
          slowest: e.before.figures.timeSlowest,
          ...(limit?.rule === 'limit' ? { suggested: limit.args.to } : {}),
        };
      }),
    opportunities,
    repeated: catalogue.repeated.map((r) => ({ ...r, text: inBoth((lang) => P.repeated[lang](r)) })),
  };
}

/**
 * The counting rule of a catalogue total: the one every item's figure follows; 环节 counted as each file
 * declares when the items count parallel stages differently.
 */
function summedRule(entries: readonly CatalogueEntry[], side: 'before' | 'after', key: MeasureKey): CountingRuleId {
  const rules = new Set(entries.map((e) => e[side].counting.rules[key]));
  if (rules.size === 1) return [...rules][0]!;
  return key === 'steps' ? 'steps-declared' : entries[0]![side].counting.rules[key];
}

/** The JSON `wujian suggest <folder> --format json` prints. */
export type CatalogueJson = ReturnType<typeof toCatalogueJson>;
