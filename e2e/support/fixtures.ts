import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { BrowserBridge } from './browser-bridge';
import type { LoaderLimits } from '../../electron/services/loaders/isolated-load';
import { ReaderPage } from './reader-page';

/** The repository root, from which the shared fixtures beside it are found. */
export const REPO_ROOT = resolve(__dirname, '..', '..');

/** The real article the suite reads; it lives beside the repository and is never copied in. */
export const KCNA_FIXTURE = resolve(REPO_ROOT, '..', 'shared', 'fixtures', 'kcna-munitions.txt');

/** Whether the shared fixture is present; specs that need it skip with this reason otherwise. */
export const KCNA_FIXTURE_PRESENT = existsSync(KCNA_FIXTURE);

/** Why fixture-based specs are skipped. */
export const KCNA_FIXTURE_MISSING = `the shared fixture ${KCNA_FIXTURE} is absent (it lives beside the repository, not in it)`;

const IGNORED_CONSOLE_ERRORS = /directive 'frame-ancestors' is ignored when delivered via a <meta> element/;

/** Playwright's test with the browser bridge installed and the reader loaded. */
export const test = base.extend<{ bridge: BrowserBridge; reader: ReaderPage; loaderLimits: LoaderLimits | undefined }>({
  // The app's loader limits unless a spec sets smaller ones with test.use.
  loaderLimits: [undefined, { option: true }],
  bridge: async ({ page, loaderLimits }, use) => {
    await use(await BrowserBridge.install(page, loaderLimits ? { loaderLimits } : {}));
  },
  reader: async ({ page, bridge }, use) => {
    // A CSP violation or an uncaught error is a bug even when the screen looks right.
    const problems: string[] = [];
    page.on('console', (message) => {
      // The meta tag repeats the header policy word for word, frame-ancestors included; Chromium notes it only works as a header.
      if (message.type() === 'error' && !IGNORED_CONSOLE_ERRORS.test(message.text())) problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    const reader = new ReaderPage(page, bridge);
    await reader.goto();
    await use(reader);
    expect(problems, 'the page should log no errors').toEqual([]);
  },
});

export { expect };
