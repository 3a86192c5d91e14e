import { HIGHLIGHT_CSS } from '../../../shared/render/highlight-styles';

/**
 * Adopts the shared highlight stylesheet into the document. A constructable stylesheet is used
 * because the CSP allows no inline `<style>`, and the CSS comes from the same module the export uses.
 */
export function installHighlightStyles(doc: Document = document): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(HIGHLIGHT_CSS);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}
