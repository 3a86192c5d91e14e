import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { QuoteFinding } from '../../model/finding';
import { createTextContext } from '../text/text-context';
import { detectUnverified } from './detect-unverified';

/** A quote finding over the first occurrence of `exact`, as the quote detector would report it. */
function quoteOf(text: string, exact: string): QuoteFinding {
  const start = text.indexOf(exact);
  if (start < 0) throw new Error(`no ${exact} in ${text}`);
  return { layer: 'quote', start, end: start + exact.length, text: exact, ruleId: 'quote/test', message: 'A test quote.' };
}

/** Each finding as one line: kind, cue and the marked text. */
function marks(text: string, quotes: readonly QuoteFinding[] = []): string[] {
  return detectUnverified(createTextContext(text), quotes).map((f) => `${f.cueKind} [${f.cue}] ${f.text}`);
}

/** Only the marked texts. */
function spans(text: string, quotes: readonly QuoteFinding[] = []): string[] {
  return detectUnverified(createTextContext(text), quotes).map((f) => f.text);
}

describe('hearsay adverbs', () => {
  it('marks the sentence of "reportedly", leading adverbial included', () => {
    const text = 'On Thursday, Mr Kim had reportedly supervised the test launch of a new missile.';
    expect(marks(text)).toEqual([`hearsay-adverb [reportedly] ${text}`]);
  });

  it('marks allegedly, purportedly, supposedly and ostensibly', () => {
    for (const adverb of ['allegedly', 'purportedly', 'supposedly', 'ostensibly']) {
      expect(marks(`The money was ${adverb} sent abroad.`)).toEqual([`hearsay-adverb [${adverb}] The money was ${adverb} sent abroad.`]);
    }
  });

  it('marks an ALL-CAPS wire headline as a whole', () => {
    expect(marks('KIM REPORTEDLY ILL; AIDES SILENT\n\nThe leader was not seen on Friday.')).toEqual([
      'hearsay-adverb [REPORTEDLY] KIM REPORTEDLY ILL; AIDES SILENT',
    ]);
  });

  it('carries a rule id and a message a reader understands', () => {
    const [finding] = detectUnverified(createTextContext('The ship reportedly sank.'), []);
    expect(finding?.ruleId).toBe('unverified/hearsay-adverb');
    expect(finding?.message).toBe('"reportedly" signals a claim the article does not verify (hearsay adverb).');
  });
});

describe('distancing frames', () => {
  it('marks "what Pyongyang described as ..." as the noun phrase only', () => {
    const text = 'He visited a shipyard to inspect what Pyongyang described as an 8,700-tonne nuclear submarine.';
    expect(marks(text)).toEqual(['distancing-frame [described as] what Pyongyang described as an 8,700-tonne nuclear submarine']);
  });

  it('keeps a dotted abbreviation inside a "what X called" phrase', () => {
    expect(spans('He denounced what he called a U.S.-backed plot to kill him, and left.')).toEqual(['what he called a U.S.-backed plot to kill him']);
  });

  it('does not take "what is called" naming or "what he called for" as distancing', () => {
    expect(marks('What is called the Joint Security Area lies in the zone. That is what she called for on Monday.')).toEqual([]);
  });

  it('marks claimed, the noun "claim that" and a headline verb "claim"', () => {
    expect(spans('The rebels claimed that 40 soldiers had been killed.')).toEqual(['The rebels claimed that 40 soldiers had been killed.']);
    // The noun heads the claim: the phrase with its that-clause, not the verb that repeats it.
    expect(spans('He repeated his claim that the vote was rigged.')).toEqual(['his claim that the vote was rigged']);
    expect(spans('Houthis claim drone attack on airport\n\nThree people died.')).toEqual(['Houthis claim drone attack on airport']);
  });

  it('marks "an attack claimed by" as its noun phrase', () => {
    expect(spans('Three people died on Monday, police said, in an attack claimed by the movement.')).toEqual(['an attack claimed by the movement']);
  });

  it('ignores other senses of claim: lives, titles, insurance and paperwork', () => {
    const text = [
      'The storm claimed the lives of 12 people.',
      'Floods claimed more than 300 lives last year.',
      'Rovers claimed the National League North title on Saturday.',
      'Jobless claims rose last week.',
      'Insurers set up offices to handle claims.',
      'Claims for compensation rose.',
      'He claimed asylum in 2019.',
    ].join(' ');
    expect(marks(text)).toEqual([]);
  });

  it('ignores money claimed, bankruptcy claimed and what someone only could claim', () => {
    const text = [
      'Passengers could claim between 150 euros and 300 euros.',
      'The firm may claim bankruptcy protection in the US.',
      'The largest claims came from the US.',
      'The attacks pushed claims up to $37bn.',
      'What other politician can claim this?',
      'My hob was written off and I claimed through its care plan.',
    ].join(' ');
    expect(marks(text)).toEqual([]);
  });

  it('ignores a claim to land: claimed territory, waters and sovereignty', () => {
    const text = [
      'The army aims to take the whole province, the claimed territory of its proxies, by spring.',
      'Both states kept claiming sovereignty over the islands for decades.',
      'Patrols entered the claimed waters twice.',
    ].join(' ');
    expect(marks(text)).toEqual([]);
    expect(spans('The rebels claimed land mines had been laid by the army.')).toHaveLength(1);
  });

  it('reads a claim noun with its content clause, and "claims to" as a verb', () => {
    expect(spans('He resigned amid claims they were paid, officials said.')).toEqual(['amid claims they were paid']);
    expect(spans('It says the war is far from over and claims to have shot down a plane.')).toEqual([
      'the war is far from over and claims to have shot down a plane.',
    ]);
  });

  it('marks "the fraud that X claims" but not a relative clause about claims as nouns', () => {
    expect(spans('Reviews found no evidence of the widespread fraud that President Trump claims.')).toEqual([
      'the widespread fraud that President Trump claims.',
    ]);
    expect(marks("Taiwan, which rejects Beijing's sovereignty claims, says only its people decide.")).toEqual([]);
  });

  it('marks a claim noun whose content clause follows without "that"', () => {
    expect(spans('The army denied the claim Al-Ghoul was a member of the group.')).toEqual(['the claim Al-Ghoul was a member of the group']);
    expect(spans('The study dismissed suggestions the virus was created by humans, officials said.')).toEqual(['suggestions the virus was created by humans']);
    expect(marks('Scientists dismissed her claims and said there is no evidence of it.')).toEqual([]);
  });

  it('ignores a noun "claim" that only points back, and negated claims', () => {
    expect(marks('The claim was carried by the agency within minutes. No group has claimed responsibility. The army did not claim any gains.')).toEqual([]);
  });

  it('marks passive belief frames, with or without their auxiliary', () => {
    expect(marks('He is believed to be in hiding. A man said to be his aide fled.')).toEqual([
      'distancing-frame [is believed to be] He is believed to be in hiding.',
      'distancing-frame [said to be] A man said to be his aide fled.',
    ]);
    expect(marks('It is understood that the deal is close. It was believed the shipment was lost.')).toHaveLength(2);
  });

  it('marks agentless "seen as", "hailed as" and "touted"', () => {
    expect(
      marks('The summit was widely seen as a victory. The tank was hailed as a breakthrough. The government has touted solar parks as a solution.'),
    ).toEqual([
      'distancing-frame [was widely seen as] The summit was widely seen as a victory.',
      'distancing-frame [hailed as] The tank was hailed as a breakthrough.',
      'distancing-frame [touted] The government has touted solar parks as a solution.',
    ]);
  });

  it('leaves plain attribution and agent frames unmarked', () => {
    const text = [
      'Officials said the talks had stalled.',
      'Western diplomats said the plan was dead.',
      'Analysts say the economy will shrink.',
      'Kim called the plan a crucial step.',
      'The minister described the attack as barbaric.',
      'He believed the war was lost.',
      'The region has seen as many as ten sieges.',
      'He said to reporters that he was tired.',
    ].join(' ');
    expect(marks(text)).toEqual([]);
  });

  it('takes "which they called" after a preposition as plain naming', () => {
    expect(marks('They sent letters in which they called the soldiers their brothers.')).toEqual([]);
    expect(spans('Troops began an offensive that they call a peace operation.')).toEqual(['an offensive that they call a peace operation.']);
  });

  it("leaves the writer's forecasts and modal hedges unmarked", () => {
    expect(marks('The move could raise tensions in May. Prices may rise, and talks might resume.')).toEqual([]);
  });

  it('marks the alleged and purported adjectives but not an allegation only referred to', () => {
    expect(marks('The alleged plot was foiled. The purported letter was shown. He dismissed the allegations as a show.')).toEqual([
      'distancing-frame [alleged] The alleged plot was foiled.',
      'distancing-frame [purported] The purported letter was shown.',
    ]);
  });
});

