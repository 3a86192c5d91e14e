import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Short articles the team wrote for the end-to-end tests, written to a fresh folder per test. The
 * overlap article puts a quote and a state outlet inside one unverified claim.
 */
export const TEST_ARTICLES = {
  'overlap.txt': [
    'Port council news',
    'Officials allegedly promised “a new pier by May,” the state news agency KCNA reported.',
    'Advertisement',
    'The ferry timetable is unchanged for now.',
  ].join('\n\n'),
} as const;

/** A temporary folder holding the test articles; `cleanup` removes it. */
export function writeTestArticles(): { readonly path: (name: keyof typeof TEST_ARTICLES) => string; readonly cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'sourcelight-e2e-articles-'));
  for (const [name, text] of Object.entries(TEST_ARTICLES)) writeFileSync(join(dir, name), text);
  return { path: (name) => join(dir, name), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
