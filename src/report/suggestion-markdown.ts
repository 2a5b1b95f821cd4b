/**
 * Suggestions as Markdown for a written report (汇报材料): drawn from the JSON's resolved facts
 * (toSuggestionsJson). A table of the ranked suggestions with their basis and effect, the total with
 * compare's measures table and counting note, and with --explain why rules did not apply.
 */
import { fullStop, labelled, paren, say, SUGGESTION_COLUMNS as C, type Lang } from '../vocabulary/index.js';
import { measuresMarkdown } from './comparison-markdown.js';
import { cell, markdownTable } from './markdown.js';
import type { SuggestionsJson } from './suggestion-json.js';
import { SUGGESTION_PHRASES as P } from './suggestion-phrases.js';

/** The effect of a suggestion in a cell: its sentence, or how many ledger entries when no figure moved. */
export function effectWords(s: SuggestionsJson['suggestions'][number], lang: Lang): string {
  const effect = s.effect.measures.length > 0 || s.effect.ledger.length === 0 ? s.effect.summary[lang] : P.ledgerOnly[lang](s.effect.ledger.length);
  return s.conflictsWith === undefined ? effect : `${effect} ${P.conflict[lang](s.conflictsWith)}`;
}

/** Renders one file's suggestions as a Markdown section. */
export function toSuggestionsMarkdown(json: SuggestionsJson, lang: Lang, options: { explain: boolean }): string {
  const lines = [`## ${P.title[lang](cell(json.subject.name))}`, '', cell(`${json.subject.file}${paren(json.subject.label, lang)}`), ''];
  if (json.suggestions.length === 0) lines.push(say(P.none, lang));
  else {
    lines.push(`${P.count[lang](json.suggestions.length)}${fullStop(lang)}${json.method[lang]}`, '');
    const bundle = json.subject.kind === 'bundle';
    const head = [C.rank, C.rule, ...(bundle ? [C.item] : []), C.action, C.basis, C.effect].map((w) => say(w, lang));
    lines.push(...markdownTable(head, json.suggestions.map((s) => [String(s.rank), s.name[lang], ...(bundle ? [s.itemName ?? '—'] : []), s.action[lang], s.basis[lang], effectWords(s, lang)])));
  }
  if (json.total) {
    lines.push('', `### ${P.total[lang](json.total.count)}`, '', cell(json.total.summary[lang]), '', ...measuresMarkdown(json.total.measures, lang));
  }
  if (options.explain && json.misses.length + json.idle.length > 0) {
    lines.push('', `### ${say(P.explained, lang)}`, '');
    for (const m of json.misses) lines.push(`- ${cell(labelled(`${m.name[lang]}${m.itemName ? paren(m.itemName, lang) : ''}`, m.text[lang], lang))}`);
    for (const r of json.idle) lines.push(`- ${cell(labelled(r.name[lang], P.idle[lang](r.text[lang]), lang))}`);
  }
  return lines.join('\n') + '\n';
}