describe('explicit non-verification', () => {
  it('marks a stand-alone disclaimer as its sentence', () => {
    expect(marks('The footage could not be independently verified.')).toEqual([
      'non-verification [could not be independently verified] The footage could not be independently verified.',
    ]);
  });

  it('marks the disclaimer clause after ", but" and before a semicolon', () => {
    expect(spans('Officials said 20 people died, but the figure could not immediately be verified.')).toEqual([
      'the figure could not immediately be verified.',
    ]);
    expect(spans('Its report could not be independently confirmed; reporters were kept away.')).toEqual(['Its report could not be independently confirmed']);
  });

  it('marks a newsroom that could not verify, but not an official who did not confirm', () => {
    expect(marks('Reuters could not independently verify the claims.')).toHaveLength(1);
    expect(marks('Reuters could not confirm the report.')).toHaveLength(1);
    expect(marks('The General Staff did not confirm the loss of the village. Officials could not yet confirm the toll.')).toEqual([]);
  });

  it('marks "neither claim could be confirmed" although the noun is negated', () => {
    expect(marks('Neither claim could be independently confirmed.')).toEqual([
      'non-verification [Neither claim could be independently confirmed] Neither claim could be independently confirmed.',
    ]);
  });

  it('marks missing evidence and unconfirmed accounts', () => {
    expect(marks('The minister said, without providing evidence, that the vote was rigged.')).toHaveLength(1);
    expect(marks('He offered no evidence. No evidence was offered. Unconfirmed reports said the plant was hit.')).toHaveLength(3);
  });

  it('marks allegations not backed up by evidence', () => {
    expect(spans('Her allegations have not been backed up by any scientific papers.')).toHaveLength(1);
  });

  it('marks missing data as a disclaimer of its whole sentence', () => {
    const text = 'No detailed data on the trial has been publicly released, but the firm says the drug works.';
    expect(spans(text)).toEqual([text]);
    expect(marks('The firm released detailed data on the trial.')).toEqual([]);
  });

  it('does not take a confirmed appointment or an active perfect for a disclaimer', () => {
    expect(marks('She was not confirmed as minister. The Senate has not confirmed the nominee.')).toEqual([]);
  });
});

describe('anonymous sourcing', () => {
  it('marks withheld sources of every kind', () => {
    const sentences = [
      'The official spoke on condition of anonymity because he was not authorised to speak publicly.',
      'A person familiar with the matter said the deal would be signed.',
      'People with knowledge of the talks say progress is slow.',
      'According to sources, the president will resign.',
      'A source close to the president denied it.',
      'Insiders say the company is for sale.',
      'Unnamed officials said the talks would resume.',
      'An aide, who declined to be identified, said the minister would quit.',
    ];
    expect(spans(sentences.join(' '))).toEqual(sentences);
  });

  it('marks a source kept unnamed by law or not authorised to speak', () => {
    const sentences = [
      'An officer, who cannot be named for legal reasons, said the raid was planned.',
      'A guard who was not authorised to speak publicly said the gate was open.',
    ];
    expect(spans(sentences.join(' '))).toEqual(sentences);
    expect(marks('The law says a child cannot be named. The plan was not authorised by the board.')).toEqual([]);
  });

  it('keeps the whole sentence when a relative clause only withholds the source', () => {
    const text = 'A senior official, who asked not to be named, told the BBC that Kabul had been kept in the dark.';
    expect(spans(text)).toEqual([text]);
  });

  it('lets a withheld source in a closing tag back both clauses joined before it', () => {
    for (const text of [
      'The coach rang his captain on Friday, and the squad was told on Saturday, according to a person close to the club.',
      'The mill had a night shift last year, but that shift was cut in March, two workers said on condition of anonymity.',
      'The envoy left early, and the talks ended without a date, one of the sources told reporters.',
    ]) {
      expect(spans(text)).toEqual([text]);
    }
    // A disclaimer inside the second clause still marks only that clause.
    expect(spans('The agency gave no count, and its figure could not be independently verified.')).toEqual(['its figure could not be independently verified.']);
  });

  it('marks "speaking anonymously" but not something done anonymously', () => {
    expect(spans('An official, speaking anonymously, said the talks had failed.')).toEqual(['An official, speaking anonymously, said the talks had failed.']);
    expect(marks('Spammers rent bot nets to send junk mail anonymously.')).toEqual([]);
  });

  it('marks a source described in a relative clause', () => {
    const text = 'This source, who is in touch with the White House, said that Biden is open to it.';
    expect(spans(text)).toEqual([text]);
  });

  it('takes an insider for a source only as one', () => {
    expect(spans('Insiders say the firm is for sale. The plan, according to one insider, is dead.')).toHaveLength(2);
    expect(marks('A well-placed insider is the simplest way to break into a system.')).toEqual([]);
  });

  it('does not take an outlet named Insider for an insider', () => {
    expect(marks('The executive told Business Insider that sales fell.')).toEqual([]);
  });

  it('does not take supplies, places or trading for sources', () => {
    const text = [
      'Energy sources are scarce.',
      'The source of the leak is unknown.',
      'Open-source software is free.',
      'Two people close to the border were hurt.',
      'The firm was fined for insider trading.',
      'An unnamed man was arrested.',
    ].join(' ');
    expect(marks(text)).toEqual([]);
  });
});

