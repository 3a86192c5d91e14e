import { describe, expect, it } from 'vitest';
import { createTextContext } from '../text/text-context';
import { detectQuotes } from './detect-quotes';

// Whole short articles, written for these tests, in styles beyond the tuning corpus.

/** One line per finding: the quote and the speaker we report. */
function quotes(text: string): string[] {
  return detectQuotes(createTextContext(text)).map((finding) => `${finding.text} => ${finding.speaker ?? '-'}`);
}

describe('wire copy with straight quotes', () => {
  it('reads a dateline story with an inverted cue, a title before a name and a follow-up quote', () => {
    const text = [
      "SEOUL (Wire) - The North fired two missiles on Thursday, the South's military said.",
      '"This is a grave provocation," said Mr Lee, a spokesman for the Joint Chiefs of Staff. "We are watching closely."',
      'Foreign Ministry spokesperson Mao Ning said the launch was "a matter for the parties concerned."',
      '"We will respond to any attack," the commander said, according to a transcript released by the ministry.',
    ].join('\n\n');
    expect(quotes(text)).toEqual([
      '"This is a grave provocation," => Lee',
      '"We are watching closely." => Lee',
      '"a matter for the parties concerned." => Mao Ning',
      '"We will respond to any attack," => the commander',
    ]);
  });

  it('gives "it said" to the organisation that is the subject of the sentence before', () => {
    const text = 'The company said it was reviewing the findings. "We take these concerns very seriously," it said.';
    expect(quotes(text)).toEqual(['"We take these concerns very seriously," => The company']);
  });

  it('names a bare plural or hyphenated subject such as "Kremlin-controlled media"', () => {
    expect(quotes('Kremlin-controlled media said the strikes were "a measured response to provocations by the West."')).toEqual([
      '"a measured response to provocations by the West." => Kremlin-controlled media',
    ]);
  });

  it('ends a quote whose closing mark is missing at its clause instead of dropping it', () => {
    expect(quotes('He said "we will not back down. Then "the talks are over," a second official said.')).toEqual([
      '"we will not back down. => -',
      '"the talks are over," => a second official',
    ]);
  });
});

describe('archive copy', () => {
  it('does not take a one-word scare quote in an ALL-CAPS headline for a quote', () => {
    expect(quotes("'MIRACLE' CURE CLAIMS DENIED BY DOCTORS")).toEqual([]);
  });

  it('reads typewriter-era copy with a title before the name', () => {
    const text =
      'WASHINGTON (Wire) -- President Carter said Tuesday the nation would "never abandon its friends." "We have made our position clear," Carter told a news conference.';
    expect(quotes(text)).toEqual(['"never abandon its friends." => Carter', '"We have made our position clear," => Carter']);
  });
});

describe('pronoun chains in interview pieces', () => {
  it('resolves "he" and "she" to the subject of the sentence before the quote', () => {
    const text = [
      'Alice Moreau met with Paul Durand in Lyon on Friday.',
      'Durand praised the deal. "It is a good day for the region," he said.',
      'Moreau was more cautious. "We have to see the details first," she said.',
    ].join('\n\n');
    expect(quotes(text)).toEqual(['"It is a good day for the region," => Paul Durand', '"We have to see the details first," => Alice Moreau']);
  });

  it('uses the gender a role gives to choose between two people just named', () => {
    const text = 'Sarah Kim, a nurse, and her husband, David, fled the city. "We left with nothing," she said. "Not even our shoes," he added.';
    expect(quotes(text)).toEqual(['"We left with nothing," => Sarah Kim', '"Not even our shoes," => David']);
  });

  it('resolves "he" to the name given in apposition to a role', () => {
    const text = 'A Kremlin spokesman, Dmitry Peskov, said Moscow would respond. "Our answer will be measured," he said.';
    expect(quotes(text)).toEqual(['"Our answer will be measured," => Dmitry Peskov']);
  });

  it('takes the name after an inverted role ("recalled his widow, Marta Kowalski")', () => {
    const text = '"He said \'never again,\' and he meant it," recalled his widow, Marta Kowalski.';
    expect(quotes(text)).toEqual(['"He said \'never again,\' and he meant it," => Marta Kowalski']);
  });

  it('does not take a town named after "in" for a person that "he" could mean', () => {
    const text = 'Crews in Harlow worked through the night. "The bridge will reopen on Monday," Harlow said in a statement. "It was a long night," he said.';
    expect(quotes(text)).toEqual(['"The bridge will reopen on Monday," => Harlow', '"It was a long night," => -']);
  });
});

describe('modern web copy', () => {
  it('reads posts on X and Telegram and a quote the speaker told an agency', () => {
    const text = [
      '"Victory is near," Zelensky wrote on Telegram.',
      '"Elections will be held on time," Musk wrote on X, adding that "nobody can stop the will of the people."',
      '"The shelling has stopped for now," a local official told Reuters by phone.',
    ].join('\n\n');
    expect(quotes(text)).toEqual([
      '"Victory is near," => Zelensky',
      '"Elections will be held on time," => Musk',
      '"nobody can stop the will of the people." => Musk',
      '"The shelling has stopped for now," => a local official',
    ]);
  });

  it('gives a colon quote to the subject of the clause before the colon', () => {
    expect(quotes('The minister was blunt: "We will not pay a single cent more."')).toEqual(['"We will not pay a single cent more." => The minister']);
  });

  it('gives documents and outlets as speakers', () => {
    const text = 'A KCNA commentary said the drills were "a dangerous rehearsal for war." The statement said the country "will defend its sovereignty."';
    expect(quotes(text)).toEqual(['"a dangerous rehearsal for war." => A KCNA commentary', '"will defend its sovereignty." => The statement']);
  });

  it('marks a quote in a relative clause after another quote', () => {
    expect(quotes('"We will win," said Kim, who added that the enemy "would pay dearly for its crimes."')).toEqual([
      '"We will win," => Kim',
      '"would pay dearly for its crimes." => Kim',
    ]);
  });
});

describe('written text and labels', () => {
  it('treats slogans on banners, signs and leaflets as labels', () => {
    expect(quotes('Protesters carried banners reading "Hands off our pensions" and "Freedom now" through the city.')).toEqual([]);
    expect(quotes('The leaflets, which read "Go home now, soldiers," were dropped over the town.')).toEqual([]);
  });

  it('treats a title-case nickname after "call" as a label', () => {
    expect(quotes('Locals call him "the Butcher of the Valley" and fear his return.')).toEqual([]);
  });

  it('still marks a short non-English quote that a speaker says', () => {
    expect(quotes('"Basta," said Maria Lopez, a nurse.')).toEqual(['"Basta," => Maria Lopez']);
  });
});
