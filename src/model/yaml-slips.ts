/**
 * The typing slips a Chinese input method makes in YAML: a full-width colon after a key (name：食品),
 * a key and value with no space between (name:食品), a full-width or non-breaking space in the
 * indentation. yaml reads each as something else and reports what that breaks ("a key spans lines",
 * "bad indentation"), on the line or the line after; the slip itself is what to mend.
 */

/** A slip, by what it is. */
export type SlipKind = 'FULLWIDTH_COLON' | 'COLON_NO_SPACE' | 'FULLWIDTH_SPACE';

/** A slip and the offset of its character in the text. */
export interface Slip {
  kind: SlipKind;
  offset: number;
}

/** Spaces that look like indentation but are not YAML's: the ideographic space and the no-break space. */
const WIDE_SPACE = /[\u3000\u00a0]/;
/** A line's indentation and list dashes, then a plain key: letters, digits, CJK, - and _, but no space, colon or quote. */
const KEY = /^([ \t\u3000\u00a0]*(?:-[ \t]+)*)([^\s:：#,[\]{}"'&*!|>%@`-][^\s:：#,[\]{}]*)([:：])(.?)/;

/**
 * The slip on the line starting at `start` in `text`, if there is one: the first of a wide space in
 * its indentation, a full-width colon after its key, or its key's colon with text straight after it.
 */
export function findSlip(text: string, start: number): Slip | undefined {
  const end = text.indexOf('\n', start);
  const line = text.slice(start, end < 0 ? text.length : end);
  const indent = /^[ \t\u3000\u00a0]*/.exec(line)![0];
  const wide = WIDE_SPACE.exec(indent);
  if (wide) return { kind: 'FULLWIDTH_SPACE', offset: start + wide.index };
  const key = KEY.exec(line);
  if (!key) return undefined;
  const [, lead, name, colon, next] = key;
  const offset = start + lead!.length + name!.length;
  if (colon === '：') return { kind: 'FULLWIDTH_COLON', offset };
  // name:食品 (not a URL's scheme: http://…, nor a time 8:30, whose key would start with a digit).
  if (next && !/[\s/]/.test(next) && !/^\d/.test(name!)) return { kind: 'COLON_NO_SPACE', offset };
  return undefined;
}

/** `text` with a colon slip mended: ": " for the full-width colon, a space after a colon with none. */
export function mendSlip(text: string, offset: number, kind: Exclude<SlipKind, 'FULLWIDTH_SPACE'>): string {
  if (kind === 'FULLWIDTH_COLON') return `${text.slice(0, offset)}:${text[offset + 1] === ' ' ? '' : ' '}${text.slice(offset + 1)}`;
  return `${text.slice(0, offset + 1)} ${text.slice(offset + 1)}`;
}