describe('rumour and report', () => {
  it('marks rumours, speculation, vague reports and accusations', () => {
    const sentences = [
      'Rumours of a coup spread on Friday.',
      'Rumors swirled about his health.',
      'There is speculation that he is ill.',
      'Some reports suggest the leader is ill.',
      'According to unconfirmed reports, the plant was hit.',
      'Pressure grew, in addition to reports of leaders pushing him to quit.',
      'The governor has been accused of taking bribes.',
      'The government denied reports that troops had crossed the border.',
    ];
    expect(spans(sentences.join(' '))).toEqual(sentences);
  });

  it('marks suggestions without an owner, but not a proposal, a denial of any or a single suggestion', () => {
    expect(spans('There have been suggestions that the coach could be sacked.')).toEqual(['There have been suggestions that the coach could be sacked.']);
    expect(spans('Shares fell amid suggestions that the bank had hidden losses.')).toEqual(['amid suggestions that the bank had hidden losses']);
    expect(spans('Critics made suggestions that the park should close at night.')).toEqual([]);
    expect(spans('The mayor rejected suggestions that buses should be free.')).toEqual([]);
    expect(spans('There are no suggestions that the pupils were at risk.')).toEqual([]);
    expect(spans('Her suggestion that we walk home was ignored.')).toEqual([]);
  });

  it('marks vague reports opening a clause after a conjunction', () => {
    expect(spans('The talks were delayed because reports said the envoy was ill.').length).toBe(1);
  });

  it('marks an accusation by a named accuser as the predicate carrying it', () => {
    const cases: [string, string][] = [
      [
        'Human Rights Watch has accused Israel of using starvation as a weapon of war.',
        'Human Rights Watch has accused Israel of using starvation as a weapon of war.',
      ],
      ['The party criticised the comment, accusing him of an error of judgement and calling for an apology.', 'accusing him of an error of judgement'],
      [
        'The opposition announced a plan, accusing the president of being authoritarian and presiding over chaos.',
        'accusing the president of being authoritarian and presiding over chaos.',
      ],
      [
        'The comment was criticised by the Scottish National Party which accused him of encouraging young people to drink.',
        'which accused him of encouraging young people to drink.',
      ],
      [
        'The sanctions hit entities that finance the president, whom the opposition and the West accuse of rigging the election.',
        'whom the opposition and the West accuse of rigging the election.',
      ],
      [
        'The minister accused the Workers’ Party (WPK) of hiding money in foreign banks.',
        'The minister accused the Workers’ Party (WPK) of hiding money in foreign banks.',
      ],
      [
        'Egypt denied losing any aircraft and accused Col. Gadhafi’s government of inventing the incident.',
        'accused Col. Gadhafi’s government of inventing the incident.',
      ],
      [
        'Putin accused Western powers on Sunday of using Navalny to contain Russia, saying its successes irritated them.',
        'Putin accused Western powers on Sunday of using Navalny to contain Russia',
      ],
      [
        'Guaido has accused Maduro of rigging the election and has been recognised as leader by 50 countries.',
        'Guaido has accused Maduro of rigging the election',
      ],
      ['Iraq accused the inspectors of spying and threatened to halt their work.', 'Iraq accused the inspectors of spying'],
      ['He accused the minister of fraud, bribery and abuse of office, and resigned.', 'He accused the minister of fraud, bribery and abuse of office'],
      // A disputed charge marks its whole sentence, as the gold does for ", a charge Tehran rejects".
      ['He accused the minister of fraud, a charge she denies.', 'He accused the minister of fraud, a charge she denies.'],
    ];
    for (const [text, span] of cases) expect(spans(text), text).toEqual([span]);
    expect(marks('Hanoi has accused Peking of massing troops.')).toEqual(['distancing-frame [accused] Hanoi has accused Peking of massing troops.']);
  });

  it('marks blame laid by pointing the finger, but not when no one points it', () => {
    expect(spans('The blast killed four people, with the rebels pointing the finger at the army.')).toEqual(['the rebels pointing the finger at the army.']);
    expect(marks('Nobody pointed the finger at the police.')).toEqual([]);
  });

  it('marks a sentence that states what an accusation was', () => {
    const text = 'One of the accusations made against him by the opposition last year was that he ignored the floods.';
    expect(spans(text)).toEqual([text]);
    const long = 'One of the accusations made against him at the summit by both of his rivals last spring was that he lied.';
    expect(spans(long)).toEqual([long]);
    expect(marks('The insurance claims filed last year were that high.')).toEqual([]);
  });

  it('marks "is said to" before any verb, but not speech said to someone', () => {
    expect(spans('The new line is said to pass through the valley.')).toEqual(['The new line is said to pass through the valley.']);
    expect(marks('The theft was reported to police. The words were said to the crowd in Welsh.')).toEqual([]);
  });

  it('reads "described as on-site" as a frame, not the particle "on"', () => {
    expect(spans('The ministry announced what it described as on-site inspections of ships.')).toEqual(['what it described as on-site inspections of ships']);
  });

  it('marks the sentence of a figure passed on with no source given', () => {
    const text = 'The site said the deal was worth $80 million, though it gave no source for the figure.';
    expect(spans(text)).toEqual([text]);
  });

  it('marks the sentence a claim noun in apposition points back at', () => {
    const text = 'Russia said it had shot down 40 drones overnight, a claim that could not be independently verified.';
    expect(spans(text)).toEqual([text]);
    expect(spans('He repeated the claim that the vote was rigged.')).toEqual(['the claim that the vote was rigged']);
  });

  it('marks a trailing "X claims." tag but not the noun after a verb or determiner', () => {
    expect(spans('The ship sank in minutes, survivors claim.')).toEqual(['The ship sank in minutes, survivors claim.']);
    expect(marks('He denied wrongdoing, rejecting the claims. He called them baseless claims.')).toEqual([]);
  });

  it('reads a present "claims" with a noun phrase and no verb after it as "has", not "asserts"', () => {
    expect(marks('The old port claims one of the busiest markets in the region.')).toEqual([]);
    expect(marks('Our village claims a long tradition of weaving.')).toEqual([]);
    expect(marks('The club claims the oldest ground in the league.')).toEqual([]);
    expect(spans('The ministry claims a guard was hurt in the raid.')).toEqual(['The ministry claims a guard was hurt in the raid.']);
    expect(marks('The militia claims a victory over the army.')).toHaveLength(1);
  });

  it('leaves "alleged" naming a charge after a verdict or an admission unmarked', () => {
    expect(marks('The clerk was convicted of alleged forgery last spring.')).toEqual([]);
    expect(marks('The driver pleaded guilty to the alleged theft of a van.')).toEqual([]);
    expect(marks('The clerk was charged with alleged forgery last spring.')).toHaveLength(1);
  });

  it('marks agentless hedges with a vague agent, a presumed state and an estimate without its author', () => {
    const marked = [
      'The chef is believed by many to be the best in town.',
      'The sailor is presumed drowned after the storm.',
      'The new rocket is estimated to be behind most of the strikes.',
    ];
    for (const text of marked) expect(spans(text), text).toEqual([text]);
    expect(marks('The bridge is estimated to cost four million euros.')).toEqual([]);
  });

  it('ends a "what X called" phrase before a second noun phrase joined by "and"', () => {
    expect(spans('The union denounced what it called a “lockout” and a breach of the contract.')).toEqual(['what it called a “lockout”']);
    expect(spans('The union denounced what it called a “lockout” of its members.')).toEqual(['what it called a “lockout” of its members']);
  });

  it('leaves hearsay, allegations, agentless frames and vague reports in a question unmarked', () => {
    const asked = [
      'Did the coach reportedly quit before the final?',
      'Who benefits from the alleged leak?',
      'Is the singer said to be planning a comeback?',
      'Was the dam really breached, as some reports claim?',
      'How can the firm claim the product is safe when tests failed?',
    ];
    for (const text of asked) expect(marks(text), text).toEqual([]);
    expect(marks('The coach reportedly quit before the final.')).toHaveLength(1);
  });

  it('leaves a claim the writer only asks about unmarked', () => {
    expect(marks('Why did the army claim victory so early? Who claimed the attack?')).toEqual([]);
  });

  it('marks a claim disputed in the passive, "a claim denied by"', () => {
    const text = 'The rebels said they had downed a jet, a claim denied by the army.';
    expect(spans(text)).toEqual([text]);
  });

  it('leaves negated and questioned accusations alone, and keeps the passive and mutual ones as rumours', () => {
    expect(marks('Moscow did not accuse Kyiv of shelling the plant.')).toEqual([]);
    expect(marks('Has Moscow never accused Kyiv of shelling the plant?')).toEqual([]);
    expect(marks('Did Russia accuse Ukraine of shelling the plant?')).toEqual([]);
    expect(marks('The governor has been accused by prosecutors of taking bribes.')[0]).toMatch(/^rumour /);
    expect(marks('Moscow and Kyiv keep accusing each other of shelling the plant.')[0]).toMatch(/^rumour /);
    expect(spans('Three men accused of plotting a coup were freed.')).toEqual(['Three men accused of plotting a coup were freed.']);
    expect(spans('Lawyers for the accused said he was innocent of all charges.')).toEqual([]);
  });

  it('ends an accusation before a subordinate clause of the article’s own, and reads any letters in its object', () => {
    expect(spans('A spokesman accused the embassy of meddling after the mission distributed an alert to citizens.')).toEqual([
      'A spokesman accused the embassy of meddling',
    ]);
    expect(spans('The government has accused former president François Bozizé of plotting a coup.')).toHaveLength(1);
  });

  it('keeps a cue whose words span a short quote, since it starts and ends outside it', () => {
    const text = 'A court had accused the “former paratrooper” of running a narcotics business.';
    expect(spans(text, [quoteOf(text, '“former paratrooper”')])).toEqual([text]);
    const inside = 'He said: “They accused him of lying.”';
    expect(spans(inside, [quoteOf(inside, '“They accused him of lying.”')])).toEqual([]);
  });

  it('marks "some reports suggesting" and "reports emerging"', () => {
    expect(spans('Talks stalled on Monday, with some reports suggesting the envoy had left.')).toHaveLength(1);
    expect(spans('The shares fell after reports emerging that the bank would be sold.')).toHaveLength(1);
  });

  it('takes "reported" after a number as attributive only before a plural noun', () => {
    expect(spans('Two reported killings shook the city.')).toHaveLength(1);
    expect(marks('Of the 20 sectors surveyed, 13 reported growth.')).toEqual([]);
  });

  it('does not take an outlet named "… News" reporting for vague reports', () => {
    expect(marks('New York Daily News reports that the cases were confirmed.')).toEqual([]);
    expect(marks('Media reports say the cases were confirmed.')).toHaveLength(1);
  });

  it('ignores market speculation, a single news report and the absence of reports', () => {
    const text = 'Property speculation drove prices up. A screen shows a news report on the launch. There were no reports of damage.';
    expect(marks(text)).toEqual([]);
  });
});

