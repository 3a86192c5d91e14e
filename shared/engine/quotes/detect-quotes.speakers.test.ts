import { describe, expect, it } from 'vitest';
import { createTextContext } from '../text/text-context';
import { detectQuotes } from './detect-quotes';

/** Each quote's speaker, in text order ('-' when unattributed). */
function speakers(text: string): string[] {
  return detectQuotes(createTextContext(text)).map((finding) => finding.speaker ?? '-');
}

describe('speakers read from the sentence structure', () => {
  it('keeps a name with particles whole', () => {
    const text = 'Defence lawyer Pieter van der Berg spoke for an hour.\n\n“This case should never have reached a courtroom,” he said.';
    expect(speakers(text)).toEqual(['Pieter van der Berg']);
  });

  it('reads a month after a first name as a surname, also when the surname stands alone later', () => {
    const text =
      'The rescue was “a relief,” fire chief Daniel May told reporters.\n\n' +
      'The crew worked through the night, May said.\n\n' +
      '“We did not expect to find anyone alive after so long,” he said.';
    expect(speakers(text)).toEqual(['Daniel May', 'Daniel May']);
  });

  it('gives "they" the group that spoke in the sentence before', () => {
    const text =
      'A reporter called the family on Monday. Volunteers searched the valley, the mountain rescue club posted online. ' +
      '“Rain and low cloud” slowed the search, they said.';
    expect(speakers(text)).toEqual(['the mountain rescue club']);
  });

  it('lets a quote share the cue of a later quote in the same sentence', () => {
    const text = 'The old government was “obsessed with the past” as it “ignored the north” for years, Laura Stein said.';
    expect(speakers(text)).toEqual(['Laura Stein', 'Laura Stein']);
  });

  it('does not hand a later cue to a short label', () => {
    const text = 'The paper is now classed as “general reading” rather than “restricted” material, the ministry said.';
    expect(detectQuotes(createTextContext(text)).map((finding) => finding.text)).not.toContain('“general reading”');
  });

  it('skips a participle that ties a speaker to a place', () => {
    const text = 'Nurses working in the Kivu district said supplies “run out within hours of every delivery”.';
    expect(speakers(text)).toEqual(['Nurses']);
  });

  it('reads the subject after an opening time phrase', () => {
    const text = 'Two weeks later, Mayor Ana Ruiz met the union. “We want a fair deal for the drivers and for the city,” she said.';
    expect(speakers(text)).toEqual(['Ana Ruiz']);
  });

  it('gives a pronoun in a "what he called" clause to the sentence subject', () => {
    const text =
      'President Tom Carver praised the plan. Senator Lena Hoff – a longtime critic of the plan – has finished what she calls her “listening tour of the rural counties.”';
    expect(speakers(text)).toEqual(['Lena Hoff']);
  });

  it('resolves a definite role with qualifiers to the person just named', () => {
    const text = 'Marta Kowalczyk has rejected the budget.\n\nThe opposition leader said the plan was “a gift to the banks and nobody else”.';
    expect(speakers(text)).toEqual(['Marta Kowalczyk (the opposition leader)']);
  });

  it('gives a quote inside a statement to whoever made the statement', () => {
    const text = 'The governor’s claim that the bridge was “safe for decades to come” was challenged by engineers.';
    expect(speakers(text)).toEqual(['The governor']);
  });

  it('keeps "he" on the person whose clause reports another speaker', () => {
    const text =
      'Mayor Ana Ruiz took questions on Monday. Mr Ruiz denied Mr Lopez, his deputy, said the plan would "fail". ' +
      'He also said he expected the council to "back the plan in full when it votes next week".';
    expect(speakers(text)).toEqual(['Lopez', 'Ana Ruiz']);
  });

  it('hands the quote back to the person when a country is named inside their words', () => {
    const text = 'Spokesman Ned Carter said Washington has urged "free elections so that parliament can sit again."';
    expect(speakers(text)).toEqual(['Ned Carter']);
  });

  it('does not give a finished statement to the speaker of the next sentence', () => {
    const text =
      'Judge Paula Reyes warned of a backlog. "Hundreds of cases will wait another year. Nobody should accept that." ' +
      'Former minister Tom Bell said he opposed the reform.';
    expect(speakers(text)).toEqual(['Paula Reyes']);
  });

  it('takes the agent of a passive speech verb', () => {
    expect(speakers('The mayor was described by a close aide as “furious” with the council.')).toEqual(['a close aide']);
  });

  it('gives "went on television to say" to the sentence subject', () => {
    expect(speakers('And campaign chair Rosa Lind went on radio on Friday to say the senator was “absolutely” staying.')).toEqual(['Rosa Lind']);
  });

  it('names an unnamed source as a source, not as the person last named', () => {
    const text = 'Governor Ed Hale met donors. The source said Hale “could go either way” on the bill.';
    expect(speakers(text)).toEqual(['The source']);
  });

  it('passes over a bare day name between a subject and its verb', () => {
    expect(speakers('The campaign released a memo Friday saying there “is no plan for another nominee.”')).toEqual(['a memo']);
  });

  it('keeps titles out of a person named with "of" a place', () => {
    expect(speakers('US Sen. Ann Ruiz of Ohio said her office is “tracking the case closely.”')).toEqual(['Ann Ruiz']);
  });

  it('lets "they" stand for a group named in the plural', () => {
    const text =
      'And three other House Democrats – Reps. Ana Ruiz and Tom Bell among them – released a joint letter on Friday. ' +
      '“Passing the torch would change the race,” they said.';
    expect(speakers(text)).toEqual(['Democrats']);
  });
  it('gives a paragraph that is only a quote to the person the sentence before was about', () => {
    const text =
      'Engineers met on Monday.\n\n' +
      'Dr. Lena Hoff added there will be checks on every span that the crews will have to finish in stages, but the road will reopen on the date the council set for it.\n\n' +
      '"The point of the work is to keep the bridge open, and we fully expect to do that."\n\n' +
      'Mayor Tom Bell and his wife visited the site this morning.\n\n' +
      '"We were more than happy to see the crews at work."';
    expect(speakers(text)).toEqual(['Lena Hoff', 'Tom Bell']);
  });

  it('leaves a paragraph that is only a quote unattributed when the sentence before is about no person', () => {
    const text = 'Mayor Tom Bell spoke on Monday.\n\nThe storm flooded the lower town.\n\n"We have never seen water this high in the valley."';
    expect(speakers(text)).toEqual(['-']);
  });
  it('gives a quote after ", calling for" to the subject after a dateline, not to the outlet that relays it', () => {
    const text =
      '(LEAD) Ruiz tours copper plant in the north(ATTN: UPDATES with more details in para 8, photos)By Tom Bell LIMA, May 2 (Andina) -- ' +
      'President Ana Ruiz has toured a copper plant in the northern highlands, calling for the "steady and lasting" growth of the mining towns, ' +
      'state media reported Monday.';
    expect(speakers(text)).toEqual(['Ana Ruiz']);
  });
  it('reads past a quotation mark spoken aloud in a broadcast transcript', () => {
    const text = 'Foreign ministry spokesman Tom Bell told reporters, quote, "We repeat our call for the border to reopen to all trucks."';
    expect(speakers(text)).toEqual(['Tom Bell']);
  });
  it('keeps the speaker across a line of narration that brings in no one else', () => {
    const text =
      'Health chief Rosa Lind says she is worried about the winter. "Hospitals are close to full in the north."\n\n' +
      'Some people just stay at home. "It is sad to see so many people wait until they are very ill."';
    expect(speakers(text)).toEqual(['Rosa Lind', 'Rosa Lind']);
  });

  it('does not keep the speaker across narration that names someone else', () => {
    const text =
      'Health chief Rosa Lind says she is worried about the winter. "Hospitals are close to full in the north."\n\n' +
      'Tom Bell, Washington.\n\n"We are proud of every one of the nurses who came back to help."';
    expect(speakers(text)).toEqual(['Rosa Lind', '-']);
  });
  it('never gives a quote to the subject of a passive "was said to be"', () => {
    const text = 'Former leader Ivan Petrov, held at a prison outside the capital, was said to be "clearly upset" as the vote went ahead.';
    expect(speakers(text)).not.toContain('Ivan Petrov');
  });

  it('reads "disagrees" as the verb whose subject goes on speaking', () => {
    const text =
      'Dr. Ana Ruiz spoke on Sunday.\n\nPresident Tom Bell blames the states, Dr. Ruiz disagrees.\n\n' +
      '"You have to have a real partnership between the federal government and the states."';
    expect(speakers(text)).toEqual(['Ana Ruiz']);
  });

  it('does not give the clip after a hand-over to the correspondent who reports', () => {
    const text = 'Officials say a vaccine could be days away. AP\'s Ann Lee reports.\n\n"Help is on the way for every family in the country."';
    expect(speakers(text)).toEqual(['-']);
  });
  it('gives "X was quoted by an outlet as saying" to X, not to the outlet', () => {
    expect(speakers('Ruiz was quoted by the agency as saying the vote was "a great day for the whole region."')).toEqual(['Ruiz']);
  });

  it('gives "an outlet quoted X as condemning" to X, whatever the speech participle', () => {
    const text = 'The official agency quoted President Ana Ruiz as condemning "the reckless raids on our border towns."';
    expect(speakers(text)).toEqual(['Ana Ruiz']);
  });

  it('keeps a plural possessive inside the title of the person an outlet quoted', () => {
    const text = 'Its report quoted the farmers\' union chief as saying: "Nobody asked us before the prices were cut."';
    expect(speakers(text)).toEqual(["the farmers' union chief"]);
  });

  it('names a person by a place and a role, not by the place alone', () => {
    const text = 'Shares slid again. "Everyone is selling," said one Frankfurt broker. "Nobody wants to hold anything."';
    expect(speakers(text)).toEqual(['one Frankfurt broker', 'one Frankfurt broker']);
  });

  it('reads chairperson and housewife as roles that speak', () => {
    expect(speakers('The vote was close. "We expected worse," the board’s chairperson added.')).toEqual(['the board’s chairperson']);
    expect(speakers('"Prices doubled in a week," a Lyon housewife said.')).toEqual(['a Lyon housewife']);
  });

  it('gives the quote to the person, not to the place they stand in or on', () => {
    expect(speakers('"We are ready for anything," an officer aboard a frigate said.')).toEqual(['an officer']);
    expect(speakers('A nurse waiting outside a clinic said: "We have had no pay for two months."')).toEqual(['A nurse']);
  });

  it('takes no speaker from a gallery or link label before a colon, and lets "she" reach past it', () => {
    const text =
      'Singer Ana Ruiz confirmed the deal on Monday. "It will be fun to find new voices," Ruiz said.\n\n' +
      "Photos from Us: 'Star Search' judges, then and now\n\n" +
      '"I am working on my new album right now," she added.';
    expect(speakers(text)).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });

  it('does not read a "Read more:" link to another story as a quote with a speaker', () => {
    const text = 'The army shelled the town again.\n\nRead more: ‘They took everything’: life under siege';
    expect(speakers(text)).toEqual([]);
  });

  it('gives "she" after a quote the speaker named just before it, with no one else named since', () => {
    const text =
      'President Lee ordered a review of the army. That may be too much too soon. ”The reform lacked a goal,” wrote Anna Berg of the ' +
      'Baltic Institute, who added that the army is spread too thin. “The secrecy has led to costly mistakes,” she wrote.';
    expect(speakers(text)).toEqual(['Anna Berg', 'Anna Berg']);
  });

  it('reads "its final report" as a noun, not as a verb with a subject', () => {
    const text = 'The inquiry board said in its final report that the crew had "ignored every warning from the tower."';
    expect(speakers(text)).toEqual(['The inquiry board']);
  });

  it('gives a quote to the subject of a paragraph that introduces it with a colon', () => {
    const text = 'Union leader Maria Lopez addressed the crowd on Friday:\n\n"We will not go back to work until the company listens to us."';
    expect(speakers(text)).toEqual(['Maria Lopez']);
  });

  it('carries a single-quoted quote that a colon opens into the paragraph after it', () => {
    const text =
      "Councillor Tom Lane spoke in the debate.\n\nHe added: '£2 million for one presenter, and for what? Nobody needs that much.\n\n" +
      "'It is time the board put an end to it.'";
    expect(speakers(text)).toEqual(['Tom Lane', 'Tom Lane']);
  });

  it('gives a speech participle after the object of a preposition to the clause subject', () => {
    const text = 'Mayor Ann Cole has defended the actions of the neighbours saying "They have every right to be heard in this town," she said.';
    expect(speakers(text)).toEqual(['Ann Cole']);
  });

  it('lets "he" stand for the one person named in a sentence whose subject is a thing', () => {
    const text =
      'Rita Moss criticised the referee on Sunday.\n\n"He should never have been on the pitch," Ben Ford said of him. ' +
      'The claims were put to Moss after the next match. At first she said only: "I stand by every word I said last week."';
    expect(speakers(text)).toEqual(['Ben Ford', 'Rita Moss']);
  });

  it('resolves a nationality or an age that stands for the person last named', () => {
    const text =
      'Coach Rui Santos said he was disappointed. "We have to accept the result," the Portuguese said.\n\n' +
      "Singer Amy Hart has denied the rumours. The 39-year-old told fans: 'I am going nowhere.'";
    expect(speakers(text)).toEqual(['Rui Santos (the Portuguese)', 'Amy Hart (the 39-year-old)']);
  });

  it('gives the words of "a source close to" someone to the source', () => {
    const text = "Singer Amy Hart has denied the rumours. A source close to the singer said: 'She is upset by the stories.'";
    expect(speakers(text)).toEqual(['A source']);
  });

  it('reads a name after "DJ" as a person and "the … Awards announced" as no one', () => {
    const text =
      'DJ Sam Vale has said club music is not over. Last year the Music Awards announced a change. ' +
      'Vale agreed much had changed, but he stressed the scene was alive. "I still play every weekend," he told a radio show.';
    expect(speakers(text)).toEqual(['Sam Vale']);
  });

  it('follows "he" back through sentences that only go on about him', () => {
    const text =
      'Critic Ian Ford praised the idea. But Dave Lowe is doubtful. He wrote the first version of the software. ' +
      'Users rely on his work. He thinks the plan is too early.\n\n"It will not make much money," he says.';
    expect(speakers(text)).toEqual(['Dave Lowe']);
  });

  it('gives a quote left open where the next one opens the speaker of the next', () => {
    const text =
      '"It works," said Ann Bell.\n\nTom Reed, who wrote the software, has other plans. Users rely on it.\n\n' +
      '"We are the people doing it. "No plan will make much money," he says.';
    expect(speakers(text)).toEqual(['Ann Bell', 'Tom Reed', 'Tom Reed']);
  });

  it('reads past a picture aside in brackets between subject and verb', () => {
    const text = "Ann Lee (left) told the panel that her boss Tom Dale (right) also said: 'You will never be promoted here.'";
    expect(speakers(text)).toEqual(['Tom Dale']);
  });

  it('reads the subject past an acronym in brackets', () => {
    const text = 'The National Union of Nurses (NUN) said it would "fight the plans all the way".';
    expect(speakers(text)).toEqual(['The National Union of Nurses']);
  });

  it('reads an opinion verb inverted right after a quote as its cue', () => {
    const text = 'Radio host Ben Cole started the trend.\n\n"It is going to change the business for good," thinks Cole.';
    expect(speakers(text)).toEqual(['Ben Cole']);
  });

  it('gives a quote to "he" of the sentence before it, resolved to the person named', () => {
    const text =
      'Shop owner Jo Finch said: "We want in."\n\n' +
      'Radio host Ben Cole has 60,000 listeners. He is sure the ads will not be loud. "We will keep it small and friendly."';
    expect(speakers(text)).toEqual(['Jo Finch', 'Ben Cole']);
  });

  it('resolves a role to the bare name before it when no one was named with a title', () => {
    const text =
      'Maria Olsen has promised to halve waiting lists.\n\n' +
      'The minister told nurses the plan was funded. "We have made progress but there is more to do," she said.';
    expect(speakers(text)).toEqual(['Maria Olsen']);
  });

  it('gives a quote to the author named in "that was the verdict of X"', () => {
    const text = 'The inquiry report was published on Tuesday.\n\n"It was an avoidable failure" – that was the verdict of Judge Alan Ward.';
    expect(speakers(text)).toEqual(['Alan Ward']);
    const plural = 'The vote failed on Monday.\n\n"This is absurd." Those were the words of Prime Minister Keir Starmer after the count.';
    expect(speakers(plural)).toEqual(['Keir Starmer']);
  });
});

