import { describe, expect, it } from 'vitest';
import { readMojibakeSpaces } from './mojibake-spaces';

describe('readMojibakeSpaces', () => {
  it('reads "Â" before a space or a no-break space as a space, keeping every offset', () => {
    const text = 'officialÂ KCNAÂ news, Source:Â\u00a0AP';
    const read = readMojibakeSpaces(text);
    expect(read).toBe('official  KCNA  news, Source: \u00a0AP');
    expect(read).toHaveLength(text.length);
  });
  it('reads "Â" before a line end or at the end of the text as a space', () => {
    expect(readMojibakeSpaces('to account.Â\nNext.Â')).toBe('to account. \nNext. ');
  });
  it('leaves an "Â" inside a word alone', () => {
    expect(readMojibakeSpaces('CHÂTEAU and Âme')).toBe('CHÂTEAU and Âme');
  });
});
