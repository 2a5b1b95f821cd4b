/**
 * One command table, many surfaces: --help and the README's command reference are written from it,
 * with the defaults the code uses. `npm run docs` rewrites the README when this fails.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MONEY, DEFAULT_PATH_LIMIT, MAX_MONEY, MAX_VOLUME } from '../../src/analysis/defaults.js';
import { withCommandReference } from '../../src/cli/help.js';
import { COMMANDS } from '../../src/cli/table/index.js';
import { DEFAULT_RUNS } from '../../src/cli/table/simulate.js';
import { DEFAULT_PORT } from '../../src/cli/table/view.js';
import { wujian } from '../support/cli.js';
import { ROOT } from '../support/files.js';

describe('the command reference', () => {
  it('in README.md is the one the command table writes (run `npm run docs` after changing a command)', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(withCommandReference(readme) === readme, 'README.md is stale: run npm run docs').toBe(true);
  });

  it('names every command and option in both languages', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const command of COMMANDS) {
      expect(readme.match(new RegExp(`^### wujian ${command.name}$`, 'gm')), command.name).toHaveLength(2);
      for (const option of Object.keys(command.options)) expect(readme, `${command.name} --${option}`).toContain(`--${option}`);
    }
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
