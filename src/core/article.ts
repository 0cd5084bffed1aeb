/**
 * The plain, JSON-safe data that crosses from the page to the extension (and from a saved page to the
 * command line). `null`, never `undefined`, means "nothing".
 */
export interface ExtractedArticle {
  url: string | null;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  /** The article body as HTML: Readability's output, or the page's main text when shown anyway. */
  contentHtml: string;
  /** `readability` when Readability found the article; `page` when it is the page's main text. */
  source: 'readability' | 'page';
  /**
   * The reader asked to see a page that is no article ("Show anyway": a front page, a list): its teasers
   * are what it holds, so the cleaner leaves related sections in.
   */
  shownAnyway?: boolean;
  /**
   * Milliseconds spent on the page: cloning it (Readability's documented use needs a clone), preparing
   * the clone (ours: lazy images, hidden parts, landmarks, the lead figure, the readerable check), and
   * Readability's own parse.
   */
  timings: ExtractionTimings;
}

export interface ExtractionTimings {
  clone: number;
  prepare: number;
  readability: number;
}

/** What the content script answers, one variant per thing the reader may be told. */
export type ExtractionResult =
  /**
   * `tree`, only when the caller asked for it (the command line, in the same process): the body that
   * `contentHtml` serializes, as an element of the extraction's own document (its children are the body).
   * Never set for a result that crosses to the extension.
   */
  | { status: 'article'; article: ExtractedArticle; tree?: Element }
  /** Readability found nothing article-like; `article` is the page's main text, shown on request. */
  | { status: 'not-article'; article: ExtractedArticle | null }
  | { status: 'not-html'; contentType: string }
  | { status: 'loading' }
  | { status: 'error'; message: string };

export type QuoteKind = 'speech' | 'partial' | 'title' | 'scare' | 'other';

/** One quotation, as the command line reports it (cli-contract.md). */
export interface Quote {
  /** The quoted words without the enclosing marks. */
  text: string;
  /** Offsets into the article text, marks included, end exclusive; -1 for a quotation in the headline. */
  start: number;
  end: number;
  kind: QuoteKind;
  highlighted: boolean;
  speaker: string | null;
  /**
   * How the speaker was found: the attribution rule that named it (quotes-spec.md's A-rows: 'after',
   * 'before', 'according', 'sentence', 'group', 'floating', 'paragraph', 'channel', 'headline',
   * 'block'), or 'none'. Lets a benchmark say what each rule wins and costs.
   */
  pattern: string;
}
