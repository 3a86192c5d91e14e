/**
 * An article the team wrote for the format tests (no third-party text): a state-media
 * attribution, direct quotes, a hedge and a caption, saved in every format Sourcelight opens.
 */

/** A block of the test article and the structure each format gives it. */
export interface SameArticleBlock {
  readonly kind: 'heading' | 'byline' | 'paragraph' | 'caption' | 'subheading' | 'furniture';
  readonly text: string;
}

/** The article's title, which also names the saved page. */
export const SAME_ARTICLE_TITLE = 'Ferry line to the northern islands will close for six weeks of repairs';

/** The article, block by block, in reading order; `furniture` is a share prompt the loaders strip. */
export const SAME_ARTICLE_BLOCKS: readonly SameArticleBlock[] = [
  { kind: 'heading', text: SAME_ARTICLE_TITLE },
  { kind: 'byline', text: 'By Ilse Marten' },
  {
    kind: 'paragraph',
    text: 'The only ferry line linking the coastal city of Hallen to its three northern islands will stop running for six weeks from March, the state news agency Xinhua reported on Tuesday, citing the provincial transport office.',
  },
  {
    kind: 'paragraph',
    text: '“The hull of our oldest vessel needs urgent work, and we cannot risk another winter without it,” said Petra Holm, who manages the line for the harbour authority. She added that a replacement boat had been chartered for medical trips.',
  },
  {
    kind: 'paragraph',
    text: 'Islanders were told at a meeting on Monday that the closure would be the longest in two decades. “We were not consulted about the dates at all,” said Jonas Berg, a fisherman on the largest island who sells most of his catch on the mainland.',
  },
  { kind: 'furniture', text: 'Share this article' },
  { kind: 'caption', text: 'The ferry Northern Star waits at the quay in Hallen during a storm last winter.' },
  { kind: 'subheading', text: 'Doubts over the timetable' },
  {
    kind: 'paragraph',
    text: 'The repairs could reportedly take longer than planned, because the shipyard is said to be short of welders after it signed several new contracts this autumn. A spokesman for the shipyard declined to comment.',
  },
  {
    kind: 'paragraph',
    text: 'State broadcaster CCTV said the provincial government would pay for a temporary helicopter service, but gave no figures. Local councillors allegedly asked for the money in January and were turned down.',
  },
  {
    kind: 'paragraph',
    text: '“If the boat is late again, the school term will start without half of its pupils,” said Anna Lind, a teacher on the middle island. Parents have started a petition asking for a second chartered vessel to keep the crossing open through the spring.',
  },
  {
    kind: 'paragraph',
    text: 'The transport office said it would publish a full timetable for the replacement services next week, together with a list of the medical appointments that will be moved to the islands.',
  },
];

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The article as a saved news page: site chrome around an `<article>`, metadata in meta tags. */
export function sameArticleHtml(): string {
  const body = SAME_ARTICLE_BLOCKS.map((block) => {
    const text = escapeHtml(block.text);
    switch (block.kind) {
      case 'heading':
        return `<h1>${text}</h1>`;
      case 'byline':
        return `<p class="byline">${text}</p>`;
      case 'caption':
        return `<figure><figcaption>${text}</figcaption></figure>`;
      case 'subheading':
        return `<h2>${text}</h2>`;
      case 'furniture':
        return `<p class="share">${text}</p>`;
      default:
        return `<p>${text}</p>`;
    }
  }).join('\n      ');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>${escapeHtml(SAME_ARTICLE_TITLE)} | The Harbour Gazette</title>
    <meta property="og:site_name" content="The Harbour Gazette">
    <meta name="author" content="Ilse Marten">
    <meta property="article:published_time" content="2026-02-10T08:00:00Z">
    <style>
      body { font: 16px/1.5 serif; max-width: 40em; margin: 0 auto; }
      p, figcaption { margin: 0 0 1em; }
      @media print { nav, footer { display: none; } }
    </style>
  </head>
  <body>
    <nav><a href="/">Home</a> <a href="/islands">Islands</a> <a href="/weather">Weather</a></nav>
    <article>
      ${body}
    </article>
    <footer>© The Harbour Gazette</footer>
  </body>
</html>
`;
}

/** The article as plain text, paragraphs separated by blank lines, as copied from a browser. */
export function sameArticleText(): string {
  return `${SAME_ARTICLE_BLOCKS.map((block) => block.text).join('\n\n')}\n`;
}

function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line.length > 0 && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line.length > 0 ? `${line} ${word}` : word;
  }
  if (line.length > 0) lines.push(line);
  return lines.join('\n');
}

/** The article as Markdown with front matter, headings and an emphasised caption. */
export function sameArticleMarkdown(): string {
  const body = SAME_ARTICLE_BLOCKS.map((block) => {
    switch (block.kind) {
      case 'heading':
        return `# ${block.text}`;
      case 'subheading':
        return `## ${block.text}`;
      case 'caption':
        return `*${block.text}*`;
      default:
        // Hard-wrapped, as editors save Markdown; the parser joins the lines back.
        return wrap(block.text, 72);
    }
  });
  return `---\ntitle: "${SAME_ARTICLE_TITLE}"\nauthor: Ilse Marten\nsite: The Harbour Gazette\ndate: 2026-02-10\n---\n\n${body.join('\n\n')}\n`;
}
