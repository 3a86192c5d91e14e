import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, SECURE_WEB_PREFERENCES, withContentSecurityPolicy } from './security-policy';

/** The CSP meta tag's content in an HTML document, or null. */
function metaPolicy(html: string): string | null {
  const tag = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  return tag ? tag[1]! : null;
}

describe('CONTENT_SECURITY_POLICY', () => {
  it('is the policy in the meta tag of renderer/index.html', () => {
    const html = readFileSync(resolve(__dirname, '../../renderer/index.html'), 'utf8');
    expect(metaPolicy(html)).toBe(CONTENT_SECURITY_POLICY);
  });

  it('allows no inline or remote script, no eval and no plugins', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';').map((part) => {
        const [name, ...values] = part.trim().split(/\s+/);
        return [name!, values] as const;
      }),
    );
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });
});

describe('withContentSecurityPolicy', () => {
  it('adds our policy and drops any the response carried', () => {
    const headers = withContentSecurityPolicy({ 'content-security-policy': ['default-src *'], 'Content-Type': 'text/html' });
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });

  it('works when the response had no headers', () => {
    expect(withContentSecurityPolicy(undefined)).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });
});

describe('SECURE_WEB_PREFERENCES', () => {
  it('isolates and sandboxes the renderer with no Node access', () => {
    expect(SECURE_WEB_PREFERENCES).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
  });

  it('keeps middle-clicks from opening links and the spellchecker from downloading dictionaries', () => {
    expect(SECURE_WEB_PREFERENCES.disableBlinkFeatures).toBe('Auxclick');
    expect(SECURE_WEB_PREFERENCES.spellcheck).toBe(false);
    expect(SECURE_WEB_PREFERENCES.navigateOnDragDrop).toBe(false);
  });
});
