/**
 * The presentation app: `npm run build:web` writes web/dist (served app, fonts as files);
 * `vite build --config web/vite.config.ts --mode single` writes one self-contained index.html.
 * Every build writes build-stamp.json (web/build-stamp.ts), by which wujian judges it current.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { buildStamp } from './build-stamp.js';

/**
 * Keeps only the woff2 source of each @fontsource face: every browser the app supports reads woff2,
 * and the woff copies would double the fonts in the build (and in the package).
 */
function woff2Only(): Plugin {
  return {
    name: 'wujian-woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('@fontsource/') || !/\.css($|\?)/.test(id)) return undefined;
      return { code: code.replace(/,\s*url\([^)]*\.woff\)\s*format\(['"]woff['"]\)/g, ''), map: null };
    },
  };
}

export default defineConfig(({ mode }) => ({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: 'public',
  plugins: [woff2Only(), buildStamp(), ...(mode === 'single' ? [viteSingleFile()] : [])],
  // Only the served app follows `wujian view`'s folder; the single-file builds carry no such code.
  define: { 'import.meta.env.WUJIAN_FOLLOW': JSON.stringify(mode !== 'single') },
  build: {
    outDir: mode === 'single' ? 'dist-single' : 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 3000,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
}));
