import { existsSync, readFileSync } from 'node:fs';
import { analyze } from '../shared/engine/analyze';
import { LANGUAGES } from '../shared/engine/lang/detect-language';
import { LAYER_IDS, isLayerId, type LayerId } from '../shared/model/layers';
import { SPLITS, goldPaths, isHeldOut, loadCorpusArticle, type SplitName } from './corpus';
import { locateGoldSpans } from './gold';
import { emptyScore, prf, scoreArticle, type Score } from './score';

type Fold = 'study' | 'check';

interface EvalArgs {
  readonly splits: readonly SplitName[];
  readonly layer?: LayerId;
  readonly verbose: boolean;
  readonly fold?: Fold;
  /** Article ids to score alone (tune splits only). */
  readonly only?: readonly string[];
}

/**
 * Which half of a tune split an article falls in: rules are studied on one half and confirmed on
 * the other, so a change that only fits the articles it was written from shows up before the
 * held-out split is ever scored. A hash of the id, not its number, keeps every language in both halves.
 */
function foldOf(id: string): Fold {
  let hash = 2166136261;
  for (const char of id) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  return hash % 2 === 0 ? 'study' : 'check';
}

function parseArgs(argv: readonly string[]): EvalArgs {
  let splits: readonly SplitName[] = SPLITS;
  let layer: LayerId | undefined;
  let verbose = false;
  let fold: Fold | undefined;
  let only: readonly string[] | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--verbose' || arg === '-v') verbose = true;
    else if (arg === '--split') {
      const value = argv[++i];
      const split = SPLITS.find((name) => name === value);
      if (!split) throw new Error(`--split takes one of ${SPLITS.join(', ')}`);
      splits = [split];
    } else if (arg === '--layer') {
      const value = argv[++i];
      if (!isLayerId(value)) throw new Error(`--layer takes one of ${LAYER_IDS.join(', ')}`);
      layer = value;
    } else if (arg === '--fold') {
      const value = argv[++i];
      if (value !== 'study' && value !== 'check') throw new Error('--fold takes study or check');
      fold = value;
    } else if (arg === '--only') {
      const value = argv[++i];
      if (!value) throw new Error('--only takes a comma-separated list of article ids');
      only = value
        .split(',')
        .map((id) => id.trim())
        .filter((id) => id.length > 0);
    } else throw new Error(`unknown argument ${arg}`);
  }
  if (only && splits.some(isHeldOut) && splits.length === 1) throw new Error('--only scores tune articles; held-out articles are reported only as a whole');
  return { splits, verbose, ...(layer ? { layer } : {}), ...(fold ? { fold } : {}), ...(only ? { only } : {}) };
}

function percent(value: number): string {
  return (value * 100).toFixed(1).padStart(6);
}

function printScore(title: string, articles: number, score: Score): void {
  console.log(`\n${title} (${articles} articles)`);
  console.log('layer         gold  pred  precision  recall     F1  strict-F1');
  for (const layer of LAYER_IDS) {
    const counts = score.layers[layer];
    const lenient = prf(counts);
    const strict = prf(counts, true);
    console.log(
      `${layer.padEnd(12)} ${String(counts.gold).padStart(5)} ${String(counts.predicted).padStart(5)}    ${percent(lenient.precision)}  ${percent(lenient.recall)} ${percent(lenient.f1)}     ${percent(strict.f1)}`,
    );
  }
  const macro = (strict: boolean): string => percent(LAYER_IDS.reduce((sum, layer) => sum + prf(score.layers[layer], strict).f1, 0) / LAYER_IDS.length).trim();
  console.log(`macro-F1: ${macro(false)}% (strict ${macro(true)}%)`);
  const { correct, total } = score.speakers;
  console.log(`speaker accuracy: ${total === 0 ? 'n/a' : `${percent(correct / total).trim()}% (${correct}/${total})`}`);
}

/** The language a real article's source record gives (`ID.source.json` beside its gold file), English for the team's corpus. */
function articleLanguage(goldPath: string): string {
  const sourcePath = goldPath.replace(/\.gold\.json$/, '.source.json');
  if (!existsSync(sourcePath)) return 'en';
  const record = JSON.parse(readFileSync(sourcePath, 'utf8')) as { lang?: unknown };
  return typeof record.lang === 'string' && record.lang.length > 0 ? record.lang.split('-')[0]!.toLowerCase() : 'en';
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  for (const split of args.splits) {
    const paths = goldPaths(split);
    if (paths.length === 0) {
      console.log(`\n${split}: no annotated articles found${split === 'fixtures' ? ' (../shared/fixtures is absent)' : ''}`);
      continue;
    }
    const score = emptyScore();
    // The same figures per language, for the splits that hold articles in several.
    const byLanguage = new Map<string, { score: Score; articles: number }>();
    let missing = 0;
    let scored = 0;
    let unplaced = 0;
    for (const goldPath of paths) {
      const article = await loadCorpusArticle(split, goldPath);
      if ('missing' in article) {
        missing++;
        continue;
      }
      if (args.fold && !isHeldOut(split) && split !== 'fixtures' && foldOf(article.gold.id) !== args.fold) continue;
      // First-sight figures on newly annotated articles, before any rule is written from them.
      if (args.only && (isHeldOut(split) || !args.only.includes(article.gold.id))) continue;
      scored++;
      const { located, problems } = locateGoldSpans(article.text, article.gold);
      unplaced += problems.length;
      const findings = analyze(article.text);
      const mismatches = scoreArticle(located, findings, score);
      const language = articleLanguage(goldPath);
      const slot = byLanguage.get(language) ?? { score: emptyScore(), articles: 0 };
      scoreArticle(located, findings, slot.score);
      slot.articles++;
      byLanguage.set(language, slot);
      // The held-out split is for reporting only: never show its details while tuning.
      if (!args.verbose || isHeldOut(split) || args.fold === 'check') continue;
      const shown = mismatches.filter((m) => !args.layer || m.layer === args.layer);
      if (shown.length === 0 && problems.length === 0 && !article.loaderProblem) continue;
      console.log(`\n== ${article.gold.id}`);
      if (article.loaderProblem) console.log(`  loader: ${article.loaderProblem} (raw text used)`);
      for (const problem of problems) console.log(`  gold ${problem.problem}: ${problem.span.layer} ${JSON.stringify(problem.span.exact)}`);
      for (const m of shown) console.log(`  ${m.kind.padEnd(14)} ${m.layer.padEnd(11)} ${JSON.stringify(m.text)}${m.detail ? `  [${m.detail}]` : ''}`);
    }
    if (missing > 0) {
      console.log(
        `\n${split}: ${missing} of ${paths.length} article texts are absent (not committed: their licence keeps them out); run \`npm run corpus:real\` after fetching the snapshots listed in eval/real/manifest.json`,
      );
    }
    if (unplaced > 0) {
      // A loader change that drops article text would otherwise show only as a quiet change in the scores.
      console.log(`\n${split}: ${unplaced} gold spans are not in the analysed text and are left out of the scores (\`npm run corpus:check\` lists them)`);
    }
    if (scored > 0) printScore(split, scored, score);
    const languages = [...byLanguage.keys()].sort((a, b) => LANGUAGES.indexOf(a as never) - LANGUAGES.indexOf(b as never) || a.localeCompare(b));
    if (languages.length > 1 || (languages[0] !== undefined && languages[0] !== 'en')) {
      for (const language of languages) printScore(`${split} · ${language}`, byLanguage.get(language)!.articles, byLanguage.get(language)!.score);
    }
  }
}

main().catch((error: unknown) => {
  console.error(`eval: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
