import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildHostileCases, type HostileCase } from './hostile/hostile-cases';
import { liveMarkupIn } from './hostile/live-markup';
import { expect, test } from './support/fixtures';

/** The preview server the reader is served from: the only origin the page may talk to. */
const APP_ORIGIN = `http://127.0.0.1:${process.env['SOURCELIGHT_E2E_PORT'] ?? 4173}`;

/** What the canary server saw: every request any payload managed to send, from the page or from Node. */
const canaryHits: string[] = [];
let canary: Server;
let canaryOrigin = '';
let dir = '';

test.beforeAll(async () => {
  canary = createServer((request, response) => {
    canaryHits.push(request.url ?? '?');
    response.writeHead(204).end();
  });
  await new Promise<void>((resolve) => canary.listen(0, '127.0.0.1', resolve));
  canaryOrigin = `http://127.0.0.1:${(canary.address() as AddressInfo).port}`;
  dir = mkdtempSync(join(tmpdir(), 'sl-hostile-'));
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => canary.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

test('the export checker sees live markup when there is some', () => {
  // Guards the guard: a checker that finds nothing would make every hostile case pass.
  const problems = liveMarkupIn(
    '<!DOCTYPE html><html><head><meta http-equiv="refresh" content="0"><script>x()</script></head>' +
      '<body onload="x()"><a href="javascript:x()">a</a><img src="http://example.test/p.gif"><p style="background:url(http://example.test/)">p</p></body></html>',
  );
  expect(problems.join('\n')).toMatch(/script elements/);
  expect(problems.join('\n')).toMatch(/<img>|<img> element/);
  expect(problems.join('\n')).toMatch(/onload/);
  expect(problems.join('\n')).toMatch(/javascript:/);
  expect(problems.join('\n')).toMatch(/refresh/);
  expect(problems.join('\n')).toMatch(/style> fetches/);
});

test('hostile files open inert or are refused clearly, send nothing and export no live markup', async ({ reader, bridge, page }) => {
  test.setTimeout(180_000);
  const cases = buildHostileCases(canaryOrigin);
  expect(cases.length).toBeGreaterThanOrEqual(40);
  expect(new Set(cases.map((hostile) => hostile.id)).size).toBe(cases.length);

  // Everything the page (and any page in its context) asks the network for, except the app itself.
  const foreignRequests: string[] = [];
  page.context().on('request', (request) => {
    const url = request.url();
    if (url.startsWith(`${APP_ORIGIN}/`) || url.startsWith('data:') || url.startsWith('blob:')) return;
    if (url.startsWith(pathToFileURL(dir).href)) return;
    foreignRequests.push(url);
  });
  page.on('websocket', (socket) => foreignRequests.push(socket.url()));

  const exports: { readonly hostile: HostileCase; readonly path: string }[] = [];
  const outcomes: string[] = [];
  for (const hostile of cases) {
    await test.step(hostile.id, async () => {
      const path = join(dir, `${hostile.id}.${hostile.extension}`);
      writeFileSync(path, hostile.contents);
      const result = await bridge.openFromOutside(path);
      outcomes.push(`${hostile.id}: ${result.ok ? 'opened' : `refused (${result.error.code})`}`);
      if (hostile.outcome !== 'either') expect(result.ok, `${hostile.id} should be ${hostile.outcome}`).toBe(hostile.outcome === 'opens');

      if (result.ok) {
        await expect(reader.openedFileName).toHaveText(basename(path));
        await reader.waitForAnalysis();
        const destination = join(dir, `${hostile.id}-export.html`);
        bridge.answerNextSaveDialog(destination);
        await reader.exportHtml();
        await expect(reader.status).toHaveText(`Exported to ${destination}`);
        expect(liveMarkupIn(readFileSync(destination, 'utf8')), `the export of ${hostile.id} should hold no live markup`).toEqual([]);
        exports.push({ hostile, path: destination });
      } else {
        // Refused with one sentence that names the file, and the reader says so on screen.
        expect(result.error.message).toContain(basename(path));
        await expect(reader.alert).toContainText(basename(path));
      }

      // The reader renders article text as text: nothing in its page runs, loads or reacts to events.
      const live = await page.evaluate(() => {
        const body = document.body;
        const elements = body.querySelectorAll('script, iframe, frame, object, embed, img, svg, video, audio, link, style, form, base, meta');
        const handlers = [...body.querySelectorAll('*')].flatMap((element) =>
          [...element.attributes].filter((attribute) => attribute.name.startsWith('on')).map((attribute) => attribute.name),
        );
        return [...[...elements].map((element) => element.localName), ...handlers];
      });
      expect(live, `${hostile.id} should add no live elements to the reader`).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), `${hostile.id} canary`).toBeUndefined();
      expect(canaryHits, `${hostile.id} should reach no server`).toEqual([]);
      expect(foreignRequests, `${hostile.id} should send no request`).toEqual([]);
    });
  }
  test.info().annotations.push({ type: 'outcomes', description: outcomes.join('; ') });

  await test.step('every export stays inert when a browser opens it', async () => {
    const viewer = await page.context().newPage();
    for (const { hostile, path } of exports) {
      await viewer.goto(pathToFileURL(path).href);
      expect(await viewer.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), `${hostile.id} export canary`).toBeUndefined();
    }
    await viewer.close();
  });

  expect(bridge.openedLinks, 'no link was handed to the system browser').toEqual([]);
  expect(canaryHits).toEqual([]);
  expect(foreignRequests).toEqual([]);
  expect(exports.length, 'most hostile files should open').toBeGreaterThanOrEqual(25);
});