describe('speakers of participles, accounts and plural groups', () => {
  it('gives a participle to the subject of its clause when the sentence opens with a time phrase', () => {
    const text = 'On Tuesday, the day before the vote, Tom Hale raised the matter again, telling reporters on the plane: “We will not sign this bill.”';
    expect(speakers(text)).toEqual(['Tom Hale']);
  });

  it('gives "adding that" after a quote to the subject of the clause, past an appositive', () => {
    const text = 'The club’s captain, Ana Ruiz, described the season as “long and hard to bear,” adding that “the next one will be better for us.”';
    expect(speakers(text)).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });

  it('does not give a participle to a person named only inside an earlier clause', () => {
    const text = 'After Tom Hale left the hall, the crowd stayed on, chanting: “We want more.”';
    expect(speakers(text)).not.toContain('Tom Hale');
  });

  it('gives a quote in a sentence opened by "according to X" to X when the subject only acts', () => {
    const text = 'According to Paul Stone, a court expert on language, the man was urging an attack on the mayor, “and, in that sense, for violence.”';
    expect(speakers(text)).toEqual(['Paul Stone']);
  });

  it('keeps a quote that the subject says after "according to X" with the subject', () => {
    const text = 'According to the charge sheet, on May 3 the driver said, “I never saw the light turn red at all.”';
    expect(speakers(text)).toEqual(['the driver']);
  });

  it('gives "they" the people named by a plural role who spoke in the sentence before', () => {
    const text =
      'The firm’s case is “a sign of a much larger problem,” the researchers concluded. “The port is the main hub for the banned goods,” they wrote.';
    expect(speakers(text)).toEqual(['the researchers', 'the researchers']);
  });
});

