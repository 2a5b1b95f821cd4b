/**
 * The report template: the app's single-file build (scripts and styles inline, vite-plugin-singlefile)
 * without the @fontsource stylesheets, written to web/dist-report/index.html. `wujian report` adds the
 * data and Noto Sans SC cut down to the characters each report shows (src/report/html.ts); inlining
 * every font chunk here would make each report tens of megabytes.
 */
import { defineConfig, mergeConfig, type Plugin, type UserConfig } from 'vite';
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

export default defineConfig((env) => {
  const single: UserConfig = typeof app === 'function' ? app({ ...env, mode: 'single' }) : app;
  return mergeConfig(single, {
    plugins: [withoutBundledFont()],
    build: { outDir: 'dist-report', emptyOutDir: true },
  });
});