describe('spans and scope', () => {
  it('makes one finding of several cues in one sentence', () => {
    expect(marks('Sources said the general had reportedly fled, a claim that could not be verified.')).toEqual([
      'anonymous-sourcing [Sources] Sources said the general had reportedly fled, a claim that could not be verified.',
    ]);
  });

  it('marks a "what X calls" phrase inside a headline as the phrase', () => {
    expect(spans('Adviser raises alarm about unveiling of what it calls nuclear sub\n\nThe adviser spoke on Friday.')).toEqual(['what it calls nuclear sub']);
  });

  it('marks a relative clause that carries the claim', () => {
    expect(spans('The girl, who is thought to be about 11 years old, has appeared at many events.')).toEqual(['who is thought to be about 11 years old']);
  });

  it('marks the reported complement rather than the speaker', () => {
    expect(spans('In Kosovo, refugees arriving in Macedonia said Serb police had purportedly ordered villages to leave.')).toEqual([
      'Serb police had purportedly ordered villages to leave.',
    ]);
  });

  it('keeps a subordinate clause after the cue with its main clause', () => {
    const text = 'It is believed to have been started by lightning, though the service said its inquiry was continuing.';
    expect(spans(text)).toEqual([text]);
  });

  it('marks the whole sentence when the cue is only a trailing or inserted attribution', () => {
    const trailing = 'Labour has already broken its promise on immigration, the Tories have claimed.';
    expect(spans(trailing)).toEqual([trailing]);
    const inserted = 'Nobody, he claimed, could picture the leader walking up Downing Street.';
    expect(spans(inserted)).toEqual([inserted]);
  });

  it('ends the clause at ", but" after the cue', () => {
    expect(spans('The group has not confirmed his death, but said on Wednesday he was present.')).toEqual(['The group has not confirmed his death']);
  });

  it('leaves out the appositive that describes a name', () => {
    expect(spans('He also claimed enemies have stirred up protests for Alexei Navalny, a critic who survived a poisoning last year.')).toEqual([
      'He also claimed enemies have stirred up protests for Alexei Navalny',
    ]);
  });

  it('marks a relative clause without "that" from its noun', () => {
    expect(spans('Abiy praised the troops on Monday even as the forces he claims to have defeated said they were fighting.')).toEqual([
      'the forces he claims to have defeated said they were fighting.',
    ]);
  });

  it('ends the clause at ", while" when a contrast with its own subject follows', () => {
    expect(spans('The mayor reportedly resigned, while his deputy took over the office on Monday.')).toEqual(['The mayor reportedly resigned']);
    const participle = 'The mayor reportedly resigned, while being questioned by police.';
    expect(spans(participle)).toEqual([participle]);
  });

  it('keeps a restrictive relative clause inside a claim noun’s content clause', () => {
    expect(spans('He rejected the accusation that the mayor is a crook who stole the funds.')).toEqual([
      'the accusation that the mayor is a crook who stole the funds',
    ]);
  });

  it('marks an appositive the cue opens between commas, not its whole sentence', () => {
    expect(spans('The tabloid, widely seen as a mouthpiece of the party, said the drills were a warning.')).toEqual([
      'widely seen as a mouthpiece of the party',
    ]);
    expect(spans('The man, believed to be in his forties, was arrested at the scene.')).toEqual(['believed to be in his forties']);
    expect(spans('The tabloid is widely seen as a mouthpiece of the party.')).toEqual(['The tabloid is widely seen as a mouthpiece of the party.']);
    const adverb = 'The depot, ostensibly run by the city, had served only buses for decades.';
    expect(spans(adverb)).toEqual([adverb]);
  });

  it('marks the clause after ", and" when a new subject follows', () => {
    expect(spans('Smith won the race, and his rival reportedly quit the sport.')).toEqual(['his rival reportedly quit the sport.']);
  });
});

describe('direct quotes', () => {
  it('does not mark cue words inside a quote span', () => {
    const text = '“There are contractors who allegedly paid bribes,” the mayor said.';
    expect(marks(text, [quoteOf(text, '“There are contractors who allegedly paid bribes,”')])).toEqual([]);
  });

  it('still marks a cue outside the quote in the same sentence', () => {
    const text = '"Kim is reportedly ill," a source said.';
    expect(marks(text, [quoteOf(text, '"Kim is reportedly ill,"')])).toEqual([`anonymous-sourcing [source] ${text}`]);
  });

  it('marks a cue word in quotes when no quote span covers it', () => {
    expect(marks('“It was reportedly hit,” she said.')).toHaveLength(1);
  });
});

const repoRoot = resolve(__dirname, '../../..');
const fixtures = resolve(repoRoot, '../shared/fixtures');
const fixturePath = join(fixtures, 'kcna-munitions.txt');

describe.skipIf(!existsSync(fixturePath))('the KCNA munitions article in ../shared/fixtures', () => {
  it('marks exactly the two gold claims, and nothing in the donation banner', () => {
    const text = readFileSync(fixturePath, 'utf8');
    expect(marks(text)).toEqual([
      'distancing-frame [described as] what Pyongyang described as an 8,700-tonne nuclear submarine',
      'hearsay-adverb [reportedly] On Thursday, Mr Kim had reportedly supervised the test launch of a new type of an air defence missile over the Sea of Japan.',
    ]);
  });
});

if (!existsSync(fixturePath)) {
  it.skip('needs ../shared/fixtures/kcna-munitions.txt beside the repository', () => {});
}

