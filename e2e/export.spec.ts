import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { LAYER_IDS } from '../shared/model/layers';
import { KCNA_FIXTURE, KCNA_FIXTURE_MISSING, KCNA_FIXTURE_PRESENT, expect, test } from './support/fixtures';

test.describe('exporting the marked-up article', () => {
  test.skip(!KCNA_FIXTURE_PRESENT, KCNA_FIXTURE_MISSING);

  let outDir = '';
  test.beforeEach(async ({ reader }) => {
    outDir = mkdtempSync(join(tmpdir(), 'sourcelight-e2e-'));
    await reader.openArticle(KCNA_FIXTURE);
  });
  test.afterEach(() => {
    rmSync(outDir, { recursive: true, force: true });
  });

  test('writes the chosen file with the reader’s highlights and hidden layers', async ({ reader, bridge }) => {
    const destination = join(outDir, 'kcna.html');
    await reader.toggleLayer('unverified');
    bridge.answerNextSaveDialog(destination);
    await reader.exportHtml();

    await expect(reader.status).toHaveText(`Exported to ${destination}`);
    await reader.page.screenshot({ path: 'test-results/reader-exported.png' });
    expect(bridge.suggestedExportPaths.map((path) => basename(path))).toEqual(['kcna-munitions-sourcelight.html']);
    const html = readFileSync(destination, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/i);
    // The only script block is the embedded JSON-LD annotations, which browsers never run.
    expect(html.match(/<script[^>]*>/gi)).toEqual(['<script type="application/ld+json">']);
    expect(html).toMatch(/<mark [^>]*data-layers="state-media"[^>]*>the state news agency KCNA<\/mark>/);
    expect(html).toContain('“To further expand the overall production capacity”');
    // The layers the reader showed start switched on; the one it hid starts off.
    expect(html).toMatch(/<input type="checkbox" class="sl-toggle" id="sl-toggle-state-media" checked>/);
    expect(html).toMatch(/<input type="checkbox" class="sl-toggle" id="sl-toggle-quote" checked>/);
    expect(html).toMatch(/<input type="checkbox" class="sl-toggle" id="sl-toggle-unverified">/);
    for (const layer of LAYER_IDS) {
      expect(html, `the export's legend counts ${layer} as the reader does`).toContain(`data-layer="${layer}" data-count="${await reader.legendCount(layer)}"`);
    }
  });

  test('shows nothing when the save dialog is cancelled', async ({ reader, bridge }) => {
    bridge.answerNextSaveDialog(null);
    await reader.exportHtml();
    await expect.poll(() => bridge.suggestedExportPaths.length).toBe(1);
    await expect(reader.status).toHaveText('');
    await expect(reader.alert).toHaveCount(0);
  });

  test('exports from the application menu too', async ({ reader, bridge }) => {
    const destination = join(outDir, 'from-menu.html');
    bridge.answerNextSaveDialog(destination);
    await bridge.exportFromMenu('html');
    await expect(reader.status).toHaveText(`Exported to ${destination}`);
    expect(readFileSync(destination, 'utf8')).toContain('id="sl-toggle-unverified" checked');
  });

  test('shows why an export failed and keeps the article', async ({ reader, bridge }) => {
    // A directory that does not exist cannot receive the file.
    bridge.answerNextSaveDialog(join(outDir, 'missing-folder', 'kcna.html'));
    await reader.exportHtml();
    await expect(reader.alert).toBeVisible();
    await expect(reader.alert).not.toHaveText('');
    await expect(reader.status).toHaveText('');
    await expect(reader.article).toContainText('North Korean leader Kim Jong Un');
  });
});
