import { resolve } from 'node:path';
import { SPLITS, goldPaths, loadCorpusArticle } from './corpus';
import { locateGoldSpans } from './gold';

/** Checks that every gold span can be located exactly once in its article's analysed text. */
async function main(): Promise<void> {
  const given = process.argv.slice(2).map((path) => resolve(process.env['INIT_CWD'] ?? process.cwd(), path));
  const paths = given.length > 0 ? given.filter((p) => p.endsWith('.gold.json')) : SPLITS.flatMap(goldPaths);
  let failures = 0;
  for (const goldPath of paths) {
    const article = await loadCorpusArticle('tune', goldPath);
    if ('missing' in article) {
      console.log(`${article.gold.id}: text absent (${article.path})`);
      continue;
    }
    const { problems } = locateGoldSpans(article.text, article.gold);
    if (article.loaderProblem) console.log(`${article.gold.id}: loader: ${article.loaderProblem}`);
    for (const problem of problems) {
      failures++;
      console.log(`${article.gold.id}: ${problem.problem} ${problem.span.layer} ${JSON.stringify(problem.span.exact)}`);
    }
  }
  console.log(`${paths.length} gold files checked, ${failures} problems`);
  if (failures > 0) process.exit(1);
}

void main();
