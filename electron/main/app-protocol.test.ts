// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appProtocolResponse } from './app-protocol';
import { CONTENT_SECURITY_POLICY } from './security-policy';

let root = '';
let folder = '';
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'sourcelight-app-'));
  folder = join(root, 'renderer');
  mkdirSync(join(folder, 'assets'), { recursive: true });
  writeFileSync(join(folder, 'index.html'), '<!doctype html><title>Sourcelight</title>');
  writeFileSync(join(folder, 'assets', 'index.js'), 'export {};');
  writeFileSync(join(root, 'secret.js'), 'secret');
  symlinkSync(join(root, 'secret.js'), join(folder, 'assets', 'link.js'));
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('appProtocolResponse', () => {
  it('serves the page and its assets with the CSP and hardening headers', async () => {
    const page = await appProtocolResponse(folder, 'app://sourcelight/index.html');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Sourcelight</title>');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const script = await appProtocolResponse(folder, 'app://sourcelight/assets/index.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses escapes, links out of the folder, malformed escapes, other hosts and unknown types, with the CSP still on', async () => {
    for (const url of [
      'app://sourcelight/../secret.js',
      'app://sourcelight/%2e%2e/secret.js',
      'app://sourcelight/assets/link.js',
      'app://sourcelight/%E0%A4%A.js',
      'app://other/index.html',
      'app://sourcelight/missing.js',
      'app://sourcelight/index.exe',
      'not a url',
    ]) {
      const response = await appProtocolResponse(folder, url);
      expect(response.status, url).toBeGreaterThanOrEqual(400);
      expect(response.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
    }
  });
});
