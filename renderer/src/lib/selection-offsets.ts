/**
 * The `[start, end)` offsets into the analysed text of a selection inside one block of the reading
 * root, trimmed of surrounding spaces; null when it is empty or spans blocks. Blocks carry their
 * offset in `data-start`, and everything inside them is the article's own text.
 */
export function selectionOffsets(root: Element, range: Range): { readonly start: number; readonly end: number } | null {
  if (range.collapsed) return null;
  const blockOf = (node: Node): HTMLElement | null => (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>('[data-start]') ?? null;
  const block = blockOf(range.startContainer);
  if (!block || block !== blockOf(range.endContainer) || !root.contains(block)) return null;
  const before = (container: Node, offset: number): number => {
    const prefix = document.createRange();
    prefix.setStart(block, 0);
    prefix.setEnd(container, offset);
    return prefix.toString().length;
  };
  const blockStart = Number(block.dataset.start);
  let start = blockStart + before(range.startContainer, range.startOffset);
  let end = blockStart + before(range.endContainer, range.endOffset);
  const text = range.toString();
  start += text.length - text.trimStart().length;
  end -= text.length - text.trimEnd().length;
  return end > start ? { start, end } : null;
}
