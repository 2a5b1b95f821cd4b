#!/usr/bin/env node
// The wujian command. An installed package runs its compiled JavaScript (dist/, built when the package
// is packed); a clone of the repository, which has the TypeScript sources, runs them through tsx, so
// no build step is needed to work on it.
import { existsSync } from 'node:fs';

const sources = new URL('../src/cli/bin.ts', import.meta.url);
if (existsSync(sources)) {
  const { register } = await import('tsx/esm/api');
  register();
  await import(sources.href);
} else {
  await import('../dist/cli/bin.js');
}