describe('hedges met in newscasts', () => {
  it('marks a charge with its content, a failure to offer proof and doubts raised about results', () => {
    expect(spans('The Senate opened the trial on a charge that he incited insurrection last month.')).toEqual([
      'a charge that he incited insurrection last month',
    ]);
    expect(spans('He was found guilty on charges of fraud.')).toEqual([]);
    expect(spans('The lawyer insisted there was fraud but failed to offer any tangible proof.')).toHaveLength(1);
    expect(spans('The news came after scientists raised doubts about the robustness of the results.')).toHaveLength(1);
    expect(spans('The news came after scientists raised doubts about the plan.')).toEqual([]);
  });

  it('marks the sentence of a doubt held about an assertion, as of a doubt cast on one', () => {
    const held = [
      'The island reported no new infections, although there is broad scepticism about the government’s claims.',
      'Analysts remain sceptical of the official casualty figures the ministry released on Friday.',
      'There are growing doubts over the company’s account of the outage that hit two million users.',
      'Diplomats voiced suspicion about reports that the envoy had already left the capital.',
      'Observers are skeptical about whether the ceasefire announced overnight will hold.',
    ];
    for (const text of held) expect(spans(text)).toEqual([text]);
  });

  it('leaves doubt about a plan or a person alone, and the writer’s own certainty', () => {
    expect(spans('There is no doubt about the results of the second round.')).toEqual([]);
    expect(spans('Residents voiced suspicion about the new ring road and its cost.')).toEqual([]);
    expect(spans('The minister faced questions about her travel during the lockdown.')).toEqual([]);
  });

  it('reads "that he calls for" as another verb, not as "what he calls"', () => {
    expect(spans('The president told the newspaper that he calls for the union to step up sanctions.')).toEqual([]);
  });

  it('does not mark a belief its holder is named for ("what they believed to be"), but marks the passive frame', () => {
    expect(spans('The sailors ate what they believed to be safe berries.')).toEqual([]);
    expect(spans('The sailors ate what she wrongly thought to be safe berries.')).toEqual([]);
    expect(spans('Divers found what is believed to be a Roman wreck.')).toEqual(['what is believed to be a Roman wreck']);
  });

  it('marks an agentless label in quotation marks, as agentless "hailed as", but not a named labeller or packaging', () => {
    expect(spans('The strikers, branded “wreckers” in the press, returned to work.')).toEqual(['branded “wreckers” in the press']);
    expect(spans('The levy was labelled "a tax on the poor" and dropped.')).toEqual(['The levy was labelled "a tax on the poor" and dropped.']);
    expect(spans('The levy was labelled "a tax on the poor" by the mayor.')).toEqual([]);
    expect(spans('The jars were labelled as organic.')).toEqual([]);
  });

  it('does not end a hedged noun phrase on "and"/"or" before a clause joined to it', () => {
    expect(spans('Nobody knows what led to the firm’s alleged losses or when they began.')).toEqual(['firm’s alleged losses or when they began']);
    expect(spans('Police are checking his alleged debts and when he paid them.')).toEqual(['his alleged debts and when he paid them']);
  });

  it('runs a hedged gerund through the list it takes, with or without a serial comma', () => {
    expect(spans('He was jailed for allegedly selling guns, ammunition and stolen cars to gangs.')).toEqual([
      'allegedly selling guns, ammunition and stolen cars to gangs',
    ]);
    expect(spans('She was fined for allegedly hiding cash, jewels, and art from the court.')).toEqual([
      'allegedly hiding cash, jewels, and art from the court',
    ]);
    // A comma that sets off the article's own words still ends it.
    expect(spans('He was held for allegedly hiding the gun, which police found on Monday.')).toEqual(['allegedly hiding the gun']);
  });

  it('marks a hedged bare plural after a preposition and a hedged gerund as their phrases', () => {
    expect(spans('The video showed the prime minister detailing alleged facets of the programme before naming him.')).toEqual([
      'alleged facets of the programme',
    ]);
    expect(spans('Police detained several managers of the mine, which was unfinished, for allegedly waiting a day to report the blast.')).toEqual([
      'allegedly waiting a day to report the blast',
    ]);
    expect(spans('The army alleged militants were hiding there.')).toEqual(['The army alleged militants were hiding there.']);
  });
});

describe('clause bounds after the cue', () => {
  it('ends a hedged clause at ", and" with a new subject, but not a disclaimer’s sentence nor "and that …"', () => {
    expect(spans('Critics note that the rebels are believed to keep close ties with the group, and a UN report said the ties remained strong.')).toEqual([
      'the rebels are believed to keep close ties with the group',
    ]);
    expect(spans('The footage could not be independently verified, and journalists have no access to the area.')).toEqual([
      'The footage could not be independently verified, and journalists have no access to the area.',
    ]);
    expect(spans('Shipping sources said some vessels were diverted, and that the closure had prompted panic buying.')).toEqual([
      'Shipping sources said some vessels were diverted, and that the closure had prompted panic buying.',
    ]);
  });

  it('separates clauses at "but" without a comma when a subject follows, on either side of the cue', () => {
    expect(spans('The board backed the deal but the chairman reportedly voted against it.')).toEqual(['the chairman reportedly voted against it.']);
    expect(spans('Police said the singer is suspected of tax fraud but no charges were filed.')).toEqual(['the singer is suspected of tax fraud']);
    // "not X but Y" joins words: the clause goes on.
    expect(spans('The fire was reportedly started not by lightning but by a cigarette.')).toEqual([
      'The fire was reportedly started not by lightning but by a cigarette.',
    ]);
  });

  it('marks the clause a withheld or unverified source is cited for, with the citation', () => {
    const text = 'The order was extended after crews found the firebreak had failed, according to an official who spoke on condition of anonymity.';
    expect(spans(text)).toEqual([text]);
  });

  it('keeps a wh-clause after a preposition inside an accusation', () => {
    const text = 'She has accused Beijing of lying about when it learned of the infection and engaging in a cover-up.';
    expect(spans(text)).toEqual([text]);
  });

  it('does not read a claim to land as an assertion', () => {
    expect(spans('Beijing claims democratically governed Taiwan as its own territory.')).toEqual([]);
    expect(spans('The group claims the attack killed 20 soldiers.')).toHaveLength(1);
    // Every form of the verb: "claim" and "claims" as "claimed" and "claiming".
    expect(spans('The navy has moved to claim territory in the bay.')).toEqual([]);
    expect(spans('The fishing fleet claims waters off the cape for itself.')).toEqual([]);
  });
});

describe('more newscast hedges', () => {
  it('marks blame without an owner, and ends a claim before a participle of speech', () => {
    expect(spans('The group is being blamed for a deadly rocket attack in Kabul on Saturday.')).toEqual([
      'The group is being blamed for a deadly rocket attack in Kabul on Saturday.',
    ]);
    expect(spans('The group was not blamed for the attack.')).toEqual([]);
    expect(spans('The militant group claimed responsibility, saying that the prime minister was the target.')).toEqual([
      'The militant group claimed responsibility',
    ]);
  });

  it('does not take a worry about appearances for a claim', () => {
    expect(spans('Some are reluctant to be seen as jumping the line.')).toEqual([]);
    expect(spans('The deal is widely seen as a setback for the West.')).toHaveLength(1);
  });
});

