import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// `npm run screenshots`: the same browser and bridge as the end-to-end suite, writing docs/screenshots/.
// Kept out of `npm test` so running the tests never changes files in the repository.
export default defineConfig({
  ...base,
  testDir: 'scripts/screenshots',
  testMatch: '**/*.shots.ts',
  workers: 1,
  // Real pages of a few hundred kilobytes take longer than the suite's small fixtures to open on a loaded machine.
  expect: { timeout: 60_000 },
  timeout: 180_000,
  fullyParallel: false,
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
});
