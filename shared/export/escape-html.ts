import { neutraliseBidi } from './bidi-marks';

/**
 * Escapes text for HTML content and quoted attribute values alike, so one function serves both;
 * bidi controls become visible markers rather than reordering the page.
 */
export function escapeHtml(value: string): string {
  return neutraliseBidi(value.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char));
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
