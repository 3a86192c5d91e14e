import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Typology } from '../../model/finding';
import { createTextContext } from '../text/text-context';
import { detectStateMedia } from './detect-state-media';

const STATE: readonly Typology[] = ['SC', 'CaPu', 'CaPr'];

function marks(text: string, typologies: readonly Typology[] = STATE): string[] {
  return detectStateMedia(createTextContext(text), { typologies }).map((f) => `${f.text}|${f.outlet}|${f.country ?? ''}`);
}

describe('named outlets used as a source', () => {
  it('marks "the state news agency KCNA" as one span', () => {
    expect(marks('Mr Kim inspected the plant, the state news agency KCNA said.')).toEqual(['the state news agency KCNA|KCNA|KP']);
  });
  it('marks a possessive descriptive phrase', () => {
    expect(marks("North Korea's official KCNA news agency reported the launch.")).toEqual(["North Korea's official KCNA news agency|KCNA|KP"]);
  });
  it('marks the object of "according to" and of a participle frame', () => {
    expect(marks('The test succeeded, according to Xinhua.')).toEqual(['Xinhua|Xinhua|CN']);
    expect(marks('Pictures released by KCNA showed the leader.')).toEqual(['KCNA|KCNA|KP']);
    expect(marks('The clip was reported by state broadcaster CCTV on Monday.')).toEqual(['state broadcaster CCTV|CCTV|CN']);
  });
  it('keeps "KCNA said X but did not say Y" as one span', () => {
    expect(marks('KCNA said the missile flew far but did not say where it landed.')).toEqual(['KCNA|KCNA|KP']);
  });
  it('marks a commentary in a party paper and a report by an outlet', () => {
    expect(marks("The plan was praised in a commentary in the People's Daily.")).toEqual(["the People's Daily|People's Daily|CN"]);
    expect(marks('A KCNA report said the drills would continue.')).toEqual(['KCNA|KCNA|KP']);
  });
  it('reads ALL-CAPS archived headlines', () => {
    expect(marks('KCNA SAYS NORTH WILL TEST AGAIN')).toEqual(['KCNA|KCNA|KP']);
    expect(marks('XINHUA REPORTS FLOODS IN SOUTH')).toEqual(['XINHUA|Xinhua|CN']);
  });
  it('marks older and alternative names with the canonical outlet', () => {
    expect(marks('Tass said the talks had ended.')).toEqual(['Tass|TASS|RU']);
    expect(marks('The New China News Agency reported the decision.')).toEqual(['The New China News Agency|Xinhua|CN']);
  });
});

describe('picture credits and datelines', () => {
  it('marks the outlet inside a picture credit', () => {
    expect(marks('Kim visits a factory ( KCNA via AFP via Getty )')).toEqual(['KCNA|KCNA|KP']);
    expect(marks('Rescuers at work. (Xinhua/Li Ming)')).toEqual(['Xinhua|Xinhua|CN']);
    expect(marks('Photo: Xinhua')).toEqual(['Xinhua|Xinhua|CN']);
  });
  it('marks a dateline tag', () => {
    expect(marks('PYONGYANG, March 3 (KCNA) -- The leader spoke.')).toEqual(['KCNA|KCNA|KP']);
    expect(marks('BEIJING (Xinhua) -- Officials met.')).toEqual(['Xinhua|Xinhua|CN']);
  });
});

describe('what is not marked', () => {
  it('ignores independent public broadcasters', () => {
    expect(marks('The BBC reported the strike, and Yonhap said it was large. NPR said so too.')).toEqual([]);
  });
  it('ignores an outlet mentioned but not used as a source', () => {
    expect(marks('Xinhua opened a bureau in Nairobi. The EU banned RT last year.')).toEqual([]);
  });
  it('ignores negated attributions', () => {
    expect(marks('KCNA did not report the launch.')).toEqual([]);
  });
  it('ignores governments speaking for themselves', () => {
    expect(marks('Pyongyang said the drills were provocative, and the foreign ministry said more.')).toEqual([]);
  });
  it('matches acronyms case-sensitively', () => {
    expect(marks('The art said little; Sana said she would go.')).toEqual([]);
  });
  it('leaves highlighted typologies to the setting', () => {
    expect(marks('Xinhua said the talks were useful.', ['ISFM'])).toEqual([]);
  });
});

describe('shared and ambiguous names', () => {
  it('marks a shared acronym only with its state outlet country in the article', () => {
    expect(marks('CBC reported the storm in Toronto, Canada.')).toEqual([]);
    expect(marks('In Azerbaijan, CBC reported the vote in Baku.')).toEqual(['CBC|CBC|AZ']);
  });
});

describe('generic references and back-references', () => {
  it('marks generic state media with the country of its modifier', () => {
    expect(marks('Iranian state TV showed the protests.')).toEqual(['Iranian state TV|state media (generic)|IR']);
  });
  it('marks "state media reported" with the country the article is about', () => {
    expect(marks('North Korea fired a missile, state media reported. Pyongyang called it a test.')).toEqual([
      'state media|state media (generic)|KP',
    ]);
  });
  it('marks a back-reference by noun to the last named outlet', () => {
    expect(marks('KCNA said the test worked. The leader was pleased, the agency added.')).toEqual([
      'KCNA|KCNA|KP',
      'the agency|KCNA|KP',
    ]);
  });
  it('never marks pronouns or back-references to independent outlets', () => {
    expect(marks('Yonhap said the test failed. The agency added that it said so.')).toEqual([]);
  });
});

describe('misspellings', () => {
  it('marks a one-edit misspelling of a registered acronym in a reporting context', () => {
    expect(marks('North Korea says so, according to KNCA.')).toEqual(['KNCA|KCNA|KP']);
  });
  it('does not treat a country name as a misspelling', () => {
    expect(marks('IRAN SAID THE TALKS FAILED')).toEqual([]);
  });
});

describe('invariants', () => {
  it('keeps offsets faithful, in bounds and non-overlapping on arbitrary text', () => {
    const pieces = ['KCNA', ' said', 'the state news agency ', 'state media', ' reported', '(Xinhua)', ' -- ', 'according to ', 'the agency', ' ', '.', '\n\n', 'KNCA', "North Korea's ", 'RT', 'CCTV', 'x'];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const found = detectStateMedia(createTextContext(text), { typologies: STATE });
        let lastEnd = 0;
        for (const f of found) {
          expect(f.start).toBeGreaterThanOrEqual(lastEnd);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(f.start, f.end)).toBe(f.text);
          lastEnd = f.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});

const fixture = resolve(__dirname, '../../../../shared/fixtures/kcna-munitions.txt');
describe.skipIf(!existsSync(fixture))('the KCNA munitions fixture (../shared/fixtures)', () => {
  it('finds the eight gold state-media spans', () => {
    expect(marks(readFileSync(fixture, 'utf8'))).toEqual([
      'state media|state media (generic)|KP',
      'the state news agency KCNA|KCNA|KP',
      'the outlet|KCNA|KP',
      'KCNA|KCNA|KP',
      'KCNA|KCNA|KP',
      'KNCA|KCNA|KP',
      'KCNA|KCNA|KP',
      'KCNA|KCNA|KP',
    ]);
  });
});
if (!existsSync(fixture)) it.skip('needs ../shared/fixtures/kcna-munitions.txt beside the repository', () => {});
