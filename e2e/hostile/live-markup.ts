import { JSDOM, VirtualConsole } from 'jsdom';

// Elements that run code, load something or send something; an export has none of them.
const FORBIDDEN_ELEMENTS = [
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'form',
  'button',
  'textarea',
  'select',
  'link',
  'img',
  'picture',
  'source',
  'video',
  'audio',
  'track',
  'portal',
  'webview',
  'svg',
  'math',
  'template',
  'noscript',
  'isindex',
  'marquee',
  'area',
  'map',
];

// Attributes that hold a URL a browser may fetch or follow.
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'data', 'poster', 'background', 'ping', 'srcset', 'xlink:href', 'codebase', 'cite'];

const DANGEROUS_URL = /^\s*(?:javascript|vbscript|data|file|blob):/i;
const REMOTE_URL = /^\s*(?:[a-z][a-z0-9+.-]*:)?\/\//i;
const CSS_FETCH = /url\s*\(|@import|expression\s*\(|behavior\s*:|-moz-binding/i;

/**
 * Lists every piece of live markup in an exported page, parsed by jsdom with scripts off: script
 * elements other than the one JSON-LD data block, elements that run or load anything, `on*`
 * attributes, URL attributes with a dangerous scheme or a remote target, fetching CSS, and a
 * refresh. An empty list means the export is inert.
 */
export function liveMarkupIn(html: string): string[] {
  const { document } = new JSDOM(html, { virtualConsole: new VirtualConsole() }).window;
  const problems: string[] = [];
  const scripts = [...document.querySelectorAll('script')];
  const dataBlocks = scripts.filter((script) => script.getAttribute('type') === 'application/ld+json' && !script.hasAttribute('src'));
  if (dataBlocks.length !== 1 || scripts.length !== 1) problems.push(`${scripts.length} script elements, ${dataBlocks.length} of them the JSON-LD block`);
  for (const block of dataBlocks) {
    try {
      JSON.parse(block.textContent ?? '');
    } catch {
      problems.push('the JSON-LD block is not valid JSON (something closed or broke it)');
    }
  }
  for (const name of FORBIDDEN_ELEMENTS) {
    const count = document.getElementsByTagName(name).length;
    if (count > 0) problems.push(`${count} <${name}> element(s)`);
  }
  // The layer switches are CSS-only checkboxes; any other input could submit or be scripted.
  for (const input of document.querySelectorAll('input')) {
    if (input.type !== 'checkbox' || input.hasAttribute('name') || input.hasAttribute('form')) problems.push(`<input type="${input.type}">`);
  }
  for (const meta of document.querySelectorAll('meta[http-equiv]')) {
    const kind = meta.getAttribute('http-equiv')?.toLowerCase();
    if (kind !== 'content-security-policy') problems.push(`<meta http-equiv="${kind}">`);
  }
  for (const element of document.querySelectorAll('*')) {
    for (const attribute of [...element.attributes]) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`<${element.localName} ${name}>`);
      if (URL_ATTRIBUTES.includes(name) && (DANGEROUS_URL.test(attribute.value) || REMOTE_URL.test(attribute.value))) {
        problems.push(`<${element.localName} ${name}="${attribute.value.slice(0, 80)}">`);
      }
      if (name === 'style' && CSS_FETCH.test(attribute.value)) problems.push(`<${element.localName} style> fetches: ${attribute.value.slice(0, 80)}`);
    }
  }
  for (const style of document.querySelectorAll('style')) {
    if (CSS_FETCH.test(style.textContent ?? '')) problems.push('a <style> block fetches or runs something');
  }
  return problems;
}
