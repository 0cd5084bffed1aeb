import { blocksIn, hasMoreTextThan, isLeafBlock, readsAsProse, textOf, wordCount } from './block-measure.js';
import { classifyBlock, type BlockContext } from './classify-block.js';
import type { Phrases } from './phrases.js';

/** How many of the last blocks count as "the end of the article", where calls to action gather. */
const END_BLOCKS = 3;
/** No rule judges a block longer than this (the longest, a tag list, stops at 80 words). */
const MAX_CANDIDATE_LENGTH = 1200;
/** No single rule may take more than this share of the article's words. */
const MAX_SHARE = 0.4;

/**
 * Removes labels, dated lines, tag and share lists, teasers and calls to action, each as a whole block.
 * Outer blocks are judged first, so a newsletter box made of a heading and a paragraph goes as one;
 * an outer block holding a paragraph of prose that no rule matches is never removed as a whole.
 */
export function removeClutterBlocks(root: DocumentFragment | Element, phrases: Phrases): void {
  const blocks = blocksIn(root);
  const endLeaves = lastLeaves(blocks, END_BLOCKS);
  let articleWords: number | null = null; // read once, and only if an outer block matches a rule
  for (const block of blocks) {
    if (!root.contains(block)) continue; // inside a block already removed
    // A cheap length check first: the article's big wrappers are never clutter, and measuring them is slow.
    if (hasMoreTextThan(block, MAX_CANDIDATE_LENGTH)) continue;
    const context: BlockContext = { nearEnd: endLeaves.some((leaf) => block === leaf || block.contains(leaf)) };
    if (classifyBlock(block, phrases, context) === null) continue;
    if (!isLeafBlock(block)) {
      articleWords ??= wordCount(textOf(root));
      if (wordCount(textOf(block)) > articleWords * MAX_SHARE) continue;
      if (holdsUnmatchedProse(block, phrases, context)) continue;
    }
    block.remove();
  }
}

/** The last `count` leaf blocks that hold text, found from the end: big wrappers' text is never read. */
function lastLeaves(blocks: readonly Element[], count: number): Element[] {
  const found: Element[] = [];
  for (let i = blocks.length - 1; i >= 0 && found.length < count; i--) {
    const block = blocks[i] as Element;
    if (isLeafBlock(block) && textOf(block) !== '') found.unshift(block);
  }
  return found;
}

function holdsUnmatchedProse(block: Element, phrases: Phrases, context: BlockContext): boolean {
  return blocksIn(block).some(
    (inner) => isLeafBlock(inner) && readsAsProse(inner) && classifyBlock(inner, phrases, context) === null,
  );
}
