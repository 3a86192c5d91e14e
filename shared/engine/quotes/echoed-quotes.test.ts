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

function speakersIn(text: string, language: 'de' | 'es'): (string | undefined)[] {
  return analyze(text, { language }).flatMap((finding) => (finding.layer === 'quote' ? [finding.speaker] : []));
}

describe('a heading that quotes words said further down', () => {
  it('takes the speaker whose quote holds its words in another order', () => {
    const text =
      'Streit im Stadtrat\n\n„Die Stadt verliert ihre Geduld mit dem Verkehr“\n\nDer Rat tagte am Montag bis spät in die Nacht. „Wir sehen jetzt, dass die Stadt mit dem Verkehr langsam ihre Geduld verliert“, sagte die Bürgermeisterin Karla Brandt.';
    expect(speakersIn(text, 'de')[0]).toContain('Brandt');
  });

  it('takes the speaker whose quote holds its words in other forms', () => {
    const text =
      '“El tribunal no imparte justicia sino castigo”\n\nLos vecinos se reunieron el martes en la plaza. “Lo que hace el tribunal es impartir castigo, no justicia”, dijo la vecina Marta Ruiz.';
    expect(speakersIn(text, 'es')[0]).toContain('Ruiz');
  });

  it('takes that speaker over one only carried over from the quote before it', () => {
    const text =
      '„Wir prüfen den Fall“, sagte ein Sprecher des Ministeriums. Die Regierung werde nun handeln.\n\n„Die Bahn bringt Chaos nach Berlin“\n\nDeutlicher wurde die Abgeordnete Eva Roth. „Es zeigt sich erneut, dass die Bahn ihr Chaos nach Berlin bringt“, sagte sie.';
    expect(speakersIn(text, 'de')[1]).toContain('Eva Roth');
  });

  it('takes no one when two speakers repeat its words as much', () => {
    const text =
      '“El tribunal no imparte justicia sino castigo”\n\nLos vecinos se reunieron el martes en la plaza. “El tribunal da castigo”, dijo la vecina Marta Ruiz. “El tribunal da castigo”, respondió el juez Pablo Gil.';
    expect(speakersIn(text, 'es')[0]).toBeUndefined();
  });
});
