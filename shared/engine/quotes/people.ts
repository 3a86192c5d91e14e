import { FEMALE_WORDS, isNonPersonWord, MALE_WORDS, NAME_TITLES, PERSON_ROLES, PERSON_TITLES, SPEAKING_THINGS } from './lexicon';
import {
  ACCORDING_WORDS,
  DEFINITE_ARTICLES,
  PACK_GRAMMAR,
  FEMININE_ARTICLES,
  MASCULINE_ARTICLES,
  OPINION_INTRO_WORDS,
  POST_NOMINAL_WORDS,
  CREDIT_WORDS,
} from '../lang/pack-overlay';
import type { Span } from '../text/spans';
import { ARTICLES, PHRASE_GRAMMAR } from './speaker-phrases';
import { couldBeNameInCaps, isAcronym, type Token } from './tokens';

/** A person the article names, where it names them ("North Korean leader Kim Jong Un"). */
export interface PersonMention {
  readonly pos: number;
  readonly name: string;
  /** The role noun that introduced the name ("leader"), used to resolve "the leader" later. */
  readonly role?: string | undefined;
  /** How the mention was found: a person by title, role or verb; a bare two-word name; a place after "in". */
  readonly kind: 'person' | 'weak' | 'place';
  /** Grammatical gender the title or role gives ("Mrs", "spokeswoman"), for resolving "he" and "she". */
  readonly gender?: Gender;
  /**
   * In another language, the capitalised words of the apposition after the name ("Ana Gil, de la Asociación Vecinal
   * (AVE)" gives "asociación", "vecinal", "ave"), so "la portavoz de AVE" later is that person.
   */
  readonly affiliation?: readonly string[];
}

/** The apposition after a name, up to its closing comma or stop. */
const APPOSITION = /^\s*,\s+([^,.;:!?\n"“”«»]{2,160})/u;
/** Capitalised words and acronyms inside an apposition. */
const AFFILIATION_WORD = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}'’-]+/gu;

/** The capitalised words of a pack language's apposition after a name, lower case; empty in English. */
function affiliationAfter(text: string, from: number): string[] {
  if (DEFINITE_ARTICLES.size === 0) return [];
  const apposition = APPOSITION.exec(text.slice(from, from + 170))?.[1] ?? '';
  return [...apposition.matchAll(AFFILIATION_WORD)].map((match) => match[0].toLowerCase());
}

/** The gender a title or role noun implies. */
export type Gender = 'm' | 'f';

/** The gender a title or role implies, if any. */
export function genderOf(lower: string | undefined): Gender | undefined {
  if (lower === undefined) return undefined;
  if (MALE_WORDS.has(lower)) return 'm';
  return FEMALE_WORDS.has(lower) ? 'f' : undefined;
}

/** The gender an article shows, in a language whose articles show it. */
export function articleGenderOf(lower: string | undefined): Gender | undefined {
  if (lower === undefined) return undefined;
  if (MASCULINE_ARTICLES.has(lower)) return 'm';
  return FEMININE_ARTICLES.has(lower) ? 'f' : undefined;
}

/** "la fiscal general del Paraguay, Sandra Quiñónez": a role that men and women share takes its gender from its article. */
function roleArticleGender(text: string, runStart: number, role: string | undefined): Gender | undefined {
  if (!role || MASCULINE_ARTICLES.size === 0 || genderOf(role)) return undefined;
  const window = text.slice(Math.max(0, runStart - 120), runStart);
  const escaped = role.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  let article: string | undefined;
  const articles = [...MASCULINE_ARTICLES, ...FEMININE_ARTICLES].join('|');
  for (const match of window.matchAll(new RegExp(`(?<![\\p{L}])(${articles})\\s+(?:\\p{L}+\\s+)?${escaped}(?![\\p{L}])`, 'giu'))) article = match[1];
  return articleGenderOf(article?.toLowerCase());
}

const MAX_NAME = 4;
const NEXT_LOWER_WORD = /^\s+(\p{Ll}+)/u;
/** After these, a capitalised run is a place or an organisation ("in New York, a spokesman said"). */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'on', 'from', 'to', 'of', 'for', 'near', 'by', 'into', 'across', 'outside', 'inside']);
/** Nouns that introduce a company or another body by name ("tech giant X", "the retailer X", "insurer X"). */
const ORGANISATION_NOUNS: ReadonlySet<string> = new Set([
  'giant',
  'firm',
  'company',
  'conglomerate',
  'group',
  'startup',
  'start-up',
  'maker',
  'carmaker',
  'automaker',
  'drugmaker',
  'chipmaker',
  'manufacturer',
  'producer',
  'supplier',
  'retailer',
  'chain',
  'brand',
  'label',
  'airline',
  'carrier',
  'operator',
  'lender',
  'bank',
  'insurer',
  'broadcaster',
  'publisher',
  'developer',
  'consultancy',
  'charity',
  'nonprofit',
  'non-profit',
  'watchdog',
  'regulator',
  'club',
  'outfit',
]);
/** After these, a capitalised run is a place ("officials in Springfield"), remembered so it is never taken for a person. */
const PLACE_NAMING: ReadonlySet<string> = new Set(['in', 'near', 'outside', 'inside', 'across', 'into']);
const SPEAKS_NEXT =
  /^\s+(?:(?:also|has|have|had|later|then)\s+)*(?:said|says|told|tells|added|announced|declared|warned|wrote|stated|insisted|argued|denied|denies|claimed|urged|accused|criticised|criticized|rejected|praised|admitted|acknowledged)\b/;
