/**
 * The report template: the app's single-file build (scripts and styles inline, vite-plugin-singlefile)
 * without the @fontsource stylesheets, written to web/dist-report/index.html, with Noto Sans SC cut
 * to the characters of the app's own words (woff2, once, here). `wujian report` adds the data and the
 * glyphs the data needs beyond those (src/report/html.ts); inlining every font chunk would make each
 * report tens of megabytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { defineConfig, mergeConfig, type Plugin, type UserConfig } from 'vite';
import { createFontCss, FONT_WEIGHTS, readFontFaces } from '../src/report/font.js';
import { BASE_FONT_ID } from '../src/report/html.js';
import app from './vite.config.js';

/** The empty stylesheet that stands in for an @fontsource import. */
const NO_FONT = '\0wujian-no-font.css';

/** Drops @fontsource imports, from scripts and from stylesheets alike. */
function withoutBundledFont(): Plugin {
  return {
    name: 'wujian-without-bundled-font',
    enforce: 'pre',
    resolveId(source) {
      return source.startsWith('@fontsource/') ? NO_FONT : undefined;
    },
    load(id) {
      return id === NO_FONT ? '' : undefined;
    },
    transform(code, id) {
      if (!/\.css($|\?)/.test(id) || !code.includes('@fontsource/')) return undefined;
      return { code: code.replace(/@import\s+(url\()?["']?@fontsource\/[^;]+;/g, ''), map: null };
    },
  };
}

/**
 * Puts the glyphs of every character the built page can show (its words in both languages, digits,
 * punctuation) into the written index.html as a <style id="wujian-font-base">, cut from @fontsource's
 * Noto Sans SC.
 */
function withBaseFont(): Plugin {
  let outDir = '';
  return {
    name: 'wujian-base-font',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const require = createRequire(import.meta.url);
      const chunks = FONT_WEIGHTS.flatMap((weight) => {
        const css = require.resolve(`@fontsource/noto-sans-sc/${weight}.css`);
        return readFontFaces(readFileSync(css, 'utf8'), dirname(css));
      });
      const index = join(outDir, 'index.html');
      const html = readFileSync(index, 'utf8');
      const css = await createFontCss(html, { chunks, format: 'woff2' });
      writeFileSync(index, html.replace('</head>', () => `<style id="${BASE_FONT_ID}">${css}</style></head>`));
    },
  };
}

export default defineConfig((env) => {
  const single: UserConfig = typeof app === 'function' ? app({ ...env, mode: 'single' }) : app;
  return mergeConfig(single, {
    plugins: [withoutBundledFont(), withBaseFont()],
    build: { outDir: 'dist-report', emptyOutDir: true },
  });
});
