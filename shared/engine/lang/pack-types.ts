import type { CueKind } from '../../model/finding';
import type { OutletFamily } from '../state-media/lexicon';
import type { CueScope } from '../unverified/cue-lexicon';
import type { Language } from './detect-language';

/** One cue of the `unverified` layer in a language pack: a regular-expression source, matched case-insensitively between letters. */
export interface PackCue {
  readonly kind: CueKind;
  /** A regular-expression source without capturing groups; a literal space stands for any run of white space. */
  readonly pattern: string;
  /** Defaults to `clause`. */
  readonly scope?: CueScope;
  /** Whether a negator among the few words before the cue cancels it ("no confirmó", "n'a pas affirmé"). */
  readonly negatable?: boolean;
  /** Grammatical hearsay: not a claim in a question or in a conditional "if" sentence. */
  readonly grammatical?: boolean;
  /** Rejects the hit when the text just after it starts with this. */
  readonly notBefore?: string;
  /** Matched with case, for a language whose capitals tell nouns from verbs (German "Wohnen" is no infinitive). */
  readonly caseSensitive?: boolean;
}

/** What the state-media detector reads for one language; English keeps its own rules in `state-media/lexicon.ts`. */
export interface StateMediaPack {
  /** Tested on the text before a phrase: a frame that makes it a source ("según", "selon", "laut", "по данным"). */
  readonly sourceBefore: RegExp;
  /** Like `sourceBefore`, matched with case, where only capitals tell a frame ("сказал Песков ТАСС": the outlet told, after the speaker's name). */
  readonly sourceBeforeCased?: RegExp;
  /** Tested on the text after a phrase: a reporting verb it is the subject of, or a postposition ("zufolge"). */
  readonly subjectOfVerb: RegExp;
  /** Tested on the text after a phrase: a negated report, which is no source use. */
  readonly negatedAfter: RegExp;
  /** Tested on the 40 characters before a name: a picture credit ("Фото: Иван Петров / ", "Foto: "). */
  readonly creditBefore?: RegExp;
  /** Tested on the text after a phrase: one of its products ("un reportage de", "ein Bericht"). */
  readonly productAfter?: RegExp;
  /** Lower-case words that may stand inside an outlet's noun phrase before its name ("la agencia oficial"). */
  readonly leftDescriptors: readonly string[];
  /** Articles that open a noun phrase and stay in the span. */
  readonly determiners: readonly string[];
  /** Words that may follow a name inside its noun phrase. */
  readonly rightDescriptors: readonly string[];
  /** Generic references ("los medios estatales"); global, one match per reference. */
  readonly genericReference: RegExp;
  /** Back-references by noun ("la agencia", "die Agentur", "агентство"); global, group 1 is the noun. */
  readonly backReference: RegExp;
  /** The outlet family of each back-reference noun (lower case, as written or by stem for inflected languages). */
  readonly familyOf: (noun: string) => OutletFamily;
}

