import { join } from 'node:path';
import { APP_HOST, APP_INDEX_URL, APP_SCHEME } from './app-protocol';

/**
 * Where the window's page comes from: the built files served as `app://sourcelight/` from their
 * folder (see app-protocol.ts), or the dev server while developing.
 */
export type RendererLocation =
  | { readonly kind: 'file'; readonly path: string; readonly folder: string; readonly url: string }
  | { readonly kind: 'dev-server'; readonly url: string; readonly origin: string };

/**
 * Finds the renderer from the built main's folder (`out/main`) and electron-vite's dev server
 * variable; a malformed dev URL falls back to the built page rather than loading something odd.
 * A packaged app ignores the variable, so no environment can point its window (and the preload
 * bridge) at another page.
 */
export function resolveRendererLocation(mainDir: string, devServerUrl: string | undefined, isPackaged = false): RendererLocation {
  if (devServerUrl && !isPackaged) {
    const parsed = parseUrl(devServerUrl);
    if (parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:')) {
      return { kind: 'dev-server', url: parsed.href, origin: parsed.origin };
    }
  }
  const folder = join(mainDir, '../renderer');
  return { kind: 'file', path: join(folder, 'index.html'), folder, url: APP_INDEX_URL };
}

/** The preload script beside the built main, as electron-vite emits it. */
export function preloadPath(mainDir: string): string {
  return join(mainDir, '../preload/index.cjs');
}

/**
 * Whether a frame URL is our own page: exactly `app://sourcelight/index.html` (ignoring query and
 * hash), or any page of the dev server's origin. Everything else, file:// pages included, is refused.
 */
export function isOwnRendererUrl(frameUrl: string, location: RendererLocation): boolean {
  const frame = parseUrl(frameUrl);
  if (!frame) return false;
  if (location.kind === 'dev-server') return frame.origin === location.origin;
  return frame.protocol === `${APP_SCHEME}:` && frame.host === APP_HOST && frame.pathname === '/index.html';
}

function parseUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** Whether an IPC sender frame is the top-level frame of our own page; a missing (navigated-away) frame is not. */
export function isOwnRendererFrame(frame: { readonly url: string; readonly parent: unknown } | null | undefined, location: RendererLocation): boolean {
  return frame != null && frame.parent === null && isOwnRendererUrl(frame.url, location);
}

/**
 * Whether the app's session may make a request at all: only our own `app://` files (or the dev
 * server), and inline data and blob URLs; no file:// URL at all. A second line behind the CSP,
 * so a hostile article that somehow got markup onto the page still could not reach the network or
 * read other local files.
 */
export function isAllowedRendererRequest(requestUrl: string, location: RendererLocation): boolean {
  const request = parseUrl(requestUrl);
  if (!request) return false;
  if (request.protocol === 'data:' || request.protocol === 'blob:' || request.protocol === 'devtools:') return true;
  if (location.kind === 'dev-server') {
    const server = new URL(location.origin);
    // The dev server's hot reload talks over a WebSocket to the same host and port.
    const sameServer = request.host === server.host && (request.protocol === server.protocol || request.protocol === 'ws:' || request.protocol === 'wss:');
    return sameServer;
  }
  // The protocol handler serves only files inside the renderer folder; this refuses escapes early.
  return request.protocol === `${APP_SCHEME}:` && request.host === APP_HOST && !decodedSegments(request.pathname).includes('..');
}

/** A path's segments with escapes decoded; a malformed `%` escape yields a segment that matches nothing. */
function decodedSegments(pathname: string): string[] {
  try {
    return decodeURIComponent(pathname).split('/');
  } catch {
    // Refused as if it climbed out: the request filter runs in main and must never throw.
    return ['..'];
  }
}