describe('speakers of colon introductions, answers and groups', () => {
  it('gives a colon after "NAME, an expert from ORG" to the name, not the organisation', () => {
    const text = 'Her view was backed by Eva Holm, an expert from the Ministry of Justice: “The phrase is a call to action found in many textbooks.”';
    expect(speakers(text)).toEqual(['Eva Holm']);
  });

  it('still gives "From X:" to X', () => {
    const text = 'From the mayor: “We will reopen the bridge by the end of the month.”';
    expect(speakers(text)).toEqual(['the mayor']);
  });

  it('gives the answer to a quoted question to the person asked', () => {
    const text = '“Why did you stay so long?” the judge asked the witness.\n\n“Because nobody told me to leave the building before noon.”';
    expect(speakers(text)).toEqual(['the judge', 'the witness']);
  });

  it('does not pass a question on when no one is named as asked', () => {
    const text = '“Why did you stay so long?” the judge asked.\n\n“Because nobody told me to leave the building before noon.”';
    expect(speakers(text)[1]).not.toBe('the witness');
  });

  it('gives a bare quote paragraph to the group of people the sentence before is about', () => {
    const text = 'The mayor’s lawyers spoke to reporters after the ruling.\n\n“Of course, we will appeal to the higher court next month.”';
    expect(speakers(text)).toEqual(['The mayor’s lawyers']);
  });
});