/** What the quote detector reads for one language, merged into its English word lists during an analysis. */
export interface QuotePack {
  /** Verbs (every inflection accepted) that attribute words to a speaker. */
  readonly reportingVerbs: readonly string[];
  /** Auxiliaries that stand before a reporting participle ("a déclaré", "hat gesagt", "ha dicho"). */
  readonly auxiliaries: readonly string[];
  /** Personal pronouns and the English pronoun each stands for when resolving a speaker. */
  readonly pronouns: Readonly<Record<string, 'he' | 'she' | 'they' | 'it' | 'we' | 'i' | 'you'>>;
  /** Articles, possessives and modifiers allowed in a speaker's noun phrase. */
  readonly nounPhraseWords: readonly string[];
  /** Role nouns that name a person ("el ministro", "le porte-parole", "der Sprecher", "министр"). */
  readonly roles: readonly string[];
  /** Nouns after which a short quote is the name of a plan or campaign, not words spoken ("el plan “…”", "la operación “…”"). */
  readonly labelNouns?: readonly string[];
  /** Role nouns that copy uses for one another when it refers back to a person ("el presidente" … "el mandatario"). */
  readonly roleFamilies?: readonly (readonly string[])[];
  /** Documents and organisations that can speak ("el comunicado", "la déclaration"). */
  readonly speakingThings: readonly string[];
  /** Nouns for organisations and media whose quoted name follows them directly ("агентства «X»", "der Zeitung „X“"). */
  readonly nameNouns?: readonly string[];
  /** Things that carry written words ("la pancarte", "die Transparente"): words on them are slogans, not anyone's quote. */
  readonly displayNouns?: readonly string[];
  /**
   * Capitalised nouns that name an institution, never a person ("Estado", "Gobierno"), so the complement of a role
   * ("el jefe de Estado") is not taken for someone's name.
   */
  readonly nonPersonWords?: readonly string[];
  /**
   * Titles and role nouns whose form shows the holder's gender ("Mme", "la chancelière", "la ministra"), so "elle" and
   * "ella" are not resolved to a man; only forms that are never used for the other gender.
   */
  readonly genderWords?: { readonly m: readonly string[]; readonly f: readonly string[] };
  /** Honorifics before a name ("Sr.", "M.", "Herr"). */
  readonly titles: readonly string[];
  /** Reporting verbs that carry their subject ("dijo" → he, "заявила" → she), for a quote whose cue names no one. */
  readonly proDrop: Readonly<Record<string, 'he' | 'she'>>;
  /** The verbs in `proDrop` show no gender ("dijo" is his or hers): their subject may be a man or a woman. */
  readonly neutralProDrop?: boolean;
  /**
   * Whether a subject phrase (its words in lower case) that the shared code would take for a person is plainly no single
   * person, in a language whose nouns all bear capitals ("der Einsatz", "alle Kräfte" are no antecedent for "er").
   */
  readonly notOnePerson?: (words: readonly string[]) => boolean;
  /** Words that open an introductory phrase before a sentence's subject ("Lundi", "Selon", "Am Montag"). */
  readonly intro: readonly string[];
  /** Words that introduce a source like "according to" ("según", "selon", "laut"); several words are written with spaces ("de acuerdo con"). */
  readonly according: readonly string[];
  /** Particles and articles trimmed from the ends of a speaker's phrase ("de", "la", "der"). */
  readonly phraseEdgeWords: readonly string[];
  /** Articles and possessives that open a noun phrase ("le", "l'", "el", "su"): "le magistrat" can speak. */
  readonly articles?: readonly string[];
  /** The definite articles among them ("el", "la", "le"): a definite role refers back to someone named. */
  readonly definiteArticles?: readonly string[];
  /** Articles that show their noun's gender ("el", "la"), for roles that men and women share ("el fiscal", "la fiscal"). */
  readonly articleGenders?: { readonly m: readonly string[]; readonly f: readonly string[] };
  /** Demonstrative determiners ("ce", "cet", "cette"): a role after one ("ce père de quatre enfants") is the person just named, whatever role they were given. */
  readonly demonstratives?: readonly string[];
  /** Conjunctions that join a second verb to the sentence's subject ("…, et a déclaré qu’il « … »"). */
  readonly verbJoins?: readonly string[];
  /**
   * Prepositions that tie a role to where it stands, in a language without articles, before the verb the role is
   * the subject of ("источник в крупной сети утверждает"): the role and its place speak, though the place's head
   * is no speaker.
   */
  readonly rolePlacePrepositions?: readonly string[];
  /** Prepositions that attach a complement to a noun in a speaker's phrase ("le porte-parole de l'armée", "el titular de la DRELM"). */
  readonly ofWords?: readonly string[];
  /**
   * Words that tie a past participle after a noun to its complement ("des experts réunis par le ministère", "les élus
   * chargés d’étudier le budget"), so the complement's object is not taken for the subject; elided forms end in an apostrophe.
   */
  readonly participleLinks?: readonly string[];
  /** Adjectives that stand between a role noun and the name it introduces ("le ministre russe Sergueï Lavrov"). */
  readonly postNominal?: readonly string[];
  /** Clitics and adverbs that may stand between a subject and its verb ("lui a dit", "quant à lui", "también dijo"). */
  readonly verbModifiers?: readonly string[];
  /**
   * An attributive adjective's ending, where a preposition right after an article opens an extended attribute that this
   * adjective closes ("teilte die in dem Gebiet aktive Armee mit"): the speaker is the noun after it, not the place.
   */
  readonly attributeEnding?: RegExp;
  /**
   * Prepositions beyond those of place that open such an extended attribute ("eine mit den Plänen vertraute Person",
   * "ein an den Gesprächen beteiligter Diplomat"): the person is the noun the attribute closes on, not the preposition's object.
   */
  readonly attributePrepositions?: readonly string[];
  /** Every noun is written with a capital, so an article before a lower-case word opens no noun that can speak ("…, die gekürzt veröffentlicht wurde"). */
  readonly capitalisedNouns?: boolean;
  /** Prepositions that tie a speaker after an inverted verb to a place or platform ("sagte der Sprecher in Kiew", "bei Telegram"): the phrase ends before them. */
  readonly placePrepositions?: readonly string[];
  /** Prepositions, conjunctions and other words that are never a name, even capitalised at a sentence's start ("Le", "Pour"). */
  readonly functionWords?: readonly string[];
  /** Adverbial phrases that open a sentence before a comma and are never its subject ("a propósito", "por otra parte"). */
  readonly openingPhrases?: readonly string[];
  /** Prepositions written as one word with their article ("al", "del"): "dijo al portal RPP el médico" opens a noun as an article would. */
  readonly contractedArticles?: readonly string[];
  /** Prepositions that open a sentence on its topic ("sobre", "en cuanto a"), so the noun phrase they govern is no subject. */
  readonly topicOpeners?: readonly string[];
  /** Prepositions that open an object or the person spoken to, never a subject ("a", "al": "calificó a la Estrategia"). */
  readonly objectMarkers?: readonly string[];
  /** Prepositions that open the person spoken to after a speaker's name ("ha asegurado Ruiz a Europa Press", "a déclaré M. Roux au Monde"). */
  readonly dativePrepositions?: readonly string[];
  /** English reporting verbs that are other words in this language ("continue": goes on), never read as speech while it is analysed. */
  readonly notReportingVerbs?: readonly string[];
  /**
   * Words that, right after a verb standing second, open the verb's own subject ("…, sagte der Minister"), so the
   * phrase before the verb is not its subject; for verb-second languages.
   */
  readonly invertedSubjectOpeners?: readonly string[];
  /**
   * Phrases that open a clause with the view of the person last spoken of, before a comma ("a su juicio", "según
   * entiende"): the words after them are that person's, found as for a dropped subject. Words joined by spaces.
   */
  readonly opinionPhrases?: readonly string[];
  /** Prepositions that open a sentence with the person whose view it gives, before a comma ("Pour X, …", "Para X, …"). */
  readonly opinionIntro?: readonly string[];
  /** Prepositions that open a short phrase between an inverted verb and its subject ("ante los periodistas", "à la presse"). */
  readonly adverbialPrepositions?: readonly string[];
  /** Prepositions that name the body unattributed words come from after an inverted verb ("explicaron desde el Gobierno"). */
  readonly sourcePrepositions?: readonly string[];
  /** Impersonal subjects ("es" in "heißt es in der Mitteilung"), after which a phrase of place or source names whose words they are. */
  readonly impersonalSubjects?: readonly string[];
  /** Demonstratives that open a time phrase there ("este martes", "ce lundi"). */
  readonly timeDemonstratives?: readonly string[];
  /** Infinitives of speech verbs that a narrative infinitive uses ("Et X de lui répliquer : « … »"): the subject between "et" and "de" speaks. */
  readonly narrativeInfinitives?: readonly string[];
  /** Relative pronouns that may stand between a subject and its verb ("X, président du Parlement, qui a dit"). */
  readonly relativePronouns?: readonly string[];
  /** Words that label a picture credit before a colon ("Фото: X", "Foto: X"); a name after one is no one the text speaks of. */
  readonly creditWords?: readonly string[];
  /** Pronouns that are only ever the subject ("er", "ich", "wir"): right after the verb they are its subject, whatever fills the place before it. */
  readonly nominativePronouns?: readonly string[];
  /** Prepositions that introduce a passive participle's agent ("abordado por el presidente", "reçu par le ministre"). */
  readonly agentPrepositions?: readonly string[];
  /** Phrases that point to the person named last rather than to the subject ("ce dernier", "este último", "тот"). */
  readonly latterPhrases?: readonly string[];
  /**
   * Nouns for what someone said or cried out ("cri", "appel", "mensaje"): "« … » ¶ Le cri du cœur de David Dufresne
   * résonne …" gives a quote alone in its paragraph to the person the noun belongs to.
   */
  readonly utteranceNouns?: readonly string[];
  /**
   * Nouns for the place on a medium where someone speaks ("micro", "antenne", "plateau", "micrófonos"): the name after
   * "au micro de" is the medium, never the speaker.
   */
  readonly venueNouns?: readonly string[];
  /**
   * Words that end one main clause and open another with its own subject ("tandis que", "mientras que", "während",
   * "а"): a quote after them belongs to the new clause, not to a speech verb before them.
   */
  readonly clauseEdges?: readonly string[];
  /** Words that open a relative clause after an article ("en la que dijo", "con el cual"), never a speaker. */
  readonly articleRelatives?: readonly string[];
  /** Postpositions that name a source like "according to" after it ("der Agentur zufolge"). */
  readonly accordingAfter?: readonly string[];
  /**
   * A past participle's ending: without an auxiliary before it the form is an adjective ("un vent soutenu"), and
   * capitalised before a comma it opens a clause before the subject ("Consultado por …, X dijo").
   */
  readonly pastParticiple?: RegExp;
  /**
   * The finite verb stands second, so anything but the subject before it sends the subject after it
   * ("Am Montag sagte der Minister …", "Aus Lhatse, …, berichtete der Tourist …").
   */
  readonly verbSecond?: boolean;
  /**
   * Conjunctions and focus particles that may stand before a verb-second sentence's subject ("Auch Scholz sagte", "Doch
   * die Regierung erklärte"): after one, a noun phrase up to the verb is the subject, not a phrase fronted before it.
   */
  readonly subjectParticles?: readonly string[];
  /**
   * Articles that never open a genitive complement ("die", "den", "einen"), so after a noun one opens the next noun
   * phrase: in "kritisierte der Minister die Übung als „…“" the speaker ends before the object.
   */
  readonly objectArticles?: readonly string[];
  /** Conjunctions that join two roles one person holds ("miembro del Buró Político y secretario de Organización"). */
  readonly roleJoins?: readonly string[];
  /** Verbs by which one speaker quotes another, who is their object ("zitierte die Agentur den Minister"). */
  readonly quotingVerbs?: readonly string[];
  /** Days and parts of days, and the prepositions that open a time phrase with them ("am Mittwochnachmittag"), skipped between a subject and its verb. */
  readonly timePhrase?: { readonly words: readonly string[]; readonly leads: readonly string[] };
  /**
   * A sentence in the grammar of reported speech (German Konjunktiv I: "Die Lage sei ruhig"), which goes on
   * with the last speaker's words, so a quote after it is still theirs.
   */
  readonly reportedSpeech?: RegExp;
  /** The gender a person's name shows by its own endings ("Мария Захарова" → "f"), for resolving "он" and "она". */
  readonly nameGender?: (name: string) => 'm' | 'f' | undefined;
  /** Role nouns that men and women share, whose article shows the holder's gender ("el periodista", "la fiscal"), unlike "la autoridad". */
  readonly sharedRole?: RegExp;
  /** A person's name in the nominative, where the language declines names ("Марией Захаровой" → "Мария Захарова"). */
  readonly nameNominative?: (name: string) => string;
  /**
   * A speaker phrase back in the nominative when the word before it shows a genitive ("nach Angaben des
   * Ministeriums" → "Ministerium"); `before` is the word before the phrase. Returns the phrase unchanged otherwise.
   */
  /**
   * The author's words after a quote open with a dash ("«…», — говорит X"), and at a sentence's end they attribute
   * every quote of the sentence before them that has no speaker of its own ("«A» …, а «B», — говорит X").
   */
  readonly dashIncise?: boolean;
  /** A plural noun in the case of whom words were told ("журналистам"), which may stand between a headline's dash and colon. */
  readonly toldPlural?: RegExp;
  /**
   * A speech verb right after a comma, past a quote, opens an incise whose subject follows it ("« … » dans la forme,
   * estime l’économiste X"): a subject is never cut from its verb by a lone comma.
   */
  readonly commaInversion?: boolean;
  /**
   * A quote that closes its sentence may be credited by a bare name and its role in commas, with no verb, as under an
   * epigraph or a pull quote ("« … » Jeanne Martin, sociologue, dans un entretien").
   */
  readonly quoteCreditLine?: boolean;
  /**
   * Speech verbs in the infinitive, listed among the reporting verbs for a subject before them ("a tenu à souligner",
   * "vient de dénoncer"); "« … » pour dénoncer le projet" has no subject after the verb.
   */
  readonly infinitives?: readonly string[];
  /** Particles that mark an infinitive ("eine Bereitschaft zu zeigen"), whose verb has no subject of its own. */
  readonly infinitiveParticles?: readonly string[];
  /** Prepositions of where someone comes from, hung on the speaker before the verb ("Senator X aus Y sagte"). */
  readonly originPrepositions?: readonly string[];
  /**
   * Tested on the sentence up to a quote: a body named in quotes as where the words were said, before a plural
   * speech verb ("В «X» заявили, что «…»"); the first group that matched is its name. The quote is that body's.
   */
  readonly bodyInQuotes?: RegExp;
  /** Articles that stand alone as a pronoun after an inverted verb ("„…“, antwortete der."), and the pronoun each is. */
  readonly articlePronouns?: Readonly<Record<string, string>>;
  /** Object pronouns of a quoting verb ("zitierte ihn die Agentur"), and the subject pronoun each stands for. */
  readonly objectPronouns?: Readonly<Record<string, string>>;
  readonly phraseNominative?: (phrase: string, before: string) => string;
  /**
   * Whether a noun phrase (its words as written) is in a case no subject takes, in a language that declines its
   * articles ("der Zeitung", "dem Sender"): after a reporting verb it names whom the words were told. `afterVerb` says
   * which side of the verb the phrase stands on, for a language whose object form is a subject's after a numeral.
   */
  readonly notSubject?: (words: readonly string[], afterVerb: boolean) => boolean;
  /** A hyphenated compound is headed by its first part ("сенатор-республиканец" is a senator), so it is a role when that part is one. */
  readonly roleFirstCompounds?: boolean;
  /**
   * Speech verbs written in several words, lower case, words joined by single spaces ("met en garde", "fait
   * savoir", "dio a conocer"): read as one reporting verb. Forms that carry an inverted pronoun ("met-il en garde")
   * belong in `proDrop` too.
   */
  readonly phrasalSpeechVerbs?: readonly string[];
  /** Roles are written as compounds whose last part is the bare role, so "der Kanzler" is the "Bundeskanzler" named before. */
  readonly compoundRoles?: boolean;
  /**
   * What follows a role and names whom the person serves, so the role heads the speaker phrase: `openers` are the
   * words that open it ("ein Sprecher des Sicherheitsrates", "die Tochter von X"); with `bareGenitive`, a name in
   * another case than the nominative, an acronym or a place right after the role does ("президент США",
   * "пресс-секретарь Путина"); `genitiveAdjective` is the ending of a capitalised adjective in the genitive that
   * opens such a complement though the nominative of one word cannot show it ("глава Белого дома").
   */
  readonly roleComplement?: { readonly openers?: readonly string[]; readonly bareGenitive?: boolean; readonly genitiveAdjective?: RegExp };
  /**
   * Verb forms more often read as nouns ("pointe", "note", "relève"), which are reporting verbs only in an incise,
   * right after a quote's comma and before the subject they invert ("», pointe le maire", "…, relève Anne Petit, …").
   */
  readonly inciseVerbs?: readonly string[];
  /**
   * A phrase that opens the sentence after a quote and points back to it ("Con esas palabras,", "Con esta frase,"), so
   * the subject after it is the quote's speaker; tested on the lower-case words before the subject, joined by spaces.
   */
  readonly quoteBackReference?: RegExp;
  /** Words opening the clause after a quote that point back to it before an inverted verb ("C’est ce qu’affirme X"); the last word holds the verb or its auxiliary. */
  readonly quoteBackInverted?: RegExp;
  /**
   * The language drops its subject, so a sentence opened by a verb that carries it ("Relató que …") is about the
   * person before it: a pronoun's search for its antecedent passes over such a sentence.
   */
  readonly proDropChains?: boolean;
  /**
   * Words quoted in narration that names no one before them and no one else since the last quote (same or next
   * paragraph) go on with that quote's speaker, as in English ("A su vez, esperan una resolución “…”"); a guess.
   */
  readonly continuesLastSpeaker?: boolean;
  /**
   * A quote of a few words in a sentence without a speech verb is the words of the sentence's subject when that is a
   * person ("Mme X a célébré le « multilatéralisme »"): the language's copy quotes its subject's words this way.
   */
  readonly shortQuotesOfSubject?: boolean;
  /**
   * Nouns of nationality or age that stand, after a definite article, for the person last named ("sagte der Katalane",
   * "dijo el octogenario", "der 81-Jährige"): `words`, `age` for the nouns of an age in figures, and the definite
   * `articles` before them (elided ones glued to the noun: "l’octogénaire").
   */
  readonly epithets?: { readonly words: readonly string[]; readonly age?: RegExp; readonly articles: readonly string[] };
  /** An incise after a later quote of the sentence ("…, a-t-il déclaré") attributes a short quote before it too. */
  readonly shortQuotesShareIncise?: boolean;
  /**
   * A paragraph's bare quote after a sentence opened by whose view it gives ("Pour les auteurs, …", "Selon X, …") is
   * that holder's, when nothing else names a speaker.
   */
  readonly viewHolderGoesOn?: boolean;
  /**
   * Words that mark an article as an interview, whose bare quoted paragraphs are the interviewee's answers
   * ("entretien", "entrevista", "Interview", "интервью"); `header` captures the person a heading names
   * ("Entretien avec Jean Dupont", "Интервью с Иваном Петровым").
   */
  readonly interview?: { readonly signal: RegExp; readonly header: RegExp };
  /**
   * An impersonal subject that speaks, placed in an institution by its sentence ("À l’Élysée, on assure", "insiste-t-on
   * du côté de Matignon"): the capture that matched is the institution that speaks.
   */
  readonly impersonalSource?: RegExp;
  /** Conjunctions that join one quote to the next in a list ("« A » et « B », a-t-il dit"), which then share a cue. */
  readonly listJoins?: readonly string[];
  /**
   * Tested on a short quote after one of `labelNouns`, marks included: words that read as what someone calls the thing,
   * not its name (Russian instrumental "назвал закон «историческим»"), so the quote stays speech.
   */
  readonly labelPredicate?: RegExp;
  /** Tested on the text before a quote: a charge it names ("poursuivi pour « … »"), whose quoted words are the offence's legal name, not speech. */
  readonly chargeBefore?: RegExp;
  /**
   * A participle of judging or naming, its agent after "by" and the word that opens the label, right before a quote
   * ("tildado por ella de “…”", "definida por el ministro como “…”"): group 1 is the agent, who speaks the words.
   */
  readonly agentBefore?: RegExp;
  /**
   * Where every noun is capitalised, a one-word quote looks like a name whatever it is, so its place tells an outlet's
   * name: tested on the text before the quote ("berichtete der „X“", "laut „X“") and after it ("„X“-Bericht", "dem „X“
   * zufolge").
   */
  readonly outletNamePlace?: { readonly before: RegExp; readonly after: RegExp };
  /** Opens a paragraph that links to another article ("Lire aussi : …"): its quoted words are that article's headline, not a quote. */
  readonly relatedLink?: RegExp;
  /**
   * A word glued to an elided article before a capital ("l’Etat", "d’Arménie"), which closes a role phrase as a
   * name does ("le chef de l’Etat", "le ministre de l’Intérieur"); tested on the token's text.
   */
  readonly elidedName?: RegExp;
  /** A role phrase after an inverted verb may run on to its holder's name, which closes the sentence ("sagt die Leiterin des Instituts in Berlin, Anna Schmidt."). */
  readonly trailingName?: boolean;
  /** How a title of a law or decree opens (Russian «О мерах …», «Об утверждении …»): after its noun it is a title of any length. */
  readonly titleOpening?: RegExp;
  /**
   * The copy writes quotes inside quotes with straight marks too, so a straight mark left over before a comma or a stop
   * only closes (Russian wire copy: `"…аэропорта "Курумоч" работала…", - сказал он`) and opens no quote.
   */
  readonly closingOnlyBeforePunctuation?: boolean;
  /**
   * Tested at a comma inside a guillemet quote that never closes in its paragraph: the author's incise after a quote
   * (", — рассказала она"), which shows the quote's closing mark was lost there.
   */
  readonly inciseAfterComma?: RegExp;
  /** Nouns for someone's words after an inverted reporting verb and its subject, whose owner speaks ("— цитирует агентство слова источника"). */
  readonly wordsOf?: readonly string[];
}

