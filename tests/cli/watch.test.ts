import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isWatchedFile, SETTLE_MS, watchYaml } from '../../src/cli/watch.js';
import { createTempDir, writeIn } from '../support/files.js';

describe('watchYaml, which view follows its folder by', () => {
  const dir = createTempDir();
  writeIn(dir, 'item/after.yaml', 'id: a\n');
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());

  it('watches procedures and targets, not an editor\'s other files', () => {
    expect(['after.yaml', 'targets.yml', 'A.YAML'].map(isWatchedFile)).toEqual([true, true, true]);
    expect(['after.yaml.swp', 'notes.txt', '.after.yaml~', '4913'].map(isWatchedFile)).toEqual([false, false, false, false]);
  });

  it('sees saves in a subfolder and never runs two calls at once: a save during a call brings one more after it', async () => {
    const calls: string[] = [];
    let release!: () => void;
    let started!: () => void;
    const first = new Promise<void>((resolve) => (started = resolve));
    const gate = new Promise<void>((resolve) => (release = resolve));
    let second!: () => void;
    const again = new Promise<void>((resolve) => (second = resolve));
    stop = watchYaml(dir, async () => {
      calls.push(calls.length === 0 ? 'start' : 'again');
      if (calls.length === 1) {
        started();
        await gate;
        calls.push('end');
      } else second();
    });
    for (const text of ['id: b\n', 'id: c\n', 'id: d\n']) writeFileSync(join(dir, 'item', 'after.yaml'), text);
    await first;
    writeFileSync(join(dir, 'item', 'after.yaml'), 'id: e\n');
    // Long enough for that save to settle while the first call still runs.
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS * 4));
    release();
    await again;
    expect(calls).toEqual(['start', 'end', 'again']);
  });
});
