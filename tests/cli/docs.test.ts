/**
 * One command table, many surfaces: --help and the README's command reference are written from it,
 * with the defaults the code uses: README.md in Chinese, README.en.md in English. `npm run docs`
 * rewrites them when this fails.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MONEY, DEFAULT_PATH_LIMIT, MAX_MONEY, MAX_VOLUME } from '../../src/analysis/defaults.js';
import { READMES, withCommandReference } from '../../src/cli/help.js';
import { COMMANDS } from '../../src/cli/table/index.js';
import { DEFAULT_RUNS } from '../../src/cli/table/simulate.js';
import { DEFAULT_PORT } from '../../src/cli/table/view.js';
import { wujian } from '../support/cli.js';
import { ROOT } from '../support/files.js';

describe.each(Object.entries(READMES) as Array<[keyof typeof READMES, string]>)('the command reference in %s', (lang, file) => {
  const readme = () => readFileSync(join(ROOT, file), 'utf8');

  it('is the one the command table writes in its language (run `npm run docs` after changing a command)', () => {
    const text = readme();
    expect(withCommandReference(text, lang) === text, `${file} is stale: run npm run docs`).toBe(true);
  });

  it('names every command once and every option, and holds no other language\'s reference', () => {
    const text = readme();
    for (const command of COMMANDS) {
      expect(text.match(new RegExp(`^### wujian ${command.name}$`, 'gm')), command.name).toHaveLength(1);
      for (const option of Object.keys(command.options)) expect(text, `${command.name} --${option}`).toContain(`--${option}`);
    }
    for (const other of Object.keys(READMES).filter((l) => l !== lang)) expect(text).not.toContain(`<!-- commands:${other}:start -->`);
  });
});

describe('--help shows the defaults and bounds the code uses', () => {
  it.each([
    ['simulate', `（1 到 10,000,000，默认 ${DEFAULT_RUNS.toLocaleString('en-US')}）`],
    ['analyze', `（默认 ${DEFAULT_PATH_LIMIT.toLocaleString('en-US')}）`],
    ['view', `（0 到 65535，默认 ${DEFAULT_PORT}）`],
    ['compare', `（0 到 ${MAX_MONEY.tripCost.toLocaleString('en-US')}，默认 ${DEFAULT_MONEY.tripCost}：`],
    ['compare', `（0 到 ${MAX_VOLUME.toLocaleString('en-US')}）`],
  ])('wujian %s --help', async (command, text) => {
    const { code, stdout } = await wujian(ROOT, command, '--help');
    expect(code).toBe(0);
    expect(stdout).toContain(text);
  });
});
