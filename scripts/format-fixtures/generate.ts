import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { SAME_ARTICLE_BLOCKS, SAME_ARTICLE_TITLE, sameArticleHtml, sameArticleMarkdown, sameArticleText } from './same-article';

/** Debian's Chromium, which Playwright drives here (no browser download). */
export const CHROMIUM_PATH = process.env.SOURCELIGHT_CHROMIUM ?? '/usr/bin/chromium';

/** Launches headless Chromium with the flags our machines need and no background traffic. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** Options for printing a page to PDF. */
export interface PrintOptions {
  /** Print a running header (the title) and footer (page numbers), as browsers do by default. */
  readonly headerFooter?: boolean;
  /** Zoom of the printed page; larger type spreads a short article over several pages. */
  readonly scale?: number;
}

/**
 * Prints HTML to a PDF with Chromium, as a reader's "Save as PDF" does; with `headerFooter` each
 * page carries the title above and "page / pages" below, which the loader must drop.
 */
export async function printHtmlToPdf(browser: Browser, html: string, options: PrintOptions = {}): Promise<Buffer> {
  const page = await browser.newPage();
  try {
    // Nothing remote is referenced, so the page is complete once its content is set.
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({
      format: 'A4',
      margin: { top: '22mm', bottom: '22mm', left: '20mm', right: '20mm' },
      displayHeaderFooter: options.headerFooter ?? false,
      scale: options.scale ?? 1,
      headerTemplate: `<div style="font-size:8px;width:100%;text-align:center"><span class="title"></span></div>`,
      footerTemplate: `<div style="font-size:8px;width:100%;text-align:center"><span class="pageNumber"></span> / <span class="totalPages"></span></div>`,
    });
  } finally {
    await page.close();
  }
}

/** Saves HTML as a single-file MHTML archive the way Chrome's "Save as single file" does (CDP snapshot). */
export async function snapshotMhtml(browser: Browser, html: string): Promise<string> {
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    const session = await page.context().newCDPSession(page);
    const { data } = (await session.send('Page.captureSnapshot', { format: 'mhtml' })) as { data: string };
    return data;
  } finally {
    await page.close();
  }
}

/** Writes the test article as a Word document, with Word's own heading, caption and author properties. */
export async function sameArticleDocx(): Promise<Buffer> {
  const children = SAME_ARTICLE_BLOCKS.map((block) => {
    switch (block.kind) {
      case 'heading':
        return new Paragraph({ text: block.text, heading: HeadingLevel.TITLE });
      case 'subheading':
        return new Paragraph({ text: block.text, heading: HeadingLevel.HEADING_2 });
      case 'caption':
        return new Paragraph({ children: [new TextRun({ text: block.text, italics: true })], alignment: AlignmentType.CENTER });
      default:
        return new Paragraph({ text: block.text });
    }
  });
  const document = new Document({ creator: 'Ilse Marten', title: SAME_ARTICLE_TITLE, sections: [{ children }] });
  return Packer.toBuffer(document);
}

/**
 * A long article of `pages` printed pages (for the PDF benchmark): the test article's paragraphs
 * repeated under numbered section headings, printed with running headers and page numbers.
 */
export async function printLongArticlePdf(browser: Browser, pages: number): Promise<Buffer> {
  const paragraphs = SAME_ARTICLE_BLOCKS.filter((block) => block.kind === 'paragraph').map((block) => `<p>${block.text}</p>`);
  // About ten of these paragraphs fill an A4 page at 16px.
  const sections = Array.from({ length: Math.ceil((pages * 10) / paragraphs.length) }, (_, index) => `<h2>Part ${index + 1}</h2>${paragraphs.join('')}`);
  const html = sameArticleHtml().replace(/<article>[\s\S]*<\/article>/, `<article><h1>${SAME_ARTICLE_TITLE}</h1>${sections.join('')}</article>`);
  return printHtmlToPdf(browser, html, { headerFooter: true });
}

/** Writes the test article as .txt, .html, .md, .docx, .mhtml and .pdf into a folder; returns the paths by extension. */
export async function writeSameArticleFiles(folder: string, browser: Browser): Promise<Record<string, string>> {
  const html = sameArticleHtml();
  const files: Record<string, string | Buffer> = {
    txt: sameArticleText(),
    html,
    md: sameArticleMarkdown(),
    docx: await sameArticleDocx(),
    mhtml: await snapshotMhtml(browser, html),
    // Large enough to run over two pages, so a paragraph crosses a page break between a footer and a header.
    pdf: await printHtmlToPdf(browser, html, { headerFooter: true, scale: 1.45 }),
  };
  const paths: Record<string, string> = {};
  for (const [extension, content] of Object.entries(files)) {
    paths[extension] = join(folder, `ferry-article.${extension}`);
    await writeFile(paths[extension], content);
  }
  return paths;
}
