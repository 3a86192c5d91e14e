// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IsolatedLoader } from './isolated-load';

const PAGE = `<!doctype html><html><head><title>Harbour</title></head><body><article><h1>Harbour wall rebuilt</h1>${'<p>The council agreed on Tuesday to rebuild the harbour wall that collapsed in the January storm, officials said.</p>'.repeat(
  5,
)}</article></body></html>`;

let folder = '';
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'sourcelight-isolated-'));
});
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

function file(name: string, content: string): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

describe('IsolatedLoader', () => {
  it('opens an article in its worker and keeps the worker for the next file', async () => {
    const loader = new IsolatedLoader({ memoryMb: 256, timeMs: 60_000 });
    try {
      const first = await loader.load(file('one.html', PAGE));
      const second = await loader.load(file('two.txt', 'Harbour wall rebuilt\n\nThe council said the wall would be rebuilt by spring.'));
      expect(first.ok && first.article.title).toBe('Harbour wall rebuilt');
      expect(second.ok && second.article.format).toBe('txt');
    } finally {
      await loader.close();
    }
  }, 120_000);

  it('stops a file that runs past the time limit with a one-line message, then opens the next file', async () => {
    const loader = new IsolatedLoader({ memoryMb: 256, timeMs: 1 });
    const slow = await loader.load(file('slow.html', PAGE));
    expect(slow.ok ? 'article' : slow.error.code).toBe('too-demanding');
    expect(slow.ok ? '' : slow.error.message).toMatch(
      /^“slow\.html” needs more memory or time than a news article should \(over 256 MB or 0\.001 seconds[^\n]*$/,
    );
    await loader.close();
  }, 120_000);

  it('stops a worker that runs out of its heap, and a fresh worker opens the next file', async () => {
    // A heap this small cannot even parse a page, so the first file exhausts it.
    const tight = new IsolatedLoader({ memoryMb: 8, timeMs: 60_000 });
    const big = await tight.load(
      file('big.html', PAGE.replace('</article>', `${'<p>More words of the article, said an official.</p>'.repeat(40_000)}</article>`)),
    );
    expect(big.ok ? 'article' : big.error.code).toBe('too-demanding');
    await tight.close();
    const roomy = new IsolatedLoader({ memoryMb: 256, timeMs: 60_000 });
    const next = await roomy.load(file('next.html', PAGE));
    expect(next.ok).toBe(true);
    await roomy.close();
  }, 120_000);
});