describe('speakers owned by someone, and captions', () => {
  it('gives a participle after "Sam’s family" to the family, not to Sam', () => {
    const text = 'Sam Cole, 19, died in the crash on Friday.\n\nSam’s family paid tribute to him in a statement, describing him as “kind and brave”.';
    expect(speakers(text)).toEqual(['Sam’s family']);
  });

  it('resolves "They said:" to the family the sentence before is about', () => {
    const text =
      'Sam Cole, 19, died in the crash on Friday.\n\nSam’s family paid tribute to him in a statement released by police.\n\n' +
      'They said: “Sam was a gentle soul who loved his friends.”';
    expect(speakers(text)).toEqual(['Sam’s family']);
  });

  it('never makes "Sam’s mother" Sam himself', () => {
    const text = 'Sam Cole, 19, died in the crash on Friday.\n\n“He was a gentle soul,” Sam’s mother said.';
    expect(speakers(text)[0]).not.toContain('Sam Cole');
  });

  it('keeps a name as the subject when its possessive owns a thing', () => {
    const text = 'The bank named Ana Ruiz as its new chief on Monday.\n\nRuiz’s aim is to win back savers.\n\n“We must earn the trust of our customers again.”';
    expect(speakers(text)).toEqual(['Ana Ruiz']);
  });

  it('passes over a picture caption between a speaker and "She said:"', () => {
    const text =
      'Coroner Ian Holt said: “It was an accident.”\n\nAnna Bell, head coach at the gym, also praised Sam in a statement.\n\n' +
      'Sam pictured with his gloves at a tournament in 2019\n\nShe said: “Sam was our best player by a mile.”';
    expect(speakers(text)).toEqual(['Coroner Ian Holt', 'Anna Bell']);
  });

  it('does not take a short heading for a caption to step over', () => {
    const text = 'Anna Bell praised the team.\n\nCoach speaks out\n\nLater, Tom Reed spoke. “We were lucky today,” he said.';
    expect(speakers(text)).toEqual(['Tom Reed']);
  });

  it('refers a role back to the person introduced with a role of the same kind', () => {
    const text =
      'Harbour Air boss Tom Reyes has ruled out new routes until spring.\n\n' +
      'The chief executive officer said the wait “could well be longer” than hoped.\n\n' +
      'Ann Lee, a presenter with the network since 2012, wrote posts about the council.\n\n' +
      'The Leeds-based business journalist, who studied in York, mocked the plan.\n\n' +
      '“Nobody on the council has read the plan they voted for,” she wrote.';
    expect(speakers(text)).toEqual(['Tom Reyes (the chief executive officer)', 'Ann Lee']);
  });

  it('does not take a police officer for the chief executive officer', () => {
    const text = 'Harbour Air boss Tom Reyes spoke first.\n\nThe officer said the road would stay “closed for days” after the crash.';
    expect(speakers(text)).toEqual(['The officer']);
  });

  it('keeps an abbreviated rank of five letters inside the name after it', () => {
    const text = '“We had two crashes in half an hour,” said Provincial Police Const. Dave Wood.';
    expect(speakers(text)).toEqual(['Dave Wood']);
  });

  it('takes neither a discourse adverb nor a continent for a speaker', () => {
    const text = 'Meantime, in Asia, the leadership hailed the, quote, “extremely extraordinary glory,” end quote, of its record.';
    expect(speakers(text)[0]).not.toMatch(/Meantime|Asia/);
  });

  it('gives a bare answer paragraph to the interviewee, not to the label in the question before it', () => {
    const text =
      'I met Ivan Petro in a small office in Kyiv for this interview.\n\n' +
      '“We will not give up any land,” Petro said. “Our people live there.”\n\n' +
      'What about the towns the army calls “fortress cities”? Isn’t a truce, I asked, worth that price?\n\n' +
      '“I see this differently. I do not look at it simply as land.”';
    expect(speakers(text)).toEqual(['Ivan Petro', 'Ivan Petro', 'the army', 'Ivan Petro']);
  });

  it('hands a bare quote paragraph to the person who speaks after the quote before it', () => {
    const text =
      '“The defendant is acquitted,” Senator Paul Lee announced, while lead prosecutor Jamie Ross said the case was about more.\n\n' +
      '“This trial is about who we are,” and about what the country would accept.';
    expect(speakers(text)).toEqual(['Paul Lee', 'Jamie Ross']);
  });
});

