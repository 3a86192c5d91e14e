import type { SourcelightApi } from '../../shared/ipc/contract';

declare global {
  interface Window {
    /** The typed bridge the preload (or the e2e browser bridge) installs; the reader's only way out. */
    readonly sourcelight: SourcelightApi;
  }
}

export {};
