// @vitest-environment node
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyze } from '../../shared/engine/analyze';
import { assembleBlocks, type Article } from '../../shared/model/article';
import { version } from '../../package.json';
import { LAYER_IDS } from '../../shared/model/layers';
import { exportArticle, exportArticleHtml, renderArticleExport } from './export-article';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sl-export-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function articleFrom(text: string, sourcePath: string): Article {
  const parts = text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0)
    .map((block) => ({ kind: 'paragraph' as const, text: block }));
  const { text: joined, blocks } = assembleBlocks(parts);
  return { text: joined, blocks, sourcePath, sourceName: 'story.txt', format: 'txt', stripped: [], notices: [] };
}

const SAMPLE = 'Officials said the bridge "is safe for traffic," the state news agency KCNA reported.\n\nIt reportedly reopened on Tuesday.';
const AT = new Date('2026-11-25T10:00:00Z');

describe('exportArticleHtml', () => {
  it('writes the marked-up page with the app version and export date', async () => {
    const destination = join(dir, 'story-sourcelight.html');
    const result = await exportArticleHtml(articleFrom(SAMPLE, join(dir, 'story.txt')), destination, {
      visibleLayers: ['quote'],
      overwrite: false,
      exportedAt: AT,
    });
    expect(result).toEqual({ status: 'written', path: destination });
    const html = await readFile(destination, 'utf8');
    expect(html).toContain(`Sourcelight ${version}`);
    expect(html).toContain('2026-11-25T10:00:00.000Z');
    expect(html).toContain('id="sl-toggle-quote" checked');
    expect(html).toMatch(/<mark class="sl-hl[^"]*sl-hl-quote/);
  });

  it('produces byte-identical files for the same article, layers and date', async () => {
    const article = articleFrom(SAMPLE, join(dir, 'story.txt'));
    const options = { visibleLayers: ['state-media', 'unverified'] as const, overwrite: false, exportedAt: AT };
    await exportArticleHtml(article, join(dir, 'a.html'), options);
    await exportArticleHtml(article, join(dir, 'b.html'), options);
    expect(await readFile(join(dir, 'a.html'), 'utf8')).toBe(await readFile(join(dir, 'b.html'), 'utf8'));
  });

  it('refuses to write over the article it was made from', async () => {
    const source = join(dir, 'story.txt');
    await writeFile(source, SAMPLE);
    const result = await exportArticleHtml(articleFrom(SAMPLE, source), join(dir, '.', 'story.txt'), { visibleLayers: [], overwrite: true });
    expect(result.status).toBe('failed');
    expect(await readFile(source, 'utf8')).toBe(SAMPLE);
  });

  it('refuses an existing file without overwrite and replaces it with overwrite', async () => {
    const destination = join(dir, 'out.html');
    await writeFile(destination, 'keep me');
    const article = articleFrom(SAMPLE, join(dir, 'story.txt'));
    const refused = await exportArticleHtml(article, destination, { visibleLayers: [], overwrite: false, exportedAt: AT });
    expect(refused).toEqual({ status: 'failed', message: expect.stringContaining('already exists') });
    expect(await readFile(destination, 'utf8')).toBe('keep me');
    const replaced = await exportArticleHtml(article, destination, { visibleLayers: [], overwrite: true, exportedAt: AT });
    expect(replaced.status).toBe('written');
    expect(await readFile(destination, 'utf8')).toContain('<!DOCTYPE html>');
    expect(await readdir(dir)).toEqual(['out.html']);
  });

  it("exports the KCNA fixture with legend counts matching the engine's findings", async (context) => {
    const fixture = resolve(__dirname, '../../../shared/fixtures/kcna-munitions.txt');
    if (!existsSync(fixture)) {
      context.skip(`fixture ${fixture} is absent; it lives beside the repository, not in it`);
      return;
    }
    const article = articleFrom(await readFile(fixture, 'utf8'), fixture);
    const findings = analyze(article.text);
    const destination = join(dir, 'kcna.html');
    const result = await exportArticleHtml(article, destination, { visibleLayers: ['state-media', 'quote', 'unverified'], overwrite: false, exportedAt: AT });
    expect(result.status).toBe('written');
    const html = await readFile(destination, 'utf8');
    for (const layer of ['state-media', 'quote', 'unverified'] as const) {
      const count = findings.filter((finding) => finding.layer === layer).length;
      expect(html).toContain(`data-layer="${layer}" data-count="${count}"`);
      if (count > 0) expect(html).toContain(`data-layers="${layer}`);
    }
    // The one script block is JSON-LD data, whose context IRI is the only http(s) text in the page.
    expect(html.match(/<script[^>]*>/gi)).toEqual(['<script type="application/ld+json">']);
    expect(html.replace(/<script type="application\/ld\+json">[^<]*<\/script>/, '')).not.toMatch(/<script|https?:\/\//i);
  });
});

describe('exportArticle', () => {
  const article = (): Article => articleFrom(SAMPLE, join(dir, 'story.txt'));

  it('writes W3C Web Annotations as JSON-LD, one per finding', async () => {
    const destination = join(dir, 'story.jsonld');
    expect(await exportArticle(article(), destination, { visibleLayers: [], format: 'jsonld', overwrite: false, exportedAt: AT })).toEqual({
      status: 'written',
      path: destination,
    });
    const data = JSON.parse(await readFile(destination, 'utf8')) as { type: string; total: number; generated: string };
    expect(data.type).toBe('AnnotationCollection');
    expect(data.total).toBe(analyze(article().text).length);
    expect(data.generated).toBe('2026-11-25T10:00:00.000Z');
  });

  it('writes the findings as CSV', async () => {
    const destination = join(dir, 'story.csv');
    await exportArticle(article(), destination, { visibleLayers: [], format: 'csv', overwrite: false });
    const rows = (await readFile(destination, 'utf8')).split('\r\n').filter((line) => line.length > 0);
    expect(rows[0]).toBe('\uFEFFlayer,start,end,text,speaker,outlet,country,cue,explanation,rule');
    expect(rows).toHaveLength(analyze(article().text).length + 1);
  });

  it('highlights the typologies the reader chose', async () => {
    const html = renderArticleExport(article(), { visibleLayers: LAYER_IDS, typologies: ['IP'], exportedAt: AT });
    expect(html).not.toContain('data-layers="state-media"');
    expect(renderArticleExport(article(), { visibleLayers: LAYER_IDS, exportedAt: AT })).toContain('data-layers="state-media"');
  });
});
