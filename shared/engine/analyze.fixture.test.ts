import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED_FIXTURES } from '../../eval/corpus-paths';
import { readGoldFile, locateGoldSpans } from '../../eval/gold';
import { emptyScore, prf, scoreArticle } from '../../eval/score';
import { LAYER_IDS } from '../model/layers';
import { analyze } from './analyze';

const fixturePath = join(SHARED_FIXTURES, 'kcna-munitions.txt');
const present = existsSync(fixturePath);

describe.skipIf(!present)('the engine on the real KCNA munitions article (../shared/fixtures)', () => {
  const text = present ? readFileSync(fixturePath, 'utf8') : '';
  const gold = present ? readGoldFile(join(SHARED_FIXTURES, 'kcna-munitions.gold.json')) : undefined;

  it('finds every gold span of every layer with no false alarms, banner included', () => {
    const { located, problems } = locateGoldSpans(text, gold!);
    expect(problems).toEqual([]);
    const score = emptyScore();
    const mismatches = scoreArticle(located, analyze(text), score);
    expect(mismatches.filter((m) => m.kind !== 'loose-boundary')).toEqual([]);
    for (const layer of LAYER_IDS) expect(prf(score.layers[layer]).f1, layer).toBe(1);
  });

  it('keeps every finding a faithful slice of the text', () => {
    for (const finding of analyze(text)) expect(text.slice(finding.start, finding.end)).toBe(finding.text);
  });
});

if (!present) {
  it.skip('needs ../shared/fixtures/kcna-munitions.txt beside the repository', () => {});
}
