import { useCallback, useEffect, useState } from 'react';
import type { SourcelightApi } from '../../../shared/ipc/contract';
import type { Article } from '../../../shared/model/article';
import { correctionMatches, type Correction } from '../../../shared/model/correction';
import type { Finding } from '../../../shared/model/finding';
import type { LayerId } from '../../../shared/model/layers';

/** The open article's corrections and the ways to change them. */
export interface CorrectionsState {
  readonly corrections: readonly Correction[];
  readonly markWrong: (finding: Finding) => void;
  readonly addMissed: (layer: LayerId, start: number, end: number) => void;
  readonly undo: (correction: Pick<Correction, 'kind' | 'layer' | 'start' | 'end'>) => void;
}

/**
 * Loads the corrections saved for the open article (the main process keys them by its content) and
 * saves each change at once; a failed save is reported and the change kept on screen for this run.
 */
export function useCorrections(api: SourcelightApi, article: Article | null, onError: (error: unknown) => void): CorrectionsState {
  const [state, setState] = useState<{ readonly article: Article | null; readonly corrections: readonly Correction[] }>({ article: null, corrections: [] });
  const corrections = state.article === article ? state.corrections : [];

  useEffect(() => {
    if (!article) return;
    let live = true;
    api.getCorrections().then(
      (saved) => {
        if (live) setState({ article, corrections: saved });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, article]);

  const change = useCallback(
    (next: (current: readonly Correction[]) => readonly Correction[]) => {
      if (!article) return;
      setState((current) => {
        const updated = next(current.article === article ? current.corrections : []);
        api.saveCorrections(updated).catch(onError);
        return { article, corrections: updated };
      });
    },
    [api, article, onError],
  );

  const markWrong = useCallback(
    (finding: Finding) =>
      change((current) => [
        ...current.filter((correction) => !correctionMatches(correction, finding)),
        { kind: 'wrong', layer: finding.layer, start: finding.start, end: finding.end, text: finding.text, at: new Date().toISOString() },
      ]),
    [change],
  );
  const addMissed = useCallback(
    (layer: LayerId, start: number, end: number) => {
      if (!article || end <= start) return;
      const text = article.text.slice(start, end);
      change((current) => [
        ...current.filter((correction) => !correctionMatches(correction, { layer, start, end })),
        { kind: 'added', layer, start, end, text, at: new Date().toISOString() },
      ]);
    },
    [article, change],
  );
  const undo = useCallback(
    (target: Pick<Correction, 'kind' | 'layer' | 'start' | 'end'>) =>
      change((current) => current.filter((correction) => !(correction.kind === target.kind && correctionMatches(correction, target)))),
    [change],
  );
  return { corrections, markWrong, addMissed, undo };
}
