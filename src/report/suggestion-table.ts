/**
 * Suggestions as a terminal table, Chinese by default: drawn from the JSON's resolved facts
 * (toSuggestionsJson), so the terminal, Markdown and JSON say the same things.
 */
import { paren, say, SUGGESTION_COLUMNS as C, type Lang } from '../vocabulary/index.js';
import { labelled } from './comparison-common.js';
import { measuresTable } from './comparison-table.js';
import type { SuggestionsJson } from './suggestion-json.js';
import { SUGGESTION_PHRASES as P } from './suggestion-phrases.js';

/** One suggestion's lines: number, instrument and basis; what it changes; its effect. */
export function suggestionLines(s: SuggestionsJson['suggestions'][number], lang: Lang, indent = '  '): string[] {
  const item = s.itemName ? paren(s.itemName, lang) : '';
  const effect = s.effect.measures.length > 0 || s.effect.ledger.length === 0 ? s.effect.summary[lang] : P.ledgerOnly[lang](s.effect.ledger.length);
  const lines = [
    `${indent}${s.rank}. ${s.name[lang]}${item}  ${labelled(say(C.basis, lang), s.basis[lang], lang)}`,
    `${indent}   ${s.action[lang]}`,
    `${indent}   ${labelled(say(C.effect, lang), effect, lang)}`,
  ];
  if (s.conflictsWith !== undefined) lines.push(`${indent}   ${P.conflict[lang](s.conflictsWith)}`);
  return lines;
}

/** Renders one file's suggestions; `explain` adds why each rule did not apply. */
export function toSuggestionsTable(json: SuggestionsJson, lang: Lang, options: { explain: boolean; drafted: boolean }): string {
  const { subject } = json;
  const out = [`${subject.name} [${subject.label}]  ${subject.file}`];
  if (json.suggestions.length === 0) out.push(`  ${say(P.none, lang)}`);
  else {
    out.push(`  ${P.count[lang](json.suggestions.length)}`, `  ${json.method[lang]}`, '');
    for (const s of json.suggestions) out.push(...suggestionLines(s, lang), '');
  }
  if (json.total) {
    out.push(P.total[lang](json.total.count), `  ${json.total.summary[lang]}`, '');
    out.push(...measuresTable(json.total.measures, lang));
    out.push('');
    if (!options.drafted) out.push(say(P.draftHint, lang), '');
  }
  if (options.explain) {
    out.push(say(P.explained, lang));
    for (const m of json.misses) out.push(`  ${labelled(`${m.name[lang]}${m.itemName ? paren(m.itemName, lang) : ''}`, m.text[lang], lang)}`);
    for (const r of json.idle) out.push(`  ${labelled(r.name[lang], P.idle[lang](r.text[lang]), lang)}`);
    out.push('');
  } else if (json.misses.length + json.idle.length > 0) {
    out.push(say(P.explainHint, lang), '');
  }
  return out.join('\n');
}
