import { version } from '../../package.json';

/** Sourcelight's version as package.json states it; the bundler inlines it, so no file is read at run time. */
export const APP_VERSION: string = version;
