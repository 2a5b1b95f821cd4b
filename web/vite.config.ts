/**
 * The presentation app: `npm run build:web` writes web/dist (served app, fonts as files);
 * `vite build --config web/vite.config.ts --mode single` writes one self-contained index.html.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';

export default defineConfig(({ mode }) => ({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: 'public',
  plugins: mode === 'single' ? [viteSingleFile()] : [],
  build: {
    outDir: mode === 'single' ? 'dist-single' : 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 3000,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
}));
