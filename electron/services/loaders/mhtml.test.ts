import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildMhtmlArticle } from './load-mhtml';
import { decodeQuotedPrintable, extractMhtmlPage, parseHeaderValue } from './mhtml';

const CHROME_SAVED = resolve(__dirname, 'fixtures', 'same-article', 'ferry-article.mhtml');

/** A single-file page as Chrome writes it, by hand: quoted-printable HTML, a base64 image and a remote stylesheet reference. */
function savedPage(html: string, options: { charset?: string; encoding?: 'quoted-printable' | 'base64' } = {}): Buffer {
  const boundary = '----MultipartBoundary--abc123----';
  const encoding = options.encoding ?? 'quoted-printable';
  const encoded =
    encoding === 'base64'
      ? Buffer.from(html, 'utf8').toString('base64').replace(/.{76}/g, '$&\r\n')
      : Buffer.from(html, 'utf8')
          .toString('latin1')
          .replace(/[=\u0080-\u00ff]/g, (char) => `=${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
          .replace(/.{70}/g, '$&=\r\n');
  return Buffer.from(
    [
      'From: <Saved by Blink>',
      'Snapshot-Content-Location: https://news.example/ferry',
      'Subject: Ferry',
      'MIME-Version: 1.0',
      'Content-Type: multipart/related;',
      '\ttype="text/html";',
      `\tboundary="${boundary}"`,
      '',
      '',
      `--${boundary}`,
      'Content-Type: image/png',
      'Content-Transfer-Encoding: base64',
      'Content-Location: https://tracker.example/pixel.png',
      '',
      'iVBORw0KGgo=',
      '',
      `--${boundary}`,
      `Content-Type: text/html${options.charset ? `; charset=${options.charset}` : ''}`,
      'Content-ID: <frame-1@mhtml.blink>',
      `Content-Transfer-Encoding: ${encoding}`,
      'Content-Location: https://news.example/ferry',
      '',
      encoded,
      `--${boundary}--`,
      '',
    ].join('\r\n'),
    'latin1',
  );
}

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Ferry to stop</title><link rel="stylesheet" href="https://cdn.example/site.css"></head>
<body><article><h1>Ferry to stop</h1><p>The ferry to the islands will stop for six weeks from March while its hull is repaired, the harbour said.</p>
<p>“We cannot risk another winter,” said the manager, who asked islanders to plan their trips early.</p></article></body></html>`;

describe('MHTML', () => {
  it('decodes quoted-printable escapes and soft line breaks', () => {
    expect(Buffer.from(decodeQuotedPrintable('caf=C3=A9 and a long li=\r\nne =3D ok')).toString('utf8')).toBe('café and a long line = ok');
  });

  it('reads structured header values with quoted parameters', () => {
    const parsed = parseHeaderValue('multipart/related; type="text/html"; boundary="--a;b--"');
    expect(parsed.value).toBe('multipart/related');
    expect(parsed.params.get('boundary')).toBe('--a;b--');
  });

  it('takes the page’s HTML part, not the images beside it', () => {
    const page = extractMhtmlPage(savedPage(PAGE));
    expect(page?.location).toBe('https://news.example/ferry');
    expect(Buffer.from(page!.html).toString('utf8')).toBe(PAGE);
  });

  it('reads a page saved quoted-printable or base64, with curly quotes intact', () => {
    for (const encoding of ['quoted-printable', 'base64'] as const) {
      const article = buildMhtmlArticle(savedPage(PAGE, { encoding }), '/tmp/ferry.mhtml');
      if ('code' in article) throw new Error(article.code);
      expect(article.text, encoding).toContain('“We cannot risk another winter,” said the manager');
      expect(article.format).toBe('mhtml');
    }
  });

  it('reads the file Chromium writes when saving a page as a single file', () => {
    const article = buildMhtmlArticle(readFileSync(CHROME_SAVED), CHROME_SAVED);
    if ('code' in article) throw new Error(article.code);
    expect(article.title).toMatch(/^Ferry line to the northern islands/);
    expect(article.site).toBe('The Harbour Gazette');
  });

  it('reports a file that is not MIME, or holds no page, as corrupt', () => {
    expect(buildMhtmlArticle(Buffer.from('just some words\nwithout headers'), '/tmp/x.mhtml')).toEqual({ ok: false, code: 'corrupt' });
    const imagesOnly = savedPage(PAGE).toString('latin1').replace('Content-Type: text/html', 'Content-Type: text/css');
    expect(buildMhtmlArticle(Buffer.from(imagesOnly, 'latin1'), '/tmp/x.mhtml')).toEqual({ ok: false, code: 'corrupt' });
  });
});
