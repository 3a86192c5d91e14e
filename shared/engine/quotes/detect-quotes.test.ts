import { describe, expect, it } from 'vitest';
import type { QuoteFinding } from '../../model/finding';
import { createTextContext } from '../text/text-context';
import { detectQuotes } from './detect-quotes';

/** One line per finding, so a whole result is asserted in one comparison. */
function quotes(text: string): string[] {
  return detectQuotes(createTextContext(text)).map((finding: QuoteFinding) =>
    [finding.text, finding.ruleId, finding.speaker ?? '-', finding.speakerSurface ?? '-'].join(' | '),
  );
}

function spans(text: string): string[] {
  return detectQuotes(createTextContext(text)).map((finding) => finding.text);
}

describe('quotation marks', () => {
  it('marks a curly double quote with its marks and its speaker', () => {
    expect(quotes('“We will never give up our weapons,” Mr Kim said.')).toEqual(['“We will never give up our weapons,” | quote/curly-double | Kim | Mr Kim']);
  });

  it('marks straight double quotes', () => {
    expect(quotes('"The plan has failed," the minister said.')).toEqual(['"The plan has failed," | quote/straight-double | the minister | -']);
  });

  it('marks curly and straight single quotes', () => {
    expect(spans('‘We will fight on to the end’: Zelensky vows to defend every city')).toEqual(['‘We will fight on to the end’']);
    expect(spans("The mayor said 'we are doing everything we can' to help.")).toEqual(["'we are doing everything we can'"]);
  });

  it('marks guillemets in both directions, low-high quotes and corner brackets', () => {
    expect(quotes('«Nous ne céderons jamais à la pression», a déclaré le président.').map((l) => l.split(' | ')[1])).toEqual(['quote/guillemet']);
    expect(spans('Er sagte: »Wir werden das gemeinsam schaffen.«')).toEqual(['»Wir werden das gemeinsam schaffen.«']);
    expect(spans('Sie sagte: „Wir schaffen das ganz sicher.“')).toEqual(['„Wir schaffen das ganz sicher.“']);
    expect(spans('他说：「我们绝对不会让步」。')).toEqual(['「我们绝对不会让步」']);
  });

  it('ignores apostrophes inside words, before decades and in elisions', () => {
    expect(spans("It's Kim's plan from the '90s, rock 'n' roll and the ’90s, isn’t it?")).toEqual([]);
  });

  it('treats a straight double mark between two letters as an apostrophe in old wire copy', () => {
    expect(spans('ANKARA -- Turkey"s premier said "the border will stay closed for now," officials reported.')).toEqual([
      '"the border will stay closed for now,"',
    ]);
  });

  it('does not let a plural possessive close a single quote early', () => {
    expect(spans('He said ‘the workers’ rights come first in this country’ on Monday.')).toEqual(['‘the workers’ rights come first in this country’']);
  });

  it('keeps a stray mark from inverting the rest of the article', () => {
    const text = 'He held up a 5" screen and spoke.\n\n"We will win this war," he said.';
    expect(spans(text)).toEqual(['"We will win this war,"']);
  });

  it('keeps a quote inside a quote in the outer span', () => {
    expect(spans('“They told us ‘leave now’ and we left everything behind,” she said.')).toEqual(['“They told us ‘leave now’ and we left everything behind,”']);
  });

  it('marks one span per paragraph for a quote that runs over paragraphs', () => {
    const text = '“We will never give up our weapons.\n\n“They guarantee our survival,” Mr Kim added.';
    expect(quotes(text)).toEqual([
      '“We will never give up our weapons. | quote/curly-double | Kim | Mr Kim',
      '“They guarantee our survival,” | quote/curly-double | Kim | Mr Kim',
    ]);
  });

  it("pairs ``typewriter quotes'' from archive copy", () => {
    expect(quotes("``We will not retreat,'' Defense Minister Dmitry Yazov told the congress.")).toEqual([
      "``We will not retreat,'' | quote/straight-double | Dmitry Yazov | Defense Minister Dmitry Yazov",
    ]);
  });

  it('pairs quotes across the line breaks of hard-wrapped copy', () => {
    const text = 'The official said the delay "hurts American farmers first\nof all," according to the radio.';
    expect(spans(text)).toEqual(['"hurts American farmers first\nof all,"']);
  });
});

describe('what is not a quote', () => {
  it('skips titles of works', () => {
    expect(spans("Watch our latest documentary, 'The A Word', which shines a light on the story.")).toEqual([]);
    expect(spans('Fans of the film "Star Wars" queued overnight, the manager said.')).toEqual([]);
  });

  it('skips quoted names and labels even in a sentence with a speaker', () => {
    expect(spans('The US launched Operation "Desert Storm" in 1991, President Bush said.')).toEqual([]);
    expect(spans('Trump called him "Little Rocket Man" at the rally.')).toEqual([]);
  });

  it('skips speakerless scare quotes', () => {
    expect(spans('The so-called "peace plan" was rejected.')).toEqual([]);
    expect(spans('Critics mocked the "reform" for months.')).toEqual([]);
  });

  it('marks short quoted words only when the same sentence gives a speaker', () => {
    expect(quotes('He called the troops "liberators" and left.')).toEqual(['"liberators" | quote/straight-double | - | -']);
    expect(spans('The troops were "liberators" to some.')).toEqual([]);
  });
});

