/**
 * Bundled files with random small edits (typos, indentation slips), for the fuzzers that hold a quick
 * YAML reader to parseYaml: an arbitrary of the edited texts.
 */
import fc from 'fast-check';

/** A piece of YAML syntax an edit may insert. */
const PIECE = fc.constantFrom(
  ' ',
  '  ',
  '\n',
  '- ',
  '-',
  ':',
  ': ',
  '[',
  ']',
  '{',
  '}',
  ',',
  '0',
  '1.5',
  '申',
  '#',
  ' #',
  'x: y',
  '\n  ',
  '\n- ',
  '\u3000',
  '\u00a0',
  '',
);
const EDIT = fc.record({
  at: fc.nat(),
  cut: fc.nat({ max: 3 }),
  insert: PIECE,
  indent: fc.integer({ min: -2, max: 2 }),
});

/** One of `bases` with one to three edits: text cut and inserted somewhere, a line indented or dedented. */
export function editedYaml(bases: readonly string[]): fc.Arbitrary<string> {
  return fc.tuple(fc.nat({ max: bases.length - 1 }), fc.array(EDIT, { minLength: 1, maxLength: 3 })).map(([base, edits]) => {
    let text = bases[base]!;
    for (const e of edits) {
      const at = e.at % text.length;
      text = text.slice(0, at) + e.insert + text.slice(at + e.cut);
      const lines = text.split('\n');
      const line = e.at % lines.length;
      lines[line] = e.indent > 0 ? ' '.repeat(e.indent) + lines[line] : lines[line]!.slice(-e.indent);
      text = lines.join('\n');
    }
    return text;
  });
}
