import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED_FIXTURES } from '../../../eval/corpus-paths';
import { createTextContext } from '../text/text-context';
import { detectQuotes } from './detect-quotes';

const fixturePath = join(SHARED_FIXTURES, 'kcna-munitions.txt');
const present = existsSync(fixturePath);

describe.skipIf(!present)('quotes in the real KCNA munitions article (../shared/fixtures)', () => {
  it('finds the four quotes, banner title and apostrophes aside, each attributed to Kim', () => {
    const text = readFileSync(fixturePath, 'utf8');
    const found = detectQuotes(createTextContext(text)).map((f) => `${f.text.slice(0, 30)} | ${f.speaker} | ${f.speakerSurface}`);
    expect(found).toEqual([
      '“The country’s missile and she | Kim Jong Un | Mr Kim',
      '“To further expand the overall | Kim Jong Un (the leader) | the leader',
      '“In order to satisfy the prosp | Kim Jong Un | Mr Kim',
      '“new modernisation and product | Kim Jong Un (the leader) | The leader',
    ]);
  });
});

if (!present) {
  it.skip('needs ../shared/fixtures/kcna-munitions.txt beside the repository', () => {});
}
