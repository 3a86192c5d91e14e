/** Back-references: a noun pointing back to the last outlet named ("the agency said"). */
import type { StateMediaFinding } from '../../model/finding';
import type { TextContext } from '../text/text-context';
import { BACK_REFERENCE, FAMILY_OF_WORD, MEDIA_MODIFIERS, NEGATED_AFTER, PRODUCT_AFTER, SOURCE_BEFORE, SUBJECT_OF_VERB, type OutletFamily } from './lexicon';
import { outletMessage } from './named-outlets';
import type { Antecedent } from './state-media-types';

function compatible(noun: OutletFamily, families: ReadonlySet<OutletFamily>): boolean {
  return noun === 'any' || families.has('any') || families.has(noun) || (noun === 'print' && families.has('web'));
}

// The nationality words of an English back-reference ("the Iranian agency", "the North Korean state agency").
const LEADING_NATIONALITY = /^\S+\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+/;

/**
 * "the agency said", "The Qatar-based network reported": a noun pointing back to the last outlet named;
 * `countryOf` reads a nationality before the noun ("the Iranian agency"), which must be the antecedent's country.
 */
export function backReferences(
  context: TextContext,
  antecedents: readonly Antecedent[],
  findings: readonly StateMediaFinding[],
  countryOf: (words: string) => string | undefined = () => undefined,
): StateMediaFinding[] {
  const { text } = context;
  const out: StateMediaFinding[] = [];
  // "the report" needs a finding of its outlet shortly before; a sweep over findings by end keeps this linear.
  const byEnd = [...findings].sort((a, b) => a.end - b.end);
  const lastEndOf = new Map<string, number>();
  let swept = 0;
  let next = 0;
  // Another language's back-references ("la agencia", "die Agentur", "агентство") are read the same way.
  const pack = context.pack?.stateMedia;
  for (const pattern of pack ? [BACK_REFERENCE, pack.backReference] : [BACK_REFERENCE]) {
    const local = pattern !== BACK_REFERENCE ? pack : undefined;
    swept = 0;
    next = 0;
    lastEndOf.clear();
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const span = { start: m.index, end: m.index + m[0].length };
      while (next < antecedents.length && antecedents[next]!.end <= span.start) next++;
      while (swept < byEnd.length && byEnd[swept]!.end <= span.start) lastEndOf.set(byEnd[swept]!.outlet, byEnd[swept++]!.end);
      const written = m[1]!;
      const caps = written === written.toUpperCase();
      // "the Agency" in mixed-case text is part of a name; in ALL-CAPS copy every word is capitalised.
      // German capitalises every noun, so another language's nouns are taken as written.
      if (!local && !caps && written !== written.toLowerCase()) continue;
      const noun = written.toLowerCase().replace(/\s+/g, ' ');
      const after = text.slice(span.end, span.end + 160);
      // A noun followed by a name ("издание «Зеркало недели»", "the agency Reuters", "la cadena de noticias Fox")
      // introduces that outlet.
      if ((!caps && /^\s+(?:(?:de|of)\s+\p{Ll}+\s+)?[«„“"]?\p{Lu}/u.test(after)) || NEGATED_AFTER.test(after) || local?.negatedAfter.test(after)) continue;
      const before = text.slice(Math.max(0, span.start - 80), span.start);
      const framed = local
        ? local.subjectOfVerb.test(after) || local.sourceBefore.test(before)
        : SUBJECT_OF_VERB.test(after) || SOURCE_BEFORE.test(before) || (noun !== 'report' && unnegatedProduct(after));
      if (!framed) continue;
      // The most recent antecedent not inside this phrase whose kind fits the noun: "the agency" after a
      // state agency and then a state channel ("Tass said …, read on Vremya …, the agency said") is the agency.
      const family = local ? local.familyOf(noun) : (FAMILY_OF_WORD[noun] ?? 'any');
      // "the Iranian agency": capitalised words before the noun must be a nationality, and the antecedent of that country.
      const nationality = local ? null : LEADING_NATIONALITY.exec(m[0].slice(0, m[0].length - written.length));
      const country = nationality ? countryOf(nationality[1]!) : undefined;
      if (nationality && !country) continue;
      let previous: Antecedent | undefined;
      let skipped = false;
      for (let i = next - 1; i >= 0 && i >= next - 5 && !previous; i--) {
        const a = antecedents[i]!;
        if (a.end > span.start) continue;
        if (country && !a.other && a.finding && a.finding.country !== country) {
          skipped = true;
          continue;
        }
        // Past an outlet of another kind, only one that is plainly of the noun's kind ("Tass", a news agency) qualifies.
        if (a.other || !a.finding || (skipped ? family !== 'any' && a.families.has(family) : compatible(family, a.families))) previous = a;
        else skipped = true;
      }
      if (!previous || previous.other || !previous.finding || span.start - previous.end > 1500) continue;
      const between = text.slice(previous.end, span.start);
      if (noun.includes('agency') && /\b\p{Lu}[\p{L}-]*\s+Agency\b/u.test(between)) continue;
      if (local ? otherNamedLocally(between, written) : otherThingNamed(between, noun)) continue;
      const antecedent = previous.finding;
      if (noun === 'report') {
        const lastEnd = lastEndOf.get(antecedent.outlet);
        if (lastEnd === undefined || span.start - lastEnd >= 600) continue;
      }
      const outletName = previous.outlet?.name ?? text.slice(antecedent.start, antecedent.end);
      out.push({
        layer: 'state-media',
        start: span.start,
        end: span.end,
        text: text.slice(span.start, span.end),
        ruleId: 'state-media/back-reference',
        message: previous.outlet
          ? `"${m[0]}" refers back to ${outletName}; ${outletMessage(previous.outlet)}`
          : `"${m[0]}" refers back to "${outletName}", state-controlled media cited as a source.`,
        outlet: antecedent.outlet,
        ...(antecedent.country ? { country: antecedent.country } : {}),
        ...(antecedent.typology ? { typology: antecedent.typology } : {}),
      });
    }
  }
  return out;
}

// Headlinese drops the article: "Journalists killed in Gaza, network says", "Kim inspects plant: agency".
const HEADLINE_BARE_NOUN =
  /(?:,|:|\s[-–—])\s+((?:state\s+|official\s+|news\s+)?(?:agency|network|broadcaster|outlet|newspaper|paper|daily|channel|station|TV|television|radio))(?:\s+(?:says|said|reports|reported|claims|shows))?\s*[.]?\s*$/;

/**
 * Back-references by a bare noun closing a headline ("…, network says"): the outlet is the last one named
 * in the headline, or, when the headline names none, the first state outlet the story names after it.
 */
export function headlineBackReferences(context: TextContext, antecedents: readonly Antecedent[]): StateMediaFinding[] {
  if (context.pack) return [];
  const { text } = context;
  const out: StateMediaFinding[] = [];
  for (const block of context.paragraphs) {
    if (block.end - block.start > 200) continue;
    const m = HEADLINE_BARE_NOUN.exec(text.slice(block.start, block.end));
    // A verb is needed after the noun unless a colon tags the headline with it ("…: agency").
    if (!m || (!/\s(?:says|said|reports|reported|claims|shows)\s*[.]?\s*$/.test(m[0]) && !m[0].startsWith(':'))) continue;
    const start = block.start + m.index + m[0].indexOf(m[1]!);
    const span = { start, end: start + m[1]!.length };
    let antecedent: Antecedent | undefined;
    for (const a of antecedents) {
      if (a.end <= span.start && a.start >= block.start) antecedent = a;
      else if (a.start >= block.end && !antecedent) {
        if (a.start - block.end <= 1500) antecedent = a;
        break;
      }
    }
    if (!antecedent || antecedent.other || !antecedent.finding) continue;
    const noun = m[1]!.toLowerCase().replace(/^(?:state|official|news)\s+/, '');
    if (!compatible(FAMILY_OF_WORD[noun] ?? 'any', antecedent.families)) continue;
    const f = antecedent.finding;
    out.push({
      layer: 'state-media',
      start: span.start,
      end: span.end,
      text: text.slice(span.start, span.end),
      ruleId: 'state-media/back-reference',
      message: antecedent.outlet
        ? `"${m[1]!}" refers to ${antecedent.outlet.name}; ${outletMessage(antecedent.outlet)}`
        : `"${m[1]!}" refers to state-controlled media.`,
      outlet: f.outlet,
      ...(f.country ? { country: f.country } : {}),
      ...(f.typology ? { typology: f.typology } : {}),
    });
  }
  return out;
}

/** Whether a product follows ("'s report", "footage") and is not negated ("the agency's report did not say"). */
function unnegatedProduct(after: string): boolean {
  const product = PRODUCT_AFTER.exec(after);
  return product !== null && !NEGATED_AFTER.test(after.slice(product[0].length));
}

const HEAD_PATTERNS = new Map<string, RegExp>();

const OTHER_REPORT = /\breports?\s+(?:in|by|from|of)\s+(?:the\s+)?\p{Lu}/u;

/** Whether text names another thing with the same head noun ("the UN nuclear agency", "a power station") that the noun could mean. */
function otherThingNamed(between: string, noun: string): boolean {
  const head = noun.slice(noun.lastIndexOf(' ') + 1);
  // "according to a report in The Times. … The report said": another source's report named in between is the one meant.
  if (head === 'report') return OTHER_REPORT.test(between);
  if (head === 'outlet') return false;
  let pattern = HEAD_PATTERNS.get(head);
  if (!pattern) HEAD_PATTERNS.set(head, (pattern = new RegExp(`([\\p{L}.-]+)\\s+${head}s?\\b`, 'giu')));
  pattern.lastIndex = 0;
  // Hyphenated modifiers ("English-language daily", "state-owned paper") still describe an outlet.
  for (let m = pattern.exec(between); m; m = pattern.exec(between)) if (!m[1]!.includes('-') && !MEDIA_MODIFIERS.has(m[1]!.toLowerCase())) return true;
  return false;
}

/** Whether another organisation with the same noun is named in between ("la Agencia Internacional de Energía Atómica"). */
function otherNamedLocally(between: string, written: string): boolean {
  const capitalised = written.charAt(0).toUpperCase() + written.slice(1);
  const at = between.indexOf(capitalised);
  if (at >= 0 && /^\s+(?:de\s+|für\s+|du\s+|des\s+)?\p{Lu}/u.test(between.slice(at + capitalised.length, at + capitalised.length + 12))) return true;
  // The same noun in any case ending introducing a name ("изданию The Economist", "der Agentur „X“"): that outlet is the last one named.
  const stem = written
    .toLowerCase()
    .slice(0, Math.max(4, written.length - 2))
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}])${stem}\\p{L}{0,3}\\s+[«„“"]?\\p{Lu}`, 'iu').test(between);
}
