import { buildDocx, buildPdf, buildZip } from './binary-builders';

/**
 * Hostile article files, made by us and written fresh for each run. Every payload would, if it ever
 * ran or loaded, set `window.__pwned` to its case id or request `${canary}/${id}/...` from a local
 * canary server that records every hit, from the page and from Node alike.
 */

/** What the reader must do with a file: open it, refuse it with a clear message, or either. */
export type HostileOutcome = 'opens' | 'refused' | 'either';

/** One hostile file. */
export interface HostileCase {
  /** Unique, URL-safe; also the canary path segment and the file's base name. */
  readonly id: string;
  readonly extension: string;
  readonly outcome: HostileOutcome;
  readonly contents: string | Uint8Array;
}

// Our own sentences: enough running text for the loaders to accept a page as an article.
const STORY = [
  'The harbour authority said on Tuesday that the old pier would close for repairs until the autumn.',
  '“We will reopen it as soon as the timbers are safe,” the harbour master said, adding that ferries would use the north quay.',
  'According to officials, the work could cost more than the council had planned, and some traders reportedly fear a quiet summer.',
  'Local fishermen said they had warned about the rotten beams for years and welcomed the decision.',
];

function paragraphs(): string {
  return STORY.map((text) => `<p>${text}</p>`).join('\n');
}

