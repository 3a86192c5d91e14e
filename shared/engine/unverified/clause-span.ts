import { endsWithAbbreviation } from '../text/sentences';
import type { Span } from '../text/spans';
import type { CueScope } from './cue-lexicon';

// A clause never reaches further than this from its cue, so run-on text costs bounded work per cue.
const CLAUSE_REACH = 400;
// A "what X called ..." phrase is a noun phrase; longer runs are clauses the phrase does not own.
const PHRASE_REACH = 160;
// A clause this short around its cue ("— reportedly —") is a parenthesis; its sentence carries the claim.
const MIN_CLAUSE_WORDS = 4;

/**
 * Separators between clauses. Semicolons, colons and dashes (group 1) close a clause on either side, and so
 * does ", but" / ", yet" (group 2): "The group has not confirmed his death, but said he was present". A comma
 * before a subordinating conjunction only opens one: a cue after ", although" marks what follows, while a cue
 * before it keeps the rest of the sentence ("It is believed ..., though the service said ..."); so does a causal ", as"
 * with its own subject and verb (", as suspects are often described to have been ill"). "And"/"or"
 * (group 3) only separate clauses when a subject follows (group 4). A participle of speech after the cue
 * (group 5: ", saying …") closes the clause: it adds a statement of its own. "But" without a comma (group 6)
 * separates clauses as ", but" does when a subject follows it (group 7): "The council approved it but the mayor
 * reportedly objected"; "not X but Y" and "all but" join words, not clauses.
 */
