import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

// No Electron binary can start on our machines, so the built renderer runs in Debian's Chromium
// against the browser bridge (e2e/support/browser-bridge.ts); the real-Electron suite lives in e2e/electron.
// SOURCELIGHT_E2E_PORT lets two checkouts on one machine run their suites side by side.
const PORT = Number(process.env['SOURCELIGHT_E2E_PORT'] ?? 4173);
// Debian's Chromium on our machines. SOURCELIGHT_CHROMIUM names another one, or, set empty (as the
// GitHub workflow does), picks the Chromium that `npx playwright install chromium` put in Playwright's cache.
const chromiumFromEnv = process.env['SOURCELIGHT_CHROMIUM'];
const CHROMIUM = chromiumFromEnv !== undefined ? chromiumFromEnv || undefined : existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  workers: 2,
  retries: 0,
  reporter: 'list',
  // Two cores are shared by everything on our machines; give polling assertions room.
  expect: { timeout: 10_000 },
  fullyParallel: true,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      ...(CHROMIUM ? { executablePath: CHROMIUM } : {}),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    },
    viewport: { width: 1280, height: 900 },
    trace: 'retain-on-failure',
  },
  projects: [
    // The browser-bridge suite; the real-Electron project (testDir e2e/electron) is added beside it.
    { name: 'chromium', testIgnore: ['**/e2e/electron/**'], use: { browserName: 'chromium' } },
    // Drives the built app in a real Electron where a binary exists; skips with a reason elsewhere.
    { name: 'electron', testDir: 'e2e/electron', testMatch: '**/*.electron.spec.ts' },
  ],
  webServer: {
    // Serves what `npm run build` produced; Chromium refuses module scripts from file://.
    command: `npx vite preview --outDir out/renderer --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/index.html`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
