import { hasSentenceEnd } from '../core/text-measure.js';
import { textBlocks, type TextBlock } from '../core/text-blocks.js';
import { parseInert } from './parse-inert.js';

/**
 * A second opinion for pages Readability's `isProbablyReaderable` turns down. That check looks at the
 * page before parsing and wants one paragraph of 140+ characters or several long ones, counted in UTF-16
 * units: a short news brief of three ordinary paragraphs fails it, and Japanese or Chinese, which say in
 * 100 characters what English says in 300, fails it even more often. So instead of giving up, we look at
 * what Readability actually extracted and accept it when it reads as prose: enough text (CJK counted
 * fairly), at least one real paragraph of sentences, and not mostly links (a home page, a link list).
 */

/** Han, kana: one character carries about what three Latin letters do (a word is ~2 characters). */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
/** Hangul is spaced into words like Latin, but a syllable block still holds 2-3 letters. */
const HANGUL = /\p{Script=Hangul}/gu;
const CJK_WEIGHT = 3;
const HANGUL_WEIGHT = 2;

const HEADING = /^H[1-6]$/;

/** Weighted characters of prose the article needs in all (~2-3 sentences; ~70 Japanese characters). */
export const MIN_PROSE_LENGTH = 200;
/** Weighted characters a block needs to count as a paragraph of prose (one full sentence or more). */
export const MIN_PARAGRAPH_LENGTH = 80;
/** Share of the text inside links above which a block is navigation, not prose. */
const MAX_PARAGRAPH_LINK_DENSITY = 0.5;
/**
 * Share of the whole article's text inside links outside its prose above which it is a link list or a
 * front page. Links inside paragraphs of prose do not count: a short wire story that links every name
 * it mentions is still a story (the first `judgeArticle` test page).
 */
export const MAX_LINK_DENSITY = 0.3;
/**
 * Weighted characters of text with few links that make an article even with no sentence in it: steps
 * written as list items without full stops, a poem, a table of instructions.
 */
export const MIN_RUNNING_TEXT = 1000;
/** A short page is an article when this share of its text is prose (the rest a date line or a signature). */
export const MIN_PROSE_SHARE = 0.4;
/** Headings that are links (teaser cards) at and above which, with no more prose than cards, it is a front page. */
export const MIN_HEADLINE_LINKS = 3;

export interface ArticleMeasures {
  /** All text, CJK weighted. */
  length: number;
  /** Text of the blocks that read as prose, CJK weighted. */
  proseLength: number;
  proseBlocks: number;
  /** Share of the (weighted) text that sits inside links outside the prose blocks, 0..1. */
  linkDensity: number;
  /** Headings whose text is mostly a link: the cards of a home page or a section front. */
  headlineLinks: number;
  /** Blocks shorter than a paragraph that end a sentence, with few links. */
  sentenceLines: number;
}

export type ArticleJudgement =
  | { accept: true; measures: ArticleMeasures }
  | { accept: false; reason: string; measures: ArticleMeasures };

/** Characters as a reader weighs them: CJK characters count for the letters they stand for. */
export function weightedLength(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  const hangul = text.match(HANGUL)?.length ?? 0;
  return text.length + cjk * (CJK_WEIGHT - 1) + hangul * (HANGUL_WEIGHT - 1);
}

/** Weighted length of the part of a block's text that comes from inside links. */
function linkedLength(block: TextBlock): number {
  let linked = 0;
  for (const piece of block.pieces) {
    if (piece.node?.parentElement?.closest('a') == null) continue;
    const shown = piece.nodeOffsets.map((offset) => piece.node?.data[offset] ?? '').join('');
    linked += weightedLength(shown);
  }
  return linked;
}

const isProse = (block: TextBlock, length: number, linked: number): boolean =>
  !HEADING.test(block.element.tagName.toUpperCase())
  && length >= MIN_PARAGRAPH_LENGTH
  && linked / length <= MAX_PARAGRAPH_LINK_DENSITY
  && hasSentenceEnd(block.text);

export function measureArticle(root: Node): ArticleMeasures {
  const measures: ArticleMeasures = { length: 0, proseLength: 0, proseBlocks: 0, linkDensity: 0, headlineLinks: 0, sentenceLines: 0 };
  let linkedTotal = 0;
  for (const block of textBlocks(root)) {
    const length = weightedLength(block.text);
    const linked = linkedLength(block);
    measures.length += length;
    linkedTotal += linked;
    if (isProse(block, length, linked)) {
      measures.proseLength += length;
      measures.proseBlocks += 1;
      linkedTotal -= linked;
    } else if (!HEADING.test(block.element.tagName.toUpperCase()) && linked / length <= MAX_PARAGRAPH_LINK_DENSITY && hasSentenceEnd(block.text)) {
      measures.sentenceLines += 1;
    }
    if (HEADING.test(block.element.tagName.toUpperCase()) && linked / length >= 0.8) measures.headlineLinks += 1;
  }
  measures.linkDensity = measures.length === 0 ? 0 : linkedTotal / measures.length;
  return measures;
}

/** The microformats' mark of one blog entry, which WordPress and most blog engines write on a post. */
const ENTRY_CLASS = /(?:^|\s)h-?entry(?:\s|$)/;
/** How far down a single line of wrappers the mark is looked for (Readability's page wrapper, then its choice). */
const ENTRY_DEPTH = 3;

/** The answer is one element the page marks as a blog entry: a post, however short, not a page of posts. */
function marksOneEntry(root: Node): boolean {
  let element = (root as ParentNode).firstElementChild ?? null;
  for (let depth = 0; element !== null && depth < ENTRY_DEPTH; depth++) {
    if (element.previousElementSibling !== null || element.nextElementSibling !== null) return false;
    if (ENTRY_CLASS.test(element.getAttribute('class') ?? '')) return true;
    element = element.firstElementChild;
  }
  return false;
}

/** Judges an extracted article body (a Node holding Readability's content). */
export function judgeArticle(root: Node): ArticleJudgement {
  const measures = measureArticle(root);
  // A post of a line or two: the page says it is one entry, and it is written in sentences.
  if (marksOneEntry(root) && measures.proseBlocks + measures.sentenceLines > 0 && measures.linkDensity <= MAX_LINK_DENSITY) {
    return { accept: true, measures };
  }
  const runningText = measures.length >= MIN_RUNNING_TEXT && measures.linkDensity <= MAX_LINK_DENSITY;
  if (measures.proseBlocks === 0 && !runningText) return { accept: false, reason: 'no paragraph of sentences', measures };
  const mostlyProse = measures.proseLength >= measures.length * MIN_PROSE_SHARE;
  if (measures.proseLength < MIN_PROSE_LENGTH && !mostlyProse && !runningText) {
    return { accept: false, reason: 'too little prose', measures };
  }
  if (measures.linkDensity > MAX_LINK_DENSITY) return { accept: false, reason: 'mostly links', measures };
  if (measures.headlineLinks >= MIN_HEADLINE_LINKS && measures.headlineLinks >= measures.proseBlocks) {
    return { accept: false, reason: 'headline links, as on a front page', measures };
  }
  return { accept: true, measures };
}

/**
 * Judges Readability's `content` HTML, parsed inert (an `innerHTML` template would be inert too, but add-on
 * review flags every assignment to it). With no parser at hand there is nothing to judge: an empty body.
 */
export function judgeArticleHtml(html: string, doc: Document): ArticleJudgement {
  return judgeArticle(parseInert(html, doc) ?? doc.createElement('div'));
}
