import { Readability } from '@mozilla/readability';
import type { ExtractedArticle, ExtractionResult, ExtractionTimings } from '../core/article.js';
import { normalizeLanguage } from '../core/language-tag.js';
import { judgeArticleHtml } from './judge-article.js';
import { findLeadFigure, withLeadFigure } from './lead-figure.js';
import { flattenShadowRoots } from './flatten-shadow-roots.js';
import { frameDocuments } from './frame-documents.js';
import { indexPage } from './page-index.js';
import { prepareDocument } from './prepare-document.js';
import { isReaderable } from './readerable.js';
import { unwrapNoscript } from './unwrap-noscript.js';
import { pageMainText } from './page-main-text.js';
import { parseInert } from './parse-inert.js';
import { parsesBack } from './parses-back.js';
import { findStoryRoot, keepProseRoot, proseHeld, proseTotal, readsAsStory, storyRootCopy, strayedFromProse } from './prose-root.js';

/**
 * The one seam around Readability: a live or parsed Document in, plain JSON-safe data out.
 * Readability mutates what it is given, so it always runs on a clone; the page itself is never touched.
 */

export interface ExtractOptions {
  /** The page's address, when the document does not know it (a saved page). */
  url?: string | null;
  /**
   * The document is the caller's own parse, never shown to anyone (the command line's): the first pass
   * reads it in place instead of cloning it, which costs a third of Readability's own time under jsdom.
   * Passes after the first need the page as it was: they read `reparse()` when given, else a consumed
   * document gives its first answer only, and a caller that gets "not-article" parses the page again and
   * asks without this.
   */
  consume?: boolean;
  /** With `consume`: a new parse of the same page, for the passes after the first (called at most once). */
  reparse?: () => Document;
  /**
   * The document is a whole file parsed at once (the command line's saved page): it is never "still
   * loading", whatever its `readyState` says (jsdom says "loading" until its load event fires).
   */
  complete?: boolean;
  /**
   * The caller runs the rest of the pipeline in this process (the command line): an article result also
   * carries its body as a tree (`tree`), so the sanitizer copies it instead of parsing `contentHtml` again.
   */
  keepTree?: boolean;
  /** Elements above which the page is refused (MAX_ELEMENTS by default). */
  maxElements?: number;
  /** A clock for the timings; `performance.now` by default. */
  now?: () => number;
}

const text = (value: string | null | undefined): string | null => {
  const trimmed = value?.replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed : null;
};

const direction = (value: string | null | undefined): 'ltr' | 'rtl' | null =>
  value === 'rtl' || value === 'ltr' ? value : null;

function documentUrl(doc: Document, url: string | null | undefined): string | null {
  if (url) return url;
  const href = doc.location?.href ?? doc.URL;
  return href && href !== 'about:blank' ? href : null;
}

interface Pass {
  parsed: ReturnType<Readability['parse']>;
  leadFigure: ReturnType<typeof findLeadFigure>;
  readerable: boolean;
  timings: ExtractionTimings;
  /** Characters of the clone's paragraphs of prose (as served) that Readability's answer holds. */
  held: number;
  /** The clone's paragraphs of prose, as served. */
  paragraphs: readonly string[];
  /** The answer holds too little of the page's paragraphs: Readability chose something else than the story. */
  strayed: boolean;
  /**
   * When asked for, and when it reads as a story: the prepared body as Readability was given it (comments
   * left out), finished as Readability finishes its own choice.
   */
  prepared: { html: string; text: string; root: Element } | null;
  /** The element whose children `parsed.content` serializes (Readability's article, or `prepared`'s root). */
  root: Element | null;
  /** The article's tree, once made from `root` (treeOf): a consumed page's first pass may be answered twice. */
  tree?: Element | null;
}

/**
 * How a later pass changes its clone before preparing it; false when nothing would change (the pass is
 * skipped).
 */
type Variant = (page: Document, clone: Document) => boolean;

