import { describe, expect, it } from 'vitest';
import { matchBoilerplate } from './boilerplate';

describe('matchBoilerplate', () => {
  it.each([
    ['Advertisement', 'advertisement label'],
    ['Read more', 'read-more link'],
    ['Share this article', 'share prompt'],
    ['Sign up to our free morning newsletter', 'newsletter sign-up'],
    ['We use cookies to improve your experience on our site.', 'cookie notice'],
    ['Accept all cookies', 'cookie notice'],
  ])('strips the whole line %j', (line, reason) => {
    expect(matchBoilerplate(line)).toEqual({ kind: 'whole', reason });
  });

  it('strips a donation banner from its opening words to its closing link', () => {
    const banner = 'Your support helps us to tell the story. We are a small newsroom and every gift keeps our reporters working. Read more';
    expect(matchBoilerplate(banner)).toEqual({ kind: 'whole', reason: 'donation banner' });
  });

  it('keeps a gallery caption and strips only its prefix', () => {
    expect(matchBoilerplate('open image in gallery Workers repair the quay on Friday ( Photo agency )')).toEqual({
      kind: 'prefix',
      prefix: 'open image in gallery',
      rest: 'Workers repair the quay on Friday ( Photo agency )',
      restKind: 'caption',
      reason: 'gallery link',
    });
  });

  it.each([
    'The minister said the newspaper would read more letters from its readers before deciding.',
    'Your support helps us to tell the story, the charity wrote in a letter to donors last year.',
    'The regulator said websites that use cookies without consent would be fined.',
    'Sign up to our newsletter, the protest group urged in leaflets that police said contained false claims about the vote and the count and the results and the observers and the ballots.',
    'Advertisement spending fell by a third in the first quarter.',
  ])('leaves the article sentence %j alone', (sentence) => {
    expect(matchBoilerplate(sentence)).toBeNull();
  });
});
