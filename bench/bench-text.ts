import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const REPO_ROOT = resolve(__dirname, '..');

/** Articles written by the team (the tuning corpus and the bundled sample), the raw material of bench inputs. */
export function teamArticles(): string[] {
  const sources = [join(REPO_ROOT, 'eval', 'corpus', 'tune'), join(REPO_ROOT, 'resources')];
  const articles: string[] = [];
  for (const directory of sources) {
    if (!existsSync(directory)) continue;
    for (const name of readdirSync(directory).sort()) {
      if (name.endsWith('.txt')) articles.push(readFileSync(join(directory, name), 'utf8').replace(/\r\n?/g, '\n'));
    }
  }
  if (articles.length === 0) throw new Error('no team-written articles found in eval/corpus/tune or resources/');
  return articles;
}

/**
 * Builds about `bytes` of article text by repeating the team's articles with varied numbers, so
 * the engine sees realistic prose rather than one paragraph copied verbatim.
 */
export function buildBenchText(bytes: number, articles: readonly string[] = teamArticles()): string {
  const parts: string[] = [];
  let size = 0;
  for (let round = 0; size < bytes; round++) {
    const article = articles[round % articles.length]!;
    const varied = article.replace(/\d/g, (digit) => String((Number(digit) + round) % 10));
    parts.push(varied);
    size += Buffer.byteLength(varied) + 2;
  }
  const text = parts.join('\n\n');
  return Buffer.byteLength(text) > bytes ? text.slice(0, cutAtParagraph(text, bytes)) : text;
}

function cutAtParagraph(text: string, bytes: number): number {
  const roughCut = Math.min(text.length, bytes);
  const paragraphEnd = text.lastIndexOf('\n\n', roughCut);
  return paragraphEnd > roughCut / 2 ? paragraphEnd : roughCut;
}