describe('subjects that are things, and objects that are no subjects', () => {
  it('gives a partial quote to the inquiry that found it', () => {
    const text = 'A UN investigation into the raids found that the army was guilty of “systematically driving people from their homes.”';
    expect(speakers(text)).toEqual(['A UN investigation']);
  });

  it('never takes the object of a preposition for the subject of the verb after it', () => {
    const text = 'The letter was printed in the Times and reprinted on the paper’s online site, stated that the group had “come together to speak out.”';
    expect(speakers(text)[0]).not.toBe('site');
  });

  it('reads the subject past "and" and an adverb, and prefers the name in apposition', () => {
    const text = 'State media tabloid, The Daily Star, has lashed the neighbours and recently warned they could become the ‘poor cousins of the region’.';
    expect(speakers(text)).toEqual(['The Daily Star']);
  });

  it('reads an organisation name with "and" before a role and the name it introduces', () => {
    const text = 'But Office for Budget Responsibility and Planning chief Ruth Kell worries about the cost.  “This is a concern we keep hearing about.”';
    expect(speakers(text)).toEqual(['Ruth Kell']);
  });
});

describe('partial quotes in a sentence without a verb of speech', () => {
  it('gives the words to the subject of their sentence', () => {
    const text =
      'After a long call with the clinic, Dana Pruitt paid the deposit “and then tried not to think about the surgery at all.”\n\n' +
      'Omar Haddad sat quietly at the back, feeling “every kind of nerves a first-timer can have,” until the session began.';
    expect(speakers(text)).toEqual(['Dana Pruitt', 'Omar Haddad']);
  });

  it('gives them only as a guess to the one person named when the subject is a thing that cannot speak', () => {
    const text = 'The long wait at the clinic left Dana Pruitt sure she could “get through anything after this week.”';
    expect(speakers(text)).toEqual(['Dana Pruitt']);
    expect(detectQuotes(createTextContext(text))[0]).toMatchObject({ speakerConfidence: 'low' });
    expect(speakers('The long wait at the clinic left everyone sure they could “get through anything after this week.”')).toEqual(['-']);
  });
});

describe('a clip before the paragraph that names its speaker', () => {
  it('gives a quote standing alone to the person the next paragraph opens by reporting', () => {
    const report =
      'Factory orders fell again in March. Ann Lee reports.\n\n"We are seeing the slowest spring in a decade."\n\n' +
      'Tom Hardy of the Lakeside Bank says the drop was expected.';
    const budget =
      'The city budget was cut again this year.\n\n"We cannot keep the pools open on this money."\n\nThe parks director says two pools will close in June.';
    expect(speakers(report)).toEqual(['Tom Hardy']);
    expect(speakers(budget)).toEqual(['The parks director']);
  });

  it('takes no body that cannot be a person from the next paragraph', () => {
    const text = 'The city budget was cut again this year.\n\n"We cannot keep the pools open on this money."\n\nThe council says two pools will close in June.';
    expect(speakers(text)).toEqual(['-']);
  });
});

describe('roles written as compounds', () => {
  it('reads a hyphenated role before "of" as the speaker, not the body after it', () => {
    const text =
      'The director-general of the regional health board on Monday said there was a "real and growing shortage of nurses" in the north.\n\n' +
      'A co-founder of the Hillside Food Bank said demand was "higher than at any time since we opened."';
    expect(speakers(text)).toEqual(['The director-general', 'A co-founder']);
  });
});

describe('asking for and agreeing to things inside another’s report', () => {
  it('gives the words to the one who reports, not to the one who asked or agreed', () => {
    const text =
      'The club claimed that the singer asked for "a fee no venue in the county could ever pay" last spring.\n\n' +
      'The union says it and the rail company have agreed to "pause all talks until the autumn" this week.';
    expect(speakers(text)).toEqual(['The club', 'The union']);
  });

  it('keeps the words of one who asks for them in their own sentence', () => {
    expect(speakers('The pope asked for "an end to the fighting in every village" on Sunday.')).toEqual(['The pope']);
  });
});

describe('a reporting verb’s form after a preposition is an adjective or a noun', () => {
  it('does not read "the X of direct …" or "the deadline for appeal" as a subject and its verb', () => {
    const quoteAfter = (sentence: string): string[] => speakers(`${sentence}\n\n“We are doing what we can with what we have.”`);
    expect(quoteAfter('Lena Brandt conceded that the aid — though not in the form of direct cash transfers — had slowed.')).toEqual(['Lena Brandt']);
    expect(quoteAfter('Mayor Ines Falk admitted that the city, for the lack of direct funding, had cut bus routes.')).toEqual(['Ines Falk']);
    expect(quoteAfter('Dr Omar Haddad warned that the risk of direct contact with the virus stayed high.')).toEqual(['Omar Haddad']);
    expect(quoteAfter('Karl Stein argued that the absence of direct flights hurt tourism.')).toEqual(['Karl Stein']);
    expect(quoteAfter('Lawyer Mina Sato pointed out that the deadline for appeal had passed.')).toEqual(['Lawyer Mina Sato']);
  });

  it('still reads the same forms as verbs after a subject', () => {
    expect(speakers('Nurses direct patients to the pharmacy and describe the queue as “the longest in the city.”')).toEqual(['Nurses']);
    expect(speakers('The unions direct their anger at the board.\n\n“We will strike until they listen,” the unions said.')).toEqual(['the unions']);
  });
});

describe('an aside between dashes keeps its own verbs', () => {
  it('finds the speaker in the clause around an aside that reports someone else', () => {
    expect(speakers('Doctors have dismissed the study — which its author said she would defend in court — as “junk science from start to finish”.')).toEqual([
      'Doctors',
    ]);
    expect(speakers('Residents described the new bridge – which the mayor promised would open in May – as “a road to nowhere at twice the price”.')).toEqual([
      'Residents',
    ]);
    expect(speakers('Teachers have condemned the plan — which the council claims will save money — as “reckless and cruel to children”.')).toEqual([
      'Teachers',
    ]);
    expect(speakers('Critics called the deal — which Ms Ortiz insisted was fair — “a giveaway to the banks and their friends”.')).toEqual(['Ortiz']);
    expect(speakers('Farmers have attacked the levy — which officials say will fund new roads — as “theft in broad daylight”.')).toEqual(['Farmers']);
  });

  it('leaves a speaker before the aside and a quote inside it alone', () => {
    expect(speakers('The minister — a former teacher — said the plan was “long overdue for the whole region”.')).toEqual(['The minister']);
    expect(speakers('The plan — which Lena Voss called “a disgrace to the city” — was dropped on Friday.')).toEqual(['Lena Voss']);
  });
});

