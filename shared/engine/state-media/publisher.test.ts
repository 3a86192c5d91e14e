import { describe, expect, it } from 'vitest';
import { identifyPublisher } from './publisher';

describe('the article’s own publisher', () => {
  it('is recognised from the canonical address, subdomains included', () => {
    expect(identifyPublisher({ text: 'Body.', url: 'https://sputnikglobe.com/20240101/story.html' })).toMatchObject({
      outlet: 'Sputnik',
      country: 'RU',
      typology: 'SC',
      evidence: 'url',
    });
    expect(identifyPublisher({ text: 'Body.', url: 'http://www.kcna.kp/en/article/q/1.kcmsf' })).toMatchObject({ outlet: 'KCNA', evidence: 'url' });
  });

  it('is recognised from a site name with a suffix', () => {
    expect(identifyPublisher({ text: 'Body.', site: 'Xinhua | English.news.cn' })).toMatchObject({ outlet: 'Xinhua', country: 'CN' });
  });

  it('is recognised from a wire tag in the dateline of plain-text copy', () => {
    expect(identifyPublisher({ text: 'Headline\n\nPYONGYANG, December 4 (KCNA) -- The leader visited a farm.' })).toMatchObject({
      outlet: 'KCNA',
      evidence: 'wire-tag',
    });
  });

  it('is null for an independent site and for a tag that names no outlet', () => {
    expect(identifyPublisher({ text: 'LONDON (Reuters) - Shares rose.', site: 'The Guardian', url: 'https://www.theguardian.com/world/1' })).toBeNull();
  });

  it('reports an independent public broadcaster with its own typology, so callers can tell it apart', () => {
    expect(identifyPublisher({ text: 'Body.', url: 'https://www.bbc.co.uk/news/world-1' })).toMatchObject({ outlet: 'BBC', country: 'GB', typology: 'IP' });
  });
});
