import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** How the process was started, as far as finding a file argument is concerned. */
export interface LaunchContext {
  /** True when run as `electron <app> ...` (Electron's `process.defaultApp`), so argv[1] is the app. */
  readonly defaultApp: boolean;
  /** The directory the user launched from: npm's INIT_CWD when set, since npm runs scripts from the package root. */
  readonly initCwd?: string | undefined;
  readonly cwd: string;
}

/**
 * The article path given on the command line, made absolute, or null when there is none. Switches
 * (`--no-sandbox`, `--inspect=...`) are skipped wherever Chromium or the user put them, and a
 * `file://` URL (what Linux desktops pass through the installed .desktop entry's `%U`) becomes its path.
 */
export function resolveLaunchPath(argv: readonly string[], context: LaunchContext): string | null {
  const positional = argv.slice(1).filter((arg) => arg.length > 0 && !arg.startsWith('-'));
  if (context.defaultApp) positional.shift();
  const file = positional[0];
  if (file === undefined) return null;
  if (/^file:\/\//i.test(file)) {
    try {
      return resolve(fileURLToPath(file));
    } catch {
      return null;
    }
  }
  if (isAbsolute(file)) return resolve(file);
  const base = context.initCwd && isAbsolute(context.initCwd) ? context.initCwd : context.cwd;
  return resolve(base, file);
}

/**
 * The file a second launch asked for. The second instance resolves its own path (it knows its
 * INIT_CWD) and passes it as the lock's additional data; the argv and working directory Electron
 * forwards are the fallback for launches that did not.
 */
export function resolveSecondInstancePath(additionalData: unknown, argv: readonly string[], workingDirectory: string, defaultApp: boolean): string | null {
  if (typeof additionalData === 'object' && additionalData !== null && 'openPath' in additionalData) {
    const openPath: unknown = additionalData.openPath;
    if (openPath === null) return null;
    if (typeof openPath === 'string' && isAbsolute(openPath)) return resolve(openPath);
  }
  return resolveLaunchPath(argv, { defaultApp, cwd: workingDirectory });
}
