import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { collectHtmlBlocks } from './html-blocks';
import { findLinkLists } from './link-lists';

function blocksOf(html: string): ReturnType<typeof collectHtmlBlocks> {
  return collectHtmlBlocks(new JSDOM(`<body>${html}</body>`).window.document.body);
}

const PROSE =
  '<p>The council voted on Tuesday to close the old bridge for repairs, a decision that will divert traffic through the town centre for most of the summer.</p>' +
  '<p>"We had no choice once the inspectors reported cracks in two of the piers," the council leader said, adding that a <a href="/report">full report</a> would be published.</p>';

describe('findLinkLists', () => {
  it('marks a list of related stories, with its heading, and leaves prose with a link in it', () => {
    const blocks = blocksOf(
      `${PROSE}<h3>More Local News</h3><ul><li><a href="/a">School wins award</a></li><li><a href="/b">Road closed after crash</a></li><li><a href="/c">Mayor opens library</a></li></ul>`,
    );
    const marked = findLinkLists(blocks);
    expect(blocks.filter((_, index) => marked.has(index)).map((block) => block.text)).toEqual([
      'More Local News',
      'School wins award',
      'Road closed after crash',
      'Mayor opens library',
    ]);
  });

  it('marks a lone link line such as a page tool but not a linked headline', () => {
    const blocks = blocksOf(`<h2><a href="/story">Bridge to close for summer</a></h2>${PROSE}<p><a href="/mail">Email this story to a friend</a></p>`);
    const marked = findLinkLists(blocks);
    expect(blocks.filter((_, index) => marked.has(index)).map((block) => block.text)).toEqual(['Email this story to a friend']);
  });

  it('counts relative and script links as links, though their targets are not kept', () => {
    const blocks = blocksOf(`${PROSE}<p><a href="javascript:share()">Share</a></p><p><a href="../x">Print</a></p><p><a href="?y">Save</a></p>`);
    expect(findLinkLists(blocks).size).toBe(3);
  });

  it('marks nothing when the article would be left with too few words', () => {
    const blocks = blocksOf('<p>Short note.</p><p><a href="/a">One</a></p><p><a href="/b">Two</a></p><p><a href="/c">Three</a></p>');
    expect(findLinkLists(blocks).size).toBe(0);
  });
});
