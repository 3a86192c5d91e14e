import { readFile, realpath } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './security-policy';

/** The scheme and host the built renderer is served from: `app://sourcelight/index.html`. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'sourcelight';
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * How the scheme is registered before the app is ready: a standard, secure origin (so module
 * scripts, the analysis worker and `'self'` in the CSP work), with no CORS or service workers.
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, allowServiceWorkers: false, corsEnabled: false, bypassCSP: false },
} as const;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Headers on every response of the app scheme, errors included: a custom protocol is answered by
 * us, not by Chromium's network stack, so this is where the CSP (with `frame-ancestors`) applies.
 */
export function appResponseHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  };
}

function refusal(status: number): Response {
  return new Response(null, { status, headers: appResponseHeaders('text/plain; charset=utf-8') });
}

/**
 * Answers one `app://` request from the built renderer folder: only our host, only files inside
 * the folder (escapes, malformed `%` sequences and links out of it are refused), only known types.
 */
export async function appProtocolResponse(rendererFolder: string, requestUrl: string): Promise<Response> {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return refusal(400);
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return refusal(404);
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return refusal(400);
  }
  const segments = pathname.split('/').filter((segment) => segment.length > 0);
  if (segments.some((segment) => segment === '..' || segment.includes('\\') || segment.includes('\0'))) return refusal(404);
  const relative = segments.length === 0 ? 'index.html' : segments.join('/');
  const contentType = CONTENT_TYPES[extname(relative).toLowerCase()];
  if (!contentType) return refusal(404);
  try {
    const root = await realpath(rendererFolder);
    const file = await realpath(join(root, relative));
    if (!file.startsWith(root + sep)) return refusal(404);
    const body = await readFile(file);
    return new Response(new Uint8Array(body), { status: 200, headers: appResponseHeaders(contentType) });
  } catch {
    return refusal(404);
  }
}
