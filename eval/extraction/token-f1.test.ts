import { describe, expect, it } from 'vitest';
import { meanScore, tokenScore, tokenize } from './token-f1';

describe('token-level extraction score', () => {
  it('counts words case-folded, punctuation as separators', () => {
    expect(tokenize('The Minister’s plan, in 2008: "No."')).toEqual(['the', 'minister', 's', 'plan', 'in', '2008', 'no']);
  });

  it('scores extra boilerplate against precision and missing text against recall', () => {
    const truth = 'the minister said the plan would fail';
    const withMenu = tokenScore(`${truth} home news sport`, truth);
    expect(withMenu.recall).toBe(1);
    expect(withMenu.precision).toBeCloseTo(7 / 10);
    const half = tokenScore('the minister said', truth);
    expect(half.precision).toBe(1);
    expect(half.recall).toBeCloseTo(3 / 7);
  });

  it('counts a repeated word only as often as the truth has it', () => {
    expect(tokenScore('the the the', 'the plan').precision).toBeCloseTo(1 / 3);
  });

  it('gives an empty extraction of a real page zero', () => {
    expect(tokenScore('', 'some text')).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it('averages per page', () => {
    expect(meanScore([tokenScore('a b', 'a b'), tokenScore('', 'a')]).f1).toBeCloseTo(0.5);
  });
});