const CLAUSE_SEPARATOR =
  /(;|:(?=\s)|\s[—–-]\s|—|--|,\s+(?:to|in|of|from|for|by|with|under|after)\s+(?:which|whom)\b|,\s+according to\b)|,["”]?\s+(but|yet)\s+|,["”]?\s+(?:while|whereas|although|though|even though|even as|as(?=\s+(?:(?:the|its|his|her|their|these|those|some|many)\s+(?:[\p{L}-]+\s+){1,2}?|(?:he|she|they|we|it|\p{Ll}+s)\s+)(?:\p{Ll}+ly\s+)?(?:is|are|was|were|has|have|had|will|would)\b))\s+|,["”]?\s+(and|or)\s+([\p{L}’']+)|,\s+(saying|adding|noting|arguing|insisting|explaining|stressing)\b|(?<![,;:]["”]?|\b(?:not|all|nothing|anything|everything|none|last|first|only|just))\s(but)\s+([\p{L}’']+)/giu;

/** ", while" / ", whereas" and the word after it, which opens a clause of its own when it is a subject. */
const CONTRAST = /^,["”]?\s+(?:while|whereas)\s+$/iu;

function contrastWithSubject(slice: string, match: RegExpExecArray): boolean {
  if (!CONTRAST.test(match[0])) return false;
  const next = /^[\p{L}’']+/u.exec(slice.slice(match.index + match[0].length))?.[0];
  return next !== undefined && (SUBJECT_OPENERS.has(next.toLowerCase()) || /^\p{Lu}/u.test(next));
}

/** A non-restrictive relative clause opening between commas: the claim is that clause ("the girl, who is thought to be 11,"). */
const RELATIVE_OPENING = /,\s+(?=(?:who|which|whose|whom|where|the|a|an)\b)/giu;

/**
 * An appositive opened by an agentless frame: "the tabloid, widely seen as a mouthpiece,". A hearsay adverb there
 * ("the depot, ostensibly run by the city, had served buses") hedges its whole clause instead.
 */
const APPOSITIVE_OPENING =
  /,\s+(?=(?:\p{Ll}+ly\s+)?(?:seen|hailed|billed|touted|believed|thought|rumou?red|reputed|regarded|viewed|considered|labell?ed|branded)\b)/giu;

/** A reporting verb whose complement is the claim ("refugees said [Serb police had purportedly ordered ...]"). */
const REPORTING_VERB =
  /\b(?:(?:said|says|say|told\s+[\p{L}’'-]+|added|stated|announced|insisted|reported|warned|wrote|testified|acknowledged|admitted|conceded)(?:(?:\s+[\p{L}\p{N}’'-]+){0,3}?\s+that)?|(?:notes?|noted|argue[sd]?|suggest(?:s|ed)?|fears?|feared|estimate[sd]?|contend(?:s|ed)?|maintain(?:s|ed)?|believes?|believed|thinks?|thought)\s+that)\s+/giu;

/** Words that open a clause after ", and" / ", or"; a capitalised word is taken as a subject too. */
const SUBJECT_OPENERS = new Set([
  'the',
  'a',
  'an',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'this',
  'that',
  'these',
  'those',
  'there',
  'its',
  'his',
  'her',
  'their',
  'our',
  'my',
  'some',
  'many',
  'most',
  'several',
  'one',
  'two',
  'no',
  'other',
  'others',
]);

/**
 * Punctuation and words that end a "what X called ..." phrase. A comma before "one of which" does not: that
 * relative clause says more of the phrase's own noun ("what is said to be tanks, one of which is burning"). Nor does
 * a subordinating word right after "and"/"or": it opens a clause joined to the phrase ("the alleged thefts or when they
 * began"), and stopping there would leave the span ending on the conjunction.
 */
const PHRASE_STOP =
  /[;:!?()—\n]|\s[–-]\s|--|,(?!\d)(?!\s+(?:one|some|many|most|all|both|none|each|several|two|three) of (?:which|whom)\b)|\.(?![\p{L}\p{N}-])(?<!\b\p{Lu}\.)|(?<!\b(?:of|and|or))\s(?:while|after|before|when|because|since|although|though|amid|despite|whereas|but|saying|according|adding|even|which|who|as well as|and (?:said|says|warned|added|vowed|called|urged|threatened|insisted))\b/giu;
/** A claim noun's content clause ("rumours that they left because …") runs on through its own subordinate and relative clauses. */
const CONTENT_STOP =
  /[;:!?()—\n]|\s[–-]\s|--|,(?!\d)|\.(?![\p{L}\p{N}-])(?<!\b\p{Lu}\.)|\s(?:but|saying|according|adding|as well as|and (?:said|says|warned|added|vowed|called|urged|threatened|insisted))\b/giu;
/** A "what X called" noun phrase also ends where its clause's verb begins ("what he called a show trial was …"). */
const PHRASE_VERB = /(?<!\bof (?:which|whom))\s(?:was|were|is|are|has|have|had|will|would)(?= (?!been\b|be\b)\p{Ll})\b/giu;

/**
 * After a comma, one more item of a list: at most four words, then another comma or "and"/"or" ("guns, drugs and
 * cash"); not a clause, a relative, an inserted source ("the plot, the army said, was") or an example the comma sets off.
 */
const LIST_ITEM =
  /^\s+(?!(?:and|or|but|nor|which|who|whom|whose|where|when|while|as|including|according|saying|adding|he|she|it|they|we|i|you|this|that|these|those|there|then)\b)(?!(?:[\p{L}\p{N}’'-]+\s+){0,3}?(?:said|says|say|told|tells|added|reported|reports|wrote|writes|stated|claimed|claims|alleged|believed|thought)\b)(?:[\p{L}\p{N}’'-]+\s+){0,3}?[\p{L}\p{N}’'-]+(?:,|\s+(?:and|or)\s)/iu;
/** The last item of a list after its serial comma: ", and cash". */
const LAST_LIST_ITEM = /^\s+(?:and|or)\s+(?!(?:he|she|it|they|we|i|you|this|that|these|those|there|then)\b)/iu;

/** A second noun phrase joined to a "what X called ..." phrase: " and a …", " and the …". */
const WHAT_SECOND_PHRASE = /\s(?:and|as well as)\s+(?:a|an|the)\s/iu;

const CLOSING_QUOTES = new Set(['”', '’', '"', "'", '»', '」']);

/** Whether `piece` leaves a double quotation open: a separator there is the speaker's punctuation, not the clause's. */
function opensQuote(piece: string): boolean {
  if (piece.lastIndexOf('“') > piece.lastIndexOf('”') || piece.lastIndexOf('«') > piece.lastIndexOf('»')) return true;
  return (piece.match(/"/g)?.length ?? 0) % 2 === 1;
}

/** The first comma in `[from, to)` that separates (not "100,000", not one inside a quotation opened after `from`). */
function commaAfter(text: string, from: number, to: number): number {
  const comma = /,(?!\d)/g;
  const piece = text.slice(from, to);
  for (let match = comma.exec(piece); match; match = comma.exec(piece)) {
    if (!opensQuote(piece.slice(0, match.index + 2))) return from + match.index;
  }
  return -1;
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/** Moves a cut that fell inside a word back to the word's edge, so a bounded span never splits a word. */
function snapOutward(text: string, offset: number, limit: number, step: 1 | -1): number {
  let position = offset;
  let guard = 40;
  while (
    guard-- > 0 &&
    position !== limit &&
    isWordChar(text[step === 1 ? position : position - 1]) &&
    isWordChar(text[step === 1 ? position - 1 : position])
  ) {
    position += step;
  }
  return position;
}

function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s,]/.test(text[start]!)) start++;
  while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
  return { start, end };
}

function wordCount(text: string, span: Span): number {
  return text.slice(span.start, span.end).split(/\s+/).filter(Boolean).length;
}

/** The sentence, cut to a bounded window around the cue when it is a run-on. */
function boundedSentence(text: string, sentence: Span, cue: Span): Span {
  const start = cue.start - sentence.start > CLAUSE_REACH ? snapOutward(text, cue.start - CLAUSE_REACH, cue.start, 1) : sentence.start;
  const end = sentence.end - cue.end > CLAUSE_REACH ? snapOutward(text, cue.end + CLAUSE_REACH, cue.end, -1) : sentence.end;
  return trim(text, { start, end });
}

/**
 * The sentence's last comma-led part when it is a source tag: ", according to a source.", ", two people familiar
 * with the talks said.", ", one of the sources told CNN."
 */
const SOURCE_TAG = /,\s+(?:according\s+to\b[^,;:]*|(?:[^\s,;:]+\s+){1,10}?(?:said|says|say|told|tells|added|confirmed)\b[^,;:]*)$/iu;

/** Whether a withheld source's cue sits in a tag closing the sentence, which then vouches for the whole sentence. */
function inClosingSourceTag(text: string, window: Span, cue: Span): boolean {
  const tag = SOURCE_TAG.exec(text.slice(window.start, window.end));
  return tag !== null && window.start + tag.index < cue.start;
}

/** The clause of `sentence` around the cue: between the nearest clause separators on either side. */
export function clauseAround(text: string, sentence: Span, cue: Span, relativeClauses = true): Span {
  const window = boundedSentence(text, sentence, cue);
  let start = window.start;
  let end = window.end;
  // "He left, and his aide quit, a source said": a withheld source in a closing tag backs both joined clauses.
  const closingSourceTag = !relativeClauses && inClosingSourceTag(text, window, cue);
  // Scanning a slice, not the text from an index, keeps a search from running past the window.
  const slice = text.slice(window.start, window.end);
  CLAUSE_SEPARATOR.lastIndex = 0;
  let pairedDashEnd = -1;
  for (let match = CLAUSE_SEPARATOR.exec(slice); match; match = CLAUSE_SEPARATOR.exec(slice)) {
    const index = window.start + match.index;
    // "She claims its spike protein – a structure on the virus – was edited": paired dashes enclose an aside.
    if (index < pairedDashEnd) continue;
    if (match[1] !== undefined && /[—–-]/.test(match[1])) {
      const closing = slice.slice(match.index + match[0].length).search(/\s[—–-]\s|—|--/);
      const closingAt = closing >= 0 ? index + match[0].length + closing : -1;
      const cueInside = index < cue.start && closingAt > cue.start;
      if (closingAt >= 0 && !cueInside) {
        pairedDashEnd = closingAt + 1;
        continue;
      }
    }
    // After the cue only a strong separator, ", but" or ", and" with a new subject closes the clause; not for a
    // disclaimer or a withheld source, which vouch for nothing in the whole sentence, nor before "and that …",
    // which goes on with what was said.
    const newSubjectAfter = match[3] !== undefined && relativeClauses && match[4]!.toLowerCase() !== 'that';
    // "The group claimed responsibility, saying …": what the participle adds is a statement of its own.
    const statementAfter = match[5] !== undefined && relativeClauses;
    // "The mayor reportedly resigned, while his deputy took over": a contrast with its own subject is the article's.
    const contrastAfter = relativeClauses && index >= cue.end && contrastWithSubject(slice, match);
    if (index >= cue.end && match[1] === undefined && match[2] === undefined && match[6] === undefined && !newSubjectAfter && !statementAfter && !contrastAfter)
      break;
    // Before the cue such a participle opens nothing: "…, saying he was reportedly ill" is handled as a complement.
    if (match[5] !== undefined && index < cue.start) continue;
    if (closingSourceTag && index < cue.start && match[1] === undefined) continue;
    // "claims that “the unit was disbanded, and its men went home”": the quoted words run on to their closing mark.
    if (index >= cue.end && opensQuote(text.slice(cue.end, index + match[0].length))) continue;
    // "“Call me – like your son” according to a source": a dash or comma a quotation holds is not the sentence's.
    if (index < cue.start && opensQuote(text.slice(window.start, index + match[0].length))) continue;
    let separatorEnd = index + match[0].length;
    if (match[3] !== undefined || match[6] !== undefined) {
      const next = match[4] ?? match[7]!;
      const opensClause = SUBJECT_OPENERS.has(next.toLowerCase()) || /^\p{Lu}/u.test(next);
      if (!opensClause) continue;
      separatorEnd -= next.length;
    }
    // "…, according to an official who spoke on condition of anonymity": the withheld or unverified source
    // vouches for nothing in the clause it is cited for, so that clause is the claim.
    const citesTheClaim = !relativeClauses && match[1] !== undefined && /according to$/i.test(match[1]);
    if (separatorEnd <= cue.start && !citesTheClaim) start = separatorEnd;
    else if (index >= cue.end) {
      end = index;
      break;
    }
  }
  // ", alleging she was told …": a participle opens its own claim; ", with Moscow and Kyiv accusing …" too.
  const lead = text.slice(start, cue.start);
  // A withheld source ("an official, speaking anonymously, said") points at the rest of the sentence instead.
  const participle = relativeClauses && /,\s+$/.test(lead) && /^\p{L}+ing\b/u.test(text.slice(cue.start, cue.end)) ? cue.start : -1;
  const withClause = /,\s+with\s+(?=[^,]*$)/.exec(lead);
  if (participle >= 0) start = participle;
  else if (withClause) start = start + withClause.index + withClause[0].length;
  if (relativeClauses) end = beforeTrailingAppositive(text, cue, end);
  const clause = narrowToClaim(text, trim(text, { start, end }), cue, relativeClauses);
  // "Labour has broken its promise, the Tories have claimed.": a trailing or inserted attribution says the rest is claimed.
  const attributionOnly =
    clause.start > window.start &&
    /^[\s.,;:!?”’"')]*$/.test(text.slice(cue.end, clause.end)) &&
    (wordCount(text, clause) <= 6 || isAttributionTag(text, clause, cue));
  return attributionOnly || wordCount(text, clause) < MIN_CLAUSE_WORDS ? window : clause;
}

/** The words a tag's source may hold: "the Tories have", "a new United Nations report has", "one of the men later". */
const TAG_SOURCE = /^(?:[\p{L}\p{N}’'.&-]+\s+){0,11}$/u;
/** Words that open a clause of their own, so the words before the cue are more than a source: "which he has", "as the court". */
const CLAUSE_WORD = /(?:^|\s)(?:that|which|who|whom|whose|what|when|where|while|because|if|as|than|so)\s/iu;

/**
 * Whether a clause closed by a one-word cue verb only names who makes the claim ("…, a new United Nations report has
 * claimed."): the tag then says the rest of the sentence is claimed. A longer source than a short tag's counts while
 * it opens no clause of its own.
 */
function isAttributionTag(text: string, clause: Span, cue: Span): boolean {
  if (!/^\p{L}+$/u.test(text.slice(cue.start, cue.end))) return false;
  const words = text.slice(clause.start, cue.start);
  return TAG_SOURCE.test(words) && !CLAUSE_WORD.test(` ${words}`);
}

/** A name's appositive with its own relative clause: "… in support of Alexei Navalny, a Kremlin critic who survived …". */
const TRAILING_APPOSITIVE = /,(?<=\p{Lu}[\p{L}.’'-]*,)\s+(?:a|an|the)\s+[^,;:]{0,80}?\b(?:who|which|whose)\b/u;

/** Ends a clause before an appositive that describes a name: background the article gives, not the claim. */
function beforeTrailingAppositive(text: string, cue: Span, end: number): number {
  const appositive = TRAILING_APPOSITIVE.exec(text.slice(cue.end, end));
  return appositive ? cue.end + appositive.index : end;
}

/** Last match of a global expression in `[from, to)`, as `[index, index + length)`. */
function lastMatch(pattern: RegExp, text: string, from: number, to: number): Span | undefined {
  const slice = text.slice(from, to);
  let found: Span | undefined;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(slice); match; match = pattern.exec(slice)) {
    found = { start: from + match.index, end: from + match.index + match[0].length };
  }
  return found;
}

/** What may stand between a reporting verb and a withheld source's cue that qualifies that verb ("said on condition of"). */
const CUE_IN_TAG = /^\s*(?:(?:on|under|upon)\s+(?:the\s+)?(?:condition|promise|grounds|guarantee)s?\s+of\s+)?$/i;

/** A comma and at most a short noun phrase before a reporting verb: the verb heads a tag closing the sentence. */
const TAG_BEFORE_VERB = /,\s+(?:[\p{L}\p{N}’'-]+\s+){0,6}$/u;

/** Within a clause, the relative clause or reported complement that holds the cue, when there is one. */
function narrowToClaim(text: string, clause: Span, cue: Span, relativeClauses: boolean): Span {
  let { start, end } = clause;
  // The appositive's lookahead must see the cue's own words, so its search runs to the cue's end.
  const appositive = relativeClauses ? lastMatch(APPOSITIVE_OPENING, text, start, cue.end) : undefined;
  const relativeOpening = relativeClauses ? lastMatch(RELATIVE_OPENING, text, start, cue.start) : undefined;
  const relative = appositive && appositive.end <= cue.start && (!relativeOpening || appositive.start > relativeOpening.start) ? appositive : relativeOpening;
  // A comma inside a number ("100,000 people") separates nothing.
  if (relative && !/,(?!\d)/.test(text.slice(relative.end, cue.start))) {
    const closing = commaAfter(text, cue.end, end);
    const candidate = trim(text, { start: relative.end, end: closing >= 0 && closing < end ? closing : end });
    if (wordCount(text, candidate) >= MIN_CLAUSE_WORDS) ({ start, end } = candidate);
  }
  if (relativeClauses && start === clause.start) {
    const embedded = embeddedClause(text, { start, end }, cue);
    if (embedded) ({ start, end } = embedded);
  }
  const verb = lastMatch(REPORTING_VERB, text, start, cue.start);
  // "…, a senior officer said on condition of anonymity": a withheld source's cue right after the verb belongs to
  // the attribution, which vouches for nothing; the claim is the sentence it tags, not what follows the cue.
  // "The deal is done, said a person familiar with the talks": the same holds for a short tag after a comma
  // whose source noun phrase holds the cue.
  const trailingTag =
    verb !== undefined && TAG_BEFORE_VERB.test(text.slice(start, verb.start)) && !/[,;:“”"«»]|\bthat\b/i.test(text.slice(verb.end, cue.start));
  const cueInTag = !relativeClauses && verb !== undefined && (CUE_IN_TAG.test(text.slice(verb.end, cue.start)) || trailingTag);
  if (verb && !cueInTag && !/[,“”"«»]/.test(text.slice(verb.end, cue.start))) {
    const candidate = trim(text, { start: verb.end, end });
    if (wordCount(text, candidate) >= MIN_CLAUSE_WORDS) start = candidate.start;
  }
  return { start, end };
}

/** A noun phrase and the restrictive relative clause after it: "a new variant of the virus that …", "an offensive that …". */
const RESTRICTIVE_RELATIVE =
  /(?:^|\s)((?:a|an|the|this|these|those|its|his|her|their|[\p{Lu}][\p{L}-]*['’]s)\s+(?:[\p{Ll}\p{N}-]+\s+){0,3}?[\p{Ll}-]+(?:\s+of\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+)?)\s+(?:that|which|who|whom)\s/gu;
/** A noun phrase followed by a subject pronoun just before the cue, which opens a relative clause without "that". */
const REDUCED_RELATIVE = /(?:^|\s)(?:a|an|the|these|those|this)\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+\s+(?:he|she|they|it|we)\s+(?:\p{Ll}+ly\s+)?$/u;
/** A subordinate clause inside the sentence: "… in late 2025 when he claimed to have captured …". */
const INNER_SUBORDINATE = /\s(when|whenever|after|because|since|where|as if|as though)\s/giu;

/** Within a clause, a relative or subordinate clause that holds the cue and owns the claim, when there is one. */
function embeddedClause(text: string, clause: Span, cue: Span): Span | undefined {
  const clauseEnd = (): number => {
    const comma = commaAfter(text, cue.end, clause.end);
    return comma >= 0 ? comma : clause.end;
  };
  // The cue may itself open the relative clause ("an offensive that they call …").
  const relative = lastMatch(RESTRICTIVE_RELATIVE, text, clause.start, Math.min(cue.end + 1, clause.end));
  if (relative && relative.end <= cue.end + 1 && !/[,;:](?!\d)/.test(text.slice(relative.end, cue.start))) {
    const phraseStart = relative.start + text.slice(relative.start, relative.end).search(/\S/);
    const candidate = trim(text, { start: phraseStart, end: clauseEnd() });
    if (phraseStart > clause.start && wordCount(text, candidate) >= MIN_CLAUSE_WORDS) return candidate;
  }
  // A relative clause without "that": "the forces he claims to have defeated".
  const reduced = REDUCED_RELATIVE.exec(text.slice(clause.start, cue.start));
  if (reduced) {
    const phraseStart = clause.start + reduced.index + reduced[0].search(/\S/);
    const candidate = trim(text, { start: phraseStart, end: clauseEnd() });
    if (phraseStart > clause.start && wordCount(text, candidate) >= MIN_CLAUSE_WORDS) return candidate;
  }
  const subordinate = lastMatch(INNER_SUBORDINATE, text, clause.start, cue.start);
  if (subordinate && !/[,;:](?!\d)/.test(text.slice(subordinate.end, cue.start))) {
    const candidate = trim(text, { start: subordinate.start + 1, end: clauseEnd() });
    if (wordCount(text, candidate) >= MIN_CLAUSE_WORDS) return candidate;
  }
  return undefined;
}

/** The "what X described as ..." phrase from the cue's start to the end of its noun phrase. */
export function phraseAround(text: string, sentence: Span, cue: Span, stopAtVerb = true, contentClause = false, lists = false): Span | undefined {
  const limit = Math.min(sentence.end, cue.end + PHRASE_REACH);
  const window = text.slice(cue.end, limit);
  const stops = contentClause ? CONTENT_STOP : PHRASE_STOP;
  stops.lastIndex = 0;
  PHRASE_VERB.lastIndex = 0;
  let punctuation = stops.exec(window);
  let inList = false;
  // A stop inside a quotation opened after the cue is the speaker's punctuation ("the claim that “prices fell, and …”").
  // Nor does an abbreviation's full stop end it: "the claim that the Jan. 6 committee burned the evidence"; nor a
  // comma between the items of a list ("for allegedly smuggling guns, drugs and cash").
  while (punctuation) {
    const after: string = window.slice(punctuation.index + punctuation[0].length);
    const listComma: boolean = lists && punctuation[0] === ',' && (LIST_ITEM.test(after) || (inList && LAST_LIST_ITEM.test(after)));
    if (
      !listComma &&
      !opensQuote(window.slice(0, punctuation.index + punctuation[0].length + 1)) &&
      !(punctuation[0] === '.' && endsWithAbbreviation(text, cue.end + punctuation.index))
    ) {
      break;
    }
    inList ||= listComma;
    punctuation = stops.exec(window);
  }
  const verb = stopAtVerb ? PHRASE_VERB.exec(window) : null;
  // "what it called a “strike” and a “grave escalation”": the frame names one thing; a second noun phrase after
  // "and" is the article's own addition.
  const second = /^what\b/i.test(text.slice(cue.start, cue.end)) ? WHAT_SECOND_PHRASE.exec(window) : null;
  const first = verb && (!punctuation || verb.index < punctuation.index) ? verb : punctuation;
  const stop = second && (!first || second.index < first.index) ? second : first;
  let end: number;
  if (stop) {
    end = cue.end + stop.index;
    // A phrase that is itself a quotation keeps its closing mark when the comma or stop sits inside it.
    if (/^[,.!?]$/.test(stop[0]) && CLOSING_QUOTES.has(text[end + 1] ?? '')) end += 2;
  } else {
    end = limit === sentence.end ? limit : snapOutward(text, limit, cue.end, -1);
  }
  const phrase = trim(text, { start: cue.start, end });
  if (phrase.end <= cue.end) return undefined;
  // The sentence's own full stop is not part of the phrase.
  if (phrase.end === sentence.end && /[.!?]$/.test(text.slice(phrase.start, phrase.end)) && !CLOSING_QUOTES.has(text[phrase.end - 1]!)) {
    return { start: phrase.start, end: phrase.end - 1 };
  }
  return phrase;
}

/** A cue located in its sentence, with what the lexicon says about its reach. */
export interface LocatedCue extends Span {
  readonly scope: CueScope;
  /**
   * Whether a relative clause holding the cue is the claim ("the girl, who is thought to be 11,"). Not so for
   * a disclaimer ("..., which could not be verified") or a withheld source ("an official, who asked not to
   * be named, said ..."): those point at the rest of the sentence.
   */
  readonly ownsRelativeClause: boolean;
}

/** A hedging adjective before its noun: "an alleged plot", "the purported video", "the claimed warfare". */
const ATTRIBUTIVE_CUE = /^(?:alleged|purported|supposed|ostensible|claimed)$/i;
/** Words before "claimed" that make it a verb after all: a relative "that" or a contraction of "has" ("she's claimed"). */
const CLAIMED_VERB_LEAD = /(?:^|\s)(?:that|this|these|those|he['’]s|she['’]s|it['’]s|who['’]s|that['’]s|there['’]s)\s+$/i;
// Whole words only: "alleged attack", "alleged Iranian plot" and "alleged involvement" are nouns after all.
const NOT_A_NOUN_AFTER = /^(?:\s+(?:that|to|by|in|on|at|it|he|she|they|we|i|you)\b|\s*[,.;:!?])/i;
const DETERMINER_BEFORE = /(?:^|\s)(?:an?|the|this|that|these|those|its|his|her|their|our|[\p{L}’'-]+['’]s)\s+$/iu;
/** A bare plural after a preposition or a participle is a noun phrase too: "for alleged crimes", "detailing alleged facets". */
const BARE_NOUN_LEAD = /(?:^|\s)(?:of|for|in|on|over|about|with|into|against|from|by|\p{Ll}+ing)\s+$/u;
const BARE_PLURAL_AFTER = /^\s+\p{Ll}[\p{Ll}-]*s\b/u;

/** The noun phrase an attributive hedging adjective opens, from its determiner to the phrase's end. */
function attributivePhrase(text: string, sentence: Span, cue: Span): Span | undefined {
  if (!ATTRIBUTIVE_CUE.test(text.slice(cue.start, cue.end)) || NOT_A_NOUN_AFTER.test(text.slice(cue.end, cue.end + 6))) return undefined;
  // Without a determiner "alleged" is the verb: "the IDF alleged Al-Ghoul was a member".
  const lead = text.slice(Math.max(sentence.start, cue.start - 40), cue.start);
  const bare = BARE_NOUN_LEAD.test(lead) && BARE_PLURAL_AFTER.test(text.slice(cue.end, cue.end + 40)) ? { 0: '' } : null;
  const before = DETERMINER_BEFORE.exec(lead) ?? bare;
  if (!before) return undefined;
  if (/^claimed$/i.test(text.slice(cue.start, cue.end)) && CLAIMED_VERB_LEAD.test(lead)) return undefined;
  const start = cue.start - before[0].length + (/^\s/.test(before[0]) ? 1 : 0);
  // A hedged subject ("The alleged plot was foiled.") hedges its whole clause; an object or complement only itself.
  if (text.slice(sentence.start, start).trim() === '') return undefined;
  const phrase = phraseAround(text, sentence, cue);
  // So does a hedged subject after an opening adverbial ("This time the alleged rift is over …"): a finite verb follows.
  if (phrase && SUBJECT_VERB_AFTER.test(text.slice(phrase.end, phrase.end + 12))) return undefined;
  return phrase ? { start, end: phrase.end } : undefined;
}

/** A finite verb right after a noun phrase makes that phrase its clause's subject. */
const SUBJECT_VERB_AFTER = /^\s+(?:is|are|was|were|has|have|had|will|would)\b/i;

// A claim carried by a noun: "amid growing speculation about …", "denied the allegations that …", "rubbishing claims the virus …".
const CLAIM_NOUN = /^(?:claims?|allegations?|accusations?|charges?|assertions?|suggestions?|speculation|rumou?rs?|reports?)$/i;
const NOUN_LEAD =
  /(?:^|\s)((?:amid|after|despite|following|given|about|over|into)\s+(?:(?!(?:and|or|but|nor)\s)[\p{L}’'-]+\s+){0,2}|(?:the|a|an|any|these|those|such|his|her|their|its|[\p{L}-]+['’]s)\s+(?:[\p{Ll}-]+\s+)?|(?:of|with|by|on|for|from|against|behind|under|through|denied|dismissed|rejected|rubbishing|rejecting|denying|dismissing|repeated|repeats|echoing)\s+)$/u;
/**
 * A verb that denies the claim noun after it, or a preposition that ties it to its clause: the claim is the noun phrase,
 * not the denial ("denied [rumours that …]") nor the clause's frame ("riling up backers with [claims that …]").
 */
const DENIAL_LEAD = /^(?:with|by|on|for|from|against|behind|under|through|denied|dismissed|rejected|rubbishing|rejecting|denying|dismissing)\s/u;

/** A subject right after a claim noun opens its content clause: "claims they were", "the claim Al-Ghoul was". */
const CONTENT_CLAUSE_OPENER =
  /^[\p{L}]+\s+(?:(?:he|she|it|they|we|i|you|there|his|her|its|their|this|these|those)\s|(?:the|a|an)\s+[\p{L}-]+\s+(?:was|were|is|are|had|has|have|would|will|could)\b|\p{Lu})/u;

/** The noun phrase a claim noun heads, with its complement, from the word that introduces it. */
function claimNounPhrase(text: string, sentence: Span, cue: Span): Span | undefined {
  const head = /^[\p{L}]+/u.exec(text.slice(cue.start, cue.end))?.[0] ?? '';
  if (!CLAIM_NOUN.test(head)) return undefined;
  // "claims to have shot down a plane": with "to" after it, "claims" is the verb.
  if (/^\s+to\s/.test(text.slice(cue.end, cue.end + 4))) return undefined;
  const lead = NOUN_LEAD.exec(text.slice(Math.max(sentence.start, cue.start - 50), cue.start));
  if (!lead) return undefined;
  const start = DENIAL_LEAD.test(lead[1]!) ? cue.start : cue.start - lead[1]!.length;
  if (text.slice(sentence.start, start).trim() === '') return undefined;
  // "Officials have been making the claim that …": whoever makes the claim is part of it; the clause carries it.
  if (/\b(?:make|makes|made|making)\s+$/i.test(text.slice(Math.max(sentence.start, start - 12), start))) return undefined;
  // "the allegations that Hamas has stolen aid": a that-clause complement runs through its own verb.
  // "amid claims they were anti-Semitic": a content clause without "that" runs through its verb too.
  const after = text.slice(cue.start, cue.start + 48);
  const thatClause = /^[\p{L}]+\s+that\b/u.test(after);
  // A content clause runs on through its own subordinate clauses with or without its "that" ("reports he quit before …").
  const contentClause = thatClause || CONTENT_CLAUSE_OPENER.test(after);
  const clauseFollows = contentClause || /^[\p{L}]+\s+of\b/u.test(after);
  const phrase = phraseAround(text, sentence, cue, !clauseFollows, contentClause);
  return phrase && phrase.end > cue.end ? { start, end: phrase.end } : undefined;
}

/** An appositive claim noun whose relative clause says something of the claim: ", a claim that could not be verified". */
const BACK_REFERENCE_CLAIM = /^[\p{L}]+\s+(?:that|which)\s+(?:(?:has|have|had|was|were|is|are|could|can|cannot|would|will|may|might)\b|\p{Ll}+ed\b)/u;

/** Whether the cue is a claim noun in apposition to its sentence, so that the claim is what the sentence says. */
function pointsBackAtSentence(text: string, sentence: Span, cue: Span): boolean {
  if (!CLAIM_NOUN.test(/^[\p{L}]+/u.exec(text.slice(cue.start, cue.end))?.[0] ?? '')) return false;
  if (!/,\s+(?:a|an|the|this|these|such)\s+(?:[\p{Ll}-]+\s+)?$/u.test(text.slice(Math.max(sentence.start, cue.start - 40), cue.start))) return false;
  return BACK_REFERENCE_CLAIM.test(text.slice(cue.start, Math.min(sentence.end, cue.start + 60)));
}

/** A hearsay adverb between a preposition and its gerund: "detained for allegedly waiting a day to report the blast". */
const GERUND_ADVERB = /^(?:allegedly|reportedly|purportedly|supposedly|ostensibly)$/i;
const PREPOSITION_BEFORE = /(?:^|\s)(?:for|of|after|over|on|by|about|with|without|in|from|against|before|while)\s+$/i;

function adverbGerundPhrase(text: string, sentence: Span, cue: Span): Span | undefined {
  if (!GERUND_ADVERB.test(text.slice(cue.start, cue.end))) return undefined;
  if (!PREPOSITION_BEFORE.test(text.slice(Math.max(sentence.start, cue.start - 12), cue.start))) return undefined;
  if (!/^\s+\p{Ll}+ing\b/u.test(text.slice(cue.end, cue.end + 30))) return undefined;
  const phrase = phraseAround(text, sentence, cue, false, false, true);
  return phrase && wordCount(text, phrase) >= MIN_CLAUSE_WORDS ? phrase : undefined;
}

/** An opening subordinate clause holding the cue ("Although his post is seen by some as …, Talabani …"). */
const SUBORDINATE_LEAD = /^(?:although|though|while|whilst|after|before|because|since|if|when|once|despite|amid|following|as)\b[^,;:]*$/i;

/**
 * An opening participle clause holding the cue ("Jailed in 2016 for allegedly spying, she …", "Arrested last week after
 * reportedly …, the man …") sets its claim off from the main clause as a subordinate clause does.
 */
const PARTICIPLE_LEAD = /^\p{Lu}\p{Ll}+(?:ed|en)\s+(?:in|on|at|for|of|with|after|by|over|since|during|last|earlier|from)\b[^,;:]*$/u;

/** "and"/"but" with a subject pronoun and its verb: a second clause joined without a comma. */
const SECOND_SUBJECT = /\s(?:and|but)\s+(?:he|she|they|we)\s+(?:\p{Ll}+ly\s+)?(?:is|are|was|were|has|have|had|will|would)\b/u;

function leadingSubordinate(text: string, sentence: Span, cue: LocatedCue): Span | undefined {
  const lead = text.slice(sentence.start, cue.start);
  if (!SUBORDINATE_LEAD.test(lead) && !(cue.ownsRelativeClause && PARTICIPLE_LEAD.test(lead))) return undefined;
  const comma = text.indexOf(',', cue.end);
  if (comma < 0 || comma >= sentence.end) return undefined;
  // "Although he was described as a militant and he is inspired by …, he …": a second subject opens a clause of its own.
  const second = SECOND_SUBJECT.exec(text.slice(cue.end, comma));
  const clause = trim(text, { start: sentence.start, end: second ? cue.end + second.index : comma });
  return wordCount(text, clause) >= MIN_CLAUSE_WORDS ? clause : undefined;
}

/**
 * A span whose end falls on a comma inside a quotation ("mentioned "Thunderstruck," which …") keeps the comma and
 * the closing mark, so that the quoted words are not cut off before their mark.
 */
function closeOpenQuote(text: string, span: Span, sentence: Span): Span {
  const inside = text.slice(span.start, span.end);
  const straightOpen = (inside.match(/"/g)?.length ?? 0) % 2 === 1;
  const curlyOpen = inside.lastIndexOf('“') > inside.lastIndexOf('”');
  if (!straightOpen && !curlyOpen) return span;
  const tail = /^[,.;:!?]?["”]/.exec(text.slice(span.end, Math.min(sentence.end, span.end + 2)));
  if (!tail || (tail[0].endsWith('"') ? !straightOpen : !curlyOpen)) return span;
  return { start: span.start, end: span.end + tail[0].length };
}

/** A frame that opens its sentence as a participle phrase: "Believed to be in her 30s, she …", "Said to be worth $2bn, the firm …". */
const OPENING_FRAME = /^\p{Lu}\p{Ll}+\s+(?:to|as|by)\b/u;
const FRAME_PARTICIPLE = /^(?:believed|thought|said|reported|rumou?red|reputed|understood|presumed|suspected|seen|viewed|regarded|touted|billed|hailed)$/i;

/**
 * Such an opening phrase is the claim; the main clause after its comma, opened by its own subject, is what the
 * article says of that subject, not part of the hearsay.
 */
function openingFramePhrase(text: string, sentence: Span, cue: Span): Span | undefined {
  if (!/^[\s"'“‘(]*$/.test(text.slice(sentence.start, cue.start))) return undefined;
  const cueWords = text.slice(cue.start, Math.min(sentence.end, cue.end + 4));
  if (!OPENING_FRAME.test(cueWords) || !FRAME_PARTICIPLE.test(/^\p{L}+/u.exec(cueWords)![0])) return undefined;
  const comma = commaAfter(text, cue.end, sentence.end);
  if (comma < 0) return undefined;
  const subject = /^,\s+([\p{L}’']+)/u.exec(text.slice(comma, comma + 40))?.[1];
  if (!subject || !(SUBJECT_OPENERS.has(subject.toLowerCase()) || /^\p{Lu}/u.test(subject))) return undefined;
  const phrase = trim(text, { start: cue.start, end: comma });
  return wordCount(text, phrase) >= MIN_CLAUSE_WORDS ? phrase : undefined;
}

/** The span a cue marks in its sentence, by the scope its lexicon entry gives. */
export function claimSpan(text: string, sentence: Span, cue: LocatedCue, wholeSentence: boolean): Span {
  return closeOpenQuote(text, claimSpanUnbalanced(text, sentence, cue, wholeSentence), sentence);
}

function claimSpanUnbalanced(text: string, sentence: Span, cue: LocatedCue, wholeSentence: boolean): Span {
  // A "what X called ..." phrase is the claim even in a headline; other cues hedge the whole headline.
  if (wholeSentence && cue.scope === 'phrase') return phraseAround(text, sentence, cue) ?? boundedSentence(text, sentence, cue);
  if (wholeSentence || cue.scope === 'sentence' || pointsBackAtSentence(text, sentence, cue)) return boundedSentence(text, sentence, cue);
  const narrow =
    openingFramePhrase(text, sentence, cue) ??
    attributivePhrase(text, sentence, cue) ??
    adverbGerundPhrase(text, sentence, cue) ??
    claimNounPhrase(text, sentence, cue) ??
    leadingSubordinate(text, sentence, cue);
  if (narrow) return narrow;
  const clause = (): Span => clauseAround(text, sentence, cue, cue.ownsRelativeClause);
  if (cue.scope === 'phrase') return phraseAround(text, sentence, cue) ?? clause();
  return clause();
}
