/** Code frames line the caret up under the offending text, counting a Chinese character as two columns. */
import { describe, expect, it } from 'vitest';
import { codeFrame, displayWidth } from '../../src/report/frame.js';

const STEP = ['    accept:', '      actor: 窗口人员', '      kind: 受理'].join('\n');
const MATERIAL = ['materials:', '  - { name: 营业执照（副本）, copies: 两份 }', '  - { name: 身份证 }'].join('\n');

describe('displayWidth', () => {
  it('counts Chinese characters and full-width punctuation as two columns', () => {
    expect(displayWidth('actor')).toBe(5);
    expect(displayWidth('窗口人员')).toBe(8);
    expect(displayWidth('（副本），')).toBe(10);
  });
});

describe('codeFrame', () => {
  it('underlines a Chinese value with two carets per character', () => {
    expect(codeFrame(STEP, 2, 14, 2, 18)).toMatchInlineSnapshot(`
      "  1 |     accept:
      > 2 |       actor: 窗口人员
          |              ^^^^^^^^
        3 |       kind: 受理"
    `);
  });

  it('places the caret after Chinese text by its width on screen', () => {
    expect(codeFrame(MATERIAL, 2, 31, 2, 33)).toMatchInlineSnapshot(`
      "  1 | materials:
      > 2 |   - { name: 营业执照（副本）, copies: 两份 }
          |                                       ^^^^
        3 |   - { name: 身份证 }"
    `);
  });

  it('keeps the caret in view on a long line of Chinese text', () => {
    const line = 'note: ' + '许'.repeat(64) + '，' + '可'.repeat(80);
    const frame = codeFrame(line, 1, 71, 1, 72);
    expect(frame).toMatchInlineSnapshot(`
      "> 1 | …许许许许许许许许许许许许许许许许许许许许许许许许许，可可可可可可可可可可可可可可可可可可可可可可可可…
          |                                                    ^^"
    `);
    const [shown, carets] = frame.split('\n') as [string, string];
    expect(displayWidth(shown.slice(0, shown.indexOf('，')))).toBe(carets.indexOf('^'));
  });

  it('gives no frame for a line outside the file', () => {
    expect(codeFrame(STEP, 9, 1, 9, 2)).toBe('');
  });
});