/** Passes tried, in order, when the page's own tree gave no article; each costs a clone and a parse. */
const FALLBACK_VARIANTS: readonly Variant[] = [
  // The article may be drawn inside web components: the clone gets what open shadow roots show.
  (page, clone) => flattenShadowRoots(page, clone) > 0,
  // Or shown only to readers without JavaScript, inside noscript elements (a saved page, parsed with scripting off).
  (_page, clone) => unwrapNoscript(clone) > 0,
  // Or Readability chose the page's header, or the whole page around a short post: the element that
  // holds the page's paragraphs, alone.
  (_page, clone) => keepProseRoot(clone),
];

/**
 * Elements above which the page is refused, before it is prepared: a bound on the time the page's tab is
 * held. The 5 MB odd page of the browser tests has about 42,000 (12,000 menu items with their links, 6,000
 * comments of three elements).
 */
export const MAX_ELEMENTS = 250_000;

/** Thrown by a pass on a page of more elements than it reads; extractArticle answers with a message. */
class PageTooLarge extends Error {
  constructor(readonly elements: number) {
    super(`${elements} elements`);
  }
}

/** Readability on a clone of the page, changed first by `variant`; null when the variant changes nothing. */
function readClone(doc: Document, now: () => number, variant: Variant | null, maxElements: number, inPlace = false, keepPrepared = false): Pass | null {
  const t0 = now();
  const clone = inPlace ? doc : (doc.cloneNode(true) as Document);
  if (variant !== null && !variant(doc, clone)) return null;
  const t1 = now();
  // The page's elements, counted by the walk that indexes them for the prepare steps: Readability's own
  // count (its `maxElemsToParse`) is a walk more under jsdom. A page this large is refused before it is prepared.
  const taken = indexPage(clone);
  if (taken.elements > maxElements) throw new PageTooLarge(taken.elements);
  const { paragraphs, index } = prepareDocument(clone, taken);
  const leadFigure = findLeadFigure(clone, index);
  const readerable = isReaderable(clone, index);
  const copy = keepPrepared && clone.body !== null ? storyRootCopy(clone.body) : null;
  const t2 = now();
  // Classes kept: the cleaner reads the page's own labels (related, share, caption…) before sanitizing.
  // Serialized as Readability does by default; the element is kept for a caller that wants the tree.
  let root: Element | null = null;
  const serializer = (node: Node): string => {
    root = node as Element;
    return root.innerHTML;
  };
  const reader = new Readability(clone, { keepClasses: true, serializer });
  const parsed = reader.parse();
  const prepared = copy === null || !readsAsStory(copy, paragraphs) ? null : finishAsReadability(reader, copy);
  const held = proseHeld(paragraphs, parsed?.textContent ?? '');
  return {
    parsed, leadFigure, readerable, held, paragraphs, strayed: strayedFromProse(paragraphs, held), prepared, root,
    timings: { clone: t1 - t0, prepare: t2 - t1, readability: now() - t2 },
  };
}

/** Readability's last step on the element it chose (version 0.6): relative links and images made absolute. */
interface ReadabilityPostProcess {
  _postProcessContent?: (content: Element) => void;
}

/**
 * An element Readability did not choose, finished as Readability finishes the one it chooses: its relative
 * links and images made absolute (the sanitizer keeps only absolute ones). The step is internal to
 * Readability; without it (another version) they stay relative and the sanitizer drops them. Readability's
 * own cleaning of its choice (`_prepArticle`) is not run: without the scores of its walk it removes every
 * block with a class it dislikes, story paragraphs too (measured: 7 strings of story text lost on
 * trafilatura's set for 9 of clutter); the cleaners after it judge blocks by their labels and their text.
 */
function finishAsReadability(reader: Readability, content: HTMLElement): { html: string; text: string; root: Element } {
  (reader as unknown as ReadabilityPostProcess)._postProcessContent?.call(reader, content);
  return { html: content.innerHTML, text: content.textContent ?? '', root: content };
}

