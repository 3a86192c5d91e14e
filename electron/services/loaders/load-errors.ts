import { ARTICLE_EXTENSIONS, articleExtensionList, type ArticleExtension } from '../../../shared/model/article-files';
import type { LoadError, LoadErrorCode } from '../../../shared/model/load-result';
import { MAX_ARTICLE_CHARS } from './extraction-limits';

// The loaders open exactly the model's article file types; the old names stay for the loaders' code.
export { ARTICLE_EXTENSIONS as SUPPORTED_EXTENSIONS, type ArticleExtension as SupportedExtension };

/**
 * Largest plain-text file (.txt, .md) opened, derived from the one size limit: no encoding spends
 * more than 4 bytes on one character, so a larger file holds more than `MAX_ARTICLE_CHARS` and is
 * refused, with that limit's message, before a byte is read.
 */
export const MAX_PLAIN_TEXT_BYTES = MAX_ARTICLE_CHARS * 4;

/**
 * Largest page or document (HTML, MHTML, Word, PDF) opened. Not a size limit on articles: markup,
 * styles and embedded images are parsed in the loader's heap, which a larger file would exhaust, so
 * it is refused before reading with the memory message.
 */
export const MAX_CONTAINER_BYTES = 50 * 1024 * 1024;

const PLAIN_TEXT: readonly ArticleExtension[] = ['txt', 'md', 'markdown'];

/** The most bytes a file of this extension may have before it is refused unread. */
export function maxFileBytes(extension: ArticleExtension): number {
  return PLAIN_TEXT.includes(extension) ? MAX_PLAIN_TEXT_BYTES : MAX_CONTAINER_BYTES;
}

/** The failure for a file over `maxFileBytes`: the size limit for plain text, the memory limit for the rest. */
export function tooBigFile(extension: ArticleExtension, fileName: string, size: number): LoadError {
  return PLAIN_TEXT.includes(extension) ? loadError('too-large', fileName, { size }) : loadError('too-demanding', fileName);
}

function megabytes(bytes: number): string {
  return `${Math.ceil(bytes / (1024 * 1024))} MB`;
}

/** Extra facts some messages need. */
export interface LoadErrorDetail {
  readonly size?: number | undefined;
  /** Characters of extracted text, when it is the text rather than the file that is too long. */
  readonly characters?: number | undefined;
  readonly systemCode?: string | undefined;
  /** What the file claims to be (`PDF`, `Word document`), for messages about a damaged file. */
  readonly kind?: string | undefined;
  /** The loader's heap and time limits, for a file stopped for exceeding them. */
  readonly memoryMb?: number | undefined;
  readonly seconds?: number | undefined;
}

/** Builds the one-sentence message for a failure; it names the file and says what to do next. */
export function loadError(code: LoadErrorCode, fileName: string, detail: LoadErrorDetail = {}): LoadError {
  const name = `“${fileName}”`;
  const messages: Record<LoadErrorCode, string> = {
    'not-found': `${name} does not exist; check the file name and folder and try again.`,
    'is-directory': `${name} is a folder, not a file; choose an article file inside it.`,
    'permission-denied': `You do not have permission to read ${name}; change its permissions or copy it somewhere you can read.`,
    'unsupported-type': `${name} is not a type Sourcelight opens; choose a ${articleExtensionList()} file.`,
    empty: `${name} contains no text; choose a file that holds an article.`,
    'too-large':
      detail.characters !== undefined
        ? `${name} holds ${detail.characters.toLocaleString('en')} characters of text, more than the ${MAX_ARTICLE_CHARS.toLocaleString('en')} Sourcelight reads; open a single article instead.`
        : `${name} is ${megabytes(detail.size ?? MAX_PLAIN_TEXT_BYTES + 1)}, so it holds more than the ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters of text Sourcelight reads; open a single article instead.`,
    'too-complex': `${name} is built in a way too complex to read safely (its page structure is extremely large or deeply nested); save the article's text as a .txt file and open that instead.`,
    'too-demanding': `${name} needs more memory or time than a news article should (over ${detail.memoryMb ?? 768} MB or ${detail.seconds ?? 20} seconds to read), so reading it was stopped; save the article's text as a .txt file and open that instead.`,
    binary: `${name} is not a text file (it looks like binary data, such as an image); open the article's text or HTML file instead.`,
    'bad-encoding': `${name} uses a character encoding Sourcelight cannot read; save it as UTF-8 and open it again.`,
    'no-article': `No article text was found in ${name}; open the article's own page, or save its text as a .txt file.`,
    corrupt: detail.kind
      ? `${name} is not a readable ${detail.kind} (it is damaged, cut short or of another type); download or save it again.`
      : `${name} is damaged and cannot be read; download or save it again.`,
    'password-protected': `${name} is protected by a password; save a copy without the password and open that.`,
    'unsafe-archive': `${name} was not opened because it would unpack to far more data than it holds, as a zip bomb does; open a copy saved from the original program.`,
    unreadable: `${name} could not be read${detail.systemCode ? ` (${detail.systemCode})` : ''}; check that the file is still there and try again.`,
  };
  return { code, message: messages[code] };
}
