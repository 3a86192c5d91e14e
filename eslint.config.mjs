import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The layers (README, "How it is built"): shared/ is pure and knows no other folder; the renderer
// reaches main only through the typed bridge; the CLI uses services, never the Electron main process.
// Each rule names relative imports by the folder they land in, at any depth of `../`.
const relativeInto = (folders, message) => ({ regex: `^(?:\\.\\./)+(?:${folders.join('|')})(?:/|$)`, message });
const SHARED_IMPORTS_NO_APP = relativeInto(['electron', 'renderer', 'eval'], 'shared/ is pure: it imports nothing from electron/, renderer/ or eval/.');
const SHARED_TESTS_NO_APP = relativeInto(['electron', 'renderer'], 'shared/ tests import nothing from electron/ or renderer/.');
// eval/corpus.ts loads articles with the app's loaders (jsdom, pdfjs, mammoth); engine tests take paths from corpus-paths.ts.
const SHARED_TESTS_NO_LOADERS = { regex: '(?:^|/)eval/corpus$', message: 'Engine tests take corpus paths from eval/corpus-paths, which loads no loaders.' };
const RENDERER_NO_ELECTRON = relativeInto(['electron'], 'The renderer reaches main only through window.sourcelight (shared/ipc/contract.ts).');
const CLI_NO_MAIN = { regex: '^(?:\\.\\./)+main(?:/|$)', message: 'The CLI depends on services only, never on electron/main/.' };

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'coverage/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The npm lifecycle scripts run before anything is built, on whatever Node is installed: plain CommonJS.
    files: ['scripts/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The engine is pure: text in, findings out, the same in the CLI, the app and the tests.
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['electron', 'react', 'react-dom', 'node:*', 'fs', 'path'] }, SHARED_IMPORTS_NO_APP] }],
    },
  },
  {
    files: ['shared/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [SHARED_TESTS_NO_APP, SHARED_TESTS_NO_LOADERS] }] },
  },
  {
    // Only the IPC modules talk to ipcMain/ipcRenderer directly.
    files: ['renderer/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['electron', 'node:*'] }, RENDERER_NO_ELECTRON] }] },
  },
  {
    // The parity test alone compares the CLI with the app's own handlers.
    files: ['electron/cli/**/*.ts'],
    ignores: ['electron/cli/export-parity.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [CLI_NO_MAIN] }] },
  },
);
