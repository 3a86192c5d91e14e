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
  it('marks teasers that open with a linked headline followed by their summary, not sentences that open with a link', () => {
    const teasers = blocksOf(
      `${PROSE}<p><a href="/a">Five ways to cut heating bills</a> Small changes at home can save more than you think.</p>` +
        `<p><a href="/b">Choosing a boiler that lasts</a> What to ask before you buy a new one this winter.</p>` +
        `<p><a href="/c">Is solar worth it in the north</a> We looked at the figures for ten towns.</p>`,
    );
    const marked = findLinkLists(teasers);
    expect(teasers.filter((_, index) => marked.has(index)).map((block) => block.text.split(' ')[0])).toEqual(['Five', 'Choosing', 'Is']);
    const sentences = blocksOf(
      `${PROSE}<p><a href="/a">The county council</a> said the bridge would reopen in the autumn.</p>` +
        `<p><a href="/b">Local bus companies</a> will run extra services meanwhile.</p>` +
        `<p><a href="/c">The harbour board</a> has not yet said how the ferries will cope.</p>`,
    );
    expect(findLinkLists(sentences).size).toBe(0);
  });
});
