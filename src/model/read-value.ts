/**
 * YAML text → its plain value, quickly and without source positions, for the files that turn out to
 * have nothing to report: nearly every file of a catalogue. js-yaml reads a procedure about ten times
 * faster than yaml's composer, which builds a node with its source range for every value (parse.ts);
 * those ranges are only needed to place a diagnostic, so load.ts parses with positions only when one
 * is made.
 *
 * The plainest files (block mappings and sequences of one-line plain scalars: what init, import and a
 * generated catalogue write) are read line by line by read-block.ts, faster still; js-yaml reads the rest.
 *
 * The value must be the one parseYaml gives, so plain scalars resolve by yaml's own core-schema tags,
 * and the reader declines (returns undefined) whatever it cannot promise to read the same way (see
 * SPECIAL and LAYOUT), deep nesting, a document that is not a mapping, and anything js-yaml rejects.
 * The caller then takes parseYaml's way, which reports every problem with its place.
 */
import { FAILSAFE_SCHEMA, load, Type, type LoadOptions, type Schema as JsYamlSchema } from 'js-yaml';
import { MAX_DEPTH } from './parse.js';
import { readBlockYaml } from './read-block.js';

/**
 * Text the fast reader leaves to parseYaml: whatever the two libraries read differently, or js-yaml
 * accepts and yaml rejects (the fuzzers in tests/model/read-value.test.ts hunt for such text):
 *   - SPECIAL: anchors, aliases, tags, directives, explicit keys, document markers (& * ! % ? ---
 *     ...); quoted and block scalars (" ' \ | >), whose folding and indentation rules the two apply
 *     differently to odd layouts; tabs; nulls (~, null) and a "#" straight after other text. Looked
 *     for outside whole-line comments, which may say anything.
 *   - LAYOUT: a key that is empty or a collection (`: x`, [a]: b, {[a]}), which yaml names "" or
 *     "[ a ]" and js-yaml "null" or "a"; an empty sequence item; a carriage return without a line
 *     feed, a line break to js-yaml only; a byte-order mark inside the text; and (hasOpenFlow) a flow
 *     collection that goes on to the next line, whose indentation yaml checks and js-yaml does not.
 * The bundled procedures and a generated catalogue use none of these outside comments. Text that
 * merely contains such a character (a note with "?") is declined too, and read with positions:
 * slower, never different. Several simple patterns test faster than one alternation of them all.
 */
