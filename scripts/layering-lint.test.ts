// @vitest-environment node
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..');
const eslint = new ESLint({ cwd: ROOT });

/** The no-restricted-imports messages ESLint gives `code` as if it were the file at `path`. */
async function layeringProblems(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, path) });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

describe('the layering rules in eslint.config.mjs', () => {
  it('stop shared/ importing electron/, renderer/ or eval/, at any depth', async () => {
    // The package ban on `electron` matches the folder name too, so this one is reported twice.
    expect(await layeringProblems('shared/engine/quotes/x.ts', "import { a } from '../../../electron/services/x';\nexport const b = a;\n")).toEqual(
      expect.arrayContaining([expect.stringContaining('shared/ is pure')]),
    );
    expect(await layeringProblems('shared/export/x.ts', "import { a } from '../../renderer/src/x';\nexport const b = a;\n")).toHaveLength(1);
    expect(await layeringProblems('shared/x.ts', "import { a } from '../eval/score';\nexport const b = a;\n")).toHaveLength(1);
  });

  it('let shared/ import its own folders, whose names only look alike', async () => {
    expect(
      await layeringProblems('shared/export/x.ts', "import { a } from '../render/segments';\nimport { b } from '../model/layers';\nexport const c = [a, b];\n"),
    ).toEqual([]);
  });

  it('stop engine tests loading the app’s loaders through eval/corpus', async () => {
    expect(await layeringProblems('shared/engine/x.test.ts', "import { a } from '../../eval/corpus';\nexport const b = a;\n")).toHaveLength(1);
    expect(await layeringProblems('shared/engine/x.test.ts', "import { a } from '../../eval/corpus-paths';\nexport const b = a;\n")).toEqual([]);
  });

  it('stop the renderer importing electron/', async () => {
    expect(await layeringProblems('renderer/src/lib/x.ts', "import { a } from '../../../electron/main/x';\nexport const b = a;\n")).toEqual(
      expect.arrayContaining([expect.stringContaining('window.sourcelight')]),
    );
  });

  it('stop the CLI importing electron/main/, but not services', async () => {
    expect(await layeringProblems('electron/cli/x.ts', "import { a } from '../main/export-file-name';\nexport const b = a;\n")).toEqual([
      expect.stringContaining('services only'),
    ]);
    expect(await layeringProblems('electron/cli/x.ts', "import { a } from '../services/export-file-name';\nexport const b = a;\n")).toEqual([]);
  });
});