export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractionResult {
  try {
    return extractWithFrames(doc, options);
  } catch (error) {
    if (!(error instanceof PageTooLarge)) throw error;
    return { status: 'error', message: `The page is too large to read (${error.elements} elements; the reader reads up to ${options.maxElements ?? MAX_ELEMENTS}).` };
  }
}

function extractWithFrames(doc: Document, options: ExtractOptions): ExtractionResult {
  // The page as it was, when a consumed page had to be parsed again.
  let fresh: Document | null = null;
  const { reparse } = options;
  const result = extractFrom(doc, reparse === undefined ? options : { ...options, reparse: () => (fresh = reparse()) });
  if (result.status !== 'not-article' || (options.consume === true && reparse === undefined)) return result;
  // A frameset, or a page that shows its story in a frame of its own site: the largest frame that holds
  // an article gives it (one level down; a cross-origin frame cannot be read).
  const { consume: _consume, reparse: _reparse, ...forFrames } = options;
  for (const inner of frameDocuments(fresh ?? doc)) {
    const framed = extractFrom(inner, { ...forFrames, url: null });
    if (framed.status === 'article') return framed;
  }
  return result;
}

function extractFrom(doc: Document, options: ExtractOptions): ExtractionResult {
  const now = options.now ?? (() => performance.now());
  const contentType = doc.contentType ?? 'text/html';
  if (contentType !== 'text/html' && contentType !== 'application/xhtml+xml') return { status: 'not-html', contentType };
  // A browser still receiving the page: what has arrived so far is no article yet.
  if (options.complete !== true && doc.readyState === 'loading' && (doc.body?.childElementCount ?? 0) === 0) return { status: 'loading' };

  const maxElements = options.maxElements ?? MAX_ELEMENTS;
  const plain = readClone(doc, now, null, maxElements, options.consume === true) as Pass;
  let page = doc;
  let first = resultOf(doc, plain, options);
  if (options.consume === true && (first.status !== 'article' || plain.strayed)) {
    // A consumed page cannot be read twice: the later passes read a new parse of it, or, without one, the
    // caller is asked to parse it again and ask without consuming. The first pass is not read again.
    if (options.reparse === undefined) return first.status === 'article' ? { status: 'not-article', article: first.article } : first;
    page = options.reparse();
    first = resultOf(page, plain, options);
  }
  if (first.status === 'article') {
    if (!plain.strayed) return first;
    // A new parse made for the later passes is read by this one pass only: read in place, not cloned.
    return secondLook(page, plain, first, now, maxElements, options, page !== doc);
  }
  // Only a page that gave no article pays for the other passes (each a walk over the page and a parse).
  const spent: ExtractionTimings[] = [plain.timings];
  for (const variant of FALLBACK_VARIANTS) {
    const pass = readClone(page, now, variant, maxElements);
    if (pass === null) continue;
    const result = resultOf(page, pass, options);
    if (result.status === 'article') return withEarlierTimings(result, spent);
    spent.push(pass.timings);
  }
  return first;
}

/** The reader waited for every pass: the timings say so. */
function withEarlierTimings(result: ExtractionResult & { status: 'article' }, spent: readonly ExtractionTimings[]): ExtractionResult {
  for (const earlier of spent) {
    for (const stage of ['clone', 'prepare', 'readability'] as const) result.article.timings[stage] += earlier[stage];
  }
  return result;
}

/**
 * Readability gave an article that holds little of the page's paragraphs of prose (a sign-up form, the
 * standfirst and a teaser grid, one block of a page builder's story outscored the rest): Readability reads
 * again the element that holds those paragraphs, alone. Where it strays there too (it scores each block
 * of the story apart), that element itself, prepared as for Readability, is the answer; the cleaners and
 * the sanitizer then treat it as any other. An answer is taken when it holds most of the page's
 * paragraphs (more than the first did) and is an article.
 */
