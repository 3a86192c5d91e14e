// @ts-check
// `npm start`'s first step (the prestart script). Electron 45 no longer downloads its binary when it
// is installed, and electron-vite looks for it (node_modules/electron/path.txt) without triggering
// the download, so a fresh clone would stop with "Electron uninstall". This runs Electron's own
// installer when the binary is missing, and turns its failure into one line that says what to do.
'use strict';

const { spawnSync } = require('node:child_process');
const { existsSync, readFileSync } = require('node:fs');
const { dirname, join, relative } = require('node:path');

/**
 * The Electron executable inside an unpacked Electron for a platform, as Electron's installer names it.
 * @param {NodeJS.Platform | string} platform
 * @returns {string}
 */
function electronExecutableName(platform) {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

/**
 * The executable in ELECTRON_OVERRIDE_DIST_PATH (Electron's variable for an Electron unpacked
 * elsewhere), or undefined when the variable is not set.
 * @param {NodeJS.ProcessEnv} env
 * @param {string} platform
 * @returns {string | undefined}
 */
function overriddenElectronExecutable(env, platform) {
  const folder = env['ELECTRON_OVERRIDE_DIST_PATH'];
  return folder ? join(folder, electronExecutableName(platform)) : undefined;
}

/**
 * @typedef {{ readonly ok: true, readonly executable: string, readonly downloaded: boolean }} ElectronReady
 * @typedef {{ readonly ok: false, readonly message: string }} ElectronProblem
 */

/**
 * Makes sure an Electron binary exists for electron-vite, downloading it once with Electron's own
 * installer when it does not. Never throws: a failure comes back as the one line to show.
 * @param {{ cwd: string, env: NodeJS.ProcessEnv, platform: string, log?: (line: string) => void }} options
 * @returns {ElectronReady | ElectronProblem}
 */
function ensureElectron({ cwd, env, platform, log = () => undefined }) {
  /** @type {string} */
  let packageDir;
  try {
    packageDir = dirname(require.resolve('electron/package.json', { paths: [cwd] }));
  } catch {
    return { ok: false, message: 'The electron package is not installed: run npm install, then npm start again.' };
  }
  const version = String(JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version);
  const shown = (/** @type {string} */ path) => relative(cwd, path) || path;

  // electron-vite's own variable for an Electron elsewhere, then Electron's.
  const execPath = env['ELECTRON_EXEC_PATH'];
  if (execPath) {
    if (existsSync(execPath)) return { ok: true, executable: execPath, downloaded: false };
    return { ok: false, message: `ELECTRON_EXEC_PATH is ${execPath}, which does not exist: point it at an Electron ${version} executable, or unset it.` };
  }
  const overridden = overriddenElectronExecutable(env, platform);
  if (overridden !== undefined) {
    if (existsSync(overridden)) return { ok: true, executable: overridden, downloaded: false };
    return {
      ok: false,
      message: `ELECTRON_OVERRIDE_DIST_PATH is ${env['ELECTRON_OVERRIDE_DIST_PATH']}, which has no ${electronExecutableName(platform)}: point it at a folder with an unpacked Electron ${version}, or unset it.`,
    };
  }

  const expected = join(packageDir, 'dist', electronExecutableName(platform));
  const installed = () => {
    const pathFile = join(packageDir, 'path.txt');
    if (!existsSync(pathFile)) return undefined;
    const executable = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(executable) ? executable : undefined;
  };
  const present = installed();
  if (present !== undefined) return { ok: true, executable: present, downloaded: false };

  log(`Downloading Electron ${version}, once (about 100 MB)...`);
  // Electron's installer prints a stack trace when it fails; its first line is the reason.
  const run = spawnSync(process.execPath, [join(packageDir, 'install.js')], { cwd, env, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  const downloaded = run.status === 0 ? installed() : undefined;
  if (downloaded !== undefined) return { ok: true, executable: downloaded, downloaded: true };
  const firstLine = (run.stderr ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .find((line) => line.length > 0);
  const reason = (run.error?.message ?? firstLine ?? `the installer exited with ${run.status}`).replace(/^[A-Za-z]*Error:\s*/, '').slice(0, 200);
  return {
    ok: false,
    message:
      `Electron ${version} is not installed (no ${shown(expected)}) and its one-time download failed (${reason}): ` +
      `connect to the internet and run npm start again, or set ELECTRON_MIRROR to a mirror of Electron's releases, ` +
      `or ELECTRON_OVERRIDE_DIST_PATH to a folder with an unpacked Electron ${version}.`,
  };
}

module.exports = { electronExecutableName, overriddenElectronExecutable, ensureElectron };

if (require.main === module) {
  const result = ensureElectron({ cwd: process.cwd(), env: process.env, platform: process.platform, log: (line) => console.log(line) });
  if (!result.ok) {
    console.error(result.message);
    process.exit(1);
  }
}
