import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { installHighlightStyles } from './styles/install-highlight-styles';
import './styles/reader.css';

installHighlightStyles();

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');
createRoot(container).render(
  <StrictMode>
    <App api={window.sourcelight} />
  </StrictMode>,
);
