/**
 * Folders as a reform office keeps them, for the tests that hold the worker-thread ways of validate
 * and analyze to the one-thread ways: bundled procedures copied flat, the diagnostics fixtures (broken
 * procedures and holiday calendars) in a subfolder, a file YAML cannot read, a targets file with an
 * error, and project settings; and bundles whose items are named by id.
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

/**
 * The paths (relative to the repository) of every bundle the repository holds, with the items and
 * broken bundles beside them: bundles by path, items that are missing, invalid or repeated, a cycle, a
 * limit no case can keep.
 */
export const BUNDLE_PATHS = ['processes', 'tests/fixtures/diagnostics', 'tests/fixtures/bundles', 'tests/fixtures/simulate'];

/**
 * Writes at `folder` bundles whose items are named by id: one resolved, one with a misspelt id (a
 * suggestion), beside two files of the same id (the later one is the item, as everywhere).
 */
export function writeBundlesById(folder: string): void {
  mkdirSync(join(folder, 'z-copy'), { recursive: true });
  const procedures = join(ROOT, 'tests/fixtures/procedures');
  copyFileSync(join(procedures, 'alpha.yaml'), join(folder, 'alpha.yaml'));
  copyFileSync(join(procedures, 'beta.yaml'), join(folder, 'beta.yaml'));
  copyFileSync(join(procedures, 'alpha.yaml'), join(folder, 'z-copy', 'alpha.yaml'));
  writeFileSync(join(folder, 'by-id.yaml'), 'id: by-id\nname: 按编号的一件事\nversion: { label: 改革前 }\nitems:\n  - { id: alpha }\n  - { id: beta, after: [alpha] }\n');
  writeFileSync(join(folder, 'misspelt.yaml'), 'id: misspelt\nname: 写错编号的一件事\nitems:\n  - { id: alpah }\n');
}
