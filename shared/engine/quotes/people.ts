import { NAME_TITLES, NON_PERSON_WORDS, PERSON_PRONOUNS, PERSON_ROLES, PERSON_TITLES, PRONOUNS, SPEAKING_THINGS } from './lexicon';
import { isNameWord, type Token } from './tokens';

/** A person the article names, where it names them ("North Korean leader Kim Jong Un"). */
export interface PersonMention {
  readonly pos: number;
  readonly name: string;
  /** The role noun that introduced the name ("leader"), used to resolve "the leader" later. */
  readonly role?: string;
}

const MAX_NAME = 4;
const APPOSITIVE_LEADS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'former', 'its', 'his', 'her']);

function isAcronym(token: Token): boolean {
  return !token.caps && token.text.length >= 2 && token.text === token.text.toUpperCase() && /\p{L}/u.test(token.text);
}

/** Whether a run of capitalised words can be a person's name rather than a place or an organisation. */
export function looksLikePersonName(run: readonly Token[]): boolean {
  return run.length > 0 && run.every((token) => !NON_PERSON_WORDS.has(token.lower) && !isAcronym(token));
}

function nameRun(tokens: readonly Token[], from: number): Token[] {
  const run: Token[] = [];
  for (let j = from; j < tokens.length && run.length < MAX_NAME; j++) {
    const token = tokens[j]!;
    if (token.quote >= 0 || !isNameWord(token) || NAME_TITLES.has(token.lower) || PERSON_ROLES.has(token.lower)) break;
    run.push(token);
  }
  return run;
}

function joinName(run: readonly Token[]): string {
  return run.map((token) => token.text.replace(/['’]s$/, '')).join(' ');
}

/** Finds people named after a title or role ("President X", "leader X") or before an appositive ("X, the minister"). */
export function findPersonMentions(tokens: readonly Token[]): PersonMention[] {
  const mentions: PersonMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word' || token.quote >= 0) continue;
    const lower = token.lower;
    if (PERSON_TITLES.has(lower) || PERSON_ROLES.has(lower)) {
      let from = i + 1;
      if (tokens[from]?.text === '.') from++;
      const run = nameRun(tokens, from);
      const after = tokens[from + run.length];
      const organisation = after !== undefined && !after.cap && SPEAKING_THINGS.has(after.lower);
      if (run.length > 0 && looksLikePersonName(run) && !organisation) {
        mentions.push({ pos: run[0]!.start, name: joinName(run), role: PERSON_ROLES.has(lower) ? lower : undefined });
        i = from + run.length - 1;
      }
      continue;
    }
    if (!isNameWord(token) || (i > 0 && isNameWord(tokens[i - 1]!))) continue;
    const run = nameRun(tokens, i);
    const comma = i + run.length;
    if (run.length < 2 || tokens[comma]?.text !== ',' || !APPOSITIVE_LEADS.has(tokens[comma + 1]?.lower ?? '')) continue;
    for (let k = comma + 2; k < tokens.length && k <= comma + 7; k++) {
      if (PERSON_ROLES.has(tokens[k]!.lower) && looksLikePersonName(run)) {
        mentions.push({ pos: run[0]!.start, name: joinName(run), role: tokens[k]!.lower });
        break;
      }
      if (tokens[k]!.kind !== 'word') break;
    }
    i = comma;
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
  private lastThing: string | undefined;
  /** The last person named or described by role ("a spokesman"), whichever came later; "he" refers to it. */
  private lastPersonLike: string | undefined;
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
    // Documents, organisations and groups of people ("the statement", "the Foreign Ministry", "officials").
    if (SPEAKING_THINGS.has(head.lower) || (head.lower.endsWith('s') && PERSON_ROLES.has(head.lower.slice(0, -1)))) {
      this.lastThing = surface;
      return { speaker: surface };
    }
    return this.resolveName(phrase, surface);
  }

  private resolvePronoun(lower: string, surface: string): ResolvedSpeaker {
    if (PERSON_PRONOUNS.has(lower)) {
      const person = this.lastPersonLike ?? this.lastPerson;
      return person ? { speaker: person, surface } : { speaker: surface };
    }
    if (lower === 'it') return this.lastThing ? { speaker: this.lastThing, surface } : {};
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
      this.lastThing = name;
      return name === surface ? { speaker: name } : { speaker: name, surface };
    }
    // "Friday Kim said": leading place or date words are not part of the name.
    while (run.length > 1 && NON_PERSON_WORDS.has(run[0]!.lower)) run = run.slice(1);
    const name = this.add(joinName(run));
    return name === surface ? { speaker: name } : { speaker: name, surface };
  }
}
