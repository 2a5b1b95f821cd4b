/** The progress bar of `wujian simulate`: drawn on an interactive terminal, never in JSON output or a pipe. */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createMemoryIO, Exit } from '../../src/cli/io.js';
import { run } from '../../src/cli/main.js';
import { ROOT } from '../support/files.js';

/** A stream that says it is a terminal and keeps what is written to it. */
function createTerminal() {
  const terminal = { text: '', stream: undefined as unknown as NodeJS.WriteStream };
  const stream = new Writable({
    write(chunk, _encoding, done) {
      terminal.text += String(chunk);
      done();
    },
  });
  terminal.stream = Object.assign(stream, { isTTY: true, columns: 120 }) as unknown as NodeJS.WriteStream;
  return terminal;
}

const FOOD = 'processes/food-business-licence/before.yaml';

describe('the simulate progress bar', () => {
  it('shows cases per second and the time left on a terminal, and leaves standard output to the results', async () => {
    const terminal = createTerminal();
    const io = Object.assign(createMemoryIO(ROOT), { errTTY: terminal.stream });
    expect(await run(['simulate', FOOD, '--runs', '300000'], io)).toBe(Exit.OK);
    expect(terminal.text).toContain('件/秒');
    expect(terminal.text).toContain('剩余');
    expect(io.stdout).not.toContain('件/秒');
    expect(io.stdout).toContain('办理用时分布');
  });

  it('speaks English with --lang en', async () => {
    const terminal = createTerminal();
    const io = Object.assign(createMemoryIO(ROOT), { errTTY: terminal.stream });
    await run(['simulate', FOOD, '--runs', '1000', '--lang', 'en'], io);
    expect(terminal.text).toContain('cases/s');
  });

  it('is not drawn for JSON output, nor when standard error is not a terminal', async () => {
    const terminal = createTerminal();
    const json = Object.assign(createMemoryIO(ROOT), { errTTY: terminal.stream });
    await run(['simulate', FOOD, '--runs', '1000', '--format', 'json'], json);
    expect(terminal.text).toBe('');
    const pipe = createMemoryIO(ROOT);
    await run(['simulate', FOOD, '--runs', '1000'], pipe);
    expect(pipe.stderr).toBe('');
  });
});
