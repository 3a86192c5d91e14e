import { promises as fs } from 'node:fs';
import { basename, isAbsolute, join } from 'node:path';
import { z } from 'zod';
import type { RecentFile } from '../../shared/model/recent-file';
import { writeFileAtomic } from './atomic-write';

/** The recent-files list's name inside the app's user-data folder. */
export const RECENT_FILES_NAME = 'recent-files.json';

/** How many articles the list keeps. */
export const MAX_RECENT_FILES = 10;

const entrySchema = z.object({
  path: z
    .string()
    .min(1)
    .max(32_768)
    .refine((value) => isAbsolute(value) && !value.includes('\u0000')),
  name: z.string().max(1_000),
  openedAt: z.string().max(64),
});

/** Options of the list; tests fix the clock and the platform. */
export interface RecentFilesOptions {
  readonly now?: () => Date;
  /** Paths compare without case on Windows and macOS, whose usual file systems ignore it. */
  readonly platform?: NodeJS.Platform;
  /** Called after every change of the list, newest first (the menu and the OS list follow it). */
  readonly onChange?: (files: readonly RecentFile[]) => void;
}

/**
 * The recently opened articles, newest first, without duplicates, at most ten, persisted as JSON in
 * the user-data folder. Files that no longer exist are dropped when the list is read.
 */
export class RecentFiles {
  private files: readonly RecentFile[];
  private writing: Promise<void> = Promise.resolve();

  private constructor(
    /** Where the list is saved. */
    readonly path: string,
    files: readonly RecentFile[],
    private readonly options: RecentFilesOptions,
  ) {
    this.files = files;
  }

  /** Loads the list from `folder`; a missing or damaged file gives an empty list (it only holds a convenience). */
  static async open(folder: string, options: RecentFilesOptions = {}): Promise<RecentFiles> {
    const path = join(folder, RECENT_FILES_NAME);
    let files: RecentFile[] = [];
    try {
      const data: unknown = JSON.parse(await fs.readFile(path, 'utf8'));
      if (Array.isArray(data)) {
        files = data.flatMap((entry) => {
          const parsed = entrySchema.safeParse(entry);
          return parsed.success ? [parsed.data] : [];
        });
      }
    } catch {
      files = [];
    }
    const list = new RecentFiles(path, [], options);
    list.files = list.dedupe(files).slice(0, MAX_RECENT_FILES);
    return list;
  }

  /** The list as last known, without checking the disk (for building menus). */
  get current(): readonly RecentFile[] {
    return this.files;
  }

  /** The list with files that no longer exist removed (and that removal saved). */
  async list(): Promise<readonly RecentFile[]> {
    const before = this.files;
    const present = await Promise.all(before.map((file) => isFile(file.path)));
    const kept = before.filter((_file, index) => present[index]);
    // Only prune if nothing was added meanwhile, or a just-opened file could be lost.
    if (kept.length !== before.length && this.files === before) await this.replace(kept);
    return this.files;
  }

  /** Whether a path is on the list; only such paths may be opened through `openRecentFile`. */
  has(path: string): boolean {
    return this.files.some((file) => this.same(file.path, path));
  }

  /** Puts a just-opened file at the top. */
  async add(path: string): Promise<readonly RecentFile[]> {
    if (!isAbsolute(path)) return this.files;
    const entry: RecentFile = { path, name: basename(path), openedAt: (this.options.now ?? (() => new Date()))().toISOString() };
    await this.replace([entry, ...this.files.filter((file) => !this.same(file.path, path))].slice(0, MAX_RECENT_FILES));
    return this.files;
  }

  /** Empties the list. */
  async clear(): Promise<void> {
    await this.replace([]);
  }

  private async replace(files: readonly RecentFile[]): Promise<void> {
    this.files = files;
    this.options.onChange?.(files);
    const write = this.writing.then(async () => {
      await fs.mkdir(join(this.path, '..'), { recursive: true });
      await writeFileAtomic(this.path, `${JSON.stringify(this.files, null, 2)}\n`, { overwrite: true });
    });
    this.writing = write.catch(() => undefined);
    await write;
  }

  private dedupe(files: readonly RecentFile[]): RecentFile[] {
    return files.filter((file, index) => files.findIndex((other) => this.same(other.path, file.path)) === index);
  }

  private same(a: string, b: string): boolean {
    const platform = this.options.platform ?? process.platform;
    return platform === 'win32' || platform === 'darwin' ? a.toLowerCase() === b.toLowerCase() : a === b;
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await fs.stat(path)).isFile();
  } catch {
    return false;
  }
}
