import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { overriddenElectronExecutable } from './scripts/ensure-electron.cjs';

// electron-vite finds Electron only through ELECTRON_EXEC_PATH or node_modules/electron/path.txt, so an
// Electron unpacked elsewhere (Electron's own ELECTRON_OVERRIDE_DIST_PATH) is handed on as the first.
const overriddenElectron = overriddenElectronExecutable(process.env, process.platform);
if (overriddenElectron !== undefined && !process.env['ELECTRON_EXEC_PATH']) process.env['ELECTRON_EXEC_PATH'] = overriddenElectron;

// Our folders are not electron-vite's default src/{main,preload,renderer}, so every entry is explicit.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          // Started as a worker thread (out/main/pdf-worker.js) so pdfjs's polyfills stay out of the main isolate.
          'pdf-worker': resolve(__dirname, 'electron/services/loaders/pdf-worker.ts'),
          // The article loader as the CLI runs it: a worker thread with a heap cap and a time limit.
          'loader-worker': resolve(__dirname, 'electron/services/loaders/loader-worker.ts'),
          // The same loader as the app runs it: an Electron utility process main can kill.
          'loader-process': resolve(__dirname, 'electron/services/loaders/loader-process.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload must be CommonJS.
      rolldownOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      rolldownOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
