import { resolve } from 'node:path';
import { writeFile } from 'node:fs/promises';
import { launchChromium, printLongArticlePdf, writeSameArticleFiles } from './format-fixtures/generate';

/**
 * Regenerates the committed same-article fixtures (`npx tsx scripts/make-format-fixtures.ts`):
 * one article as .txt, .html, .md, .docx, .mhtml and .pdf (the last two made by Chromium), and a
 * PDF of a few pages of its paragraphs repeated.
 */
async function main(): Promise<void> {
  const folder = resolve(__dirname, '..', 'electron', 'services', 'loaders', 'fixtures', 'same-article');
  const browser = await launchChromium();
  try {
    const paths = await writeSameArticleFiles(folder, browser);
    for (const path of Object.values(paths)) console.log(path);
    // Paragraphs that run over page breaks between running headers and footers.
    const long = resolve(folder, 'long-article.pdf');
    await writeFile(long, await printLongArticlePdf(browser, 3));
    console.log(long);
  } finally {
    await browser.close();
  }
}

void main();
