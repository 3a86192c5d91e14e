import { describeArticle, type ArticleMeta } from '../../shared/engine/article-meta';
import type { Language } from '../../shared/engine/lang/detect-language';
import type { Article } from '../../shared/model/article';
import type { Finding } from '../../shared/model/finding';
import { LAYER_IDS, LAYER_INFO } from '../../shared/model/layers';

/** The JSON `analyze --json` prints: the analysed text, every finding with offsets into it, and the article's metadata. */
export interface AnalyzeJson {
  readonly text: string;
  readonly findings: readonly Finding[];
  readonly meta: ArticleMeta;
}

/** Serialises the analysis as one JSON object on one line. */
export function formatAnalyzeJson(article: Article, findings: readonly Finding[], language?: Language): string {
  // `meta.lang` names the language pack the engine used, which may differ from what the file declares.
  const meta = describeArticle(article);
  const output: AnalyzeJson = { text: article.text, findings, meta: language ? { ...meta, lang: language } : meta };
  return JSON.stringify(output);
}

function details(finding: Finding): string[] {
  switch (finding.layer) {
    case 'state-media': {
      const where = [finding.country, finding.typology].filter(Boolean).join(', ');
      return [`outlet: ${finding.outlet}${where ? ` (${where})` : ''}`];
    }
    case 'quote':
      if (!finding.speaker) return [];
      return [`speaker: ${finding.speaker}${finding.speakerSurface && finding.speakerSurface !== finding.speaker ? ` (“${finding.speakerSurface}”)` : ''}`];
    case 'unverified':
      return [`cue: “${finding.cue}” (${finding.cueKind})`];
  }
}

/** A listing a person reads in a terminal: a summary line per layer, then each finding with why it is marked. */
export function formatAnalyzeListing(article: Article, findings: readonly Finding[]): string {
  const lines: string[] = [];
  lines.push(`${article.sourceName}: ${article.blocks.length} blocks, ${article.text.length} characters`);
  if (article.title) lines.push(`Title: ${article.title}`);
  if (article.date) lines.push(`Date: ${article.date}`);
  const { publisher } = describeArticle(article);
  if (publisher) lines.push(`Publisher: ${publisher.outlet}, ${publisher.description} (${publisher.country}, ${publisher.typology})`);
  for (const notice of article.notices) lines.push(`Note: ${notice}`);
  if (article.stripped.length > 0) lines.push(`Boilerplate left out: ${article.stripped.length} item(s)`);
  lines.push(LAYER_IDS.map((layer) => `${LAYER_INFO[layer].label}: ${findings.filter((finding) => finding.layer === layer).length}`).join(' · '));
  for (const finding of findings) {
    lines.push('');
    lines.push(`[${LAYER_INFO[finding.layer].label}] ${finding.start}–${finding.end} ${JSON.stringify(finding.text)}`);
    lines.push(`    ${finding.message}`);
    for (const detail of details(finding)) lines.push(`    ${detail}`);
  }
  if (findings.length === 0) lines.push('', 'Nothing was marked.');
  return lines.join('\n');
}
