import { NAME_TITLES, NON_PERSON_WORDS, PERSON_PRONOUNS, PERSON_ROLES, PERSON_TITLES, PRONOUNS, SPEAKING_THINGS } from './lexicon';
import type { Span } from '../text/spans';
import { couldBeNameInCaps, isNameWord, type Token } from './tokens';

/** A person the article names, where it names them ("North Korean leader Kim Jong Un"). */
export interface PersonMention {
  readonly pos: number;
  readonly name: string;
  /** The role noun that introduced the name ("leader"), used to resolve "the leader" later. */
  readonly role?: string;
}

const MAX_NAME = 4;
const NEXT_LOWER_WORD = /^\s+(\p{Ll}+)/u;
/** After these, a capitalised run is a place or an organisation ("in New York, a spokesman said"). */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'on', 'from', 'to', 'of', 'for', 'near', 'by', 'into', 'across', 'outside', 'inside']);
const SPEAKS_NEXT = /^\s+(?:also\s+)?(?:said|says|told|added|announced|declared|warned|wrote|stated|insisted|argued)\b/;
const APPOSITIVE = /^\s*,\s+(?:a|an|the|former|its|his|her)\s+((?:[\p{L}\p{N}'’-]+\s+){0,6}[\p{L}\p{N}'’-]+)/u;

function isAcronym(token: Token): boolean {
  return !token.caps && token.text.length >= 2 && token.text === token.text.toUpperCase() && /\p{L}/u.test(token.text);
}

/** Whether a run of capitalised words can be a person's name rather than a place or an organisation. */
export function looksLikePersonName(run: readonly Token[]): boolean {
  return run.length > 0 && run.every((token) => !NON_PERSON_WORDS.has(token.lower) && !isAcronym(token));
}

function joinName(run: readonly { readonly text: string }[]): string {
  return run.map((token) => token.text.replace(/['’]s$/, '')).join(' ');
}

interface RunWord {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
}

function isTrigger(lower: string): boolean {
  return PERSON_TITLES.has(lower) || PERSON_ROLES.has(lower);
}

function isPersonWord(word: RunWord, caps: boolean): boolean {
  if (NAME_TITLES.has(word.lower) || PERSON_ROLES.has(word.lower) || NON_PERSON_WORDS.has(word.lower)) return false;
  if (!caps && word.text.length >= 2 && word.text === word.text.toUpperCase()) return false;
  return couldBeNameInCaps(word.lower);
}

/** Reads one run of capitalised words (and the word before it) for "leader Kim Jong Un", "President Joe Biden". */
function mentionsInRun(text: string, words: readonly RunWord[], previous: string, caps: boolean, out: PersonMention[]): void {
  let role = PERSON_ROLES.has(previous) ? previous : undefined;
  let triggered = isTrigger(previous);
  let i = 0;
  while (i < words.length) {
    const word = words[i]!;
    if (NAME_TITLES.has(word.lower) || isTrigger(word.lower)) {
      triggered = triggered || isTrigger(word.lower);
      if (PERSON_ROLES.has(word.lower)) role = word.lower;
      i++;
      continue;
    }
    let j = i;
    while (j < words.length && j - i < MAX_NAME && isPersonWord(words[j]!, caps)) j++;
    const candidate = triggered || (j - i >= 2 && i === 0 && j === words.length && !PLACE_PREPOSITIONS.has(previous));
    if (j > i && candidate) {
      const last = words[j - 1]!;
      const after = text.slice(last.start + last.text.length, last.start + last.text.length + 90);
      const next = NEXT_LOWER_WORD.exec(after);
      const name = joinName(words.slice(i, j));
      if (triggered && !(next && SPEAKING_THINGS.has(next[1]!))) {
        out.push({ pos: words[i]!.start, name, role });
      } else if (!triggered) {
        const roleWord = APPOSITIVE.exec(after)?.[1]!.toLowerCase().split(/\s+/).find((w) => PERSON_ROLES.has(w));
        if (roleWord) out.push({ pos: words[i]!.start, name, role: roleWord });
        else if (SPEAKS_NEXT.test(after)) out.push({ pos: words[i]!.start, name });
      }
    }
    triggered = false;
    role = undefined;
    i = Math.max(j, i + 1);
  }
}

// Explicit ranges (Latin, Latin-1, Latin Extended, Greek, Cyrillic) keep this scan several times faster than \p{Lu}.
const CAPITAL_RUN =
  /[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u024F\u0391-\u03A9\u0400-\u042F][\w\u00C0-\u024F\u0370-\u04FF'’-]*\.?(?:[ \t]+[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u024F\u0391-\u03A9\u0400-\u042F][\w\u00C0-\u024F\u0370-\u04FF'’-]*\.?)*/g;

function isLetterCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
}

/** The word before `offset` ("leader" in "leader Kim"), lower case, found by a short backward scan. */
function previousWord(text: string, offset: number): string {
  let end = offset;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  if (end === offset) return '';
  if (text[end - 1] === '.') end--;
  let start = end;
  while (start > 0 && end - start < 20 && isLetterCode(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end).toLowerCase();
}

function lowerWord(word: string): string {
  const lower = word.toLowerCase();
  return lower.endsWith("'s") || lower.endsWith('’s') ? lower.slice(0, -2) : lower;
}

/** Finds people named after a title or role ("President X", "leader X") or before an appositive ("X, the minister"). */
export function findPersonMentions(text: string, quotes: readonly Span[], capsAt: (offset: number) => boolean): PersonMention[] {
  const mentions: PersonMention[] = [];
  let quote = 0;
  CAPITAL_RUN.lastIndex = 0;
  for (let match = CAPITAL_RUN.exec(text); match; match = CAPITAL_RUN.exec(text)) {
    const at = match.index;
    const value = match[0];
    while (quote < quotes.length && quotes[quote]!.end <= at) quote++;
    if (quote < quotes.length && quotes[quote]!.start <= at) continue;
    const previous = previousWord(text, at);
    const single = value.indexOf(' ') < 0 && value.indexOf('\t') < 0;
    // Most runs are one sentence-initial word: nothing to learn unless a title or role precedes it.
    if (single && !isTrigger(previous)) continue;
    const words: RunWord[] = [];
    let from = 0;
    for (const part of value.split(/[ \t]+/)) {
      const offset = value.indexOf(part, from);
      from = offset + part.length;
      const clean = part.endsWith('.') ? part.slice(0, -1) : part;
      words.push({ text: clean, lower: lowerWord(clean), start: at + offset });
    }
    mentionsInRun(text, words, previous, capsAt(at), mentions);
  }
  return mentions;
}

/** A resolved speaker: the name we report and the words the text uses, when they differ. */
export interface ResolvedSpeaker {
  readonly speaker?: string;
  readonly surface?: string;
}

/** Remembers who the article has named so far, so "he", "Mr Kim" and "the leader" resolve to a name. */
export class PersonRegistry {
  private lastPerson: string | undefined;
  /** The last person named or described by role ("a spokesman"), whichever came later; "he" refers to it. */
  private lastPersonLike: string | undefined;
  /** The last organisation, document or name a cue gave as speaker; "it said" refers to it. */
  private lastNamed: string | undefined;
  private readonly byWord = new Map<string, string>();
  private readonly byRole = new Map<string, string>();

  /** Records a person, merging a bare surname into an earlier full name; returns the full name. */
  add(name: string, role?: string): string {
    const words = name.split(' ');
    const known = words.length === 1 ? this.byWord.get(name.toLowerCase()) : undefined;
    const full = known ?? name;
    for (const word of full.split(' ')) this.byWord.set(word.toLowerCase(), full);
    this.lastPerson = full;
    this.lastPersonLike = full;
    if (role) this.byRole.set(role, full);
    return full;
  }

  /** Turns the noun phrase a cue names into a speaker. */
  resolve(phrase: readonly Token[], text: string): ResolvedSpeaker {
    const surface = text.slice(phrase[0]!.start, phrase[phrase.length - 1]!.end);
    const head = phrase[phrase.length - 1]!;
    if (phrase.length === 1 && PRONOUNS.has(head.lower)) return this.resolvePronoun(head.lower, surface);
    if (PERSON_ROLES.has(head.lower)) {
      const name = this.byRole.get(head.lower) ?? this.lastPerson;
      const role = surface.replace(/^(The|A|An|His|Her|Its|Their)\b/, (word) => word.toLowerCase());
      const speaker = name ? `${name} (${role})` : surface;
      this.lastPersonLike = speaker;
      return name ? { speaker, surface } : { speaker };
    }
    // Documents, organisations and groups of people ("the statement", "the Foreign Ministry", "officials", "the alert").
    const plainNoun = !isNameWord(head);
    if (plainNoun || SPEAKING_THINGS.has(head.lower) || (head.lower.endsWith('s') && PERSON_ROLES.has(head.lower.slice(0, -1)))) {
      this.lastNamed = surface;
      return { speaker: surface };
    }
    return this.resolveName(phrase, surface);
  }

  private resolvePronoun(lower: string, surface: string): ResolvedSpeaker {
    if (PERSON_PRONOUNS.has(lower)) {
      const person = this.lastPersonLike ?? this.lastPerson;
      return person ? { speaker: person, surface } : { speaker: surface };
    }
    if (lower === 'it') return this.lastNamed ? { speaker: this.lastNamed, surface } : {};
    return { speaker: surface };
  }

  private resolveName(phrase: readonly Token[], surface: string): ResolvedSpeaker {
    // The name is the trailing run of capitalised words after titles and descriptors.
    let first = phrase.length - 1;
    while (first > 0 && isNameWord(phrase[first - 1]!) && !NAME_TITLES.has(phrase[first - 1]!.lower)) first--;
    let run = phrase.slice(first);
    const person = run.filter((token) => !NON_PERSON_WORDS.has(token.lower));
    const lastWord = run[run.length - 1]!;
    // "the National Liberation Front": a name after an article is an organisation, not a person.
    const afterArticle = first > 0 && ['the', 'a', 'an'].includes(phrase[first - 1]!.lower);
    if (afterArticle || NON_PERSON_WORDS.has(lastWord.lower) || isAcronym(lastWord) || !looksLikePersonName(person)) {
      const name = joinName(run);
      this.lastNamed = name;
      return name === surface ? { speaker: name } : { speaker: name, surface };
    }
    // "Friday Kim said": leading place or date words are not part of the name.
    while (run.length > 1 && NON_PERSON_WORDS.has(run[0]!.lower)) run = run.slice(1);
    const name = this.add(joinName(run));
    this.lastNamed = name;
    return name === surface ? { speaker: name } : { speaker: name, surface };
  }
}