function htmlPage(head: string, body: string, bodyAttributes = ''): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Pier to close for repairs</title>${head}</head>
<body${bodyAttributes}><article><h1>Pier to close for repairs</h1>
${body}
</article></body></html>`;
}

/** Builds every hostile case; `canary` is the origin of the recording server, e.g. http://127.0.0.1:5555. */
export function buildHostileCases(canary: string): readonly HostileCase[] {
  const hit = (id: string, what = 'hit'): string => `${canary}/${id}/${what}`;
  const pwn = (id: string): string => `window.__pwned='${id}';fetch('${hit(id, 'fetch')}')`;
  const html = (id: string, head: string, body: string, bodyAttributes = '', extension = 'html', outcome: HostileOutcome = 'opens'): HostileCase => ({
    id,
    extension,
    outcome,
    contents: htmlPage(head, body, bodyAttributes),
  });

  const cases: HostileCase[] = [
    html('inline-script', `<script>${pwn('inline-script')}</script>`, `${paragraphs()}<script>${pwn('inline-script')}</script>`),
    html(
      'external-script',
      `<script src="${hit('external-script', 'head.js')}"></script><script type="module" src="${hit('external-script', 'mod.js')}"></script>`,
      `${paragraphs()}<script src="${hit('external-script', 'body.js')}" async defer></script>`,
    ),
    html(
      'event-handlers',
      '',
      `<p onclick="${pwn('event-handlers')}" onmouseover="${pwn('event-handlers')}">${STORY[0]}</p>${paragraphs()}` +
        `<img src="missing.png" onerror="${pwn('event-handlers')}"><div onfocus="${pwn('event-handlers')}" tabindex="0" autofocus>Focus me</div>`,
      ` onload="${pwn('event-handlers')}" onpageshow="${pwn('event-handlers')}"`,
    ),
    html(
      'javascript-urls',
      '',
      `${paragraphs()}<p>Read <a href="javascript:${pwn('javascript-urls')}">the notice</a> and ` +
        `<a href="JaVaScRiPt&colon;${encodeURIComponent(pwn('javascript-urls'))}">the map</a> or ` +
        `<a href=" &#x6A;avascript:${pwn('javascript-urls')}">the timetable</a>.</p>` +
        `<iframe src="javascript:parent.${pwn('javascript-urls')}"></iframe><form action="javascript:${pwn('javascript-urls')}"><button>Go</button></form>`,
    ),
    html(
      'data-urls',
      '',
      `${paragraphs()}<p><a href="data:text/html,<script>${pwn('data-urls')}</script>">the plan</a></p>` +
        `<iframe src="data:text/html;base64,${Buffer.from(`<script>${pwn('data-urls')}</script>`).toString('base64')}"></iframe>` +
        `<object data="data:text/html,<script>${pwn('data-urls')}</script>"></object>` +
        `<img src="data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='${pwn('data-urls')}'/>">`,
    ),
    html(
      'svg-script',
      '',
      `${paragraphs()}<svg xmlns="http://www.w3.org/2000/svg" onload="${pwn('svg-script')}"><script>${pwn('svg-script')}</script>` +
        `<a xlink:href="javascript:${pwn('svg-script')}" xmlns:xlink="http://www.w3.org/1999/xlink"><text>map</text></a>` +
        `<image href="${hit('svg-script', 'image.png')}"/><foreignObject><img src="x" onerror="${pwn('svg-script')}"></foreignObject>` +
        `<animate attributeName="href" values="javascript:${pwn('svg-script')}"/></svg>`,
    ),
    html(
      'iframes',
      '',
      `<iframe src="${hit('iframes', 'frame.html')}"></iframe>${paragraphs()}` +
        `<iframe srcdoc="&lt;script&gt;parent.${pwn('iframes')}&lt;/script&gt;"></iframe><frameset><frame src="${hit('iframes', 'frame2')}"></frameset>`,
    ),
    html(
      'objects-embeds',
      '',
      `${paragraphs()}<object data="${hit('objects-embeds', 'movie.swf')}" type="application/x-shockwave-flash"><param name="movie" value="${hit('objects-embeds', 'param')}"></object>` +
        `<embed src="${hit('objects-embeds', 'embed.swf')}"><applet code="Pwn.class" codebase="${hit('objects-embeds', 'applet')}"></applet>`,
    ),
    html('meta-refresh', `<meta http-equiv="refresh" content="0; url=${hit('meta-refresh', 'go')}">`, paragraphs()),
    html('base-href', `<base href="${hit('base-href', '')}">`, `${paragraphs()}<p><img src="pixel.gif" alt=""><a href="page.html">more</a></p>`),
    html(
      'forms',
      '',
      `${paragraphs()}<form action="${hit('forms', 'submit')}" method="post"><input name="q" value="x" autofocus onfocus="${pwn('forms')}">` +
        `<button formaction="${hit('forms', 'formaction')}">Send</button><textarea>note</textarea><select><option>a</option></select></form>` +
        `<isindex action="${hit('forms', 'isindex')}">`,
    ),
    html(
      'tracking-pixels',
      '',
      `<img src="${hit('tracking-pixels', 'pixel.gif')}" width="1" height="1">${paragraphs()}` +
        `<img srcset="${hit('tracking-pixels', 'srcset.png')} 2x"><picture><source srcset="${hit('tracking-pixels', 'source.webp')}"><img src="${hit('tracking-pixels', 'pic.png')}"></picture>` +
        `<video poster="${hit('tracking-pixels', 'poster.png')}" src="${hit('tracking-pixels', 'video.mp4')}"><track src="${hit('tracking-pixels', 'track.vtt')}"></video>` +
        `<audio src="${hit('tracking-pixels', 'audio.mp3')}" autoplay></audio><a href="${hit('tracking-pixels', 'link')}" ping="${hit('tracking-pixels', 'ping')}">the port</a>`,
    ),
    html('remote-fonts', `<style>@font-face{font-family:Spy;src:url(${hit('remote-fonts', 'font.woff2')})}body{font-family:Spy}</style>`, paragraphs()),
    html(
      'remote-stylesheets',
      `<link rel="stylesheet" href="${hit('remote-stylesheets', 'style.css')}"><link rel="preload" as="image" href="${hit('remote-stylesheets', 'preload')}">` +
        `<link rel="prefetch" href="${hit('remote-stylesheets', 'prefetch')}"><link rel="dns-prefetch" href="${hit('remote-stylesheets', 'dns')}"><link rel="icon" href="${hit('remote-stylesheets', 'icon.ico')}">`,
      paragraphs(),
    ),
    html(
      'css-url',
      `<style>body{background:url("${hit('css-url', 'bg.png')}")} p::after{content:url(${hit('css-url', 'after.png')})}</style>`,
      `<p style="background-image:url(${hit('css-url', 'inline.png')})">${STORY[0]}</p>${paragraphs()}`,
    ),
    html('css-import', `<style>@import url("${hit('css-import', 'import.css')}"); @import '${hit('css-import', 'import2.css')}';</style>`, paragraphs()),
    html(
      'css-legacy-script',
      `<style>p{behavior:url(${hit('css-legacy-script', 'htc')});-moz-binding:url(${hit('css-legacy-script', 'xbl')});width:expression(${pwn('css-legacy-script')})}</style>`,
      paragraphs(),
    ),
    // Far past the nesting limit: flattened as a browser would, so the text opens and the script stays inert.
    html('deep-nesting', '', `${'<div>'.repeat(5000)}${paragraphs()}<script>${pwn('deep-nesting')}</script>${'</div>'.repeat(5000)}`, '', 'html', 'opens'),
    html('too-many-elements', '', `${paragraphs()}${'<span>x</span>'.repeat(60_000)}<img src="${hit('too-many-elements', 'img')}">`, '', 'html', 'refused'),
    html(
      'nested-within-limits',
      '',
      `${'<div><section>'.repeat(60)}${paragraphs()}<img src="x" onerror="${pwn('nested-within-limits')}">${'</section></div>'.repeat(60)}`,
    ),
    html(
      'enormous-attribute',
      '',
      `<p title="${'A'.repeat(2_000_000)}&quot;&gt;&lt;script&gt;${pwn('enormous-attribute')}&lt;/script&gt;">${STORY[0]}</p>${paragraphs()}` +
        `<p data-x="${'&#60;'.repeat(200_000)}">${STORY[1]}</p>`,
    ),
    html(
      'malformed-markup',
      '',
      `${paragraphs()}<scr<script>ipt>${pwn('malformed-markup')}</scr</script>ipt><p>Broken <b><i>nesting</b></i> and <a href="x>text</a>` +
        `<!--><script>${pwn('malformed-markup')}</script>--><![CDATA[<script>${pwn('malformed-markup')}</script>]]>` +
        `<noscript><p title="</noscript><img src=x onerror=${pwn('malformed-markup')}>"></noscript>` +
        `<math><mtext><table><mglyph><style><img src=x onerror="${pwn('malformed-markup')}"></style></mglyph></table></mtext></math>` +
        `<template><script>${pwn('malformed-markup')}</script></template><div><template shadowrootmode="open"><img src=x onerror="${pwn('malformed-markup')}"></template></div>`,
    ),
    html(
      'element-breakouts',
      '',
      `${paragraphs()}<textarea></textarea><img src=x onerror="${pwn('element-breakouts')}"></textarea><title></title><script>${pwn('element-breakouts')}</script>` +
        `<xmp></xmp><img src=x onerror="${pwn('element-breakouts')}"><plaintext>${STORY[2]}<script>${pwn('element-breakouts')}</script>`,
    ),
    html(
      'metadata-injection',
      `<meta property="og:title" content="&lt;/script&gt;&lt;script&gt;${pwn('metadata-injection')}&lt;/script&gt;">` +
        `<meta name="author" content="&lt;img src=x onerror=${pwn('metadata-injection')}&gt;"><meta property="og:site_name" content="&lt;iframe src=${hit('metadata-injection', 'site')}&gt;">` +
        `<script type="application/ld+json">{"@type":"NewsArticle","headline":"</script><script>${pwn('metadata-injection')}</script>","datePublished":"<svg onload=${pwn('metadata-injection')}>"}</script>`,
      `${paragraphs()}<p>By &lt;img src=x onerror=alert(1)&gt; Staff</p>`,
    ),
    html(
      'links-plain',
      '',
      `${paragraphs()}<p>See <a href="${hit('links-plain', 'story')}" target="_blank">the full story</a>, <a href="file:///etc/passwd">the file</a> ` +
        `and <a href="ms-settings:privacy">settings</a> or <a href="vbscript:msgbox(1)">this</a>.</p><area href="javascript:${pwn('links-plain')}">`,
    ),
    html(
      'media-and-widgets',
      '',
      `${paragraphs()}<details open ontoggle="${pwn('media-and-widgets')}"><summary>More</summary>${STORY[3]}</details>` +
        `<marquee onstart="${pwn('media-and-widgets')}">${STORY[1]}</marquee><video autoplay onplay="${pwn('media-and-widgets')}"><source src="${hit('media-and-widgets', 'v.mp4')}"></video>` +
        `<portal src="${hit('media-and-widgets', 'portal')}"></portal><webview src="${hit('media-and-widgets', 'webview')}"></webview>`,
    ),
    html(
      'processing-instructions',
      `<?xml-stylesheet type="text/xsl" href="${hit('processing-instructions', 'xsl')}"?><link rel="import" href="${hit('processing-instructions', 'import.html')}">`,
      `${paragraphs()}<?php echo 1; ?><x:script xmlns:x="http://www.w3.org/1999/xhtml">${pwn('processing-instructions')}</x:script>`,
    ),
    html(
      'htm-variant',
      `<script>${pwn('htm-variant')}</script>`,
      `${paragraphs()}<img src=x onerror="${pwn('htm-variant')}">`,
      ` onload="${pwn('htm-variant')}"`,
      'htm',
    ),
    // Declares one encoding and holds bytes of another: UTF-8 text in a page claiming windows-1252.
    {
      id: 'mixed-encodings',
      extension: 'html',
      outcome: 'opens',
      contents: Buffer.concat([
        Buffer.from(`<!DOCTYPE html><html><head><meta charset="windows-1252"><title>Pier</title></head><body><article>${paragraphs()}`, 'utf8'),
        Buffer.from([0x3c, 0x70, 0x3e, 0x93, 0x51, 0x75, 0x6f, 0x74, 0x65, 0x94, 0x20, 0xe9, 0x3c, 0x2f, 0x70, 0x3e]),
        Buffer.from(`<script>${pwn('mixed-encodings')}</script></article></body></html>`, 'utf8'),
      ]),
    },
    {
      id: 'utf7-declared',
      extension: 'html',
      outcome: 'either',
      contents: htmlPage('<meta charset="utf-7">', `${paragraphs()}<p>+ADw-script+AD4-${pwn('utf7-declared')}+ADw-/script+AD4-</p>`),
    },
    {
      id: 'utf16-page',
      extension: 'html',
      outcome: 'either',
      contents: Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from(htmlPage('', `${paragraphs()}<script>${pwn('utf16-page')}</script><img src="${hit('utf16-page', 'img')}">`), 'utf16le'),
      ]),
    },
    {
      id: 'invalid-utf8',
      extension: 'html',
      outcome: 'either',
      contents: Buffer.concat([
        Buffer.from(htmlPage('', paragraphs()).replace('</article>', ''), 'utf8'),
        Buffer.from([0xc0, 0xaf, 0xe0, 0x80, 0xbc, 0x73, 0x63, 0x72, 0x69, 0x70, 0x74, 0xfe, 0xff]),
        Buffer.from(`<img src=x onerror="${pwn('invalid-utf8')}"></article>`, 'utf8'),
      ]),
    },
    {
      id: 'binary-disguised',
      extension: 'html',
      outcome: 'refused',
      contents: Buffer.concat([
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
        Buffer.alloc(4096, 0),
        Buffer.from(`<script>${pwn('binary-disguised')}</script>`),
      ]),
    },
    {
      id: 'no-article',
      extension: 'html',
      outcome: 'refused',
      contents: htmlPage(`<script>${pwn('no-article')}</script>`, `<img src="${hit('no-article', 'img')}">`),
    },

    // Plain text: markup in it is text, never markup.
    {
      id: 'text-with-markup',
      extension: 'txt',
      outcome: 'opens',
      contents: `${STORY.join('\n\n')}\n\n<script>${pwn('text-with-markup')}</script>\n\n<img src="${hit('text-with-markup', 'img')}" onerror="${pwn('text-with-markup')}">\n\n<iframe src="${hit('text-with-markup', 'frame')}"></iframe>\n`,
    },
    {
      id: 'text-with-urls',
      extension: 'txt',
      outcome: 'opens',
      contents: `${STORY.join('\n\n')}\n\nMore at javascript:${pwn('text-with-urls')} and data:text/html,<script>${pwn('text-with-urls')}</script> or ${hit('text-with-urls', 'plain')}\n`,
    },
    {
      id: 'text-control-characters',
      extension: 'txt',
      outcome: 'opens',
      contents: `${STORY[0]}\u202e${STORY[1]}\u200b\u2066\n\n${STORY[2]}\ufeff\u2028${STORY[3]}\u0007\n\n${'W'.repeat(200_000)}\n`,
    },
    { id: 'text-too-long', extension: 'txt', outcome: 'refused', contents: `${STORY.join(' ')}\n\n`.repeat(3_000) },
    {
      id: 'text-latin1',
      extension: 'txt',
      outcome: 'opens',
      contents: Buffer.from(
        `${STORY.join('\n\n').replace(/[“”]/g, '"')}\n\nCaf\u00e9 cr\u00e8me \u00ab <script>${pwn('text-latin1')}</script> \u00bb\n`,
        'latin1',
      ),
    },
    {
      id: 'text-utf16',
      extension: 'txt',
      outcome: 'opens',
      contents: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${STORY.join('\n\n')}\n\n<svg onload="${pwn('text-utf16')}">\n`, 'utf16le')]),
    },
    {
      id: 'text-binary',
      extension: 'txt',
      outcome: 'refused',
      contents: Buffer.concat([Buffer.from(STORY[0]!), Buffer.alloc(2048, 0), Buffer.from(`<script>${pwn('text-binary')}</script>`)]),
    },

    // Markdown: raw HTML and dangerous link schemes inside otherwise ordinary prose.
    {
      id: 'markdown-raw-html',
      extension: 'md',
      outcome: 'either',
      contents:
        `# Pier to close for repairs\n\n${STORY.join('\n\n')}\n\n<script>${pwn('markdown-raw-html')}</script>\n\n<img src="${hit('markdown-raw-html', 'img')}" onerror="${pwn('markdown-raw-html')}">\n\n` +
        `<iframe src="${hit('markdown-raw-html', 'frame')}"></iframe>\n\n<div onmouseover="${pwn('markdown-raw-html')}">${STORY[3]}</div>\n`,
    },
    {
      id: 'markdown-links',
      extension: 'md',
      outcome: 'either',
      contents:
        `# Pier to close\n\n${STORY.join('\n\n')}\n\nRead [the notice](javascript:${pwn('markdown-links')}) and [the plan](data:text/html,<script>${pwn('markdown-links')}</script>).\n\n` +
        `![map](${hit('markdown-links', 'image.png')}) <javascript:${pwn('markdown-links')}> [ref][x]\n\n[x]: ${hit('markdown-links', 'ref')} "title"\n`,
    },

    // MHTML: a saved page whose parts point at remote URLs and carry scripts.
    {
      id: 'mhtml-remote-parts',
      extension: 'mhtml',
      outcome: 'either',
      contents: [
        'From: <Saved by Blink>',
        'Subject: Pier to close for repairs',
        'MIME-Version: 1.0',
        'Content-Type: multipart/related; type="text/html"; boundary="----B7-BOUNDARY"',
        '',
        '------B7-BOUNDARY',
        'Content-Type: text/html; charset="utf-8"',
        'Content-Transfer-Encoding: quoted-printable',
        `Content-Location: ${hit('mhtml-remote-parts', 'page.html')}`,
        '',
        htmlPage(
          `<link rel=3D"stylesheet" href=3D"${hit('mhtml-remote-parts', 'style.css')}"><script src=3D"${hit('mhtml-remote-parts', 'app.js')}"></script>`,
          `${paragraphs()}<img src=3D"cid:pixel@b7"><img src=3D"${hit('mhtml-remote-parts', 'pixel.gif')}"><script>${pwn('mhtml-remote-parts').replace(/=/g, '=3D')}</script>`,
        ),
        '------B7-BOUNDARY',
        'Content-Type: text/css',
        `Content-Location: ${hit('mhtml-remote-parts', 'style.css')}`,
        '',
        `@import url(${hit('mhtml-remote-parts', 'import.css')}); body { background: url(${hit('mhtml-remote-parts', 'bg.png')}) }`,
        '------B7-BOUNDARY',
        'Content-Type: text/javascript',
        `Content-Location: ${hit('mhtml-remote-parts', 'app.js')}`,
        '',
        pwn('mhtml-remote-parts'),
        '------B7-BOUNDARY--',
        '',
      ].join('\r\n'),
    },
    {
      id: 'mhtml-encoded-script',
      extension: 'mhtml',
      outcome: 'either',
      contents: [
        'MIME-Version: 1.0',
        'Content-Type: multipart/related; boundary="b7"',
        '',
        '--b7',
        'Content-Type: text/html',
        'Content-Transfer-Encoding: base64',
        'Content-Location: file:///C:/Users/reader/secret.html',
        '',
        Buffer.from(
          htmlPage('', `${paragraphs()}<iframe src="${hit('mhtml-encoded-script', 'frame')}"></iframe><svg onload="${pwn('mhtml-encoded-script')}"></svg>`),
        )
          .toString('base64')
          .replace(/.{76}/g, '$&\r\n'),
        '--b7--',
        '',
      ].join('\r\n'),
    },

    // Word documents: external relationships, and archives built to explode.
    {
      id: 'docx-external-relationships',
      extension: 'docx',
      outcome: 'either',
      contents: buildDocx({
        paragraphs: [...STORY, `<script>${pwn('docx-external-relationships')}</script>`],
        relationships:
          `<Relationship Id="rIdImg" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="${hit('docx-external-relationships', 'image.png')}" TargetMode="External"/>` +
          `<Relationship Id="rIdLink" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="javascript:${pwn('docx-external-relationships')}" TargetMode="External"/>` +
          `<Relationship Id="rIdTpl" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="${hit('docx-external-relationships', 'template.dotm')}" TargetMode="External"/>` +
          `<Relationship Id="rIdFile" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="file:///etc/passwd" TargetMode="External"/>`,
        extraBody:
          '<w:p><w:hyperlink r:id="rIdLink"><w:r><w:t>the notice</w:t></w:r></w:hyperlink></w:p>' +
          '<w:p><w:r><w:drawing><wp:inline><wp:docPr id="1" name="Pixel"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:blipFill>' +
          '<a:blip r:link="rIdImg"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>' +
          '<w:p><w:r><w:drawing><wp:inline><wp:docPr id="2" name="File"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:blipFill>' +
          '<a:blip r:link="rIdFile"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>',
      }),
    },
    {
      id: 'docx-zip-bomb',
      extension: 'docx',
      outcome: 'refused',
      contents: buildDocx({
        paragraphs: STORY,
        extraEntries: [{ name: 'word/media/zeros.bin', data: Buffer.alloc(64 * 1024 * 1024, 0), deflate: true }],
      }),
    },
    {
      id: 'docx-lying-sizes',
      extension: 'docx',
      outcome: 'refused',
      contents: buildZip([
        { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
        { name: 'word/document.xml', data: Buffer.alloc(32 * 1024 * 1024, 0x20), deflate: true, declaredSize: 1024 },
      ]),
    },

    // PDF: document-level JavaScript, automatic actions and a remote URI action.
    {
      id: 'pdf-javascript',
      extension: 'pdf',
      outcome: 'either',
      contents: buildPdf([...STORY.map((line) => line.replace(/[“”]/g, '"')), `<script>${pwn('pdf-javascript')}</script>`], {
        catalog: '/OpenAction 6 0 R /Names << /JavaScript << /Names [(pwn) 6 0 R] >> >> /AA << /WC 7 0 R >>',
        objects: [
          `<< /Type /Action /S /JavaScript /JS (app.launchURL\\("${hit('pdf-javascript', 'js')}"\\); this.submitForm\\("${hit('pdf-javascript', 'form')}"\\);) >>`,
          `<< /Type /Action /S /URI /URI (${hit('pdf-javascript', 'uri')}) >>`,
        ],
      }),
    },
    { id: 'pdf-truncated', extension: 'pdf', outcome: 'either', contents: buildPdf(STORY).subarray(0, 200) },
  ];
  return cases;
}
