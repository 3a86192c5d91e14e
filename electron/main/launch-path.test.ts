import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resolveLaunchPath, resolveSecondInstancePath } from './launch-path';

const ROOT = resolve('/repo');
const HOME = resolve('/home/reader/news');

describe('resolveLaunchPath', () => {
  it('resolves `npm start -- article.txt` against the directory npm was run from', () => {
    const argv = ['/repo/node_modules/electron/dist/electron', '.', 'article.txt'];
    expect(resolveLaunchPath(argv, { defaultApp: true, initCwd: HOME, cwd: ROOT })).toBe(resolve(HOME, 'article.txt'));
  });

  it('resolves `electron . article.txt` against the working directory without npm', () => {
    const argv = ['electron', '.', 'sub/article.txt'];
    expect(resolveLaunchPath(argv, { defaultApp: true, cwd: ROOT })).toBe(resolve(ROOT, 'sub/article.txt'));
  });

  it('skips the app path under `electron out/main/index.js file` and Chromium switches anywhere', () => {
    const argv = ['electron', '--inspect=0', 'out/main/index.js', '--no-sandbox', '/tmp/a.html'];
    expect(resolveLaunchPath(argv, { defaultApp: true, cwd: ROOT })).toBe(resolve('/tmp/a.html'));
  });

  it('takes the first argument of a packaged app as the file', () => {
    expect(resolveLaunchPath(['/opt/Sourcelight/sourcelight', 'a.txt'], { defaultApp: false, cwd: HOME })).toBe(resolve(HOME, 'a.txt'));
  });

  it('opens what a Linux file manager passes through the .desktop entry’s %U: a file:// URL', () => {
    const file = resolve('/home/reader/news/État des lieux.html');
    expect(resolveLaunchPath(['/opt/Sourcelight/sourcelight', pathToFileURL(file).href], { defaultApp: false, cwd: ROOT })).toBe(file);
  });

  it('opens nothing for a file:// URL that names no local file', () => {
    expect(resolveLaunchPath(['/opt/Sourcelight/sourcelight', 'file://server.example/share/a.txt'], { defaultApp: false, cwd: ROOT })).toBe(
      process.platform === 'win32' ? resolve('\\\\server.example\\share\\a.txt') : null,
    );
  });

  it('returns null when no file was given', () => {
    expect(resolveLaunchPath(['electron', '.'], { defaultApp: true, initCwd: HOME, cwd: ROOT })).toBeNull();
    expect(resolveLaunchPath(['/opt/Sourcelight/sourcelight', '--no-sandbox'], { defaultApp: false, cwd: ROOT })).toBeNull();
  });

  it('ignores an INIT_CWD that is not absolute', () => {
    expect(resolveLaunchPath(['electron', '.', 'a.txt'], { defaultApp: true, initCwd: 'relative', cwd: ROOT })).toBe(resolve(ROOT, 'a.txt'));
  });
});

describe('resolveSecondInstancePath', () => {
  it('prefers the path the second instance resolved itself', () => {
    expect(resolveSecondInstancePath({ openPath: resolve(HOME, 'b.txt') }, ['electron', '.', 'other.txt'], ROOT, true)).toBe(resolve(HOME, 'b.txt'));
  });

  it('opens nothing when the second instance was started without a file', () => {
    expect(resolveSecondInstancePath({ openPath: null }, ['electron', '.'], ROOT, true)).toBeNull();
  });

  it('takes a packaged second launch’s file (double-click, Open With) from argv when no path came with the lock', () => {
    expect(resolveSecondInstancePath(undefined, ['/opt/Sourcelight/sourcelight', '--allow-file-access-from-files', 'd.pdf'], HOME, false)).toBe(
      resolve(HOME, 'd.pdf'),
    );
  });

  it('falls back to argv and the working directory Electron forwards', () => {
    expect(resolveSecondInstancePath(undefined, ['electron', '.', 'c.txt'], HOME, true)).toBe(resolve(HOME, 'c.txt'));
    expect(resolveSecondInstancePath({ openPath: 'relative.txt' }, ['electron', '.', 'c.txt'], HOME, true)).toBe(resolve(HOME, 'c.txt'));
  });
});
