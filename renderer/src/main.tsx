import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { DEFAULT_TYPOLOGIES } from '../../shared/engine/analyze';
import { startAnalysisWorker } from './hooks/use-article-analysis';
import { installHighlightStyles } from './styles/install-highlight-styles';
import './styles/reader.css';

// First, so the worker's script loads and its engine warms while the page itself is still starting.
startAnalysisWorker(DEFAULT_TYPOLOGIES);
installHighlightStyles();

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');
createRoot(container).render(
  <StrictMode>
    <App api={window.sourcelight} />
  </StrictMode>,
);
