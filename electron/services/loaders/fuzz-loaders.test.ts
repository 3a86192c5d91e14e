// @vitest-environment node
import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_STORMS } from '../../../bench/hostile-storms';
import { loadArticleFile } from '../load-article';

/**
 * A short fuzz pass run with every `npm test`: real articles in every format, mutated with our own
 * generators (byte flips, cuts, spliced hostile fragments) and small-scale issue-17 storms. Every
 * file must end as an article with consistent blocks or a one-line refusal, never an exception.
 */
const SAME_ARTICLE = resolve(__dirname, 'fixtures/same-article');
const SEEDS = ['ferry-article.txt', 'ferry-article.html', 'ferry-article.md', 'ferry-article.mhtml', 'ferry-article.docx', 'ferry-article.pdf'].map((name) => ({
  name,
  bytes: readFileSync(join(SAME_ARTICLE, name)),
}));

const FRAGMENTS = [
  '<!-->',
  '<noscript>',
  '<svg><style>',
  '<svg><title>',
  '<div>'.repeat(300),
  '&#x110000;',
  '&#0;',
  '\u202e',
  '\u001b[2J',
  '=\r\n',
  '=ZZ',
  '<script type="application/ld+json">[[[[[[[[[[</script>',
  '"'.repeat(50),
  '*a* '.repeat(50),
  '\u0000',
  'PK\u0003\u0004',
  '%PDF-',
  'endstream',
];

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('splice' as const), at: fc.nat(), fragment: fc.constantFrom(...FRAGMENTS) }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(bytes: Buffer, mutations: readonly Mutation[]): Buffer {
  let result = Buffer.from(bytes);
  for (const change of mutations) {
    const at = result.length === 0 ? 0 : change.at % result.length;
    if (change.kind === 'flip') result[at] = change.byte;
    else if (change.kind === 'cut') result = result.subarray(0, Math.max(1, at));
    else result = Buffer.concat([result.subarray(0, at), Buffer.from(change.fragment, 'latin1'), result.subarray(at)]);
  }
  return result;
}

let folder = '';
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'sourcelight-fuzz-'));
});
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

async function expectArticleOrOneLine(path: string): Promise<void> {
  const result = await loadArticleFile(path);
  if (result.ok) {
    for (const block of result.article.blocks) {
      expect(block.start).toBeGreaterThanOrEqual(0);
      expect(block.end).toBeLessThanOrEqual(result.article.text.length);
    }
  } else {
    expect(result.error.message).toMatch(/^[^\n]+$/);
  }
}

describe('fuzzed files in every format', () => {
  it('end as an article or a one-line refusal', async () => {
    let counter = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...SEEDS), fc.array(mutation, { minLength: 1, maxLength: 4 }), async (seed, mutations) => {
        const path = join(folder, `${counter++}-${seed.name}`);
        writeFileSync(path, mutate(seed.bytes, mutations));
        await expectArticleOrOneLine(path);
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('include the issue-17 storms at small scale', async () => {
    for (const storm of HOSTILE_STORMS) {
      const path = join(folder, `${storm.name}.${storm.extension}`);
      writeFileSync(path, storm.build(0.002));
      await expectArticleOrOneLine(path);
    }
  }, 120_000);
});
