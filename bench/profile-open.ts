/**
 * CPU profile of the page's main thread while a fresh reader opens the 100 KB article: which
 * functions the open's main-thread time goes to.   npx tsx bench/profile-open.ts [--bytes 100000] [--reopen]
 * With `--reopen` it profiles opening the same file a second time in that page instead, where the
 * previous article's highlights are torn down first.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import playwrightConfig from '../playwright.config';
import { writeTextArticle } from './bench-files';
import { ensureRendererBuilt, openOnce, profilePage, serveRenderer } from './browser-bench';
import { summarizeProfile } from './cpu-profile-summary';

async function main(): Promise<void> {
  const bytesAt = process.argv.indexOf('--bytes');
  const bytes = bytesAt >= 0 ? Number(process.argv[bytesAt + 1]) : 100_000;
  ensureRendererBuilt((line) => process.stderr.write(`${line}\n`));
  const directory = mkdtempSync(join(tmpdir(), 'sourcelight-profile-'));
  const server = await serveRenderer();
  const browser = await chromium.launch(playwrightConfig.use?.launchOptions ?? { executablePath: '/usr/bin/chromium' });
  try {
    const file = writeTextArticle(directory, 'article', bytes);
    await (await openOnce(browser, server.baseUrl, file)).context.close();
    const reopen = process.argv.includes('--reopen');
    const opened = await openOnce(browser, server.baseUrl, file, !reopen);
    const measured = reopen ? await profilePage(opened.context, opened.page, opened.reopen) : { result: opened.ms, profile: opened.profile };
    if (!measured.profile) throw new Error('no profile');
    const { bySelf, byTotal } = summarizeProfile(measured.profile, 25);
    console.log(`${reopen ? 'opened again' : 'open'} to highlighted ${measured.result.toFixed(0)} ms`);
    console.log('self:');
    for (const entry of bySelf) console.log(`  ${(entry.selfShare * 100).toFixed(1).padStart(5)} %  ${entry.name}`);
    console.log('total:');
    for (const entry of byTotal) console.log(`  ${(entry.totalShare * 100).toFixed(1).padStart(5)} %  ${entry.name}`);
    await opened.context.close();
  } finally {
    await browser.close();
    server.stop();
    rmSync(directory, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
