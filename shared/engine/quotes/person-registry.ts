import {
  DEFINITE_ARTICLES,
  DEMONSTRATIVES,
  englishPronoun,
  LATTER_PHRASES,
  OPINION_HEADS,
  PACK_GRAMMAR,
  PACK_INSTITUTIONS,
  PACK_NAMES,
  PACK_ROLE_FAMILIES,
  PRO_DROP_VERBS,
} from '../lang/pack-overlay';
import {
  AGE_EPITHET,
  DEMONYM_EPITHETS,
  isNonPersonWord,
  isSurnameMonth,
  NAME_TITLES,
  NON_PERSON_WORDS,
  PERSON_PRONOUNS,
  PERSON_ROLES,
  PRONOUNS,
  SPEAKING_THINGS,
} from './lexicon';
import { namesPerson, SINGLE_PERSON_OPENERS } from './antecedents';
import { articleGenderOf, genderOf, isCompoundRole, looksLikePersonName, type Gender, type PersonMention } from './people';
import { ELIDED_NAME, isAcronym, isNameWord, type Token } from './tokens';
import { namesNoOne } from './place-words';
import { ARTICLES, LEADING_JUNK, ROMANCE_OF } from './speaker-phrases';

/** A resolved speaker: the name we report and the words the text uses, when they differ. */
export interface ResolvedSpeaker {
  readonly speaker?: string;
  readonly surface?: string;
}

/** How many recently named people "he" and "she" may reach back to when the latest one does not fit. */
const RECENT_PEOPLE = 6;

