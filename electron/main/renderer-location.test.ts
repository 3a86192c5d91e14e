import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isOwnRendererFrame, isOwnRendererUrl, preloadPath, resolveRendererLocation } from './renderer-location';

const MAIN_DIR = resolve('/app/out/main');
const INDEX_URL = pathToFileURL(resolve('/app/out/renderer/index.html')).href;

describe('resolveRendererLocation', () => {
  it('loads the built page beside the built main', () => {
    expect(resolveRendererLocation(MAIN_DIR, undefined)).toEqual({
      kind: 'file',
      path: resolve('/app/out/renderer/index.html'),
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