const SPECIAL = [/[&*!%?~\t"'\\|>]/, /null|Null|NULL|---|\.\.\./, /\S#/];
const LAYOUT = /(?:^|[\n[{,])[ \t-]*:|[\]}][ \t]*:|[{,][ \t]*[[{]|-[ \t]*(?:#|\r?\n|$)|\r(?!\n)|[\u2028\u2029\ufeff]/;
/** Whole-line comments, whose text may hold any character (lines end at \n only, as in YAML). */
const COMMENT_LINES = /(?:^|\n)[ \t]*#[^\n]*/g;

/** True when `text` holds something the fast reader leaves to parseYaml (see SPECIAL and LAYOUT). */
function isDeclined(text: string): boolean {
  if (LAYOUT.test(text) || hasOpenFlow(text)) return true;
  const special = (code: string) => SPECIAL.some((pattern) => pattern.test(code));
  return special(text) && special(text.replace(COMMENT_LINES, '\n'));
}

/** An opening bracket of a flow collection. */
const OPENER = /[[{]/g;

/** True when a line opens more flow collections ([ or {) than it closes (only lines with an opener are read). */
function hasOpenFlow(text: string): boolean {
  OPENER.lastIndex = 0;
  for (let found = OPENER.exec(text); found; found = OPENER.exec(text)) {
    let depth = 0;
    let i = found.index;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a) break;
      if (c === 0x5b || c === 0x7b) depth++;
      else if (c === 0x5d || c === 0x7d) depth--;
    }
    if (depth > 0) return true;
    OPENER.lastIndex = i;
  }
  return false;
}

/**
 * First characters of every plain scalar yaml's core schema reads as other than a string (null: ~ n N
 * or nothing; bool: t T f F; int: digits, + -; float: digits, + - .). js-yaml asks every scalar type
 * about every plain scalar, and most of a procedure's scalars are names and ids: this rules them out
 * before any pattern is tried. (tests/model/read-value.test.ts holds yaml's patterns to it.)
 */
export const TYPED_FIRST_CHARS: ReadonlySet<string> = new Set('~nNtTfF+-.0123456789');

/** Nesting js-yaml may reach: well inside MAX_DEPTH, so a file near parseYaml's limit takes its way. */
const FAST_DEPTH = MAX_DEPTH / 2;

/** A core-schema form: its pattern and how it resolves the text. */
interface CoreForm {
  test: RegExp;
  resolve: (source: string) => unknown;
}

/**
 * YAML 1.2's core schema as yaml 2 resolves a plain scalar, in yaml's order: null, bool, int (octal,
 * decimal, hexadecimal), float (.inf and .nan, with an exponent, with a point). Written out here so that a
 * file read without positions need not load yaml (yaml-lib.ts); tests/model/read-value.test.ts holds
 * these forms to yaml's own tags scalar by scalar, and the readers to parseYaml.
 */
const CORE_FORMS: readonly CoreForm[] = [
  { test: /^(?:~|[Nn]ull|NULL)?$/, resolve: () => null },
  { test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, resolve: (s) => s[0] === 't' || s[0] === 'T' },
  { test: /^0o[0-7]+$/, resolve: (s) => parseInt(s.substring(2), 8) },
  { test: /^[-+]?[0-9]+$/, resolve: (s) => parseInt(s, 10) },
  { test: /^0x[0-9a-fA-F]+$/, resolve: (s) => parseInt(s.substring(2), 16) },
  { test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, resolve: (s) => (s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity) },
  { test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, resolve: (s) => parseFloat(s) },
  { test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, resolve: (s) => parseFloat(s) },
];

/** The core-schema form that reads `source` other than as a string, if any. */
function findForm(source: string): CoreForm | undefined {
  if (source !== '' && !TYPED_FIRST_CHARS.has(source[0]!)) return undefined;
  return CORE_FORMS.find((f) => f.test.test(source));
}

/** A plain scalar's value as yaml's core schema reads it: a null, boolean or number, or the text itself. */
export function resolvePlain(source: string): unknown {
  const form = findForm(source);
  return form ? form.resolve(source) : source;
}

let schema: JsYamlSchema | undefined;

/**
 * The js-yaml schema that resolves plain scalars as yaml's core schema does: one js-yaml type tries
 * the core forms (one type rather than one per tag: js-yaml asks every type about every plain scalar).
 */
function getSchema(): JsYamlSchema {
  if (!schema) {
    // js-yaml constructs right after resolving the same text: the form found is kept for it.
    let found: { source: string; form: CoreForm } | undefined;
    const typed = new Type('tag:yaml.org,2002:core-scalar', {
      kind: 'scalar',
      resolve: (source: string | null) => {
        const form = source === null ? undefined : findForm(source);
        found = form && { source: source!, form };
        return form !== undefined;
      },
      construct: (source: string) => (found?.source === source ? found.form : findForm(source)!).resolve(source),
    });
    schema = FAILSAFE_SCHEMA.extend({ implicit: [typed] });
  }
  return schema;
}

/**
 * The plain value of a YAML mapping document as parseYaml would give it, or undefined when the
 * document is not one this reader can vouch for (see the module comment).
 * @example readYamlValue('id: a\ncopies: 2\n') // { id: 'a', copies: 2 }
 */
export function readYamlValue(text: string): Record<string, unknown> | undefined {
  const plain = readBlockYaml(text, resolvePlain, FAST_DEPTH);
  if (plain) return plain;
  if (isDeclined(text)) return undefined;
  let value: unknown;
  try {
    // maxDepth is js-yaml's (4.3+), not yet in its type declarations.
    value = load(text, {
      schema: getSchema(),
      maxDepth: FAST_DEPTH,
    } as LoadOptions);
  } catch {
    return undefined;
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
