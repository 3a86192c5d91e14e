import type { LoadError, LoadErrorCode } from '../../../shared/model/load-result';

/** File extensions the loaders open (lower case, without the dot), in the order messages list them. */
export const SUPPORTED_EXTENSIONS = ['txt', 'html', 'htm'] as const;

/** One of the extensions a loader exists for. */
export type SupportedExtension = (typeof SUPPORTED_EXTENSIONS)[number];

/** Largest article file opened; bigger files are refused before a byte is read. */
export const MAX_ARTICLE_BYTES = 50 * 1024 * 1024;

function supportedList(): string {
  const dotted = SUPPORTED_EXTENSIONS.map((ext) => `.${ext}`);
  return `${dotted.slice(0, -1).join(', ')} or ${dotted[dotted.length - 1]}`;
}

function megabytes(bytes: number): string {
  return `${Math.ceil(bytes / (1024 * 1024))} MB`;
}

/** Extra facts some messages need. */
export interface LoadErrorDetail {
  readonly size?: number;
  readonly systemCode?: string;
}

/** Builds the one-sentence message for a failure; it names the file and says what to do next. */
export function loadError(code: LoadErrorCode, fileName: string, detail: LoadErrorDetail = {}): LoadError {
  const name = `“${fileName}”`;
  const messages: Record<LoadErrorCode, string> = {
    'not-found': `${name} does not exist; check the file name and folder and try again.`,
    'is-directory': `${name} is a folder, not a file; choose an article file inside it.`,
    'permission-denied': `You do not have permission to read ${name}; change its permissions or copy it somewhere you can read.`,
    'unsupported-type': `${name} is not a type Sourcelight opens; choose a ${supportedList()} file.`,
    empty: `${name} contains no text; choose a file that holds an article.`,
    'too-large': `${name} is ${megabytes(detail.size ?? MAX_ARTICLE_BYTES + 1)}, more than the ${megabytes(MAX_ARTICLE_BYTES)} Sourcelight opens; open a single article instead.`,
    binary: `${name} is not a text file (it looks like binary data, such as an image); open the article's text or HTML file instead.`,
    'bad-encoding': `${name} uses a character encoding Sourcelight cannot read; save it as UTF-8 and open it again.`,
    'no-article': `No article text was found in ${name}; open the article's own page, or save its text as a .txt file.`,
    corrupt: `${name} is damaged and cannot be read; download or save it again.`,
    unreadable: `${name} could not be read${detail.systemCode ? ` (${detail.systemCode})` : ''}; check that the file is still there and try again.`,
  };
  return { code, message: messages[code] };
}
