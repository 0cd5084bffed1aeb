import { elementsByTag } from './select-tags.js';

/**
 * The article as a list of text blocks, with a map from each character back to its text node.
 *
 * The plain text of the command line, the quote engine's offsets and the highlight ranges all come
 * from this one walk, so an offset means the same thing everywhere.
 */

/** Elements that start a new block of text. `br` is a line break inside a block, not a new block. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD',
  'TR', 'UL',
]);
/** Never text: code, drawings, and ruby's readings (furigana over Japanese words: a reading aid, shown in the HTML). */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'RT', 'RP']);
/** What a figure may hold that is the story's text rather than an illustration of it. */
const FIGURE_TEXT = 'blockquote, table, pre, code, ol, ul, dl';
/** Text beside a figure's caption longer than this is an article's block set in a figure (a teaser box), not a picture's. */
const MAX_FIGURE_OWN_TEXT = 200;

/** Length of a figure's text outside its captions, read only as far as the limit. */
function ownTextOver(figure: Element, limit: number): boolean {
  let left = limit;
  const over = (parent: Node): boolean => {
    for (let child = parent.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === 3) {
        left -= (child as Text).data.trim().length;
        if (left < 0) return true;
      } else if (child.nodeType === 1 && (child as Element).tagName.toUpperCase() !== 'FIGCAPTION' && over(child)) return true;
    }
    return false;
  };
  return over(figure);
}

/**
 * A figure that illustrates (a picture, a gallery, a chart), unless it holds a quotation, a table, code, a
 * list, or a paragraph's worth of text beside its caption.
 */
const isIllustration = (figure: Element): boolean =>
  figure.querySelector(FIGURE_TEXT) === null && !ownTextOver(figure, MAX_FIGURE_OWN_TEXT);

/**
 * The text of an illustration: a picture's figure, with its caption, credit and gallery controls ("Image 3
 * of 12", "Close"), or a caption outside any figure. It stays in the article's HTML but is not the story's
 * prose, so it is not in the text and no quotation is looked for in it (issue 16). A figure holding a
 * quotation keeps its caption, which names the speaker.
 */
function isIllustrationText(element: Element, tag: string): boolean {
  if (tag === 'FIGURE') return isIllustration(element);
  if (tag !== 'FIGCAPTION') return false;
  const figure = element.parentElement?.closest('figure') ?? null;
  return figure === null || isIllustration(figure);
}

// NBSP collapses too: in plain text a reader cannot tell it from a space, and pages pad with it.
const isCollapsible = (code: number): boolean => code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 0xa0;

/** The element a text or a line break belongs to. */
const ownerOf = (node: Node): Element =>
  node.nodeType === 1 ? (node as Element) : (node.parentElement ?? (node.ownerDocument as Document).documentElement);

/** `tag.toUpperCase()`, without the call for a tag already in capitals (an HTML element's tagName). */
function upperCase(tag: string): string {
  for (let k = 0; k < tag.length; k += 1) {
    const code = tag.charCodeAt(k);
    if ((code >= 97 && code <= 122) || code >= 128) return tag.toUpperCase();
  }
  return tag;
}

/** A run of a block's text that comes from one text node (`node` is null for a `<br>`'s line break). */
export interface TextPiece {
  node: Text | null;
  /** Offset of the piece in the block's text. */
  start: number;
  /** How many characters of the block's text the piece holds. */
  length: number;
  /** For each character of the piece, its offset in the node (made when first read: most readers need a few). */
  readonly nodeOffsets: number[];
}

/**
 * A piece's offsets, kept as runs: a text node's characters map one to one onto the block's text except
 * where white space collapses, so an article holds a few runs per node, not a number per character.
 * `runs` holds pairs: the piece offset where a run starts and the node offset it maps to.
 */
class Piece implements TextPiece {
  private offsets: number[] | null = null;
  constructor(readonly node: Text | null, readonly start: number, public length: number, readonly runs: number[]) {}

  get nodeOffsets(): number[] {
    if (this.offsets === null || this.offsets.length !== this.length) {
      const offsets: number[] = [];
      const runs = this.runs;
      for (let at = 0; at < runs.length; at += 2) {
        const end = at + 2 < runs.length ? runs[at + 2] as number : this.length;
        for (let k = runs[at] as number; k < end; k += 1) offsets.push((runs[at + 1] as number) + k - (runs[at] as number));
      }
      this.offsets = offsets;
    }
    return this.offsets;
  }

  /** Drops the piece's last character (the block's text lost its trailing white space). */
  dropLast(): void {
    this.length -= 1;
    if (this.runs[this.runs.length - 2] === this.length) this.runs.length -= 2;
  }
}