const APPOSITIVE = /^\s*,\s+(?:a|an|the|former|its|his|her)\s+((?:[\p{L}\p{N}'’-]+\s+){0,6}[\p{L}\p{N}'’-]+)/u;
/**
 * "Brian Gammage, vice-president of research at Gartner": a role without an article in apposition, tied to the body
 * it serves, which tells a person from a place even after a preposition ("came from Brian Gammage, …").
 */
const ROLE_OF_BODY = /^\s*,\s+(?!(?:the|a|an|its|their)\s)((?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+)\s+(?:of|at|for|with)\s/iu;

function roleOfBody(after: string): string | undefined {
  return ROLE_OF_BODY.exec(after)?.[1]!
    .toLowerCase()
    .split(/\s+/)
    .find((w) => PERSON_ROLES.has(w));
}

/** In French and Spanish the role in apposition often has no article ("Juan Pérez, alcalde de la ciudad"): its first two words. */
const PACK_APPOSITIVE = /^\s*,\s+(?:(?:el|la|le|les|los|las|un|una|une|su|sa|son)\s+|l['’])?([\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)/u;

/** Whether a run of capitalised words can be a person's name rather than a place or an organisation. */
export function looksLikePersonName(run: readonly Token[]): boolean {
  return run.length > 0 && run.every((token, index) => !isNonPersonWord(token.lower, index > 0) && !isAcronym(token));
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
  return PERSON_TITLES.has(lower) || PERSON_ROLES.has(lower) || isCompoundRole(lower);
}

/** The shortest role a compound may end in ("Werksleiter" in "leiter"); shorter tails are too often plain word endings. */
const COMPOUND_ROLE_TAIL = 5;

/** "Werksleiter", "Regierungssprecherin": in a language that writes compounds as one word, a word ending in a role is one. */
export function isCompoundRole(lower: string): boolean {
  if (!PACK_GRAMMAR.compoundRoles) return false;
  for (let k = 3; k <= lower.length - COMPOUND_ROLE_TAIL; k++) if (PERSON_ROLES.has(lower.slice(k))) return true;
  return false;
}

function isPersonWord(word: RunWord, caps: boolean, afterName: boolean): boolean {
  if (NAME_TITLES.has(word.lower) || PERSON_ROLES.has(word.lower) || isCompoundRole(word.lower) || isNonPersonWord(word.lower, afterName)) return false;
  if (!caps && word.text.length >= 2 && word.text === word.text.toUpperCase()) return false;
  return couldBeNameInCaps(word.lower);
}

/**
 * "Daten von Rheinmetall gehackt": where every noun has a capital, a single capitalised word before "von" is a noun and
 * the run no name ("Ursula von der Leyen" comes with a role or a verb of speech, which this does not cover).
 */
function nounBeforeParticle(name: string): boolean {
  return PHRASE_GRAMMAR.capitalisedNouns && /^\S+ von /.test(name);
}

/** "Alle Kräfte seien im Einsatz": where the pack can tell, a run opened by a group's determiner names no one. */
function namesGroup(run: readonly RunWord[]): boolean {
  return PACK_GRAMMAR.notOnePerson?.(run.map((word) => word.text.toLowerCase())) === true;
}

/** Reads one run of capitalised words (and the word before it) for "leader Kim Jong Un", "President Joe Biden". */
/** The word and colon of a picture credit's label just before a name ("Photo: ", "Фото: "). */
const CREDIT_LABEL = /(\p{L}+)\s*:\s*$/u;

/** A credit's separator right after a name ("Manon Cruz / Reuters", "Carlos Herrera | Archivo"). */
const CREDIT_SEPARATOR = /^\s*[|/]/u;

/** An organisation's acronym in capitals ("ЦРУ", "OTAN", "FBI"). */
const BODY_ACRONYM = /^[\p{Lu}]{2,6}$/u;

function mentionsInRun(text: string, words: readonly RunWord[], previous: string, caps: boolean, out: PersonMention[]): void {
  let role = PERSON_ROLES.has(previous) ? previous : undefined;
  let triggered = isTrigger(previous);
  let gender = genderOf(previous);
  let i = 0;
  while (i < words.length) {
    const word = words[i]!;
    if (NAME_TITLES.has(word.lower) || isTrigger(word.lower)) {
      triggered = triggered || isTrigger(word.lower);
      if (PERSON_ROLES.has(word.lower) || isCompoundRole(word.lower)) role = word.lower;
      gender = genderOf(word.lower) ?? gender;
      i++;
      continue;
    }
    // "Der Einsatz dauerte an": where every noun has a capital, an article opening the run opens a noun, not a name.
    if (PHRASE_GRAMMAR.capitalisedNouns && i === 0 && !caps && ARTICLES.has(word.lower)) {
      i++;
      continue;
    }
    // "Laut Scholz ist …", "Según Ortiz, …": another language's capitalised "according to" opening the sentence is no
    // first name; the name after it is the run (and a role after it still introduces one).
    if (i === 0 && words.length > 1 && !caps && ACCORDING_WORDS.has(word.lower)) {
      i++;
      continue;
    }
    // "директор ЦРУ Джон Рэтклифф", "director de la OTAN": the acronym of the body a role serves stands between the
    // role and the name it introduces.
    if (triggered && !caps && i + 1 < words.length && BODY_ACRONYM.test(word.text)) {
      i++;
      continue;
    }
    let j = i;
    while (j < words.length && j - i < MAX_NAME && isPersonWord(words[j]!, caps, j > i)) j++;
    // "Pour Anne Petit, directrice de …, …", "Selon Paul Martin, …": another language's capitalised opening preposition
    // is no part of the name after it.
    const opened = i === 1 && (OPINION_INTRO_WORDS.has(words[0]!.lower) || ACCORDING_WORDS.has(words[0]!.lower));
    // "biopharmaceutical giant Samsung Biologics", "the carmaker Volta Motors": a name a company noun introduces is no person's.
    const whole = j - i >= 2 && (i === 0 || opened) && j === words.length && !ORGANISATION_NOUNS.has(previous);
    const candidate =
      triggered || (whole && (!PLACE_PREPOSITIONS.has(previous) || roleOfBody(text.slice(words[j - 1]!.start + words[j - 1]!.text.length)) !== undefined));
    if (j > i && candidate) {
      const last = words[j - 1]!;
      const after = text.slice(last.start + last.text.length, last.start + last.text.length + 90);
      const next = NEXT_LOWER_WORD.exec(after);
      const name = joinName(words.slice(i, j));
      const pos = words[i]!.start;
      const affiliation = affiliationAfter(text, last.start + last.text.length);
      const affiliated = affiliation.length > 0 ? { affiliation } : {};
      if (triggered && !(next && SPEAKING_THINGS.has(next[1]!))) {
        const shown = gender ?? roleArticleGender(text, pos, role);
        out.push({ pos, name, role, kind: 'person', ...(shown ? { gender: shown } : {}), ...affiliated });
      } else if (!triggered) {
        const roleWord =
          APPOSITIVE.exec(after)?.[1]!
            .toLowerCase()
            .split(/\s+/)
            .find((w) => PERSON_ROLES.has(w)) ??
          packAppositiveRole(after) ??
          (PLACE_PREPOSITIONS.has(previous) ? roleOfBody(after) : undefined);
        const roleGender = genderOf(roleWord);
        if (roleWord) out.push({ pos, name, role: roleWord, kind: 'person', ...(roleGender ? { gender: roleGender } : {}), ...affiliated });
        // "the Brit Awards announced": a name after "the" is an organisation, whatever verb follows.
        else if (SPEAKS_NEXT.test(after) && previous !== 'the') out.push({ pos, name, kind: 'person' });
        // "a video for the Australia Global Alumni": nor is a bare run after "the" anyone a pronoun may later stand for.
        else if (!caps && previous !== 'the' && !(next && SPEAKING_THINGS.has(next[1]!)) && !nounBeforeParticle(name) && !namesGroup(words.slice(i, j)))
          out.push({ pos, name, kind: 'weak', ...affiliated });
      }
    } else if (j > i && !triggered && !caps && i === 0 && PLACE_NAMING.has(previous)) {
      out.push({ pos: words[0]!.start, name: joinName(words.slice(0, j)), kind: 'place' });
    }
    triggered = false;
    gender = undefined;
    role = undefined;
    i = Math.max(j, i + 1);
  }
}

// Explicit ranges (Latin, Latin-1, Latin Extended, Greek, Cyrillic) keep this scan several times faster than \p{Lu}.
// Lower-case particles inside a name ("Michael van der Veen", "Abdel Fattah al-Sisi") continue the run.
// A run stops after twelve words, so that a page of capitalised words cut by full stops is read once, not
// once per cut (no name is longer; a longer Title Case headline goes on in the next run).
const CAPITAL_RUN =
  /[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u024F\u0391-\u03A9\u0400-\u042F][\w\u00C0-\u024F\u0370-\u04FF'’-]*\.?(?:(?:[ \t]+(?:(?:van|von)(?:[ \t]+(?:der|den|dem))?|de(?:[ \t]+la)?|del|della|da|di|du|dos|bin|ibn|ben))?[ \t]+(?:(?:al|el|ad|ash|as|an|abu)-)?[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u024F\u0391-\u03A9\u0400-\u042F][\w\u00C0-\u024F\u0370-\u04FF'’-]*\.?){0,11}/g;

function isLetterCode(code: number): boolean {
  // Cyrillic too, so "политолог Иван Петров" gives its name a role as "analyst John Smith" does.
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x400 && code <= 0x4ff)
  );
}

/** A word of five letters or more closed by a full stop inside a capitalised run ("Hamas. Surpeuplé"). */
const SENTENCE_END_IN_RUN = /(?<!\p{L})(\p{L}{5,})\.(?=[ \t])/u;

/**
 * A short surname closed by a full stop soon after an honorific ("said Mr Fogg. Apple has …", "Mrs Ruth Ng. Ministers"):
 * too short for the rule above, yet no abbreviation, since the title already says a name follows.
 */
const SHORT_WORD_END_IN_RUN = /(?<!\p{L})(\p{Lu}\p{Ll}{1,3})\.(?=[ \t])/gu;
/** How many words a name may run between its honorific and the short surname that ends a sentence. */
const TITLED_NAME_WORDS = 3;

/** Where a capitalised run holds a sentence's end, the match up to and with its full stop. */
function sentenceEndInRun(run: string): RegExpExecArray | null {
  if (!run.includes('. ') && !run.includes('.\t')) return null;
  const long = SENTENCE_END_IN_RUN.exec(run);
  const found = long && !NAME_TITLES.has(long[1]!.toLowerCase()) ? long : null;
  SHORT_WORD_END_IN_RUN.lastIndex = 0;
  for (let short = SHORT_WORD_END_IN_RUN.exec(run); short; short = SHORT_WORD_END_IN_RUN.exec(run)) {
    if (found && short.index >= found.index) break;
    if (NAME_TITLES.has(short[1]!.toLowerCase())) continue;
    const before = run
      .slice(0, short.index)
      .trim()
      .split(/[ \t]+/)
      .slice(-TITLED_NAME_WORDS);
    if (before.some((word) => NAME_TITLES.has(word.replace(/\.$/, '').toLowerCase()))) return short;
  }
  return found;
}

/** Longest title or role word worth reading before a capitalised run ("superintendent"). */
const MAX_TRIGGER = 14;

/** The word before `offset` ("leader" in "leader Kim"), lower case, found by a short backward scan. */
function previousWord(text: string, offset: number): string {
  let end = offset;
  while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  if (end === offset) return '';
  const dotted = text.charCodeAt(end - 1) === 46;
  if (dotted) end--;
  let start = end;
  while (start > 0 && end - start <= MAX_TRIGGER && isLetterCode(text.charCodeAt(start - 1))) start--;
  // Long words are never titles, roles or place prepositions: skip building the string.
  if (start === end || end - start > MAX_TRIGGER) return '';
  const word = text.slice(start, end);
  const first = word.charCodeAt(0);
  const lower = first >= 97 && first <= 122 && word.length < 4 ? word : word.toLowerCase();
  // "Dr. Lee", "Gen. Kim": a full stop after a title abbreviates it; after any other word ("… министров. Трансляцию")
  // it ends the sentence, and the word says nothing of the run after it.
  return dotted && !NAME_TITLES.has(lower) ? '' : lower;
}

/** The role noun before an appositive comma ("A Kremlin spokesman, Dmitry Peskov"), or ''. */
function roleBeforeComma(text: string, offset: number): string {
  let end = offset;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  if (end === offset || text[end - 1] !== ',') return '';
  let start = end - 1;
  while (start > 0 && end - 1 - start < 20 && isLetterCode(text.charCodeAt(start - 1))) start--;
  const word = text.slice(start, end - 1).toLowerCase();
  return PERSON_ROLES.has(word) ? word : '';
}

function lowerWord(word: string): string {
  const lower = word.toLowerCase();
  return lower.endsWith("'s") || lower.endsWith('’s') ? lower.slice(0, -2) : lower;
}

/** The role before another language's post-nominal adjective ("fiscal general colombiano Francisco Barbosa" gives "general"), or ''. */
function roleBeforeAdjective(text: string, offset: number): string {
  if (POST_NOMINAL_WORDS.size === 0) return '';
  const words = /([\p{L}'’-]+)\s+([\p{L}'’-]+)\s+$/u.exec(text.slice(Math.max(0, offset - 60), offset));
  if (!words || !POST_NOMINAL_WORDS.has(words[2]!.toLowerCase())) return '';
  const role = words[1]!.toLowerCase();
  return isTrigger(role) ? role : '';
}

/** The role noun in an article-less apposition of a language pack ("Anne Dupuis, directrice de l'ONG"), if any. */
function packAppositiveRole(after: string): string | undefined {
  if (DEFINITE_ARTICLES.size === 0) return undefined;
  const words = PACK_APPOSITIVE.exec(after)?.[1]!.toLowerCase().split(/\s+/) ?? [];
  return words.find((w) => PERSON_ROLES.has(w));
}

/** Words that may stand between a role and the name it introduces in a language pack ("ministre de l’Intérieur, X"). */
const ROLE_COMPLEMENT = /^(?:[\p{Lu}][\p{L}.'’-]*|\p{Ll}['’]\p{Lu}[\p{L}'’-]*|de|del|du|des|d['’]|l['’]|la|le|les|el|los|las|à|au|aux|a|al)$/u;

const COMPLEMENT_OPENERS: ReadonlySet<string> = new Set(['de', 'del', 'du', 'des', "d'", 'd’', 'la', 'le', 'les', 'el', 'los', 'las', "l'", 'l’']);

/**
 * The role a language pack's noun phrase gives the name in apposition after its complement: "le ministre de
 * l’Intérieur, Gérald Martin", "el portavoz del Gobierno, Luis García", "el presidente estadounidense, Donald Trump"; or ''.
 */
function roleBeforeComplement(text: string, offset: number): string {
  if (DEFINITE_ARTICLES.size === 0) return '';
  const before = text.slice(Math.max(0, offset - 90), offset);
  const words = before.match(/[\p{L}.'’-]+|,|[^\s\p{L}]/gu) ?? [];
  // Only the name in apposition after a comma: a run right after the complement is more often the complement's own name.
  let k = words.length - 1;
  if (words[k] !== ',') return '';
  k--;
  for (let steps = 0; k >= 0 && steps < 7; k--, steps++) {
    const word = words[k]!;
    const lower = word.toLowerCase();
    if (PERSON_ROLES.has(lower)) return steps > 0 ? lower : '';
    // "du gouvernement", "de la santé", "de l’armée": a plain noun inside the role's complement.
    const complementNoun = /^\p{Ll}/u.test(word) && k > 0 && COMPLEMENT_OPENERS.has(words[k - 1]!.toLowerCase().replace(/^(\p{L}['’]).+/u, '$1'));
    if (!ROLE_COMPLEMENT.test(word) && !POST_NOMINAL_WORDS.has(lower) && !complementNoun) return '';
  }
  return '';
}

/** Finds people named after a title or role ("President X", "leader X") or before an appositive ("X, the minister"). */
export function findPersonMentions(text: string, quotes: readonly Span[], capsAt: (offset: number) => boolean): PersonMention[] {
  const mentions: PersonMention[] = [];
  let quote = 0;
  CAPITAL_RUN.lastIndex = 0;
  for (let match = CAPITAL_RUN.exec(text); match; match = CAPITAL_RUN.exec(text)) {
    const at = match.index;
    let end = CAPITAL_RUN.lastIndex;
    // "… administré par le Hamas. Surpeuplé, le site …": a full stop after a long word ends the sentence, and the run.
    // The expression looks behind at every character; most runs hold no full stop before a space to find.
    const run = match[0];
    const sentenceEnd = sentenceEndInRun(run);
    if (sentenceEnd) {
      end = at + sentenceEnd.index + sentenceEnd[0].length;
      CAPITAL_RUN.lastIndex = end;
    }
    while (quote < quotes.length && quotes[quote]!.end <= at) quote++;
    if (quote < quotes.length && quotes[quote]!.start <= at) continue;
    // "(Фото: Manon Cruz / Reuters)", "Carlos Herrera | Archivo": a picture credit names no one the text speaks of.
    const label = CREDIT_LABEL.exec(text.slice(Math.max(0, at - 12), at))?.[1]?.toLowerCase();
    if ((label !== undefined && CREDIT_WORDS.has(label)) || CREDIT_SEPARATOR.test(text.slice(end, end + 3))) continue;
    const previous = roleBeforeAdjective(text, at) || roleBeforeComplement(text, at) || previousWord(text, at) || roleBeforeComma(text, at);
    const single = !/[ \t]/.test(text.slice(at, end));
    // Most runs are one sentence-initial word: nothing to learn unless a title or role precedes it.
    if (single && !isTrigger(previous) && !PLACE_NAMING.has(previous)) continue;
    const words: RunWord[] = [];
    for (let k = at; k < end;) {
      let stop = k;
      while (stop < end && text.charCodeAt(stop) !== 32 && text.charCodeAt(stop) !== 9) stop++;
      const clean = text.charCodeAt(stop - 1) === 46 ? text.slice(k, stop - 1) : text.slice(k, stop);
      words.push({ text: clean, lower: lowerWord(clean), start: k });
      k = stop;
      while (k < end && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
    }
    mentionsInRun(text, words, previous, capsAt(at), mentions);
  }
  return mentions;
}
