/** wujian's own bug reaches the user as one sentence in their language and exit code 70, the stack only on request. */
import { describe, expect, it } from 'vitest';
import { reportInternalError } from '../../src/cli/internal-error.js';

function report(argv: string[], debug: boolean) {
  let text = '';
  const code = reportInternalError(new TypeError('cannot read x of undefined\n    at somewhere'), argv, (t) => (text += t), debug);
  return { code, text };
}

describe('reportInternalError', () => {
  it('says in Chinese that it is a bug of wujian, not of the files, with a hint, and exits 70 without a stack', () => {
    const { code, text } = report(['analyze', 'a.yaml'], false);
    expect(code).toBe(70);
    expect(text).toContain('wujian 内部错误（这是 wujian 的缺陷，不是文件写错了）：cannot read x of undefined');
    expect(text).toContain('WUJIAN_DEBUG=1');
    expect(text).not.toContain('at somewhere');
    expect(text.trimEnd().split('\n')).toHaveLength(2);
  });

  it('speaks English with --lang en and shows the stack when asked', () => {
    const { code, text } = report(['analyze', 'a.yaml', '--lang', 'en'], true);
    expect(code).toBe(70);
    expect(text).toContain('wujian internal error (a bug in wujian, not a mistake in your files): cannot read x of undefined');
    expect(text).toContain('TypeError: cannot read x of undefined');
    expect(text).toContain('at somewhere');
  });
});
