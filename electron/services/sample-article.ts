import { join } from 'node:path';

/** The bundled sample article's file name, in `resources/` and in a packaged app's resources folder. */
export const SAMPLE_ARTICLE_NAME = 'sample-article.txt';

/** Where the running app is, as far as finding bundled resources is concerned. */
export interface ResourceContext {
  /** Electron's `app.isPackaged`. */
  readonly isPackaged: boolean;
  /** Electron's `process.resourcesPath`: where electron-builder puts `extraResources`. */
  readonly resourcesPath: string;
  /** The project root in development (`app.getAppPath()`, where package.json is). */
  readonly appPath: string;
}

/**
 * The path of the bundled sample article. A packaged app carries it as an extra resource beside
 * app.asar; a development or preview run reads it from the repository's `resources/` folder.
 */
export function sampleArticlePath(context: ResourceContext): string {
  return context.isPackaged ? join(context.resourcesPath, SAMPLE_ARTICLE_NAME) : join(context.appPath, 'resources', SAMPLE_ARTICLE_NAME);
}
