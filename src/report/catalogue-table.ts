/** The catalogue view as a terminal table, drawn from its JSON (toCatalogueJson). */
import { CATALOGUE_RANKINGS as R, labelled, listSeparator, MEASURES, paren, say, SUGGESTION_COLUMNS as S, type Lang } from '../vocabulary/index.js';
import type { CatalogueJson } from './catalogue-json.js';
import { figureText } from './comparison-words.js';
import { columns } from './columns.js';
import { measuresTable } from './comparison-table.js';
import { suggestionLines } from './suggestion-table.js';
import { CATALOGUE_PHRASES as P } from './suggestion-phrases.js';

/** Renders the catalogue: totals, the shared documents, trips, limits, the best suggestions, each item. */
export function toCatalogueTable(json: CatalogueJson, lang: Lang): string {
  const C = P.columns;
  if (json.items.length === 0) return `${say(P.none, lang)}\n`;
  const out = [say(R.title, lang), `  ${P.scope[lang](json.totals)}`, `  ${json.method[lang]}`, ''];
  out.push(say(P.totals, lang), ...measuresTable(json.totals.measures, lang), '');
  if (json.documents.length > 0) {
    out.push(say(R.documents, lang));
    json.documents.forEach((d, i) => {
      const also = d.names.length > 1 ? paren(labelled(say(P.alsoNamed, lang), d.names.slice(1).join(listSeparator(lang)), lang), lang) : '';
      out.push(`  ${i + 1}. ${labelled(`${d.name}${also}`, d.text[lang], lang)}`);
      out.push(`     ${d.items.map((item) => item.name).join(listSeparator(lang))}`);
    });
    out.push('');
  }
  if (json.trips.length > 0) {
    out.push(say(R.trips, lang));
    out.push(...columns([[S.item, C.before, C.after, C.file].map((w) => say(w, lang)), ...json.trips.map((t) => [t.name, figureText('trips', t.before, lang), figureText('trips', t.after, lang), t.file])]), '');
  }
  if (json.limits.length > 0) {
    out.push(say(R.limits, lang));
    out.push(...columns([
      [S.item, MEASURES.committedLimit.name, MEASURES.statutoryLimit.name, MEASURES.timeSlowest.name, C.suggested].map((w) => say(w, lang)),
      ...json.limits.map((l) => [l.name, figureText('committedLimit', l.committed, lang), figureText('statutoryLimit', l.statutory, lang), figureText('timeSlowest', l.slowest, lang), l.suggested === undefined ? '—' : figureText('committedLimit', l.suggested, lang)]),
    ]), '');
  }
  if (json.opportunities.length > 0) {
    out.push(say(R.opportunities, lang));
    json.opportunities.forEach(({ subject, suggestion }, i) => {
      out.push(...suggestionLines({ ...suggestion, rank: i + 1, itemName: suggestion.itemName ?? subject.name }, lang), '');
    });
  }
  out.push(say(R.items, lang));
  for (const item of json.items) out.push(`  ${item.name}  ${item.file}`, `     ${P.suggestionCount[lang](item.suggestions)}${listSeparator(lang)}${item.summary[lang]}`);
  for (const r of json.repeated) out.push(`  ${r.text[lang]}`);
  return out.join('\n') + '\n';
}
