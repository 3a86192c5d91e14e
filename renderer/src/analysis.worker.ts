import { analysisLanguage, analyze } from '../../shared/engine/analyze';
import type { AnalysisRequest, AnalysisResponse } from './lib/analysis-messages';

// The web tsconfig types `self` as a Window; in a dedicated worker postMessage takes no target origin.
const scope = self as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<AnalysisRequest>) => void): void;
  postMessage(message: AnalysisResponse): void;
};

// The engine runs here so a megabyte article never freezes scrolling or the menus.
scope.addEventListener('message', (event) => {
  const { id, text, typologies, extraOutlets, declaredLanguage } = event.data;
  try {
    // The language is decided once and handed to the engine, so the reader is told which pack ran.
    const language = analysisLanguage(text, { language: event.data.language, ...(declaredLanguage ? { declaredLanguage } : {}) });
    scope.postMessage({ id, ok: true, language, findings: analyze(text, { typologies, language, ...(extraOutlets ? { extraOutlets } : {}) }) });
  } catch (error) {
    scope.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
