import { lstat, realpath, stat } from 'node:fs/promises';
import { basename, dirname, resolve, sep } from 'node:path';

/** Kernel and device file systems: writing there reaches the system, never a document. */
const SYSTEM_ROOTS = ['/proc', '/sys', '/dev'];

function isUnder(path: string, root: string): boolean {
  return path === root || path.startsWith(`${root}/`);
}

/** The real path of a path's nearest existing ancestor (itself if it exists), with links resolved. */
async function realAncestor(path: string): Promise<string> {
  let current = resolve(path);
  for (;;) {
    try {
      return await realpath(current);
    } catch {
      const parent = dirname(current);
      if (parent === current) return current;
      current = parent;
    }
  }
}

/** Why a folder may not receive exports (inside /proc, /sys or /dev), or null. */
export async function outputFolderProblem(folder: string): Promise<string | null> {
  if (process.platform === 'win32') return null;
  const real = await realAncestor(folder);
  const lexical = resolve(folder);
  const root = SYSTEM_ROOTS.find((candidate) => isUnder(real, candidate) || isUnder(lexical, candidate));
  return root ? `${folder} is inside ${root}, a system folder that holds no documents; choose a folder of your own.` : null;
}

async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  try {
    const [first, second] = await Promise.all([stat(a), stat(b)]);
    return first.dev === second.dev && first.ino === second.ino;
  } catch {
    return false;
  }
}

/**
 * Why an export may not be written to `destination`, or null: it must be a regular file or not
 * exist (even when replacing is allowed, a device, pipe or folder is never replaced), lie outside
 * /proc, /sys and /dev, and not be one of the run's inputs, which would be lost before it is read.
 */
export async function outputPathProblem(destination: string, inputs: readonly string[] = []): Promise<string | null> {
  const name = basename(destination) || destination;
  if (destination.endsWith(sep) || destination.endsWith('/')) return `${destination} names a folder; give the export a file name.`;
  const folder = await outputFolderProblem(dirname(resolve(destination)));
  if (folder) return folder;
  try {
    const info = await lstat(destination);
    const target = info.isSymbolicLink() ? await stat(destination).catch(() => null) : info;
    if (target && !target.isFile()) {
      return target.isDirectory()
        ? `${name} is a folder; give the export a file name inside it.`
        : `${name} is not a regular file (a device, pipe or socket), so it is never replaced; choose another name.`;
    }
  } catch {
    // Does not exist yet: the usual case.
  }
  for (const input of inputs) {
    if (await sameFile(destination, input)) return `${name} is one of the files being exported; choose another name or folder.`;
  }
  return null;
}