describe('a speaker in a subordinate clause', () => {
  it('speaks a quote the clause runs on to', () => {
    expect(speakers('Ruiz’s remarks came after Omar Diaz told reporters on Monday: “The talks are over and nobody should pretend otherwise.”')).toEqual([
      'Omar Diaz',
    ]);
    expect(speakers('Hanna Berg’s comments came hours after coach Leo Brandt said his players were “exhausted and angry after the long trip”.')).toEqual([
      'Leo Brandt',
    ]);
    expect(speakers('Officials said nothing until Ms Park announced that the mine was “safe to reopen for every shift”.')).toEqual(['Park']);
    expect(speakers('Lawmakers complained after Ms Hale wrote that the plan was “a fantasy dressed up as policy”.')).toEqual(['Hale']);
    expect(speakers('The senator’s warning came before Dr Ravi Shah said the virus was “spreading faster than anyone thought”.')).toEqual(['Ravi Shah']);
  });

  it('gives way to the main clause once a comma closes the subordinate clause', () => {
    expect(speakers('Dana Roth said that when the army reported the raid, it meant “the northern camp near the river”.')).toEqual(['Dana Roth']);
    expect(speakers('Ivo Kranj said that after the council announced the cuts, it was forced to “think again about the whole budget”.')).toEqual(['Ivo Kranj']);
  });
});

describe('an adverb between a subject and its verb', () => {
  it('passes over a manner adverb in "-ly" or "first"', () => {
    expect(speakers('The court’s ruling explicitly mentioned the children, “who cannot be punished for the choices of their parents.”')).toEqual([
      'The court’s ruling',
    ]);
    expect(speakers('The embassy notably stated its position in June, “before the talks had even started in Geneva.”')).toEqual(['The embassy']);
    expect(speakers('The senator’s letter pointedly criticised the agency, “which has failed every family on this list.”')).toEqual(['The senator’s letter']);
    expect(speakers('The clerk recalled that Ivan Petrov first told the judges to “go to hell and take the verdict with you” before he was led away.')).toEqual(
      ['Ivan Petrov'],
    );
    expect(speakers('The ministry’s report specifically mentioned the port, “given that most fuel enters the country there.”')).toEqual([
      'The ministry’s report',
    ]);
  });

  it('keeps nouns in "-ly" as the subject', () => {
    expect(speakers('The family said the verdict was “a relief after years of waiting for the truth”.')).toEqual(['The family']);
    expect(speakers('The daily reported that officials had been “warned twice about the broken valve”.')).toEqual(['The daily']);
  });
});

describe('"another" after a speaker from a crowd', () => {
  it('stands for one more of the crowd the last speaker came from', () => {
    expect(speakers("One fan wrote: 'I have waited ten years for this album.'\n\n'Best night of my life, no question about it,' wrote another.")).toEqual([
      'One fan',
      'another fan',
    ]);
    expect(speakers("'The queue went round the block twice,' said one shopper. 'I gave up after an hour and went home,' said another.")).toEqual([
      'one shopper',
      'another shopper',
    ]);
    expect(speakers("'The ending made no sense,' one reader commented. 'I want my money back,' added another.")).toEqual(['one reader', 'another reader']);
    expect(speakers("A commuter told the radio: 'Three cancelled trains in one morning.' 'We pay for a service we never get,' said another.")).toEqual([
      'A commuter',
      'another commuter',
    ]);
    expect(speakers("One resident posted: 'The water smells of diesel.'\n\n'Nobody from the council has answered,' complained another.")).toEqual([
      'One resident',
      'another resident',
    ]);
  });

  it('names no one after a named speaker or with no speaker before', () => {
    expect(speakers("'The roads are flooded,' said Lena Park. 'Schools will close by noon,' said another.")).toEqual(['Lena Park', '-']);
    expect(speakers("Mayor Lina Gruber said the repairs would take a week. 'It is a disgrace that nobody planned for this,' wrote another.")).toEqual(['-']);
  });
});

describe('a name that modifies a noun-like verb form', () => {
  it('reads "wrote angry Facebook posts" as a compound noun, not a name and its verb', () => {
    const quoteAfter = (sentence: string): string[] => speakers(`${sentence}\n\n“Nobody asked the people who actually work here.”`);
    expect(quoteAfter('Ana Ruiz, a nurse in the capital, wrote angry Facebook posts about the ward closures.')).toEqual(['Ana Ruiz']);
    expect(quoteAfter("Tom Hale, the club's owner, published lengthy Twitter posts on the row.")).toEqual(['Tom Hale']);
    expect(quoteAfter('Mia Stone left furious TikTok comments under the video.')).toEqual(['Mia Stone']);
    expect(quoteAfter('Dr Jon Bakker shared detailed Instagram posts about the clinic.')).toEqual(['Jon Bakker']);
    expect(quoteAfter('Lars Holm, a retired judge, wrote hostile Reddit comments for an hour.')).toEqual(['Lars Holm']);
  });

  it('still reads a name opening its clause as the subject', () => {
    expect(speakers('Ana Ruiz posts daily updates on the strike, which she calls “the only news nobody censors”.')).toEqual(['Ana Ruiz']);
    expect(speakers('The union met on Friday and Dana Vos reports that members were “angry but united after the vote”.')).toEqual(['Dana Vos']);
  });
});

