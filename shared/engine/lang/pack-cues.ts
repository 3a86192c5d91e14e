import { sentenceIndexAt, type TextContext } from '../text/text-context';
import type { CueHit } from '../unverified/cue-matcher';
import type { LanguagePack, PackCue } from './pack-types';

interface CompiledCue {
  readonly cue: PackCue;
  readonly pattern: RegExp;
  readonly notBefore?: RegExp;
}

const COMPILED = new WeakMap<LanguagePack, readonly CompiledCue[]>();

/** A literal space in a cue stands for any run of white space, as in the English lexicon. */
function spaced(pattern: string): string {
  return pattern.replace(/ /g, String.raw`\s+`);
}

function compile(pack: LanguagePack): readonly CompiledCue[] {
  let compiled = COMPILED.get(pack);
  if (!compiled) {
    compiled = pack.cues.map((cue) => ({
      cue,
      // Letters of any script bound a cue: `\b` knows only ASCII letters.
      pattern: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${spaced(cue.pattern)})(?![\p{L}\p{N}])`, cue.caseSensitive ? 'gu' : 'giu'),
      ...(cue.notBefore ? { notBefore: new RegExp(`^${spaced(cue.notBefore)}`, 'iu') } : {}),
    }));
    COMPILED.set(pack, compiled);
  }
  return compiled;
}

/**
 * Negators of the pack languages: a negatable cue after one of them is no cue ("no se cree", "n'a jamais affirmé", "nicht
 * angeblich"); French "pas" too, whose "ne" may stand farther back ("ne peut pas être considéré comme").
 */
const NEGATOR =
  /(?:^|[^\p{L}])(?:no|nunca|ni|tampoco|nadie|ningún|ninguna|ne|n['’]|pas|jamais|aucun|aucune|personne|nicht|nie|kein|keine|keinen|keiner|niemand|не|ни|нет|никто|никогда)(?:$|[^\p{L}])/iu;
/**
 * An "if" clause earlier in the sentence makes a conditional hypothetical, not hearsay ("si hubiera llegado, habría
 * muerto"). "Si bien" (although; French "si bien que", so that) concedes or concludes: it imagines nothing.
 */
const CONDITION = /(?:^|[^\p{L}])(?:si(?!\s+bien(?![\p{L}]))|s['’]ils?|wenn|falls|если|если\s+бы)\s/iu;

/** Finds the cues of a language pack, in text order and without overlaps, in the shape the English matcher returns. */
export function findPackCues(context: TextContext, pack: LanguagePack): CueHit[] {
  const { text } = context;
  const hits: CueHit[] = [];
  for (const { cue, pattern, notBefore } of compile(pack)) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (notBefore?.test(text.slice(end, end + 64))) continue;
      const index = sentenceIndexAt(context, start);
      const sentence = index >= 0 ? context.sentences[index]! : { start: Math.max(0, start - 200), end: Math.min(text.length, end + 200) };
      const before = text.slice(Math.max(sentence.start, start - 40), start);
      const clauseBefore = before.slice(Math.max(0, before.search(/[,;:.!?—(«»“”"][^,;:.!?—(«»“”"]*$/u) + 1));
      if (cue.negatable && NEGATOR.test(clauseBefore.split(/\s+/).slice(-4).join(' '))) continue;
      if (cue.grammatical) {
        // A question asks rather than reports, and an "if" sentence imagines rather than reports.
        if (/\?\s*[»”“"']*\s*$/u.test(text.slice(sentence.start, sentence.end))) continue;
        if ((pack.hypothesis ?? CONDITION).test(text.slice(sentence.start, start))) continue;
      }
      hits.push({ start, end, cue: m[0].replace(/\s+/g, ' '), kind: cue.kind, scope: cue.scope ?? 'clause' });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: CueHit[] = [];
  for (const hit of hits) if (kept.length === 0 || hit.start >= kept[kept.length - 1]!.end) kept.push(hit);
  return kept;
}
