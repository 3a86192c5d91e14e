// @vitest-environment node
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LAYER_IDS } from '../../shared/model/layers';
import { ArticleSession } from './article-session';

const TEXT = 'The harbour authority said on Tuesday that the pier would close.\n\n“We will reopen it soon,” the harbour master said.\n';
const HTML = `<!DOCTYPE html><html><head><title>Pier</title></head><body><article><h1>Pier to close</h1>
<p>The harbour authority said on Tuesday that the old pier would close for repairs until the autumn, officials said.</p>
<p>“We will reopen it as soon as the timbers are safe,” the harbour master said, adding that ferries would use the north quay.</p>
</article></body></html>`;

describe('the source article', () => {
  let folder = '';
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'sl-untouched-'));
  });
  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  for (const [name, contents] of [
    ['article.txt', TEXT],
    ['article.html', HTML],
  ] as const) {
    it(`keeps ${name} byte for byte, with its modification time, through open and every export format`, async () => {
      const source = join(folder, name);
      writeFileSync(source, contents);
      // An old, exact timestamp: any write (even of the same bytes) would move it.
      utimesSync(source, new Date('2020-01-02T03:04:05Z'), new Date('2020-01-02T03:04:05Z'));
      // Read-only on disk too: opening must not need write access.
      chmodSync(source, 0o444);
      const before = { bytes: readFileSync(source), mtimeMs: statSync(source).mtimeMs, mode: statSync(source).mode };

      const session = new ArticleSession();
      const opened = await session.open(source);
      expect(opened.ok).toBe(true);
      for (const format of ['html', 'jsonld', 'csv'] as const) {
        const result = await session.exportArticle({ visibleLayers: LAYER_IDS, format }, join(folder, `export.${format}`), true);
        expect(result.status, format).toBe('written');
      }
      // The save dialog can point at the article itself; the export refuses rather than overwrite it.
      const onto = await session.exportArticle({ visibleLayers: LAYER_IDS }, source, true);
      expect(onto.status).toBe('failed');

      const after = statSync(source);
      expect(readFileSync(source).equals(before.bytes)).toBe(true);
      expect(after.mtimeMs).toBe(before.mtimeMs);
      expect(after.mode).toBe(before.mode);
    });
  }
});