describe('a subject opened by an article that runs on to a thing that speaks', () => {
  it('keeps the plain words up to the speaking noun', () => {
    expect(speakers('Another Wagner-linked social media account spoke of a “heavy battle in which many of our men died”.')).toEqual([
      'Another Wagner-linked social media account',
    ]);
    expect(speakers('One Moscow-based independent online outlet spoke of “the biggest arrests since the Soviet era”.')).toEqual([
      'One Moscow-based independent online outlet',
    ]);
    expect(speakers('The Lagos-based human rights group spoke of “dozens of arrests in a single night”.')).toEqual(['The Lagos-based human rights group']);
    expect(speakers('A Beirut-based regional satellite channel spoke of “a massacre that the world ignored”.')).toEqual([
      'A Beirut-based regional satellite channel',
    ]);
    expect(speakers('A pro-Kremlin anonymous blogging account pointed to “the treachery of the generals in Moscow”.')).toEqual([
      'A pro-Kremlin anonymous blogging account',
    ]);
  });

  it('stops at a role or a name', () => {
    expect(speakers('A former border agent took issue with the plan, calling it “a gift to the smugglers”.')).toEqual(['A former border agent']);
    expect(speakers('The Interior Ministry press office said officers had been “attacked without warning”.')).toEqual(['The Interior Ministry press office']);
  });
});

describe('a body named with an ordinal or an abbreviation', () => {
  it('speaks the words of a participle that hangs off it', () => {
    expect(speakers('The 3rd U.S. Circuit Court of Appeals upheld the ruling on Friday, declaring the claims “without any merit whatsoever”.')).toEqual([
      'Appeals',
    ]);
    expect(speakers('The U.N. Security Council closed its session, warning of “grave consequences for the whole region”.')).toEqual([
      'The U.N. Security Council',
    ]);
    expect(speakers('The 5th Fleet patrolled the strait overnight, saying the ships were “in international waters at all times”.')).toEqual(['Fleet']);
    expect(speakers('The 2nd Circuit Court of Appeals sided with the city, declaring the fee “lawful and fair”.')).toEqual(['Appeals']);
    expect(speakers('The E.U. Commission ended the talks, warning of “serious costs for both sides”.')).toEqual(['Commission']);
  });

  it('still gives the words of a participle after a video to the person it shows', () => {
    expect(speakers('Another video shows journalist Wadi Haddad addressing a crowd, saying: “We will not leave this square.”')).toEqual(['Wadi Haddad']);
    expect(speakers('A report shows Mayor Ana Lind touring the site, saying the works were “on schedule and under budget”.')).toEqual(['Ana Lind']);
  });
});

describe('someone singled out of a group before a relative clause', () => {
  it('speaks the words of the relative clause', () => {
    expect(speakers('Fans rallied behind the singer, including the actor Tom Reed, who wrote: “Stay strong, we are all with you.”')).toEqual(['Tom Reed']);
    expect(speakers('Dozens of MPs backed the bill, including Ana Patel, who said it was “long overdue for working families”.')).toEqual(['Ana Patel']);
    expect(speakers('Several scientists criticised the study, notably Dr Lisa Brandt, who called it “badly flawed from the start”.')).toEqual(['Lisa Brandt']);
    expect(
      speakers('Hundreds of residents attended the meeting, among them Omar Aziz, who told officials: “We were never consulted about any of it.”'),
    ).toEqual(['Omar Aziz']);
    expect(speakers('Many doctors signed the letter, especially the surgeon Ruth Hale, who warned of “a collapse within months”.')).toEqual(['Ruth Hale']);
  });

  it('leaves a group with an aside as the subject of its own verb', () => {
    expect(speakers('Officials, including the mayor, said the bridge was “safe to use again after the repairs”.')).toEqual(['Officials']);
    expect(speakers('The families, including two from Leeds, said they felt “completely abandoned by the government”.')).toEqual(['The families']);
  });
});

describe('a pronoun after a sentence opened by a capitalised common noun', () => {
  const opening = 'Mayor Tom Reyes opened the new wing on Monday.\n\n';
  it('stands for the one person that sentence names', () => {
    expect(
      speakers(`${opening}Reports suggest that Yoshiro Mori will step down. The move follows remarks in which he said women “talk far too much in meetings”.`),
    ).toEqual(['Yoshiro Mori']);
    expect(
      speakers(`${opening}Rumours say Omar Haddad has left the party. The story spread after he described the claim as “complete nonsense from my rivals”.`),
    ).toEqual(['Omar Haddad']);
    expect(
      speakers(`${opening}Fans expect Lena Park to retire this year. The speculation grew when she told a podcast she was “tired of the travelling”.`),
    ).toEqual(['Lena Park']);
    expect(speakers(`${opening}Polls show that Maria Gomez will win the seat. Her lead grew after she called her rival “a man with no plan at all”.`)).toEqual([
      'Maria Gomez',
    ]);
    expect(
      speakers(`${opening}Documents show that Ivan Petrov signed the order. The scandal deepened when he described it as “a routine matter for the ministry”.`),
    ).toEqual(['Ivan Petrov']);
  });

  it('still stands for a named subject', () => {
    expect(speakers('Mayor Tom Reyes met Omar Haddad on Monday. The visit ended early after he called the talks “a waste of everyone’s time”.')).toEqual([
      'Tom Reyes',
    ]);
    expect(
      speakers(
        'Tom Reyes opened the new wing.\n\nReyes thanked Ana Lopes for the funding. The day ended after he called the wing “a promise kept to this town”.',
      ),
    ).toEqual(['Tom Reyes']);
  });
});

describe('a capitalised run after "the"', () => {
  const said = (lead: string, pronoun: string): string[] => speakers(`${lead}\n\n“I would never have managed it alone,” ${pronoun} said.`);
  it('is a body, never the person a later pronoun stands for', () => {
    expect(said('Karl Brandt spent years abroad. A profile by the Danube Youth Forum described his travels.', 'he')).toEqual(['Karl Brandt']);
    expect(said('Omar Aziz grew up in Cairo. A grant from the Global Water Partnership paid for his studies.', 'he')).toEqual(['Omar Aziz']);
    expect(said('Lena Park runs a studio in Leeds. A film by the Northern Arts Collective shows her at work.', 'she')).toEqual(['Lena Park']);
    expect(said('Sam Ortiz studied law in Madrid. A bursary from the Western Legal Trust paid his way.', 'he')).toEqual(['Sam Ortiz']);
    expect(said('Leo Brandt trained as a nurse. A letter from the Central Health Board thanked him for his service.', 'he')).toEqual(['Leo Brandt']);
  });

  it('leaves people named without "the" as they were', () => {
    expect(speakers('Tom Reyes met Lena Park in Leeds. The two spoke about the plan.\n\n“We need the money by June,” Reyes said.')).toEqual(['Tom Reyes']);
    expect(speakers('Ana Lopes was elected in May. Her rival, Ivan Petrov, conceded on Friday.\n\n“The voters have spoken,” he said.')).toEqual([
      'Ivan Petrov',
    ]);
  });
});