function joinName(run: readonly Token[]): string {
  return run.map((token) => token.text.replace(/['’]s$/, '')).join(' ');
}

const CYRILLIC_WORD = /^\p{Script=Cyrillic}+$/u;
/** Case endings a Russian surname in -ов/-ин/-ев or a consonant takes after its nominative ("Гасанов" → "Гасанова", "Гасановым"). */
const SURNAME_CASE_ENDINGS = ['ым', 'ом', 'ем', 'а', 'у', 'е'];

/** Role nouns that are also common surnames: "Dr Michael Head", "Martin Luther King". */
const SURNAME_ROLES: ReadonlySet<string> = new Set(['head', 'king', 'bishop', 'judge', 'dean', 'marshal', 'knight', 'page', 'chancellor']);

/** Whether a capitalised role word ends a person's name rather than naming a role. */
function isSurname(phrase: readonly Token[]): boolean {
  const head = phrase[phrase.length - 1]!;
  const before = phrase[phrase.length - 2];
  return (
    head.cap &&
    !head.caps &&
    SURNAME_ROLES.has(head.lower) &&
    before !== undefined &&
    before.cap &&
    isNameWord(before) &&
    !PERSON_ROLES.has(before.lower) &&
    !NAME_TITLES.has(before.lower) &&
    !NON_PERSON_WORDS.has(before.lower)
  );
}

/**
 * Roles that news copy uses for one another when it refers back to a person: "Air New Zealand boss Greg Foran …
 * The chief executive said", "Ann Lee, a presenter with the network … The journalist wrote".
 */
const ROLE_FAMILIES: readonly (readonly string[])[] = [
  ['boss', 'ceo', 'executive'],
  ['journalist', 'reporter', 'presenter', 'correspondent', 'host'],
  ['lawyer', 'attorney'],
  ['spokesman', 'spokeswoman', 'spokesperson'],
];

/** Possessive determiners that make a role someone else's ("his mother", "their lawyer"). */
const OWNER_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its']);

/** Remembers who the article has named so far, so "he", "Mr Kim" and "the leader" resolve to a name. */
/** The preposition that attaches a complement to a role in the Romance languages ("de", "del", "du", "des", "d’"). */

export class PersonRegistry {
  private lastPerson: string | undefined;
  /** The last person named or described by role ("a spokesman"), whichever came later; "he" refers to it. */
  private lastPersonLike: string | undefined;
  /** The last organisation, document or name a cue gave as speaker; "it said" refers to it. */
  private lastNamed: string | undefined;
  private readonly byWord = new Map<string, string>();
  private readonly byRole = new Map<string, string>();
  /** Everyone named with each role, most recent last: "el fiscal" and "la fiscal" may be two people. */
  private readonly roleHolders = new Map<string, string[]>();
  private readonly genders = new Map<string, Gender>();
  private readonly places = new Set<string>();
  /** People whose role the article gave, so "the commander" is not taken for a spokesperson named just before. */
  private readonly roles = new Set<string>();
  /** The last bare two-word name, for a role that comes before anyone is named with a title or role. */
  private lastWeak: string | undefined;
  /** The person the text named last, as written, with or without a role. */
  private lastMentioned: string | undefined;
  /** People in the order they were last named, most recent last. */
  private readonly recent: string[] = [];
  /** For each capitalised word of the body a person was introduced with ("APDH"), that person. */
  private readonly members = new Map<string, string>();

  /** Records what a scan of the text found before the current quote. */
  note(mention: PersonMention): void {
    this.noteMention(mention);
    const person = mention.kind === 'place' ? undefined : this.byWord.get(mention.name.split(' ').pop()!.toLowerCase());
    for (const word of mention.affiliation ?? []) if (person && !PACK_INSTITUTIONS.has(word) && !this.byWord.has(word)) this.members.set(word, person);
  }

  private noteMention(mention: PersonMention): void {
    if (mention.kind !== 'place') this.lastMentioned = mention.name;
    if (mention.kind === 'place') {
      if (!this.byWord.has(mention.name.toLowerCase())) this.places.add(mention.name.toLowerCase());
    } else if (mention.kind === 'weak') {
      // A bare two-word name only teaches us its words, so a later "Durand said" is known to be a person.
      const name = PACK_NAMES.nominative?.(mention.name) ?? mention.name;
      for (const word of [...mention.name.split(' '), ...name.split(' ')]) if (!this.byWord.has(word.toLowerCase())) this.byWord.set(word.toLowerCase(), name);
      this.lastWeak = name;
    } else {
      const full = this.add(mention.name, mention.role);
      if (mention.gender) this.genders.set(full, mention.gender);
    }
  }

  /** Records a person, merging a bare surname into an earlier full name; returns the full name. */
  add(declined: string, role?: string): string {
    const name = PACK_NAMES.nominative?.(declined) ?? declined;
    const words = name.split(' ');
    const known = words.length === 1 ? this.byWordOrCase(name.toLowerCase()) : undefined;
    const full = known ?? name;
    for (const word of full.split(' ')) this.byWord.set(word.toLowerCase(), full);
    this.lastPerson = full;
    this.lastPersonLike = full;
    if (role) {
      this.byRole.set(role, full);
      this.roleHolders.set(role, [...(this.roleHolders.get(role) ?? []).filter((holder) => holder !== full), full]);
      this.roles.add(full);
      const gender = genderOf(role);
      if (gender) this.genders.set(full, gender);
    }
    const at = this.recent.indexOf(full);
    if (at >= 0) this.recent.splice(at, 1);
    this.recent.push(full);
    if (this.recent.length > RECENT_PEOPLE) this.recent.shift();
    return full;
  }

  /** Who was named with a role: with compound roles also the latest compound ending in it ("Innenministerin" for "Ministerin"). */
  private holderOf(role: string): string | undefined {
    const direct = this.byRole.get(role);
    if (direct !== undefined || !PACK_GRAMMAR.compoundRoles) return direct;
    let holder: string | undefined;
    for (const [compound, name] of this.byRole) if (compound.length > role.length && compound.endsWith(role)) holder = name;
    return holder;
  }

  /** The person named with this role, or else with a role of the same family ("the chief executive officer" → "boss"). */
  private byRoleOrKin(phrase: readonly Token[]): string | undefined {
    const head = phrase[phrase.length - 1]!.lower;
    // "chief executive officer": the officer is the executive, not a police officer.
    const key = head === 'officer' && phrase.some((token) => token.lower === 'executive') ? 'executive' : head;
    const direct = this.holderOf(key);
    // "el fiscal general" after "la fiscal general …, Sandra Quiñónez": the article picks the holder of its gender.
    const wanted = articleGenderOf(phrase[0]!.lower);
    const directGender = direct === undefined ? undefined : this.genderOf(direct);
    if (wanted && directGender && directGender !== wanted) {
      const other = [...(this.roleHolders.get(key) ?? [])].reverse().find((holder) => this.genderOf(holder) === wanted);
      if (other !== undefined) return other;
    }
    if (direct !== undefined) return direct;
    const family = ROLE_FAMILIES.find((roles) => roles.includes(key)) ?? PACK_ROLE_FAMILIES.find((roles) => roles.includes(key));
    if (!family) return undefined;
    // The person most recently named with a role of the family.
    for (const person of [...this.recent].reverse()) {
      if (family.some((role) => this.byRole.get(role) === person)) return person;
    }
    return undefined;
  }

  /** The person last named with a role of the family a several-word office belongs to ("chef de l'état"), if any. */
  private byOffice(phrase: readonly Token[]): string | undefined {
    const words = (DEFINITE_ARTICLES.has(phrase[0]!.lower) ? phrase.slice(1) : phrase).map((token) => token.lower.replace(/’/g, "'"));
    if (words.length < 2) return undefined;
    const office = words.join(' ');
    const family = PACK_ROLE_FAMILIES.find((roles) => roles.includes(office));
    if (!family) return undefined;
    for (const person of [...this.recent].reverse()) if (family.some((role) => this.byRole.get(role) === person)) return person;
    return undefined;
  }

  /** Whether a single capitalised word is a name the article has used for a person. */
  knowsPerson(lower: string): boolean {
    return this.byWordOrCase(lower) !== undefined && !this.places.has(lower);
  }

  /** A known name for a word, also when a Cyrillic surname is declined ("по словам Гасанова" after "Адалят Гасанов"). */
  private byWordOrCase(lower: string): string | undefined {
    const direct = this.byWord.get(lower);
    if (direct !== undefined || !CYRILLIC_WORD.test(lower)) return direct;
    for (const ending of SURNAME_CASE_ENDINGS) {
      if (!lower.endsWith(ending) || lower.length - ending.length < 4) continue;
      const stem = this.byWord.get(lower.slice(0, -ending.length));
      if (stem !== undefined) return stem;
    }
    // A woman's surname in -а takes -ой and -у in the other cases ("по словам Захаровой" after "Мария Захарова").
    const feminine = /^(.{4,})(?:ой|ою|у)$/u.exec(lower);
    if (feminine) return this.byWord.get(`${feminine[1]}а`);
    return undefined;
  }

  /**
   * Turns the noun phrase a cue names into a speaker; for a pronoun, `antecedent` is the subject of a recent
   * sentence that the pronoun most likely stands for.
   */
  resolve(phrase: readonly Token[], text: string, antecedent?: readonly Token[]): ResolvedSpeaker {
    const resolved = this.resolveDeclined(phrase, text, antecedent);
    // "nach Angaben des Ministeriums": a speaker read off the phrase as written is named in the nominative.
    const end = phrase[phrase.length - 1]!.end;
    const speaker = resolved.speaker;
    if (!PACK_NAMES.phraseNominative || !speaker || text.slice(end - speaker.length, end) !== speaker) return resolved;
    // Only the whole phrase, or the phrase after its article: "Sprecher des Ministeriums" cut to its end is not.
    const cut = text.slice(phrase[0]!.start, end - speaker.length);
    if (cut !== '' && !/^\p{L}+\s+$/u.test(cut)) return resolved;
    const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, end - speaker.length - 30), end - speaker.length))?.[1] ?? '';
    const nominative = PACK_NAMES.phraseNominative(speaker, before);
    return nominative === speaker ? resolved : { ...resolved, speaker: nominative };
  }

  /**
   * Where, in a language whose pack says how, what a role serves begins after the role ("des" in "ein Sprecher des
   * Rates", "США" in "президент США"), or -1: the role must be the phrase's only noun before it, and a bare name after
   * it must be in another case than the nominative, an acronym or a place, not the person's own name ("президент Путин").
   */
  private servedFrom(phrase: readonly Token[]): number {
    const openers = PACK_NAMES.roleComplementOpeners;
    if (openers.size === 0 && !PACK_NAMES.bareGenitive) return -1;
    const role = phrase.findIndex((token) => PERSON_ROLES.has(token.lower) || isCompoundRole(token.lower));
    const next = phrase[role + 1];
    if (role < 0 || next === undefined || phrase.slice(0, role).some((token) => token.cap && isNameWord(token) && !ARTICLES.has(token.lower))) return -1;
    if (openers.has(next.lower)) return role + 1;
    if (!PACK_NAMES.bareGenitive || !next.cap) return -1;
    const nominative = (word: string): boolean => PACK_NAMES.nominative === undefined || PACK_NAMES.nominative(word) === word;
    const inCaps = (token: Token): boolean => token.text.length > 1 && token.text === token.text.toUpperCase();
    // "глава МИД России Сергей Лавров": a name in the nominative closing the phrase is the person's own.
    const adjective = (token: Token): boolean => PACK_NAMES.genitiveAdjective?.test(token.lower) === true;
    const ownName = (token: Token): boolean => token.cap && !inCaps(token) && nominative(token.text) && !adjective(token);
    let name = 0;
    while (name < phrase.length - role - 1 && ownName(phrase[phrase.length - 1 - name]!)) name++;
    if (name >= 2) return -1;
    const acronym = inCaps(next);
    const declined = !nominative(next.text) || adjective(next);
    return acronym || declined || this.places.has(next.lower) || namesNoOne(next.text) ? role + 1 : -1;
  }

  /** Turns the noun phrase a cue names into a speaker, in the case the text gives it. */
  private resolveDeclined(phrase: readonly Token[], text: string, antecedent?: readonly Token[]): ResolvedSpeaker {
    const surface = text.slice(phrase[0]!.start, phrase[phrase.length - 1]!.end).replace(/['’]s$/, '');
    const head = phrase[phrase.length - 1]!;
    // "Ce dernier a déclaré", "— ответил тот": the person named last, whoever the subject was.
    const mentioned = this.lastMentioned === undefined ? undefined : this.byWordOrCase(this.lastMentioned.split(' ').pop()!.toLowerCase());
    const latter = mentioned ?? this.recent[this.recent.length - 1];
    if (latter !== undefined && LATTER_PHRASES.has(phrase.map((token) => token.lower).join(' '))) {
      this.lastPersonLike = latter;
      return { speaker: latter, surface };
    }
    // "A su juicio, …": the last word of an opinion phrase stands for its holder as a dropped subject does.
    const held = phrase.length === 1 && OPINION_HEADS.has(head.lower) && !PRONOUNS.has(head.lower);
    if (phrase.length === 1 && (PRONOUNS.has(head.lower) || PRO_DROP_VERBS.has(head.lower) || held))
      return this.resolvePronoun(
        englishPronoun(head.lower),
        surface,
        antecedent,
        text,
        held || (PACK_GRAMMAR.neutralProDrop && PRO_DROP_VERBS.has(head.lower)),
      );
    // "Le chef de l’État", "Глава государства": an office named in several words that the pack lists beside a role
    // ("président", "президент") stands for the person last named with that role.
    const office = this.byOffice(phrase);
    if (office !== undefined) {
      this.lastPersonLike = office;
      return { speaker: `${office} (${surface})`, surface };
    }
    // "el ministro de Economía", "le président de Renault": in another language the role heads the phrase and the
    // organisation after "de" only says where the person works; a name before "de" ("María López de Vega") stays.
    const of = DEFINITE_ARTICLES.size > 0 ? phrase.findIndex((token, i) => i > 1 && ROMANCE_OF.test(token.lower)) : -1;
    if (
      of > 1 &&
      isNameWord(head) &&
      PERSON_ROLES.has(phrase[of - 1]!.lower) &&
      phrase.slice(0, of).every((token) => !token.cap || DEFINITE_ARTICLES.has(token.lower))
    ) {
      // "la portavoz de AVE" after "Ana Gil, de la Asociación Vecinal (AVE)": the person the article introduced with that body.
      const member = phrase
        .slice(of + 1)
        .map((token) => (token.cap ? this.members.get(token.lower) : undefined))
        .find((found) => found !== undefined);
      if (member !== undefined) {
        this.lastPersonLike = member;
        return { speaker: `${member} (${surface})`, surface };
      }
      // "el jefe de Estado": a role serving an institution is a particular office, and later pronouns look back to it.
      if (phrase.slice(of + 1).every((token) => !token.cap || PACK_INSTITUTIONS.has(token.lower))) {
        const holder = /^(.*) \(.*\)$/.exec(this.resolve(phrase.slice(0, of), text, antecedent).speaker ?? '')?.[1];
        const speaker = holder ? `${holder} (${surface})` : surface;
        this.lastPersonLike = speaker;
        return holder ? { speaker, surface } : { speaker };
      }
      // Only the speaker's label changes: what later pronouns look back to stays as the name after "de" left it.
      const kept = this.lastPersonLike;
      const role = this.resolve(phrase.slice(0, of), text, antecedent);
      this.lastPersonLike = kept;
      this.resolveName(phrase, surface);
      const name = role.surface === undefined ? undefined : /^(.*) \(.*\)$/.exec(role.speaker ?? '')?.[1];
      return name ? { speaker: `${name} (${surface})`, surface } : { speaker: surface };
    }
    // "ein Sprecher des Nationalen Sicherheitsrates der USA", "президент США": the role heads the phrase and what
    // follows says only whom the person serves; the speaker is the role's holder when the article named one.
    const served = this.servedFrom(phrase);
    if (served > 0) {
      const found = /^(.*) \(.*\)$/.exec(this.resolve(phrase.slice(0, served), text, antecedent).speaker ?? '')?.[1];
      // A holder read off the complement itself ("Nationalen Sicherheitsrates") is no person named for the role.
      const lastWord = found?.split(' ').pop()?.toLowerCase();
      const holder = found && !phrase.slice(served).some((token) => token.lower === lastWord) ? found : undefined;
      // "der Sprecher der Polizei" is named as "Sprecher der Polizei", the way a name is given without its article.
      const role = ARTICLES.has(phrase[0]!.lower) && phrase.length > 1 ? text.slice(phrase[1]!.start, phrase[phrase.length - 1]!.end) : surface;
      const speaker = holder ? `${holder} (${role})` : role;
      this.lastPersonLike = speaker;
      return holder ? { speaker, surface } : { speaker };
    }
    // "la autoridad extranjera", "le ministre russe": in another language the role may come before its adjectives.
    const trailingAdjectives =
      DEFINITE_ARTICLES.has(phrase[0]!.lower) && !PERSON_ROLES.has(head.lower) && phrase.length <= 4 && phrase.every((token) => !token.cap);
    const roleWord = trailingAdjectives ? phrase.slice(1).find((token) => PERSON_ROLES.has(token.lower)) : undefined;
    if (roleWord) {
      // "le chef de l’Etat", "le ministre de l’Intérieur": a role whose complement is a name glued to an elided
      // article is a particular office; it is the person named with it, never merely the last person named.
      if (ELIDED_NAME.pattern && phrase.some((token, i) => i > phrase.indexOf(roleWord) && ELIDED_NAME.pattern!.test(token.text))) {
        const holder = this.byRoleOrKin(phrase.slice(0, phrase.indexOf(roleWord) + 1));
        const speaker = holder ? `${holder} (${surface})` : surface;
        this.lastPersonLike = speaker;
        return holder ? { speaker, surface } : { speaker };
      }
      const resolved = this.resolve(phrase.slice(0, phrase.indexOf(roleWord) + 1), text, antecedent);
      // "le chef de l’État", "la juge d’instruction": a complement after "de" is no adjective; when the role names
      // no one, the speaker keeps it.
      const complement = phrase.some((token, i) => i > phrase.indexOf(roleWord) && ROMANCE_OF.test(token.lower));
      return complement && resolved.surface === undefined ? { speaker: surface } : resolved;
    }
    // "The Portuguese said", "the 39-year-old added": a nationality or an age stands for the person last named,
    // whatever role they hold.
    // "sagte der Katalane", "dijo el octogenario", "a déclaré l’octogénaire": in another language, after its definite article.
    const elided = phrase.length === 1 ? /^(\p{L}['’])(.+)$/u.exec(head.lower) : null;
    // A compound keeps its last part's sense: "SPD-Politikerin" is an epithet as "Politikerin" is.
    const epithet = (word: string): boolean =>
      DEMONYM_EPITHETS.has(word) ||
      DEMONYM_EPITHETS.has(word.slice(word.lastIndexOf('-') + 1)) ||
      AGE_EPITHET.test(word) ||
      PACK_GRAMMAR.ageEpithet?.test(word) === true;
    const definiteEpithet =
      (phrase.length === 2 && (phrase[0]!.lower === 'the' || PACK_GRAMMAR.epithetArticles.has(phrase[0]!.lower)) && epithet(head.lower)) ||
      (elided !== null && PACK_GRAMMAR.epithetArticles.has(elided[1]!) && epithet(elided[2]!));
    if (definiteEpithet && this.lastPerson) {
      const role = surface.replace(/^The\b/, 'the');
      // "die Politikerin", "la octogenaria": an epithet that shows a gender stands for the last person of that gender.
      const word = elided ? elided[2]! : head.lower;
      const gender = genderOf(word) ?? genderOf(word.slice(word.lastIndexOf('-') + 1)) ?? (elided ? undefined : articleGenderOf(phrase[0]!.lower));
      const candidates = [this.lastPerson, ...[...this.recent].reverse()];
      const person =
        (gender && candidates.find((candidate) => this.genderOf(candidate) === gender)) ||
        candidates.find((candidate) => this.fits(candidate, gender)) ||
        this.lastPerson;
      this.lastPersonLike = person;
      return { speaker: `${person} (${role})`, surface };
    }
    if (PERSON_ROLES.has(head.lower) && !isSurname(phrase)) {
      // "a local official", "another Han businessman", "one resident" introduce someone new; "the commander" is
      // someone named with that role, or the last person named when we know no other role for them.
      const indefinite = SINGLE_PERSON_OPENERS.has(phrase[0]!.lower);
      // "Gordon Brown has promised … The chancellor told delegates": before anyone is named with a title or role,
      // a role refers back to the last bare name.
      const last = this.lastPerson ?? this.lastWeak;
      // Only a bare role ("the commander") points back to the last person named; "Iraq's prime minister" is
      // someone the qualifier picks out, not whoever was named last.
      const bare = phrase.length <= 2;
      // "The Tory leader said", "the Hungarian premier": a definite role with plain qualifiers refers back too.
      const definite = (phrase[0]!.lower === 'the' || DEFINITE_ARTICLES.has(phrase[0]!.lower)) && !phrase.some((token) => /['’]s?$/.test(token.text));
      // In another language a definite role ("el máximo funcionario") refers back to the only person named so far, whatever their role.
      // A demonstrative role ("ce père de quatre enfants", "cette mère") points at the person just named, whatever their role.
      const onlyPerson = (DEFINITE_ARTICLES.has(phrase[0]!.lower) && this.recent.length === 1) || DEMONSTRATIVES.has(phrase[0]!.lower);
      // "Sam's mother", "his lawyer": a role held towards someone else is never that someone, so no fall-back.
      const owned = phrase.length > 1 && (/['’]s$/.test(phrase[phrase.length - 2]!.text) || OWNER_DETERMINERS.has(phrase[0]!.lower));
      // "el periodista" never points back to "Josefina Montané": where names show gender, the role's article or noun must agree.
      const roleGender = PACK_NAMES.gender
        ? (genderOf(head.lower) ?? (PACK_NAMES.sharedRole?.test(head.lower) ? articleGenderOf(phrase[0]!.lower) : undefined))
        : undefined;
      const agrees = last === undefined || roleGender === undefined || this.genderOf(last) === undefined || this.genderOf(last) === roleGender;
      const fallback = (bare || definite) && !owned && last !== undefined && agrees && (!this.roles.has(last) || onlyPerson) ? last : undefined;
      // "ce père de quatre enfants": the recent subject the demonstrative points back to, when it names a person.
      const pointed = DEMONSTRATIVES.has(phrase[0]!.lower) && antecedent && namesPerson(antecedent) ? this.resolve(antecedent, text).speaker : undefined;
      const name = indefinite ? undefined : (pointed ?? this.byRoleOrKin(phrase) ?? fallback);
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

  /** The gender the article or the name itself gives a person, if any. */
  private genderOf(person: string): Gender | undefined {
    const name = person.replace(/ \(.*\)$/, '');
    return this.genders.get(name) ?? PACK_NAMES.gender?.(name);
  }

  /** Whether "he" or "she" can stand for a person: the gender the article gives them does not contradict it. */
  agreesWith(person: string, pronoun: string): boolean {
    return this.fits(person, pronoun === 'she' ? 'f' : 'm');
  }

  private fits(person: string | undefined, gender: Gender | undefined): person is string {
    if (person === undefined) return false;
    const name = person.replace(/ \(.*\)$/, '');
    // "the sister", "a spokeswoman": a role described without a name has the gender its noun gives it.
    const known = this.genders.get(name) ?? PACK_NAMES.gender?.(name) ?? genderOf(name.split(' ').pop()!.toLowerCase());
    return gender === undefined || known === undefined || known === gender;
  }

  /** `neutral`: a verb that carries its subject but not the subject's gender ("dijo" is his or hers). */
  private resolvePronoun(lower: string, surface: string, antecedent: readonly Token[] | undefined, text: string, neutral = false): ResolvedSpeaker {
    if (PERSON_PRONOUNS.has(lower)) {
      const gender: Gender | undefined = neutral ? undefined : lower === 'she' ? 'f' : 'm';
      let person: string | undefined;
      if (antecedent) {
        const resolved = this.resolve(antecedent, text);
        if (this.fits(resolved.speaker, gender)) person = resolved.speaker;
      }
      if (person === undefined) {
        const candidates = [this.lastPersonLike, this.lastPerson, ...[...this.recent].reverse()];
        person = candidates.find((candidate) => this.fits(candidate, gender));
        // Where names show their bearer's gender ("Мария Захарова"), a bare name of the pronoun's gender is a better
        // referent than no one, or than someone of the other gender the fall-back above let through.
        // A verb that shows no gender ("dijo") gives no reason to prefer a bare name over the person found.
        const weak = gender !== undefined && this.lastWeak !== undefined && PACK_NAMES.gender?.(this.lastWeak) === gender ? this.lastWeak : undefined;
        if (weak !== undefined && (person === undefined || this.genderOf(person) !== gender)) person = weak;
      }
      if (!person) return { speaker: surface };
      const name = person.replace(/ \(.*\)$/, '');
      if (gender && this.byWord.has(name.split(' ')[0]!.toLowerCase()) && !this.genders.has(name)) this.genders.set(name, gender);
      this.lastPersonLike = person;
      // A pronoun reports just the name; a role described without a name ("a spokesman") stays as it is.
      return { speaker: name === person || !this.byWord.has(name.split(' ')[0]!.toLowerCase()) ? person : name, surface };
    }
    if (lower === 'it' || lower === 'they') {
      if (antecedent) {
        const resolved = this.resolve(antecedent, text);
        if (resolved.speaker) return { speaker: resolved.speaker, surface };
      }
      if (lower === 'it') return this.lastNamed ? { speaker: this.lastNamed, surface } : {};
    }
    // "I asked", "you said", "we were told": the reporter or the reader, never a speaker to name.
    if (lower === 'i' || lower === 'you' || lower === 'we') return {};
    return { speaker: surface };
  }

  private resolveName(phrase: readonly Token[], surface: string): ResolvedSpeaker {
    // The name is the trailing run of capitalised words after titles and descriptors.
    let first = phrase.length - 1;
    while (first > 0 && isNameWord(phrase[first - 1]!) && !NAME_TITLES.has(phrase[first - 1]!.lower)) first--;
    // "Laut Scholz", "Wie Regierungssprecher X": a word a phrase never opens with, capitalised at a sentence's start, is no part of the name.
    while (first < phrase.length - 1 && phrase[first]!.cap && LEADING_JUNK.has(phrase[first]!.lower)) first++;
    // "de la DRELM": particles belong inside a name, never at its start.
    while (first < phrase.length - 1 && !phrase[first]!.cap) first++;
    let run = phrase.slice(first);
    const person = run.filter((token, index) => !isNonPersonWord(token.lower, index > 0 && isNameWord(run[index - 1]!)));
    const lastWord = run[run.length - 1]!;
    // "the National Liberation Front": a name after an article is an organisation, not a person.
    const afterArticle = first > 0 && ['the', 'a', 'an'].includes(phrase[first - 1]!.lower);
    const place = this.places.has(joinName(run).toLowerCase());
    // "May said" after "John May": a surname the article has given a person.
    const known = run.length === 1 && isSurnameMonth(lastWord.lower) && this.knowsPerson(lastWord.lower);
    if (!known && (place || afterArticle || isNonPersonWord(lastWord.lower, run.length > 1) || isAcronym(lastWord) || !looksLikePersonName(person))) {
      const name = joinName(run);
      this.lastNamed = name;
      return name === surface ? { speaker: name } : { speaker: name, surface };
    }
    // "Friday Kim said": leading place or date words are not part of the name.
    while (run.length > 1 && NON_PERSON_WORDS.has(run[0]!.lower)) run = run.slice(1);
    const title = phrase[first - 1]?.lower;
    const name = this.add(joinName(run));
    const gender = genderOf(title);
    if (gender) this.genders.set(name, gender);
    this.lastNamed = name;
    return name === surface ? { speaker: name } : { speaker: name, surface };
  }
}
