/** Text a user wrote, made safe to show in a terminal or a Markdown file. */
import { stripVTControlCharacters } from 'node:util';
import { BIDI_CONTROLS } from './xml-text.js';

/**
 * Text as a terminal may show it: escape sequences (colours, cursor moves, OSC titles and links),
 * every other C0 and C1 control character and the bidi controls removed, newline and tab kept, so a
 * name in a file can never retitle, recolour or rewrite the user's terminal, nor turn the figures
 * after it around. Everything the CLI prints passes through it.
 * @example toTerminalText('申请\u001b]0;pwned\u0007书\r') // '申请书'
 */
export function toTerminalText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return stripVTControlCharacters(text)
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '')
    .replace(BIDI_CONTROLS, '');
}

/**
 * A value as indented JSON text ending in a newline, with DEL, the C1 controls, U+2028/2029 and the bidi
 * controls written as \u escapes (JSON.stringify escapes only C0), so the text passes toTerminalText unchanged and a
 * JSON file written from standard output keeps every character of every name.
 * @example toJsonText({ name: 'a\u0085b' }) // '{\n  "name": "a\\u0085b"\n}\n'
 */
export function toJsonText(value: unknown): string {
  return escapeJson(JSON.stringify(value, null, 2)) + '\n';
}

/**
 * The text toJsonText gives for `value`, in pieces: each item of an array that is one of its properties
 * is a piece of its own, so the text of a large catalogue (analyze's 160 MB of JSON for 10,000
 * procedures) is written piece by piece and never held whole.
 * @example [...toJsonPieces({ a: [1, 2] })].join('') === toJsonText({ a: [1, 2] }) // true
 */
export function* toJsonPieces(value: Record<string, unknown>): Generator<string> {
  let open = '{';
  for (const [key, property] of Object.entries(value)) {
    const head = `${open}\n  ${escapeJson(JSON.stringify(key))}: `;
    if (Array.isArray(property) && property.length > 0) {
      let before = `${head}[\n    `;
      for (const item of property) {
        // As JSON.stringify writes an item it cannot write (undefined, a function): null.
        yield before + escapeJson(JSON.stringify(item, null, 2) ?? 'null').replace(/\n/g, '\n    ');
        before = ',\n    ';
      }
      yield '\n  ]';
    } else {
      // A property JSON.stringify leaves out (undefined, a function) is left out here too.
      const text = JSON.stringify(property, null, 2);
      if (text === undefined) continue;
      yield head + escapeJson(text).replace(/\n/g, '\n  ');
    }
    open = ',';
  }
  yield open === '{' ? '{}\n' : '\n}\n';
}

/** JSON text with DEL, the C1 controls, U+2028/2029 and the bidi controls written as \u escapes (JSON strings never hold them raw, so this changes no value). */
function escapeJson(text: string): string {
  return text.replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
