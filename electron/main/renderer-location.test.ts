import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isAllowedRendererRequest, isOwnRendererFrame, isOwnRendererUrl, preloadPath, resolveRendererLocation } from './renderer-location';

const MAIN_DIR = resolve('/app/out/main');
const INDEX_URL = 'app://sourcelight/index.html';
const FILE_INDEX_URL = pathToFileURL(resolve('/app/out/renderer/index.html')).href;

describe('resolveRendererLocation', () => {
  it('loads the built page beside the built main', () => {
    expect(resolveRendererLocation(MAIN_DIR, undefined)).toEqual({
      kind: 'file',
      path: resolve('/app/out/renderer/index.html'),
      folder: resolve('/app/out/renderer'),
      url: INDEX_URL,
    });
  });

  it('uses the dev server when electron-vite provides one', () => {
    expect(resolveRendererLocation(MAIN_DIR, 'http://localhost:5173')).toEqual({
      kind: 'dev-server',
      url: 'http://localhost:5173/',
      origin: 'http://localhost:5173',
    });
  });

  it('ignores the dev server variable in a packaged app, which always loads its own page', () => {
    expect(resolveRendererLocation(MAIN_DIR, 'https://attacker.example/', true).kind).toBe('file');
    expect(resolveRendererLocation(MAIN_DIR, 'http://localhost:5173', true).kind).toBe('file');
  });

  it('ignores a dev server URL that is not http(s)', () => {
    expect(resolveRendererLocation(MAIN_DIR, 'javascript:alert(1)').kind).toBe('file');
    expect(resolveRendererLocation(MAIN_DIR, 'not a url').kind).toBe('file');
  });

  it('finds the CommonJS preload beside the built main', () => {
    expect(preloadPath(MAIN_DIR)).toBe(resolve('/app/out/preload/index.cjs'));
  });
});

describe('isOwnRendererUrl', () => {
  const built = resolveRendererLocation(MAIN_DIR, undefined);
  const dev = resolveRendererLocation(MAIN_DIR, 'http://localhost:5173');

  it('trusts the built index.html, with or without a hash', () => {
    expect(isOwnRendererUrl(INDEX_URL, built)).toBe(true);
    expect(isOwnRendererUrl(`${INDEX_URL}#reader`, built)).toBe(true);
  });

  it('refuses other local files, remote pages and junk', () => {
    expect(isOwnRendererUrl(pathToFileURL(resolve('/tmp/evil.html')).href, built)).toBe(false);
    // The page is served over app://, so even the built file's own file:// URL is not ours.
    expect(isOwnRendererUrl(FILE_INDEX_URL, built)).toBe(false);
    expect(isOwnRendererUrl('app://sourcelight/other.html', built)).toBe(false);
    expect(isOwnRendererUrl('app://elsewhere/index.html', built)).toBe(false);
    expect(isOwnRendererUrl('https://example.com/out/renderer/index.html', built)).toBe(false);
    expect(isOwnRendererUrl('', built)).toBe(false);
    expect(isOwnRendererUrl('about:blank', built)).toBe(false);
  });

  it('trusts only the dev server origin in development', () => {
    expect(isOwnRendererUrl('http://localhost:5173/index.html', dev)).toBe(true);
    expect(isOwnRendererUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isOwnRendererUrl(INDEX_URL, dev)).toBe(false);
  });

  it('refuses sub-frames and frames that are gone', () => {
    expect(isOwnRendererFrame({ url: INDEX_URL, parent: null }, built)).toBe(true);
    expect(isOwnRendererFrame({ url: INDEX_URL, parent: {} }, built)).toBe(false);
    expect(isOwnRendererFrame(null, built)).toBe(false);
  });
});

describe('isAllowedRendererRequest', () => {
  const built = resolveRendererLocation(MAIN_DIR, undefined);
  const dev = resolveRendererLocation(MAIN_DIR, 'http://localhost:5173');

  it('allows the built page and every file in its folder', () => {
    expect(isAllowedRendererRequest(INDEX_URL, built)).toBe(true);
    expect(isAllowedRendererRequest('app://sourcelight/assets/index-1.js', built)).toBe(true);
  });

  it('allows inline data and blob URLs', () => {
    expect(isAllowedRendererRequest('data:image/png;base64,AAAA', built)).toBe(true);
    expect(isAllowedRendererRequest('blob:file:///0b5e-11', built)).toBe(true);
  });

  it('refuses the network, other local files and escapes from the renderer folder', () => {
    for (const url of [
      'https://tracker.example/pixel.gif',
      'http://127.0.0.1:4173/index.html',
      'ws://evil.example/socket',
      pathToFileURL(resolve('/home/reader/.ssh/id_ed25519')).href,
      pathToFileURL(resolve('/app/out/main/index.js')).href,
      `${pathToFileURL(resolve('/app/out/renderer')).href}/%2e%2e/main/index.js`,
      FILE_INDEX_URL,
      'app://other-host/index.html',
      'app://sourcelight/assets/%E0%A4%A.js',
      'file://remote-host/app/out/renderer/index.html',
      'javascript:alert(1)',
      'not a url',
      // A malformed escape must be refused, not thrown inside main's request filter.
      `${pathToFileURL(resolve('/app/out/renderer')).href}/assets/%E0%A4%A.js`,
      `${pathToFileURL(resolve('/app/out/renderer')).href}/%`,
    ]) {
      expect(isAllowedRendererRequest(url, built), url).toBe(false);
    }
  });

  it('allows the dev server and its hot-reload socket, and nothing else, while developing', () => {
    expect(isAllowedRendererRequest('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAllowedRendererRequest('ws://localhost:5173/', dev)).toBe(true);
    expect(isAllowedRendererRequest('http://localhost:5174/', dev)).toBe(false);
    expect(isAllowedRendererRequest(INDEX_URL, dev)).toBe(false);
    expect(isAllowedRendererRequest('https://fonts.example/font.woff2', dev)).toBe(false);
  });
});