describe('speakers', () => {
  it('splits a quote interrupted by its cue into two spans with the same speaker', () => {
    expect(quotes('Foreign Minister Sergei Lavrov spoke. "When I use a word," he said, "it means just what I choose."')).toEqual([
      '"When I use a word," | quote/straight-double | Sergei Lavrov | he',
      '"it means just what I choose." | quote/straight-double | Sergei Lavrov | he',
    ]);
  });

  it('reads the inverted "said X" order', () => {
    expect(quotes('"We will respond with force," said Foreign Minister Sergei Lavrov.')).toEqual([
      '"We will respond with force," | quote/straight-double | Sergei Lavrov | Foreign Minister Sergei Lavrov',
    ]);
  });

  it('reads "according to X"', () => {
    expect(quotes('According to the statement, "the enemy will pay a heavy price."')).toEqual([
      '"the enemy will pay a heavy price." | quote/straight-double | the statement | -',
    ]);
  });

  it('names Y in "X quoted Y as saying" and X in "X was quoted as saying"', () => {
    expect(quotes('KCNA quoted Kim as saying "the nation must be ready for war."')[0]).toContain('| Kim |');
    expect(quotes('Kim was quoted as saying "the nation must be ready for war."')[0]).toContain('| Kim |');
  });

  it('reads a colon introduction', () => {
    expect(quotes('From the minister: "There will be no further talks this year."')).toEqual([
      '"There will be no further talks this year." | quote/straight-double | the minister | -',
    ]);
  });

  it('looks past an appositive to the name', () => {
    expect(quotes('Abu Khaled, a commander in the Front, told AFP that "the villages are empty now."')[0]).toContain('| Abu Khaled |');
  });

  it('resolves a pronoun and a role noun to the last named person', () => {
    const text = 'North Korean leader Kim Jong Un visited a factory. “We need more shells,” he said. The leader said “production must double this year.”';
    expect(quotes(text)).toEqual([
      '“We need more shells,” | quote/curly-double | Kim Jong Un | he',
      '“production must double this year.” | quote/curly-double | Kim Jong Un (the leader) | The leader',
    ]);
  });

  it('keeps the speaker for a follow-up quote with no cue', () => {
    const text = '"Our patience has limits," the statement said.\n\n"Any attack will be met with overwhelming force."';
    expect(quotes(text)).toEqual([
      '"Our patience has limits," | quote/straight-double | the statement | -',
      '"Any attack will be met with overwhelming force." | quote/straight-double | the statement | -',
    ]);
  });

  it('reads ALL-CAPS archive copy', () => {
    const text = 'SEOUL (AP) - NORTH KOREAN LEADER KIM JONG UN SAID "THE COUNTRY WILL BUILD MORE MISSILES THIS YEAR."';
    expect(quotes(text)[0]).toContain('| KIM JONG UN |');
  });

  it('says so when the article does not name a speaker', () => {
    const [finding] = detectQuotes(createTextContext('Thousands marched, and "we will not forget what happened here" was painted on every wall.'));
    expect(finding?.speaker).toBeUndefined();
    expect(finding?.message).toBe('Direct quote; the article does not say who said it.');
  });

  it('writes a message naming the speaker as the text does', () => {
    const [finding] = detectQuotes(createTextContext('“The sector is of paramount importance,” Mr Kim said.'));
    expect(finding?.message).toBe('Direct quote attributed to Mr Kim.');
  });

  it('takes the speaker from "in the words of X" right after the quote', () => {
    const text = 'Diplomats said the army had "taught the enemy a lesson," in the words of Deputy Premier Li Wei.';
    expect(quotes(text)[0]).toContain('| Li Wei |');
  });

  it('names the person in ",” X quoted Y, a role, as saying"', () => {
    const text = '“All of them asked for clemency,” the agency quoted the press secretary, Anna Berg, as saying.';
    expect(quotes(text)[0]).toContain('| Anna Berg |');
  });

  it('keeps lower-case particles inside names', () => {
    const text = 'Deputy Prime Minister Hassan el-Tohamy, one of the closest aides, described the mission as "a holy journey."';
    expect(quotes(text)[0]).toContain('| Hassan el-Tohamy |');
  });

  it('does not mistake an introductory phrase for an appositive', () => {
    const text = 'At headquarters in New York, a spokesman for the commission said the inspectors "have nothing to hide at all."';
    expect(quotes(text)[0]).toContain('| a spokesman |');
  });

  it('walks from a participle back to the subject of the sentence', () => {
    const text = 'The broadcaster aired an appeal for calm on Sunday, warning that "acts of vandalism" would be punished.';
    expect(quotes(text)[0]).toContain('| The broadcaster |');
  });

  it('reads "it" as the subject of its own clause', () => {
    const text = 'China’s military launched what it described as "joint patrols and exercises" on Saturday.';
    expect(quotes(text)[0]).toContain('| China’s military |');
  });

  it('treats a short quote used as a noun after "the" as a label, but not one that modifies a noun', () => {
    expect(spans('Mr Peskov told reporters that the “special military operation” was going to plan.')).toEqual([]);
    expect(spans('The ministry condemned the “terrorist” attack on Monday.')).toEqual(['“terrorist”']);
  });

  it('gives a quote inside the complement of a cue to that speaker, not to the outlet that reports it', () => {
    const text = 'President Xi Jinping told the gathering that China would "never seek hegemony or expansion," Xinhua said.';
    expect(quotes(text)[0]).toContain('| Xi Jinping |');
  });

  it('gives a quote that opens its clause to the cue that hugs it', () => {
    const text = 'The minister said talks had failed, and "we are ready to fight on," a rebel commander told AFP.';
    expect(quotes(text)[0]).toContain('| a rebel commander |');
  });
});
