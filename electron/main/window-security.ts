import type { Session, WebContents } from 'electron';
import { withContentSecurityPolicy } from './security-policy';

/**
 * Locks down a session: requests other than those `isAllowedRequest` accepts are cancelled before
 * they leave, our CSP goes on every response, and every permission (camera, notifications,
 * clipboard reads, USB/HID/serial devices, screen capture...) is refused, since a reader needs none.
 */
export function secureSession(session: Session, isAllowedRequest: (url: string) => boolean): void {
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url) }));
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  // Answering with no streams refuses the screen capture.
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));
}

/**
 * Keeps any web contents on the page it was given: no navigation (a dropped file or a link in an
 * article would otherwise replace the reader), no redirects, no new windows, no webviews.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => {
    // The initial load of our page is not a navigation event, so every one of these is refused.
    event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