describe('"it" after a lone capitalised name that reported', () => {
  const added = (lead: string, words: string): string[] => speakers(`${lead}\n\n“${words},” it added.`);
  it('stands for that name when the article never gave it a person', () => {
    expect(added('Prisoners were beaten and starved, Amnesty reported.', 'Many were forced into false confessions')).toEqual(['Amnesty']);
    expect(added('Fuel prices will rise again in May, Gazprom announced.', 'Supplies to Europe will be cut by a third')).toEqual(['Gazprom']);
    expect(added('Two ships were seized overnight, Frontex reported.', 'The crews were taken to an unknown port')).toEqual(['Frontex']);
    expect(added('Ten reporters remain in jail, Oxfam said.', 'Most of them face absurd charges')).toEqual(['Oxfam']);
    expect(added('The strikes hit three villages, Hezbollah said.', 'We lost several of our best fighters')).toEqual(['Hezbollah']);
  });

  it('never stands for a person', () => {
    expect(added('The border was quiet, Dana Smith reported.', 'The crossing stayed closed all day')).toEqual(['-']);
    expect(added('Prices are far too high, Tom Reyes said. Fuel costs doubled, Reyes said.', 'Families cannot cope')).toEqual(['-']);
  });
});

describe('a person an indefinite role noun brings in', () => {
  it('stays the referent of "he" or "she" through a paragraph about them, not the last person named', () => {
    const lead = '“The town is a fortress,” says Mara Holt, a historian.\n\n';
    expect(
      speakers(`${lead}A local teacher said he had been kept at home for a month.\n\nHe said his letters went unanswered.\n\n“Nobody came,” he wrote in May.`),
    ).toEqual(['Mara Holt', 'A local teacher']);
    expect(
      speakers(`${lead}Another Kurdish farmer said he lost his herd in the flood.\n\nHe said the water rose overnight.\n\n“It was all gone,” he said.`),
    ).toEqual(['Mara Holt', 'Another Kurdish farmer']);
    expect(speakers(`${lead}One nurse said she worked three shifts in a row.\n\nShe said the ward ran out of masks.\n\n“We were alone,” she wrote.`)).toEqual([
      'Mara Holt',
      'One nurse',
    ]);
    expect(speakers(`Dr Ivo Raskin ran the clinic.\n\nAnother doctor said she had not been paid since March.\n\n“We work for nothing,” she said.`)).toEqual([
      'Another doctor',
    ]);
    expect(speakers(`${lead}A driver said he waited two days at the border.\n\nHe said the queue barely moved.\n\n“I slept in the cab,” he said.`)).toEqual([
      'Mara Holt',
      'A driver',
    ]);
  });
  it('keeps a definite role with the person named before it, and a pronoun with the name of its own paragraph', () => {
    expect(speakers('Coach Ana Ruiz praised the squad.\n\nThe coach said the win mattered.\n\n“We earned it,” she said.')).toEqual(['Ana Ruiz']);
    expect(speakers('A guard said he saw nothing.\n\nJon Vik, the warden, spoke later.\n\n“The doors were locked,” he said.')).toEqual(['Jon Vik']);
  });
});

describe('A thing that is the subject of a clause a person reports is not the speaker (session 36)', () => {
  it('gives words quoted in the reported clause to the person who reports it', () => {
    expect(
      speakers(
        'Lim Eul-chul, a professor at Kyungnam University, said the move indicates North Korea reaffirmed Ju-ae as a "successor of revolution" inheriting the legacy.',
      ),
    ).toEqual(['Lim Eul-chul']);
    expect(speakers('Ann Lee said that the decision suggests the party is "in deep crisis and out of ideas" after the vote.')).toEqual(['Ann Lee']);
    expect(speakers('Ann Lee said the report showed the government was "completely unprepared for the storm".')).toEqual(['Ann Lee']);
  });

  it('keeps a body or a person who speaks inside the reported clause', () => {
    expect(speakers('Ann Lee said the ministry warned that the plan was "completely unprepared for the storm".')).toEqual(['the ministry']);
    expect(speakers('Ann Lee said Tom Ross told her the plan was "completely unprepared for the storm".')).toEqual(['Tom Ross']);
  });
});

describe('Verbs that put words forward: affirm, reaffirm, underscore, disclose, specify (session 36)', () => {
  it('gives words in the clause of "Kim affirmed that …" to Kim, not to the outlet that relays the sentence', () => {
    expect(speakers('Kim affirmed that North Korea would "as ever devote all their efforts to the nuclear force," the KCNA said.')).toEqual(['Kim']);
    expect(speakers('The minister reaffirmed that the country would "never give up an inch of its territory," officials said.')).toEqual(['The minister']);
    expect(speakers('Ann Lee underscored that the plan was "a necessary first step towards peace."')).toEqual(['Ann Lee']);
  });

  it('leaves a document that reveals something to the speaker named after the quote', () => {
    const text = "The accounts reveal 'a catalogue of shocking human rights violations, including torture', the London-based human rights group said.";
    expect(speakers(text)).not.toContain('The accounts');
  });
});

describe('an interview heading that names the interviewee', () => {
  it('gives the bare quoted answers to the person a "Q&A:" heading names', () => {
    const text =
      'Q&A: Jane Doe, mayor of Leeds\n\nWhat is your priority?\n\n"Safety comes before everything else in this city."\n\nAnd transport?\n\n"We will invest heavily in new tram lines."';
    expect(speakers(text)).toEqual(['Jane Doe', 'Jane Doe']);
  });
});