describe('disputed and unverifiable claims', () => {
  it('marks a claim noun after a preposition as its noun phrase, not the clause that frames it', () => {
    expect(spans('He stirred up his fans with claims that the match was fixed, then led them onto the pitch.')).toEqual(['claims that the match was fixed']);
    expect(spans('The club was fined on allegations that it paid the referee.')).toEqual(['allegations that it paid the referee']);
  });

  it('marks an opening participle clause that holds the cue, as an opening subordinate clause', () => {
    expect(spans("Arrested in May for allegedly 'selling secrets to a rival', the engineer says he is innocent and will appeal.")).toEqual([
      "Arrested in May for allegedly 'selling secrets to a rival'",
    ]);
  });

  it('marks a frame that opens its sentence as a participle phrase up to its comma, not the main clause after it', () => {
    expect(spans('Believed to be in his late 60s, the bishop has led the diocese since 2009.')).toEqual(['Believed to be in his late 60s']);
    expect(spans('Said to be the largest private art collection in Asia, it was moved to a bunker last spring.')).toEqual([
      'Said to be the largest private art collection in Asia',
    ]);
    expect(spans('Thought to have crossed the border with two aides, Mr Okafor has not been seen since June.')).toEqual([
      'Thought to have crossed the border with two aides',
    ]);
    expect(spans('Touted as a cure for every ache, the tonic sold out in a week.')).toEqual(['Touted as a cure for every ache']);
    expect(spans('Widely seen as the next party leader, she declined to comment on the vote.')).toHaveLength(1);
    expect(spans('Seen as a safe pair of hands by his rivals, Petrov took over the ministry in March.')).toEqual([
      'Seen as a safe pair of hands by his rivals',
    ]);
    expect(spans('Rumoured to be worth more than $2bn, the firm is still run from a garage.')).toEqual(['Rumoured to be worth more than $2bn']);
  });

  it('keeps the whole sentence when the opening frame has no main clause of its own after a comma', () => {
    const noComma = 'Believed to be hiding in the hills with a handful of loyal fighters and short of food.';
    expect(spans(noComma)).toEqual([noComma]);
    const adverb = 'Reportedly, the convoy turned back at the second checkpoint before dawn.';
    expect(spans(adverb)).toEqual([adverb]);
  });

  it('takes a verb right after "charges that" for a relative clause about the charges, not a claim', () => {
    expect(spans('The jury cleared him of fraud charges that could have cost him his licence.')).toEqual([]);
    expect(spans('He faces a charge that he lied to the inquiry.')).toHaveLength(1);
  });
  it('marks the claim a denial verb takes with its content, from the noun phrase on, with or without "that"', () => {
    expect(spans('The coach has dismissed reports he asked the club to sell him before the season ends.')).toEqual([
      'reports he asked the club to sell him before the season ends',
    ]);
    expect(spans('The ministry was quick to play down any suggestion that the fires were set on purpose.')).toEqual([
      'any suggestion that the fires were set on purpose',
    ]);
    expect(spans('The band denied rumours that they had split.')).toEqual(['rumours that they had split']);
    expect(spans('She rejected the suggestion as unfair. He denied the reports.')).toEqual([]);
  });
  it('marks a sentence whose claim another party denies, an unverifiable claim and a supposed one', () => {
    const disputed = 'Israel says the group uses hospitals as shields, a claim Hamas denies.';
    expect(spans(disputed)).toEqual([disputed]);
    expect(spans('The claim was not immediately verifiable.')).toHaveLength(1);
    expect(marks('The supposed victory was celebrated in the capital.')).toEqual([
      'distancing-frame [supposed] The supposed victory was celebrated in the capital.',
    ]);
    expect(spans('He was supposed to arrive on Monday.')).toEqual([]);
  });
});

describe('headlinese', () => {
  it('reads "reported" as attributive after a preposition, as headlines drop the article', () => {
    const headline = 'Journalists killed in reported Israeli airstrike in Gaza, network says';
    expect(marks(headline)).toEqual([`distancing-frame [reported] ${headline}`]);
    expect(spans('Two men were arrested in reported raids on Tuesday.')).toHaveLength(1);
  });
});

describe('reports and confirmation without an owner', () => {
  it('marks a passive "reported" with its state', () => {
    const text = 'Dozens are reported dead in the port where rebels are fighting.';
    expect(marks(text)).toEqual([`distancing-frame [reported dead] ${text}`]);
    expect(spans('Two were reported killed by police in the clash.')).toHaveLength(1);
    expect(spans('The ministry reported dead fish in the lake.')).toEqual([]);
  });
  it('marks one report of no one, not a report with its owner', () => {
    const text = 'A report suggests that the agency e-mailed an expert for help.';
    expect(marks(text)).toEqual([`rumour [report suggests] ${text}`]);
    expect(spans('A report by Amnesty says the jail is full.')).toEqual([]);
  });
  it('marks reports that are emerging', () => {
    expect(spans('This morning reports are emerging that the plant was hit by malware.')).toHaveLength(1);
  });
  it('marks "there is no confirmation that"', () => {
    const text = 'There is no confirmation that the e-mail is real.';
    expect(marks(text)).toEqual([`non-verification [no confirmation] ${text}`]);
  });
  it('marks the writer passing on what he is told', () => {
    const text = 'In those years, we are told, the party held one goal above all.';
    expect(marks(text)).toEqual([`distancing-frame [we are told] ${text}`]);
    expect(spans('We were told to leave the building.')).toEqual([]);
  });
  it('marks the whole sentence an inverted tag with a withheld source closes', () => {
    const text = 'The deal is done, said a person familiar with the talks.';
    expect(spans(text)).toEqual([text]);
    expect(spans('The ministry said the figure could not be confirmed.')).toHaveLength(1);
  });
  it('marks the whole sentence a withheld source tags at its end', () => {
    const text = 'Police held one man on suspicion of assault, a senior officer said on condition of anonymity because he could not speak to reporters.';
    expect(spans(text)).toEqual([text]);
  });
});

describe('claim boundaries around quotation marks and content clauses', () => {
  it('keeps the comma and closing mark of a quotation the clause ends in', () => {
    const text = 'In this case, the note allegedly sent by the staff named "Thunderstruck," which made some doubt it.';
    expect(spans(text)).toEqual(['the note allegedly sent by the staff named "Thunderstruck,"']);
  });
  it('marks an amount called "reported"', () => {
    expect(marks('Lopez earned $12 million; Aguilera negotiated a reported $10 million for the third season.')).toHaveLength(1);
    expect(spans('The company reported 13 percent growth last year.')).toEqual([]);
  });
  it('runs a quoted claim on past the commas and "and" inside its quotation marks', () => {
    const clause =
      'Despite this, in the film, the clerk supposedly claims that “the whole archive was moved to the capital, and the copies went only to the ministry.”';
    expect(spans(clause)).toEqual([clause.slice(clause.indexOf('the clerk'))]);
    const noun = 'The host pushed back on the mayor’s claim that staff “say, after one week, you can skip the audit.”';
    expect(spans(noun)).toEqual(['mayor’s claim that staff “say, after one week, you can skip the audit.”']);
    // The quotation closed, ", but" still ends the claim.
    expect(spans('The group claimed “the town has fallen, and the army has fled,” but the army said it held the centre.')).toEqual([
      'The group claimed “the town has fallen, and the army has fled,”',
    ]);
  });
  it('does not open the claim at a dash or comma inside a quotation before the cue', () => {
    const text =
      'The coach told the striker: “Show me who ran more, and your – like my brother, I trust your legs” according to a source familiar with the talk.';
    expect(spans(text)).toEqual([text.slice(text.indexOf('“'))]);
  });
  it('runs a claim phrase on past an abbreviation’s full stop', () => {
    expect(spans('We asked for backup for the claim that the Jan. 6 committee burned all the evidence, but got no answer.')).toEqual([
      'the claim that the Jan. 6 committee burned all the evidence',
    ]);
    expect(spans('He rejected what he called Gov. Smith’s reckless plan for the port.')).toEqual(['what he called Gov. Smith’s reckless plan for the port']);
  });
  it('runs a rumour’s that-clause on through its "because" clause', () => {
    const text = 'The band have denied rumours that they left the label because they were refused a large payment, their manager said.';
    expect(spans(text)).toEqual(['rumours that they left the label because they were refused a large payment']);
  });
});

describe('claims filed with a tribunal or court', () => {
  it('does not mark an unfair dismissal or discrimination claim', () => {
    expect(spans('Engineer wins unfair dismissal claim after manager told her to leave')).toEqual([]);
    expect(spans('She filed a discrimination claim against the firm.')).toEqual([]);
    expect(spans('He claims the firm sacked him unfairly.')).toHaveLength(1);
  });
});

