import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { parseUserOutlets } from './user-outlets';

describe('outlets a user adds', () => {
  it('are marked like registered ones, under their canonical name, once added', () => {
    const text = 'The talks failed, the Voice of the Hills radio said on Monday.';
    expect(analyze(text).filter((f) => f.layer === 'state-media')).toEqual([]);
    const { outlets, problems } = parseUserOutlets([{ name: 'Voice of the Hills', country: 'XK', kind: 'radio', aliases: ['VOTH'] }]);
    expect(problems).toEqual([]);
    const found = analyze(text, { extraOutlets: outlets }).filter((f) => f.layer === 'state-media');
    expect(found).toMatchObject([{ outlet: 'Voice of the Hills', country: 'XK', typology: 'SC' }]);
    expect(analyze('VOTH reported the strike.', { extraOutlets: outlets })).toMatchObject([{ layer: 'state-media', outlet: 'Voice of the Hills' }]);
  });

  it('leave an outlet the user marks as independent unmarked', () => {
    const { outlets } = parseUserOutlets([{ name: 'Hill Gazette', country: 'XK', typology: 'IP', kind: 'newspaper' }]);
    expect(analyze('The Hill Gazette reported the strike.', { extraOutlets: outlets })).toEqual([]);
  });

  it('reports bad entries one by one and keeps the good ones', () => {
    const { outlets, problems } = parseUserOutlets([
      { name: 'Good Radio', country: 'xk' },
      { country: 'XK' },
      { name: 'Bad Country', country: 'Kosovo' },
      { name: 'Bad Typology', country: 'XK', typology: 'state' },
      'just a string',
    ]);
    expect(outlets.map((o) => [o.name, o.country])).toEqual([['Good Radio', 'XK']]);
    expect(problems).toHaveLength(4);
    expect(parseUserOutlets({ name: 'x' }).problems).toEqual(['the outlet list must be a JSON array of outlets']);
  });
});
