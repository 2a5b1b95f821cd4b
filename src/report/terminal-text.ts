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
