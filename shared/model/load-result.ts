import type { Article } from './article';

/** Why an article could not be opened; each has a message written for the reader. */
export type LoadErrorCode =
  | 'not-found'
  | 'is-directory'
  | 'permission-denied'
  | 'unsupported-type'
  | 'empty'
  | 'too-large'
  | 'too-complex'
  | 'too-demanding'
  | 'binary'
  | 'bad-encoding'
  | 'no-article'
  | 'corrupt'
  | 'password-protected'
  | 'unsafe-archive'
  | 'unreadable';

/** A failure to open an article, with one clear sentence for the user. */
export interface LoadError {
  readonly code: LoadErrorCode;
  readonly message: string;
}

/** The outcome of opening an article file. */
export type LoadResult = { readonly ok: true; readonly article: Article } | { readonly ok: false; readonly error: LoadError };
