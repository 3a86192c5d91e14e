import { resolve } from 'node:path';

// Kept apart from corpus.ts, which loads articles through the app's loaders (jsdom, pdfjs, mammoth):
// the engine's fixture tests need only these paths and must not pull the loaders in.

/** The repository root, found from this file so scripts work from any directory. */
export const REPO_ROOT = resolve(__dirname, '..');

/** Where the real-article fixture lives: beside the repository, never copied into it. */
export const SHARED_FIXTURES = resolve(REPO_ROOT, '../shared/fixtures');
