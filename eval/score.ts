import type { Finding } from '../shared/model/finding';
import { LAYER_IDS, type LayerId } from '../shared/model/layers';
import type { LocatedGoldSpan } from './gold';

/** Counts for one layer; lenient matching needs one shared character, strict needs half of both spans. */
export interface LayerCounts {
  gold: number;
  predicted: number;
  /** Gold spans matched by at least one prediction. */
  goldMatched: number;
  /** Predictions matching at least one gold span. */
  predictedMatched: number;
  goldMatchedStrict: number;
  predictedMatchedStrict: number;
}

/** Speaker accuracy over gold quotes that have a speaker and were found. */
export interface SpeakerCounts {
  total: number;
  correct: number;
}

/** Everything scored for a set of articles. */
export interface Score {
  readonly layers: Record<LayerId, LayerCounts>;
  readonly speakers: SpeakerCounts;
}

/** A scoring mismatch worth showing a developer. */
export interface Mismatch {
  readonly kind: 'missed' | 'false-alarm' | 'wrong-speaker' | 'loose-boundary';
  readonly layer: LayerId;
  readonly text: string;
  readonly detail?: string;
}

/** An empty score to accumulate into. */
export function emptyScore(): Score {
  const layers = Object.fromEntries(
    LAYER_IDS.map((layer) => [layer, { gold: 0, predicted: 0, goldMatched: 0, predictedMatched: 0, goldMatchedStrict: 0, predictedMatchedStrict: 0 }]),
  ) as Record<LayerId, LayerCounts>;
  return { layers, speakers: { total: 0, correct: 0 } };
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function strictMatch(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const shared = overlap(a, b);
  return shared * 2 >= a.end - a.start && shared * 2 >= b.end - b.start;
}

/** Whether a predicted speaker names the gold speaker under ANNOTATION.md's rule. */
export function speakerMatches(predicted: string | undefined, gold: LocatedGoldSpan): boolean {
  if (!predicted || !gold.speaker) return false;
  const words = [gold.speaker.trim().split(/\s+/).pop() ?? '', ...(gold.speakerAlt ?? [])].filter(Boolean);
  const haystack = predicted.toLowerCase();
  return words.some((word) => {
    const escaped = word.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u').test(haystack);
  });
}

/** Scores one article's findings against its located gold spans, adding into `score`. */
export function scoreArticle(gold: readonly LocatedGoldSpan[], findings: readonly Finding[], score: Score): Mismatch[] {
  const mismatches: Mismatch[] = [];
  for (const layer of LAYER_IDS) {
    const goldSpans = gold.filter((span) => span.layer === layer);
    const predicted = findings.filter((finding) => finding.layer === layer);
    const counts = score.layers[layer];
    counts.gold += goldSpans.length;
    counts.predicted += predicted.length;
    for (const span of goldSpans) {
      const matches = predicted.filter((finding) => overlap(finding, span) > 0);
      if (matches.length === 0) {
        mismatches.push({ kind: 'missed', layer, text: span.exact });
        continue;
      }
      counts.goldMatched++;
      if (matches.some((finding) => strictMatch(finding, span))) counts.goldMatchedStrict++;
      else mismatches.push({ kind: 'loose-boundary', layer, text: span.exact, detail: matches.map((m) => m.text).join(' | ') });
      if (layer === 'quote' && span.speaker) {
        score.speakers.total++;
        const speaker = matches.map((finding) => (finding.layer === 'quote' ? finding.speaker : undefined)).find(Boolean);
        if (speakerMatches(speaker, span)) score.speakers.correct++;
        else mismatches.push({ kind: 'wrong-speaker', layer, text: span.exact, detail: `gold ${span.speaker}, got ${speaker ?? 'none'}` });
      }
    }
    for (const finding of predicted) {
      const matches = goldSpans.filter((span) => overlap(finding, span) > 0);
      if (matches.length === 0) {
        mismatches.push({ kind: 'false-alarm', layer, text: finding.text, detail: finding.ruleId });
        continue;
      }
      counts.predictedMatched++;
      if (matches.some((span) => strictMatch(finding, span))) counts.predictedMatchedStrict++;
    }
  }
  return mismatches;
}

/** Precision, recall and F1 from counts (1 when there is nothing to find and nothing found). */
export function prf(counts: LayerCounts, strict = false): { precision: number; recall: number; f1: number } {
  const matchedPredicted = strict ? counts.predictedMatchedStrict : counts.predictedMatched;
  const matchedGold = strict ? counts.goldMatchedStrict : counts.goldMatched;
  const precision = counts.predicted === 0 ? 1 : matchedPredicted / counts.predicted;
  const recall = counts.gold === 0 ? 1 : matchedGold / counts.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