/** How a language marks the edges of a claim inside its sentence; all expressions are global. */
export interface ClaimClausePack {
  /** Breaks between clauses ("; ", ", pero", ", aunque"): the claim stays on the cue's side. */
  readonly separators: RegExp;
  /** The opening of a non-restrictive relative clause (", que", ", quien"): a cue after it makes that clause the claim. */
  readonly relative: RegExp;
  /** A reporting verb and its complementiser ("indicó que"): the claim is what follows. */
  readonly complement: RegExp;
}

/** Everything language-specific the one pipeline reads: a fifth language is one more of these. */
export interface LanguagePack {
  readonly language: Language;
  /** Words that end with a full stop without ending a sentence, lower case without the stop ("sr", "m", "г", "т.е"). */
  readonly abbreviations: readonly string[];
  /** Where a sentence opens though nothing closes the one before, as a picture credit run into a headline ("… Фото: …"); global. */
  readonly sentenceBreakBefore?: RegExp;
  /** Hedge and hearsay cues of the `unverified` layer. */
  readonly cues: readonly PackCue[];
  /**
   * Tested on the sentence before a grammatical hearsay cue: a hypothesis that makes the conditional imagine rather
   * than report ("si X était …", "sans cette aide, …"); without it any "if" word before the cue does.
   */
  readonly hypothesis?: RegExp;
  /** Where a claim begins and ends inside its sentence, for clause cues; without it the English clause rules alone decide. */
  readonly claimClause?: ClaimClausePack;
  /**
   * A quote speaker that is a withheld source ("источник", "собеседник"): a quote it speaks, with the attribution in
   * its own or the next sentence, is a claim the article does not vouch for, whatever verb or pronoun names the source.
   */
  readonly anonymousSpeaker?: RegExp;
  readonly stateMedia: StateMediaPack;
  readonly quotes: QuotePack;
}

/** Every inflected form of each stem with each ending, for languages whose adjectives and nouns decline. */
export function inflect(stems: readonly string[], endings: readonly string[]): string[] {
  return stems.flatMap((stem) => endings.map((ending) => stem + ending));
}

/** A regex alternation of words, longest first, so a longer form wins over its prefix. */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

/** Not preceded by a letter: `\b` knows only ASCII letters, which Cyrillic and accents are not. */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
/** Not followed by a letter. */
export const WORD_END = '(?![\\p{L}\\p{N}])';