function secondLook(doc: Document, plain: Pass, first: ExtractionResult, now: () => number, maxElements: number, options: ExtractOptions, inPlace: boolean): ExtractionResult {
  const pass = readClone(doc, now, (_page, clone) => keepProseRoot(clone, findStoryRoot), maxElements, inPlace, true);
  if (pass === null) return first;
  const enough = (held: number): boolean => held > plain.held && held >= proseTotal(plain.paragraphs) / 2;
  let answer: Pass | null = enough(pass.held) ? pass : null;
  if (answer === null && pass.prepared !== null && pass.parsed !== null) {
    const held = proseHeld(pass.paragraphs, pass.prepared.text);
    if (enough(held)) answer = { ...pass, held, parsed: { ...pass.parsed, content: pass.prepared.html, textContent: pass.prepared.text }, root: pass.prepared.root };
  }
  if (answer === null) return first;
  const result = resultOf(doc, answer, options);
  return result.status === 'article' ? withEarlierTimings(result, [plain.timings]) : first;
}

/**
 * The article's body as a tree: the element `content` serialized, with the lead figure put first when
 * `contentHtml` has it (parsed as a body parses it); null when parsing `contentHtml` would not give the same
 * tree (parses-back.ts). The element is the clone's: changing it changes nothing shown. Made once per pass.
 */
function treeOf(pass: Pass, contentHtml: string, content: string): Element | null {
  const root = pass.root;
  if (pass.tree !== undefined || root === null) return pass.tree ?? null;
  if (contentHtml !== content && contentHtml.endsWith(content)) {
    // Parsed inert, as the sanitizer parses the whole (parse-inert.ts); no parser here, no tree.
    const lead = parseInert(contentHtml.slice(0, contentHtml.length - content.length), root.ownerDocument);
    if (lead === null) {
      pass.tree = null;
      return null;
    }
    root.prepend(...Array.from(lead.childNodes));
  }
  pass.tree = parsesBack(root) ? root : null;
  return pass.tree;
}

function resultOf(doc: Document, pass: Pass, options: ExtractOptions): ExtractionResult {
  const { parsed, leadFigure, readerable, timings } = pass;
  const url = documentUrl(doc, options.url);
  // Normalised here, so the command line reports what the popup shows (en_US -> en-US, x-default -> none).
  const lang = normalizeLanguage(text(parsed?.lang) ?? text(doc.documentElement?.getAttribute('lang')));
  const dir = direction(parsed?.dir ?? doc.documentElement?.getAttribute('dir'));
  if (parsed && text(parsed.textContent)) {
    const article: ExtractedArticle = {
      url,
      title: text(parsed.title) ?? text(doc.title),
      byline: text(parsed.byline),
      siteName: text(parsed.siteName),
      publishedTime: text(parsed.publishedTime),
      lang,
      dir,
      excerpt: text(parsed.excerpt),
      contentHtml: withLeadFigure(parsed.content ?? '', leadFigure),
      source: 'readability',
      timings,
    };
    // Readability's readerable check turns down short articles (and CJK ones, by counting characters):
    // when it says no, what Readability extracted gets a second look instead, parsed with the page's own
    // document's DOMParser (a clone has no window under jsdom).
    const isArticle = readerable || judgeArticleHtml(parsed.content ?? '', doc).accept;
    if (!isArticle) return { status: 'not-article', article };
    const tree = options.keepTree === true ? treeOf(pass, article.contentHtml, parsed.content ?? '') : null;
    return tree === null ? { status: 'article', article } : { status: 'article', article, tree };
  }
  const main = pageMainText(doc);
  const fallback: ExtractedArticle | null = main
    ? {
        url, title: text(doc.title), byline: null, siteName: null, publishedTime: null, lang, dir, excerpt: null,
        contentHtml: main, source: 'page', timings,
      }
    : null;
  return { status: 'not-article', article: fallback };
}
