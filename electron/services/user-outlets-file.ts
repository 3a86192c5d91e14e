import { existsSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { OutletRecord } from '../../shared/engine/state-media/outlet-types';
import { parseUserOutlets } from '../../shared/engine/state-media/user-outlets';

/** The name of a user's outlet list inside Sourcelight's settings folder. */
export const USER_OUTLETS_FILE = 'outlets.json';

// A list of outlets is small; anything larger is not one.
const MAX_OUTLETS_BYTES = 1_000_000;

/** Outlets read from a user's file, with a one-line note for each problem, or a reason the file was not read. */
export type UserOutletsRead =
  { readonly ok: true; readonly outlets: readonly OutletRecord[]; readonly problems: readonly string[] } | { readonly ok: false; readonly message: string };

/** Sourcelight's settings folder as Electron names it (`app.getPath('userData')`), for the CLI that runs without Electron. */
export function defaultSettingsFolder(env: Readonly<Record<string, string | undefined>> = process.env, platform = process.platform): string {
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Sourcelight');
  if (platform === 'win32') return join(env['APPDATA'] ?? join(homedir(), 'AppData', 'Roaming'), 'Sourcelight');
  return join(env['XDG_CONFIG_HOME'] ?? join(homedir(), '.config'), 'Sourcelight');
}

/** Reads a user's outlet list; an absent file is an empty list, a broken one a message that says why. */
export function readUserOutletsFile(path: string): UserOutletsRead {
  if (!existsSync(path)) return { ok: true, outlets: [], problems: [] };
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return { ok: false, message: `${path} is not a file.` };
    if (stat.size > MAX_OUTLETS_BYTES) return { ok: false, message: `${path} is too large for a list of outlets.` };
    const parsed = parseUserOutlets(JSON.parse(readFileSync(path, 'utf8')) as unknown);
    return { ok: true, outlets: parsed.outlets, problems: parsed.problems };
  } catch (error) {
    return { ok: false, message: `${path} could not be read as JSON (${error instanceof Error ? error.message : String(error)}).` };
  }
}
