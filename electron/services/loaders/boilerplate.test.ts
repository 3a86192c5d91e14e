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
    ['View author archive', 'author link'],
    ['email the author', 'author link'],
    ['follow on twitter', 'social link'],
    ['Follow @jdoe on Twitter', 'social link'],
    ['Enlarge Image', 'media control'],
    ['Photo', 'media control'],
    ['[Read: The long road to the harbour deal]', 'promoted link'],
    ['Protesters gather outside parliament as lawmakers vote on the budget (Reuters)', 'video caption'],
    ['Continue reading the main story', 'read-more link'],
    ['Powered by Example CMS', 'site credit'],
    ['Related: Harbour deal signed after all-night talks', 'related links'],
    ['Related Coverage', 'related links'],
    ['The Reuters Inside Track newsletter is your essential guide to the biggest events in global sport. Sign up here.', 'newsletter sign-up'],
    ['1 / 5', 'gallery counter'],
    ['3 of 12', 'gallery counter'],
    ['REUTER', 'wire sign-off'],
    ['(END)', 'wire sign-off'],
    ['pbr@yna.co.kr(END)', 'wire sign-off'],
    ['jd/kl', 'wire sign-off'],
    ['Print this story | E-mail this story | Larger text | Smaller text', 'page tool'],
    ['Printable page Send this story to friends by e-mail', 'page tool'],
    ['Share this: Print Email', 'page tool'],
    ['Click photo to enlarge', 'media control'],
    ['Get the Harbour Times headlines emailed to you daily.', 'newsletter sign-up'],
    ['Breaking news alerts by email (click here)', 'newsletter sign-up'],
    ['Stay informed. Receive our free e-newsletters', 'newsletter sign-up'],
  ])('strips the whole line %j', (line, reason) => {
    expect(matchBoilerplate(line)).toEqual({ kind: 'whole', reason });
  });

  it.each([
    'Share the story with a friend before the vote.',
    'Print and e-mail editions will end this year, the paper said.',
    'The council e-mailed the news to residents by e-mail and post on Monday, officials said.',
  ])('keeps the sentence %j', (line) => {
    expect(matchBoilerplate(line)).toBeNull();
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

  it('keeps a headline and strips the site name glued before it', () => {
    expect(matchBoilerplate('Global Voices Online » Harbour workers strike for a third day')).toMatchObject({
      kind: 'prefix',
      prefix: 'Global Voices Online »',
      rest: 'Harbour workers strike for a third day',
      restKind: 'heading',
    });
  });

  it.each([
    'The minister said the newspaper would read more letters from its readers before deciding.',
    'Your support helps us to tell the story, the charity wrote in a letter to donors last year.',
    'The regulator said websites that use cookies without consent would be fined.',
    'Sign up to our newsletter, the protest group urged in leaflets that police said contained false claims about the vote and the count and the results and the observers and the ballots.',
    'Advertisement spending fell by a third in the first quarter.',
    'Follow the money, the auditor told the committee, and you will find the missing funds.',
    'The photo was taken on Tuesday, the agency said.',
    'Police arrested 3 of 12 suspects on Monday.',
    'Reuters reported the deal first, citing two people familiar with the talks.',
  ])('leaves the article sentence %j alone', (sentence) => {
    expect(matchBoilerplate(sentence)).toBeNull();
  });
});
