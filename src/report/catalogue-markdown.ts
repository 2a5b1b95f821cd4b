/** The catalogue view as Markdown for a written report, drawn from its JSON (toCatalogueJson). */
import { CATALOGUE_RANKINGS as R, listSeparator, MEASURES, say, SUGGESTION_COLUMNS as S, type Lang } from '../vocabulary/index.js';
import type { CatalogueJson } from './catalogue-json.js';
import { figureText } from './comparison-words.js';
import { measuresMarkdown } from './comparison-markdown.js';
import { cell, markdownTable } from './markdown.js';
import { effectWords } from './suggestion-markdown.js';
import { CATALOGUE_PHRASES as P } from './suggestion-phrases.js';

/** Renders the catalogue as a Markdown document. */
export function toCatalogueMarkdown(json: CatalogueJson, lang: Lang): string {
  const C = P.columns;
  const lines = [`# ${say(R.title, lang)}`, ''];
  if (json.items.length === 0) return [...lines, say(P.none, lang), ''].join('\n');
  lines.push(`${P.scope[lang](json.totals)}${json.method[lang]}`, '');
  lines.push(`## ${say(P.totals, lang)}`, '', ...measuresMarkdown(json.totals.measures, lang));
  if (json.documents.length > 0) {
    lines.push('', `## ${say(R.documents, lang)}`, '', ...markdownTable(
      [S.rank, S.item, S.effect, S.item].map((w) => say(w, lang)),
      json.documents.map((d, i) => [String(i + 1), d.names.join(' / '), d.text[lang], d.items.map((item) => item.name).join(listSeparator(lang))]),
    ));
  }
  if (json.trips.length > 0) {
    lines.push('', `## ${say(R.trips, lang)}`, '', ...markdownTable(
      [S.item, C.before, C.after, C.file].map((w) => say(w, lang)),
      json.trips.map((t) => [t.name, figureText('trips', t.before, lang), figureText('trips', t.after, lang), t.file]),
    ));
  }
  if (json.limits.length > 0) {
    lines.push('', `## ${say(R.limits, lang)}`, '', ...markdownTable(
      [S.item, MEASURES.committedLimit.name, MEASURES.statutoryLimit.name, MEASURES.timeSlowest.name, C.suggested].map((w) => say(w, lang)),
      json.limits.map((l) => [l.name, figureText('committedLimit', l.committed, lang), figureText('statutoryLimit', l.statutory, lang), figureText('timeSlowest', l.slowest, lang), l.suggested === undefined ? '—' : figureText('committedLimit', l.suggested, lang)]),
    ));
  }
  if (json.opportunities.length > 0) {
    lines.push('', `## ${say(R.opportunities, lang)}`, '', ...markdownTable(
      [S.rank, S.item, S.rule, S.action, S.basis, S.effect].map((w) => say(w, lang)),
      json.opportunities.map(({ subject, suggestion: s }, i) => [String(i + 1), s.itemName ?? subject.name, s.name[lang], s.action[lang], s.basis[lang], effectWords(s, lang)]),
    ));
  }
  lines.push('', `## ${say(R.items, lang)}`, '', ...markdownTable(
    [S.item, C.file, S.effect].map((w) => say(w, lang)),
    json.items.map((item) => [item.name, item.file, item.summary[lang]]),
  ));
  for (const r of json.repeated) lines.push('', cell(r.text[lang]));
  return lines.join('\n') + '\n';
}