/** The offset in its node of character `k` of a piece (-1 for a line break). */
export function nodeOffsetAt(piece: TextPiece, k: number): number {
  if (!(piece instanceof Piece)) return piece.nodeOffsets[k] as number;
  // The last run starting at or before k: a binary search over the pairs (white space may break a node often).
  const runs = piece.runs;
  let lo = 0;
  let hi = (runs.length >> 1) - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((runs[2 * mid] as number) <= k) lo = mid;
    else hi = mid - 1;
  }
  return (runs[2 * lo + 1] as number) + k - (runs[2 * lo] as number);
}

export interface TextBlock {
  /** The nearest block element around the text. */
  element: Element;
  /** The block's text with white space collapsed as a browser shows it, trimmed. */
  text: string;
  /** Offset of the block in the article text (blocks are joined by a blank line). */
  start: number;
  pieces: TextPiece[];
}

export const BLOCK_SEPARATOR = '\n\n';

class BlockBuilder {
  readonly blocks: TextBlock[] = [];
  private pieces: Piece[] = [];
  private text = '';
  /** The block's last character so far ('' at its start): read here, never from the joined text. */
  private last = '';
  private element: Element | null = null;
  private articleLength = 0;

  open(element: Element): void {
    this.flush();
    this.element = element;
  }

  /** `node`'s text; the block's element is the node's parent when no block element opened it. */
  addText(node: Text): void {
    const data = node.data;
    const runs: number[] = [];
    let length = 0;
    /** The node offset that continues the current run. */
    let next = -1;
    let out = '';
    let previous = this.last;
    // Characters are copied a run at a time; only white space is looked at one by one, and a single
    // plain space stays in its run.
    let runStart = 0;
    for (let i = 0; i < data.length; i += 1) {
      const code = data.charCodeAt(i);
      if (!isCollapsible(code)) continue;
      // Collapse runs of white space, and drop it at the start of a block.
      const before = i > runStart ? data[i - 1] as string : previous;
      const dropped = before === '' || before === ' ' || before === '\n';
      if (!dropped && code === 32) continue;
      if (i > runStart) {
        if (runStart !== next) runs.push(length, runStart);
        length += i - runStart;
        out += data.slice(runStart, i);
        previous = data[i - 1] as string;
        next = i;
      }
      runStart = i + 1;
      if (dropped) continue;
      if (i !== next) runs.push(length, i);
      length += 1;
      next = i + 1;
      out += ' ';
      previous = ' ';
    }
    if (runStart < data.length) {
      if (runStart !== next) runs.push(length, runStart);
      length += data.length - runStart;
      out += data.slice(runStart);
      previous = data[data.length - 1] as string;
    }
    if (out.length === 0) return;
    if (this.element === null) this.element = ownerOf(node);
    this.pieces.push(new Piece(node, this.text.length, length, runs));
    this.text += out;
    this.last = previous;
  }

  addLineBreak(owner: Element): void {
    if (this.element === null) this.element = owner;
    if (this.last === ' ') this.trimEnd();
    this.pieces.push(new Piece(null, this.text.length, 1, [0, -1]));
    this.text += '\n';
    this.last = '\n';
  }

  flush(): void {
    while (this.last === ' ' || this.last === '\n') this.trimEnd();
    if (this.text.length > 0 && this.element !== null) {
      const start = this.articleLength === 0 ? 0 : this.articleLength + BLOCK_SEPARATOR.length;
      this.blocks.push({ element: this.element, text: this.text, start, pieces: this.pieces });
      this.articleLength = start + this.text.length;
    }
    this.pieces = [];
    this.text = '';
    this.last = '';
    this.element = null;
  }

  private trimEnd(): void {
    this.text = this.text.slice(0, -1);
    this.last = this.text[this.text.length - 1] ?? '';
    const last = this.pieces[this.pieces.length - 1];
    if (last === undefined) return;
    last.dropLast();
    if (last.length === 0) this.pieces.pop();
  }
}

/**
 * Splits `root` into text blocks in reading order. Never throws; linear in the size of the tree.
 * Illustrations' text (captions, credits, gallery controls) is left out, unless it is most of the text:
 * then the pictures are the story (a slideshow of costumes, each described in its caption).
 */
export function textBlocks(root: Node): TextBlock[] {
  const skipped = { length: 0 };
  const blocks = readBlocks(root, skipped);
  if (skipped.length === 0) return blocks;
  const kept = blocks.reduce((sum, block) => sum + block.text.length, 0);
  return skipped.length > kept ? readBlocks(root, null) : blocks;
}

/**
 * The tags (upper case) of every element under the root a list of blocks was read from, when the walk
 * entered every element: a lookup of a tag the walk never met can answer at once (elementsNamed).
 * Keyed by the list, which describes the tree as it was read.
 */
