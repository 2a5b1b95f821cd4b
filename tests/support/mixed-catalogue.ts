/**
 * A folder as a reform office keeps one, for the tests that hold the worker-thread ways of validate
 * and analyze to the one-thread ways: bundled procedures copied flat, the diagnostics fixtures (broken
 * procedures and holiday calendars) in a subfolder, a file YAML cannot read, a targets file with an
 * error, and project settings.
 */
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './files.js';

/** Writes the folder at `folder`. */
export function writeMixedCatalogue(folder: string): void {
  mkdirSync(join(folder, 'nested'), { recursive: true });
  for (const item of ['food-business-licence', 'construction-permit', 'fire-safety-check', 'outdoor-signboard']) {
    for (const side of ['before', 'after']) copyFileSync(join(ROOT, 'processes', item, `${side}.yaml`), join(folder, `${item}-${side}.yaml`));
  }
  const diagnostics = join(ROOT, 'tests/fixtures/diagnostics');
  for (const file of readdirSync(diagnostics).filter((f) => !f.startsWith('bundle')).slice(0, 12)) copyFileSync(join(diagnostics, file), join(folder, 'nested', file));
  writeFileSync(join(folder, 'broken.yaml'), 'id: x\nname: [\n');
  writeFileSync(join(folder, 'targets.yaml'), 'targets:\n  - 材料压减 >= 三成\n');
  writeFileSync(join(folder, 'wujian.yaml'), 'calendar: []\n');
}
