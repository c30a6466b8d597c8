/**
 * Builds the three Electron targets: main (Node, externals stay in node_modules, plus the core's
 * worker entries), the sandboxed preload (one CommonJS file, dependencies inlined, since a sandboxed
 * preload can require only 'electron'), and the React renderer, which the web host serves as well.
 */
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        // The core's worker threads are entries of their own, emitted beside index.js as out/main/<name>.js:
        // main passes that folder to the core as `workerDir` (see core/threads/spawn-worker.ts).
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          'parse-worker': resolve(__dirname, 'electron/core/importers/parse-worker.ts'),
          'search-worker': resolve(__dirname, 'electron/core/search/search-worker.ts'),
          'index-builder': resolve(__dirname, 'electron/core/search/index-builder.ts'),
          'library-worker': resolve(__dirname, 'electron/core/db/library-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
});
