import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

// An intertitle from a published French report (Le Monde with AFP, 1 October 2023) and the body quote it repeats.

function speakers(text: string): (string | undefined)[] {
  return analyze(text, { language: 'fr' }).flatMap((finding) => (finding.layer === 'quote' ? [finding.speaker] : []));
}

describe('quotes standing alone as a paragraph', () => {
  it('take the speaker of the body quote that repeats their words', () => {
    const text =
      'Une mission des Nations unies est arrivée le même jour.\n\n« L’histoire de l’humanité a montré que l’impunité favorise la récurrence du crime »\n\nL’ambassadrice Hasmik Tolmajian a exhorté à des sanctions, alors que « l’histoire de l’humanité a montré que l’impunité favorise la récurrence du crime », a-t-elle ajouté.';
    expect(speakers(text)).toEqual([expect.stringContaining('Hasmik Tolmajian'), expect.stringContaining('Hasmik Tolmajian')]);
  });

  it('keep no speaker when no later quote shares their words', () => {
    const text =
      'Une mission des Nations unies est arrivée le même jour.\n\n« L’histoire de l’humanité a montré que l’impunité favorise la récurrence du crime »\n\n« Il faut des sanctions économiques et diplomatiques », a déclaré l’ambassadrice Hasmik Tolmajian.';
    expect(speakers(text)[0] ?? '').not.toContain('Tolmajian');
  });
});
