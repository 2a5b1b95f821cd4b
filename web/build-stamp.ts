/**
 * A Vite plugin that writes build-stamp.json into the output folder: every source file the build read
 * (the app's modules, index.html, the Vite configs, package-lock.json), by path relative to the
 * repository, with a hash of its content. `wujian report` and `view` judge a build current when every
 * recorded file that exists still has its hash (src/cli/web-build.ts): file times, which npm resets
 * when it packs and installs, are not read. An installed package has none of the sources, so its
 * builds are current as shipped.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { BUILD_STAMP_FILE, createBuildStamp, ROOT } from '../src/cli/web-build.js';

/** Files every build depends on besides the modules it imports. */
const ALWAYS = ['web/index.html', 'web/vite.config.ts', 'web/vite.report.config.ts', 'web/build-stamp.ts', 'package-lock.json'];

/** Writes the stamp of the build into `outDir` once the bundle is written. */
export function buildStamp(): Plugin {
  let outDir = '';
  const read = new Set<string>();
  return {
    name: 'wujian-build-stamp',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    buildEnd() {
      for (const id of this.getModuleIds()) {
        const file = id.split('?')[0]!;
        if (isAbsolute(file) && !file.includes(`${sep}node_modules${sep}`) && existsSync(file)) read.add(relative(ROOT, file).split(sep).join('/'));
      }
    },
    closeBundle() {
      const stamp = createBuildStamp([...new Set([...ALWAYS, ...read])]);
      writeFileSync(join(outDir, BUILD_STAMP_FILE), JSON.stringify(stamp, null, 1) + '\n');
    },
  };
}