describe('owner-less reports in titles and closing tags', () => {
  it('marks a page title that opens its headline with "Reports:"', () => {
    expect(marks('The Daily | Reports: Firm to cut up to 2,000 jobs')).toEqual(['rumour [Reports] The Daily | Reports: Firm to cut up to 2,000 jobs']);
    expect(spans('He read the reports: nothing new.')).toEqual([]);
  });
  it('marks a sentence closed by ", reports said" and its day', () => {
    const text = 'The firm is preparing to cut up to 2,000 jobs, reports said Sunday.';
    expect(spans(text)).toEqual([text]);
  });
});

describe("a fact-check's section labels", () => {
  it('does not mark a heading that is the cue word alone, but marks the claim a label introduces', () => {
    const text = 'Claim\n\nThe moon is made of cheese.\n\nRumours:\n\nThe mayor has left.\n\nClaim: The lake is drying up.';
    expect(spans(text)).toEqual(['Claim: The lake is drying up.']);
  });
});

describe('a hedging adjective whose noun begins like a function word', () => {
  it('marks only the object noun phrase when the noun starts with "at", "in", "to", "i" or "he"', () => {
    expect(spans('Reporters questioned the minister about the alleged attack on the depot, asking who had ordered it.')).toEqual([
      'the alleged attack on the depot',
    ]);
    expect(spans('The committee looked into his alleged involvement in the scheme, which began in May.')).toEqual(['his alleged involvement in the scheme']);
    expect(spans('Lawyers for the family filed papers over the alleged torture of two detainees.')).toEqual(['the alleged torture of two detainees']);
    expect(spans('The envoy was summoned over an alleged Israeli strike near the border, officials said.')).toEqual([
      'an alleged Israeli strike near the border',
    ]);
    expect(spans('Investigators are still piecing together the purported heist at the museum, which closed for a week.')).toEqual([
      'the purported heist at the museum',
    ]);
  });
  it('keeps the verb reading when a real function word follows', () => {
    const inCourt = 'The widow alleged in court that the guards had beaten her husband.';
    expect(spans(inCourt)).toEqual([inCourt]);
    const toReporters = 'The contractor alleged to reporters that the tender had been rigged.';
    expect(spans(toReporters)).toEqual([toReporters]);
  });
});

describe("an editor's square brackets inside a hedged phrase", () => {
  it('runs the phrase on through the bracketed insertion', () => {
    expect(spans('Troops moved north following alleged raids by [the rebel] Northern Front units on two army posts.')).toEqual([
      'alleged raids by [the rebel] Northern Front units on two army posts',
    ]);
    expect(spans('He denounced what he called [the council’s] reckless plan for the harbour.')).toEqual([
      'what he called [the council’s] reckless plan for the harbour',
    ]);
    expect(spans('She rejected the claim that her firm [Acme] had hidden losses from auditors, her lawyer said.')).toEqual([
      'rejected the claim that her firm [Acme] had hidden losses from auditors',
    ]);
    expect(spans('Villagers fled amid reports of [government] shelling near the river on Sunday.')).toHaveLength(1);
    expect(spans('Prosecutors reopened the file on the alleged killings of [local] farmers in the valley last year, the report said.')).toEqual([
      'the alleged killings of [local] farmers in the valley last year',
    ]);
  });
  it('still ends a phrase at a parenthesis', () => {
    expect(spans('Police examined the alleged weapon (a kitchen knife) on Friday.')).toEqual(['the alleged weapon']);
    expect(spans('He criticised what he called a sham (in his words) before leaving.')).toEqual(['what he called a sham']);
  });
});

describe('a trailing tag whose source is a longer noun phrase', () => {
  it('marks the whole sentence a long source closes with a one-word cue verb', () => {
    for (const text of [
      'The dam was built without permits, a group of local farmers has alleged.',
      'The vote was rigged in three districts, the campaign office of the opposition leader claimed.',
      'The ship was carrying weapons, a spokesman for the Houthi movement in Sanaa claimed.',
      'The factory had been dumping waste into the river for years, a lawsuit filed by residents on Monday alleges.',
      'The hospital was hit twice on Tuesday, two doctors working there at the time have since claimed.',
    ]) {
      expect(spans(text)).toEqual([text]);
    }
  });
  it('keeps the clause when the cue verb has an object or the words before it open a clause', () => {
    expect(spans('The talks collapsed on Friday, and a spokesman for the rebel delegation in Geneva claimed victory.')).toEqual([
      'a spokesman for the rebel delegation in Geneva claimed victory.',
    ]);
    expect(spans('The strike ended on Friday, which is what the union that represents the drivers had claimed.')).toEqual([
      'which is what the union that represents the drivers had claimed.',
    ]);
  });
});

describe('talk no one owns: an impersonal "it was being suggested"', () => {
  it('marks "it is/was/has been (also) (being) suggested" and an adverb before "being"', () => {
    for (const text of [
      'It has been suggested that the minister knew of the payments for months.',
      'It was being suggested in the capital that the talks had already failed.',
      'It had been suggested the bridge was unsafe long before it fell.',
      'It was also being suggested she had been kept at home as a punishment.',
      'It is now being suggested that the club will sell its stadium.',
    ]) {
      expect(marks(text)).toHaveLength(1);
      expect(spans(text)).toEqual([text]);
    }
    expect(spans('It was also being whispered that the general had fled abroad.')).toHaveLength(1);
  });
  it('does not mark a suggestion whose maker is named', () => {
    expect(spans('It was suggested by the chair that the council meet again in June.')).toEqual([]);
    expect(spans('He suggested it was time to go home.')).toEqual([]);
  });
});

describe('a withheld source an outlet "reports … as saying"', () => {
  it('marks the sentence of "<outlet> reports/quotes/has a … source as saying"', () => {
    for (const text of [
      'The Times reports a senior Labour source as saying the leader will stand down.',
      'One tabloid even has a palace source as saying the king is unwell.',
      'The broadcaster reports an intelligence source as stating that the convoy was hit.',
      'A local website quotes a police source as telling it the suspects were armed.',
    ]) {
      expect(spans(text)).toEqual([text]);
    }
    const quoted = '"We will not sign," the paper quotes a diplomatic source as saying.';
    expect(spans(quoted, [quoteOf(quoted, '"We will not sign,"')])).toEqual([quoted]);
  });
  it('does not mark a named speaker or another sense of "source"', () => {
    expect(spans('The minister quoted the source of the river as a symbol of renewal.')).toEqual([]);
    expect(spans('The paper quoted Mr Smith as saying the plan was sound.')).toEqual([]);
  });
});

describe('an agentless "described as", as an agentless "seen as"', () => {
  it('marks a passive description with no one, or only a vague someone, owning it', () => {
    for (const text of [
      'The senator has been described as the most powerful man in the state.',
      'The regime is often described as one of the most secretive on earth.',
      'The troops were described by residents as drunk and aggressive.',
      'The area is described to have been a hub for smugglers for decades.',
      'Such groups are frequently described as fronts for organised crime.',
    ]) {
      expect(spans(text)).toEqual([text]);
    }
  });
  it('does not mark a description its author is named for, nor a wish to be described', () => {
    expect(spans('The new tower was described by its architect as a beacon.')).toEqual([]);
    expect(spans('She described the plan as reckless.')).toEqual([]);
    expect(spans('He wants to be described as a reformer.')).toEqual([]);
  });
});

