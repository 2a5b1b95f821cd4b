/** Text a user wrote, made safe to show in a terminal or a Markdown file. */
import { stripVTControlCharacters } from 'node:util';

/**
 * Text as a terminal may show it: escape sequences (colours, cursor moves, OSC titles and links) and
 * every other C0 and C1 control character removed, newline and tab kept, so a name in a file can never
 * retitle, recolour or rewrite the user's terminal. Everything the CLI prints passes through it.
 * @example toTerminalText('申请\u001b]0;pwned\u0007书\r') // '申请书'
 */
export function toTerminalText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return stripVTControlCharacters(text).replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}

/**
 * A value as indented JSON text ending in a newline, with DEL, the C1 controls and U+2028/2029 written
 * as \u escapes (JSON.stringify escapes only C0), so the text passes toTerminalText unchanged and a
 * JSON file written from standard output keeps every character of every name.
 * @example toJsonText({ name: 'a\u0085b' }) // '{\n  "name": "a\\u0085b"\n}\n'
 */
export function toJsonText(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) + '\n';
}
