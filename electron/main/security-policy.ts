import type { WebPreferences } from 'electron';

/**
 * The renderer's Content Security Policy, sent as a response header and repeated verbatim in the
 * meta tag of `renderer/index.html` (a test keeps the two identical). The header is what makes
 * `frame-ancestors` effective; the meta tag covers loads that carry no headers.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; worker-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * The window's web preferences apart from the preload path: the renderer shows untrusted article
 * text, so it gets no Node, an isolated world, the Chromium sandbox and no way to weaken them.
 */
export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  // The reader is read-only, and Chromium's spellchecker would download dictionaries.
  spellcheck: false,
  // A middle-click on a link would otherwise try to open it in a new window (denied anyway, see window-security.ts).
  disableBlinkFeatures: 'Auxclick',
} as const satisfies WebPreferences;

/** Returns response headers with our policy replacing any the response carried. */
export function withContentSecurityPolicy(headers: Readonly<Record<string, string | readonly string[]>> | undefined): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    // A second, looser policy from the server must not survive next to ours.
    if (name.toLowerCase() === 'content-security-policy') continue;
    result[name] = typeof value === 'string' ? [value] : [...value];
  }
  result['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  return result;
}
