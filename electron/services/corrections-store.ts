import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Article } from '../../shared/model/article';
import { MAX_CORRECTIONS, type Correction } from '../../shared/model/correction';
import { LAYER_IDS } from '../../shared/model/layers';
import { articleSourceInfo } from '../../shared/model/article-source';
import { writeFileAtomic } from './atomic-write';

/** The corrections file's name inside the app's user-data folder. */
export const CORRECTIONS_FILE_NAME = 'corrections.json';

const correctionSchema = z.object({
  kind: z.enum(['wrong', 'added']),
  layer: z.enum(LAYER_IDS),
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  text: z.string().min(1).max(100_000),
  at: z.string().max(40),
});

/** Checks corrections from the renderer or the file: each must name a non-empty span; at most MAX_CORRECTIONS. */
export const correctionListSchema = z.array(correctionSchema.refine((value) => value.end > value.start, 'end must follow start')).max(MAX_CORRECTIONS);

const entrySchema = z.object({
  title: z.string().max(2_000).optional(),
  sourceName: z.string().max(2_000).optional(),
  updatedAt: z.string().max(40),
  corrections: correctionListSchema,
});

/** The key corrections are kept under: a SHA-256 of the analysed text, so a moved or renamed file keeps them. */
export function articleContentHash(article: Pick<Article, 'text'>): string {
  return createHash('sha256').update(article.text, 'utf8').digest('hex');
}

interface StoredEntry {
  readonly title?: string;
  readonly sourceName?: string;
  readonly updatedAt: string;
  readonly corrections: readonly Correction[];
}

/**
 * The reader's corrections on this machine, one entry per article content hash, in one JSON file
 * written atomically. A corrupt file is moved aside and reading starts empty; entries that fail
 * validation are dropped one by one, so one bad entry costs no other article its corrections.
 */
export class CorrectionsStore {
  private entries: Map<string, StoredEntry>;
  private writing: Promise<void> = Promise.resolve();

  private constructor(
    /** Where the corrections file lives. */
    readonly path: string,
    entries: Map<string, StoredEntry>,
    private readonly now: () => Date,
  ) {
    this.entries = entries;
  }

  /** Loads the store from `folder`; creates nothing until the first save. */
  static async open(folder: string, options: { readonly now?: () => Date } = {}): Promise<CorrectionsStore> {
    const path = join(folder, CORRECTIONS_FILE_NAME);
    const now = options.now ?? (() => new Date());
    let text: string;
    try {
      text = await fs.readFile(path, 'utf8');
    } catch {
      return new CorrectionsStore(path, new Map(), now);
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
    const articles = typeof data === 'object' && data !== null && 'articles' in data ? (data as { articles: unknown }).articles : undefined;
    if (typeof articles !== 'object' || articles === null || Array.isArray(articles)) {
      const stamp = now().toISOString().replace(/[:.]/g, '-');
      await fs.rename(path, join(folder, `corrections.corrupt-${stamp}.json`)).catch(() => undefined);
      return new CorrectionsStore(path, new Map(), now);
    }
    const entries = new Map<string, StoredEntry>();
    for (const [hash, value] of Object.entries(articles)) {
      const parsed = entrySchema.safeParse(value);
      if (/^[0-9a-f]{64}$/.test(hash) && parsed.success) entries.set(hash, parsed.data as StoredEntry);
    }
    return new CorrectionsStore(path, entries, now);
  }

  /** The corrections saved for an article, oldest first; none when it was never corrected. */
  forArticle(article: Pick<Article, 'text'>): readonly Correction[] {
    return this.entries.get(articleContentHash(article))?.corrections ?? [];
  }

  /** Replaces an article's corrections (checked) and saves; an empty list removes the entry. */
  async save(article: Article, corrections: readonly Correction[]): Promise<readonly Correction[]> {
    const checked = correctionListSchema.parse(corrections) as Correction[];
    const hash = articleContentHash(article);
    if (checked.length === 0) this.entries.delete(hash);
    else {
      this.entries.set(hash, {
        ...(article.title ? { title: article.title } : {}),
        sourceName: article.sourceName,
        updatedAt: this.now().toISOString(),
        corrections: checked,
      });
    }
    await this.write();
    return checked;
  }

  private write(): Promise<void> {
    const write = this.writing.then(async () => {
      await fs.mkdir(join(this.path, '..'), { recursive: true });
      const content = { version: 1, articles: Object.fromEntries(this.entries) };
      await writeFileAtomic(this.path, `${JSON.stringify(content, null, 2)}\n`, { overwrite: true });
    });
    this.writing = write.catch(() => undefined);
    return write;
  }
}

/**
 * The file a reader exports to hand in corrections: which article (title, file name, URL when
 * known, content hash) and each correction with the words it concerns. No path to the reader's disk.
 */
export function renderCorrectionsFile(article: Article, corrections: readonly Correction[], exportedAt: Date, version: string): string {
  const url = articleSourceInfo(article).url;
  const content = {
    type: 'SourcelightCorrections',
    version: 1,
    generator: `Sourcelight ${version}`,
    exportedAt: exportedAt.toISOString(),
    article: {
      ...(article.title ? { title: article.title } : {}),
      sourceName: article.sourceName,
      ...(url ? { url } : {}),
      contentHash: `sha256:${articleContentHash(article)}`,
    },
    corrections,
  };
  return `${JSON.stringify(content, null, 2)}\n`;
}
