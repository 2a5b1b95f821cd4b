/**
 * Identifiers (of items, materials, steps, branches): letters of any script, digits, - and _,
 * starting with a letter. The rule is the schema's, read from it, so code and schema cannot disagree.
 * Such ids are safe as file names, in URLs, in CSV and as XState state and event keys (no dots,
 * slashes, # or spaces).
 */
import procedureSchema from '../../schemas/procedure.schema.json' with { type: 'json' };

/** The schema's identifier pattern as a regular expression. */
export const IDENTIFIER = new RegExp(procedureSchema.$defs.identifier.pattern, 'u');

/** Ids already used, as toIdentifier checks and extends them (a Set, or a rule of its own). */
export interface TakenIds {
  has(id: string): boolean;
  add(id: string): unknown;
}

/** Longest id made by toIdentifier, in characters: short enough to read, and to add "-2" to. */
const MADE_LENGTH = 32;

/**
 * An id made from a name, unique among `taken` (which it joins): characters an id may not have are
 * dropped, spaces become "-", and a repeat gets "-2", "-3" …; `fallback` (itself an id) stands in
 * when nothing of the name is left.
 * @example toIdentifier('营业执照（副本）', '材料', new Set()) // '营业执照副本'
 */
export function toIdentifier(name: string, fallback: string, taken: TakenIds): string {
  const cleaned = name
    .normalize('NFKC')
    .trim()
    .replace(/\s+/gu, '-')
    .replace(/[^\p{L}\p{M}\p{Nd}_-]/gu, '')
    .replace(/-{2,}/g, '-')
    .replace(/^[^\p{L}]+/u, '')
    .replace(/-+$/, '');
  let base = [...cleaned].slice(0, MADE_LENGTH).join('').replace(/-+$/, '');
  if (base === '') base = fallback;
  let id = base;
  for (let n = 2; taken.has(id) || !IDENTIFIER.test(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
