// The third-person forms of regular reporting verbs, generated from their infinitives, so a pack lists each verb
// once and "a déploré", "déplorait", "déplore-t-il" and "deploró", "ha deplorado", "deplorando" are all found.

/** French -er verbs: present, imperfect, simple past, participles, future and conditional, third person. */
export function frenchErForms(infinitives: readonly string[]): string[] {
  return infinitives.flatMap((infinitive) => {
    const stem = infinitive.slice(0, -2);
    // "annoncer" → "annonçait", "juger" → "jugeait": the soft consonant keeps its sound before a and o.
    const hard = stem.endsWith('c') ? `${stem.slice(0, -1)}ç` : stem.endsWith('g') ? `${stem}e` : stem;
    // "répéter" → "répète", "rappeler" → "rappelle", "marteler" → "martèle": the stressed stem of the present.
    const stressed = stressedFrenchStem(stem);
    return [
      `${stressed}e`,
      `${stressed}ent`,
      `${hard}ait`,
      `${hard}aient`,
      `${hard}a`,
      `${stem}èrent`,
      `${stem}é`,
      `${stem}ée`,
      `${stem}és`,
      `${stem}ées`,
      `${hard}ant`,
      `${stressed}era`,
      `${stressed}erait`,
    ];
  });
}

function stressedFrenchStem(stem: string): string {
  const closed = /é([^aeiouyéèê]+)$/u.exec(stem);
  if (closed) return `${stem.slice(0, closed.index)}è${closed[1]}`;
  if (/(?:app|rapp)el$/u.test(stem)) return `${stem}l`;
  const open = /e([^aeiouyéèê])$/u.exec(stem);
  if (open && stem.length > 3) return `${stem.slice(0, open.index)}è${open[1]}`;
  return stem;
}

/** A French verb form with its inverted subject pronoun, one word for the tokenizer ("déplore-t-il", "dit-elle"). */
export function frenchInverted(forms: readonly string[]): string[] {
  return forms
    .filter((form) => !/(?:é|ée|és|ées|ant)$/u.test(form))
    .flatMap((form) => {
      const joint = /[ae]$/u.test(form) ? '-t-' : '-';
      return [`${form}${joint}il`, `${form}${joint}elle`, `${form}${joint}ils`, `${form}${joint}elles`];
    });
}

/** French reflexive forms written with the elided pronoun in one word ("s'étonne", "s’indignait"). */
export function frenchReflexive(forms: readonly string[]): string[] {
  return forms.filter((form) => /^[aeéèêiouhy]/u.test(form)).flatMap((form) => [`s'${form}`, `s’${form}`]);
}

/** Spanish regular verbs (-ar, -er, -ir): present, preterite, imperfect, participles, gerund, third person. */
export function spanishRegularForms(infinitives: readonly string[]): string[] {
  return infinitives.flatMap((infinitive) => {
    const stem = infinitive.slice(0, -2);
    if (infinitive.endsWith('ar')) {
      return [`${stem}ó`, `${stem}a`, `${stem}an`, `${stem}aba`, `${stem}aban`, `${stem}aron`, `${stem}ado`, `${stem}ada`, `${stem}ando`, `${stem}aría`];
    }
    return [`${stem}ió`, `${stem}e`, `${stem}en`, `${stem}ía`, `${stem}ían`, `${stem}ieron`, `${stem}ido`, `${stem}ida`, `${stem}iendo`, `${infinitive}ía`];
  });
}

/** German prefixes that take no "ge-" in the participle ("erklärt", "versichert", "bestätigt"). */
const GERMAN_INSEPARABLE = /^(?:be|er|ver|ent|zer|emp|miss|ge|hinter|über|unter|wider)/u;

/**
 * German weak verbs, each as its infinitive or as "particle|infinitive" for a separable one ("mit|teilen"): third
 * person present and past, the past plural, the participle, and for a separable verb the joined forms a
 * subordinate clause ends with ("wie der Sprecher mitteilte").
 */
export function germanWeakForms(verbs: readonly string[]): string[] {
  return verbs.flatMap((entry) => {
    const [particle, infinitive] = entry.includes('|') ? (entry.split('|') as [string, string]) : ['', entry];
    const stem = /[lr]n$/u.test(infinitive) ? infinitive.slice(0, -1) : infinitive.slice(0, -2);
    // "antworten" → "antwortet", "rechnen" → "rechnet": a stem on t, d or a consonant before n takes an "e".
    const e = /(?:[td]|(?:[^aeiouäöülrh]|ch)n|[^aeiouäöülrh]m)$/u.test(stem) ? 'e' : '';
    const participle = GERMAN_INSEPARABLE.test(infinitive) || /ieren$/u.test(infinitive) ? `${stem}${e}t` : `ge${stem}${e}t`;
    const finite = [`${stem}${e}t`, `${stem}${e}te`, `${stem}${e}ten`];
    // The bare infinitive, which is also the plural present, is left out: capitalised it is a noun ("Fragen", "Stellen").
    return particle ? [...finite, `${particle}${participle}`, ...[...finite, infinitive].map((form) => particle + form)] : [...finite, participle];
  });
}
