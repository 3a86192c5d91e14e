import { parseDroppedPath } from './ipc-validation';

/** How long after a drop its files may be opened; the reader asks within milliseconds. */
export const DROP_VALID_MS = 10_000;

/** Most files one drop is remembered with; the reader opens the first. */
export const MAX_DROPPED_PATHS = 32;

interface Drop {
  readonly paths: readonly string[];
  readonly at: number;
}

/**
 * The files each window had dropped on it just now, as its preload saw them in a trusted drop event
 * (the paths of real DOM `File`s, through `webUtils.getPathForFile`). Main opens a dropped path only
 * when it is here, once, so page script cannot name a file of its choosing, nor reopen one later.
 */
export class DropRecord {
  private readonly drops = new Map<number, Drop>();

  /** A record on the given clock; tests pass their own. */
  constructor(
    private readonly now: () => number = Date.now,
    private readonly validMs: number = DROP_VALID_MS,
  ) {}

  /** Remembers the files of one drop on window `windowId`, replacing its earlier drop; entries that are not absolute paths are left out. */
  record(windowId: number, rawPaths: unknown): void {
    if (!Array.isArray(rawPaths)) return;
    const paths = rawPaths
      .slice(0, MAX_DROPPED_PATHS)
      .map((value: unknown) => parseDroppedPath(value))
      .filter((path): path is string => path !== null);
    if (paths.length === 0) return;
    this.drops.set(windowId, { paths, at: this.now() });
  }

  /** Whether `path` was dropped on window `windowId` within the time allowed; true only once per drop. */
  take(windowId: number, path: string): boolean {
    const drop = this.drops.get(windowId);
    if (!drop) return false;
    const age = this.now() - drop.at;
    if (age < 0 || age > this.validMs) {
      this.drops.delete(windowId);
      return false;
    }
    if (!drop.paths.includes(path)) return false;
    // One drop opens one file: the page cannot open the same path again by asking twice.
    this.drops.delete(windowId);
    return true;
  }

  /** Forgets a closed window's drop. */
  forget(windowId: number): void {
    this.drops.delete(windowId);
  }
}