const tagsRead = new WeakMap<readonly TextBlock[], { root: Node; tags: ReadonlySet<string> }>();

/** The walk: with `skipped`, illustrations are left out and the length of their text added to it. */
function readBlocks(root: Node, skipped: { length: number } | null): TextBlock[] {
  const builder = new BlockBuilder();
  const tags = new Set<string>();
  let entered = true;
  // An explicit stack instead of recursion: articles can nest thousands of elements deep.
  const stack: { node: Node; leaving: boolean }[] = [{ node: root, leaving: false }];
  while (stack.length > 0) {
    const { node, leaving } = stack.pop() as { node: Node; leaving: boolean };
    // Each DOM property read is a call under jsdom: the node's type is read once.
    const type = node.nodeType;
    if (type === 3) {
      builder.addText(node as Text);
      continue;
    }
    if (type !== 1 && type !== 11 && type !== 9) continue;
    const tag = type === 1 ? upperCase((node as Element).tagName) : '';
    if (!leaving) tags.add(tag);
    if (SKIPPED_TAGS.has(tag)) {
      if (node.firstChild !== null) entered = false;
      continue;
    }
    if (skipped !== null && isIllustrationText(node as Element, tag)) {
      if (node.firstChild !== null) entered = false;
      skipped.length += (node.textContent ?? '').replace(/\s+/g, ' ').trim().length;
      continue;
    }
    if (tag === 'BR') {
      if (node.firstChild !== null) entered = false;
      builder.addLineBreak(ownerOf(node.parentNode ?? node));
      continue;
    }
    const isBlock = BLOCK_TAGS.has(tag);
    if (leaving) {
      if (isBlock) builder.flush();
      continue;
    }
    if (isBlock) {
      builder.open(node as Element);
      stack.push({ node, leaving: true });
    }
    for (let child = node.lastChild; child !== null; child = child.previousSibling) stack.push({ node: child, leaving: false });
  }
  builder.flush();
  if (entered) tagsRead.set(builder.blocks, { root, tags });
  return builder.blocks;
}

/**
 * Every `tag` element in the tree the blocks were read from (a document or a fragment). By tag name,
 * not by selector: one native lookup in a browser, and far cheaper than a selector engine under jsdom.
 */
function elementsNamed(blocks: readonly TextBlock[], tag: string): Element[] {
  const root = blocks[0]?.element.getRootNode();
  if (root === undefined) return [];
  // The walk that made these blocks met every element of this tree, and none of them was a `tag`.
  const read = tagsRead.get(blocks);
  if (read !== undefined && read.root === root && !read.tags.has(tag.toUpperCase())) return [];
  if ('getElementsByTagName' in root) return elementsByTag(root as Document | Element, tag);
  const found: Element[] = [];
  for (const child of Array.from((root as DocumentFragment).children)) {
    if (child.localName === tag) found.push(child);
    for (const inner of elementsByTag(child, tag)) found.push(inner);
  }
  return found;
}

/** Whether the tree the blocks were read from holds a `tag` element: a whole pass may be skipped. */
export function treeHolds(blocks: readonly TextBlock[], tag: string): boolean {
  return elementsNamed(blocks, tag).length > 0;
}

/** Every element that holds a `tag` element (its ancestors, not itself). */
export function holdersOf(blocks: readonly TextBlock[], tag: string): Set<Element> {
  const holders = new Set<Element>();
  for (const found of elementsNamed(blocks, tag)) {
    for (let up = found.parentElement; up !== null && !holders.has(up); up = up.parentElement) holders.add(up);
  }
  return holders;
}

/** The article's plain text: blocks separated by a blank line. */
export function blocksToText(blocks: readonly TextBlock[]): string {
  return blocks.map((block) => block.text).join(BLOCK_SEPARATOR);
}

/** A slice of one text node, the unit a highlight is made of. */
export interface NodeSlice {
  node: Text;
  start: number;
  end: number;
}

/** The text-node slices that hold characters [start, end) of a block's text, in order. */
export function sliceBlock(block: TextBlock, start: number, end: number): NodeSlice[] {
  const slices: NodeSlice[] = [];
  // An empty or reversed range holds no characters: no zero-width slice for a highlight to wrap.
  if (end <= start) return slices;
  for (const piece of block.pieces) {
    const pieceEnd = piece.start + piece.length;
    if (piece.node === null || pieceEnd <= start || piece.start >= end) continue;
    const from = Math.max(start, piece.start) - piece.start;
    const to = Math.min(end, pieceEnd) - piece.start;
    const first = nodeOffsetAt(piece, from);
    const last = nodeOffsetAt(piece, to - 1);
    slices.push({ node: piece.node, start: first, end: last + 1 });
  }
  return slices;
}
