import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where the window's page comes from: the built file, or the dev server while developing. */
export type RendererLocation =
  | { readonly kind: 'file'; readonly path: string; readonly url: string }
  | { readonly kind: 'dev-server'; readonly url: string; readonly origin: string };

/**
 * Finds the renderer from the built main's folder (`out/main`) and electron-vite's dev server
 * variable; a malformed dev URL falls back to the built page rather than loading something odd.
 */
export function resolveRendererLocation(mainDir: string, devServerUrl: string | undefined): RendererLocation {
  if (devServerUrl) {
    const parsed = parseUrl(devServerUrl);
    if (parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:')) {
      return { kind: 'dev-server', url: parsed.href, origin: parsed.origin };
    }
  }
  const path = join(mainDir, '../renderer/index.html');
  return { kind: 'file', path, url: pathToFileURL(path).href };
}

/** The preload script beside the built main, as electron-vite emits it. */
export function preloadPath(mainDir: string): string {
  return join(mainDir, '../preload/index.cjs');
}

/**
 * Whether a frame URL is our own page: exactly the built index.html (ignoring query and hash), or
 * any page of the dev server's origin. Everything else, including other file:// pages, is refused.
 */
export function isOwnRendererUrl(frameUrl: string, location: RendererLocation): boolean {
  const frame = parseUrl(frameUrl);
  if (!frame) return false;
  if (location.kind === 'dev-server') return frame.origin === location.origin;
  const own = parseUrl(location.url);
  return own !== null && frame.protocol === 'file:' && frame.host === own.host && frame.pathname === own.pathname;
}

function parseUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** Whether an IPC sender frame is the top-level frame of our own page; a missing (navigated-away) frame is not. */
export function isOwnRendererFrame(
  frame: { readonly url: string; readonly parent: unknown } | null | undefined,
  location: RendererLocation,
): boolean {
  return frame != null && frame.parent === null && isOwnRendererUrl(frame.url, location);
}