describe('a causal ", as" clause with its own subject holds the claim', () => {
  it('marks the clause after ", as" when the cue is in it', () => {
    expect(spans('Schools stayed shut on Monday, as the teachers were reportedly still on strike.')).toEqual(['the teachers were reportedly still on strike.']);
    expect(spans('Prices kept rising in the capital, as suppliers are said to have cut deliveries.')).toEqual(['suppliers are said to have cut deliveries.']);
    expect(spans('The count was delayed again, as officials were allegedly counting ballots twice.')).toEqual([
      'officials were allegedly counting ballots twice.',
    ]);
    expect(spans('Traffic was halted for an hour, as he had reportedly left his car on the bridge.')).toEqual([
      'he had reportedly left his car on the bridge.',
    ]);
    expect(spans('The match was moved to Friday, as fans are thought to have planned a protest.')).toEqual(['fans are thought to have planned a protest.']);
  });
  it('keeps the sentence for ", as expected" and ", as well as", and a cue before ", as"', () => {
    for (const text of [
      'The mayor reportedly resigned, as expected by many in the council.',
      'The rebels allegedly seized the town, as well as two villages nearby.',
      'The mayor reportedly resigned, as the council was meeting.',
    ]) {
      expect(spans(text)).toEqual([text]);
    }
  });
});

describe('an opening subordinate clause ends where a second subject joins without a comma', () => {
  it('marks the subordinate clause up to "and/but <pronoun> <verb>"', () => {
    expect(spans('Although he was described as a moderate and he has held office for years, he lost the vote.')).toEqual([
      'Although he was described as a moderate',
    ]);
    expect(spans('While she is said to be ill and she has not appeared since May, the party insists she is well.')).toEqual(['While she is said to be ill']);
    expect(spans('Because they reportedly ran out of fuel and they were stranded, the crew called for help.')).toEqual([
      'Because they reportedly ran out of fuel',
    ]);
    expect(spans('When he was allegedly paid and he was seen leaving the bank, nobody stopped him.')).toEqual(['When he was allegedly paid']);
    expect(spans('Though the plant is believed to be safe but we have read the reports, residents remain worried.')).toEqual([
      'Though the plant is believed to be safe',
    ]);
  });
  it('keeps words joined by "and" inside the subordinate clause', () => {
    expect(spans('Although he was described as tall and handsome, he was rarely noticed by anyone.')).toEqual([
      'Although he was described as tall and handsome',
    ]);
    expect(spans('Although he reportedly met the envoy and the minister, he denied any talks.')).toEqual([
      'Although he reportedly met the envoy and the minister',
    ]);
  });
});

describe('a reduced relative "accused of / suspected of" after its noun', () => {
  it('marks the noun phrase the participle modifies with its complement, not the clause around it', () => {
    expect(spans('The swap freed a journalist, while Moscow got back two pilots and several men accused of smuggling arms.')).toEqual([
      'several men accused of smuggling arms.',
    ]);
    expect(spans('The ministry froze the assets of dozens of companies suspected of dodging sanctions.')).toEqual([
      'dozens of companies suspected of dodging sanctions.',
    ]);
    expect(spans('Guards kept him in a cell with gang members accused of murder and extortion.')).toEqual(['gang members accused of murder and extortion.']);
    expect(spans('Prosecutors charged a banker of dual Swiss-Lebanese citizenship suspected of laundering money for the cartel.')).toEqual([
      'a banker of dual Swiss-Lebanese citizenship suspected of laundering money for the cartel.',
    ]);
    expect(spans('In March 1920, thousands of villagers suspected of hiding rebels were deported.')).toEqual([
      'thousands of villagers suspected of hiding rebels',
    ]);
  });
  it('leaves a passive or a finite "accused" with its clause', () => {
    expect(spans('Police said the driver was accused of speeding through a red light.')).toEqual(['the driver was accused of speeding through a red light.']);
    expect(spans('The Kremlin on Monday accused the embassy of meddling in the vote.')).toEqual([
      'The Kremlin on Monday accused the embassy of meddling in the vote.',
    ]);
  });
});

describe('unofficial channels, counts and accounts cited for a claim', () => {
  it('marks the sentence "according to (some) unofficial …" backs', () => {
    for (const text of [
      'According to some unofficial Telegram channels, as many as 80 soldiers were killed.',
      'The strike killed 30 people, according to unofficial figures.',
      'According to unofficial estimates, turnout was below 40 percent.',
      'Prices doubled last month, according to unofficial accounts from traders in the capital.',
      'According to several unofficial military blogs, the unit lost two tanks near the river.',
    ]) {
      expect(spans(text)).toEqual([text]);
    }
  });
  it('does not mark an unofficial count its publisher is named for, nor "unofficial" without "according to"', () => {
    expect(spans('According to unofficial results released by the election commission, the mayor won.')).toEqual([]);
    expect(spans('The unofficial count showed the mayor ahead.')).toEqual([]);
  });
});

describe("a name's appositive after a withheld source's or a disclaimer's cue", () => {
  it('keeps the appositive: the source vouches for nothing in its sentence, the description included', () => {
    for (const text of [
      'Security sources said the raid targeted fighters of the Northern Brigade, a militia that had sworn loyalty to the rebels.',
      'Two officials who asked not to be named said the plane belonged to Sky Cargo, a firm which had been blacklisted in 2019.',
      'According to people familiar with the talks, the deal was brokered by Omar Haddad, a businessman who has known the president for decades.',
      'Citing an unnamed official, the paper said the shipment went to Nord Trade, a broker that sells arms to militias.',
      'It could not be independently verified that the order came from General Ruiz, a commander who reports to the minister.',
    ]) {
      expect(spans(text)).toEqual([text]);
    }
  });
  it('still leaves the appositive out of a claim a hedging word marks', () => {
    expect(spans('The mayor reportedly met Olga Petrova, a banker who funds the party.')).toEqual(['The mayor reportedly met Olga Petrova']);
    expect(spans('She alleged the funds were sent to Marco Verdi, an accountant who later fled abroad.')).toEqual([
      'She alleged the funds were sent to Marco Verdi',
    ]);
  });
});

describe('an agentless "considered" with a rank, as an agentless "seen as"', () => {
  it('marks a passive or reduced "considered" that places its subject first, best or among others', () => {
    for (const text of [
      'The general was considered one of the architects of the offensive in the east.',
      'This is considered the most advanced radar the navy has ever put to sea.',
      'The ferry, long overdue for repairs and considered among the least safe in the fleet, sank in March.',
      'Her first novel has been considered the best debut of the decade.',
    ]) {
      expect(spans(text)).toEqual([text]);
    }
    expect(spans('The new drone, considered the most accurate of its kind, was shown at the parade.')).toEqual(['considered the most accurate of its kind']);
  });
  it('does not mark a deliberation, an active "considered" with its agent, nor the writer’s own modal', () => {
    expect(spans('The committee considered the bid on Monday and rejected it.')).toEqual([]);
    expect(spans('The motion was considered the day after the vote.')).toEqual([]);
    expect(spans('This can still be considered a piece of news.')).toEqual([]);
  });
});

describe('reports someone watched or read', () => {
  it('leaves reports that are the object of a verb of seeing or reading alone', () => {
    expect(spans('A clip shows him cheering after watching news reports of the convoy crossing the border.')).toEqual([]);
    expect(spans('She learned of the fire while reading media reports on her phone in the lobby.')).toEqual([]);
    expect(spans('Viewers who saw news reports of the flood rang the station all night.')).toEqual([]);
    expect(spans('The mayor resigned after hearing press reports about the audit.')).toEqual([]);
    expect(spans('He kept scanning online reports of the strike for the names of his cousins.')).toEqual([]);
  });
  it('still marks reports of no one’s that pass a claim on', () => {
    const vague = 'News reports said the minister had already left the country by Friday.';
    expect(spans(vague)).toEqual([vague]);
    const after = 'The market fell after reports that the central bank would raise rates again.';
    expect(spans(after)).toHaveLength(1);
  });
});
