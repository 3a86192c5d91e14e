import { HIGHLIGHT_CSS } from '../../../shared/render/highlight-styles';

let sheet: CSSStyleSheet | null = null;

/**
 * Adopts the shared highlight stylesheet into the document, once. A constructable stylesheet is used
 * because the CSP allows no inline `<style>`, and the CSS comes from the same module the export uses.
 */
export function installHighlightStyles(doc: Document = document): void {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
  }
  // A hot reload runs main.tsx again; adopting the same sheet twice would be harmless but untidy.
  if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}
