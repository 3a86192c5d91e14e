import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Whether an Electron binary is present, with the reason when it is not. */
export type ElectronBinary = { readonly ok: true; readonly path: string } | { readonly ok: false; readonly reason: string };

/**
 * Finds the Electron executable the way the `electron` package would, without requiring it:
 * requiring it with no binary starts a download, which cannot succeed on machines without one.
 */
export function findElectronBinary(): ElectronBinary {
  let packageDir: string;
  try {
    packageDir = dirname(createRequire(__filename).resolve('electron/package.json'));
  } catch {
    return { ok: false, reason: 'the electron package is not installed' };
  }
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  const executable = override ? join(override, relative || 'electron') : relative ? join(packageDir, 'dist', relative) : '';
  if (!executable || !existsSync(executable)) {
    return {
      ok: false,
      reason:
        'no Electron binary on this machine (Electron 42+ downloads it on first launch, which fails here with ' +
        '"Electron failed to install correctly"); the browser-bridge suite covers the reader instead',
    };
  }
  return { ok: true, path: executable };
}

/** Whether a launch error means Electron itself is missing rather than the app being broken. */
export function isMissingElectronError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /Electron failed to install correctly|ENOENT.*electron|Electron uninstall/i.test(message);
}
