// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleArticlePath } from './sample-article';

describe('sampleArticlePath', () => {
  it('reads the repository copy in development and preview', () => {
    const path = sampleArticlePath({ isPackaged: false, resourcesPath: '/opt/electron/resources', appPath: resolve(__dirname, '../..') });
    expect(path).toBe(resolve(__dirname, '../../resources/sample-article.txt'));
    expect(existsSync(path)).toBe(true);
    expect(readFileSync(path, 'utf8')).toContain('Sourcelight sample desk');
  });

  it('reads the extra resource beside app.asar in a packaged app', () => {
    expect(sampleArticlePath({ isPackaged: true, resourcesPath: '/opt/Sourcelight/resources', appPath: '/opt/Sourcelight/resources/app.asar' })).toBe(
      join('/opt/Sourcelight/resources', 'sample-article.txt'),
    );
  });
});
