import type { ExtractedArticle, ExtractionResult, ExtractionTimings } from './article.js';
import CONTENT_SCRIPT from './content-script.json';
import { normalizeLanguage } from './language-tag.js';

/**
 * The page-to-popup boundary, in one place: what is injected, under which name the injected code answers,
 * and the check every answer passes before anything believes it. The content script runs in a page
 * anyone wrote, and an older copy of it may still sit in a tab after an update: its answer is `unknown`
 * until `parseExtractionResult` says what it is. The build (scripts/build.mjs) reads the same JSON.
 */

/** The global the content script defines its entry under (in the extension's isolated world). */
export const CONTENT_ENTRY: string = CONTENT_SCRIPT.entry;
/** Readability's own files first (unmodified, see scripts/build.mjs), then ours, which calls them and answers. */
export const CONTENT_SCRIPT_FILES: readonly string[] = CONTENT_SCRIPT.files;

/**
 * Readability's HTML above this many characters is refused: the popup would spend seconds sanitizing,
 * cleaning and marking it. The longest article Readability gives on its own test corpus (wikipedia-2 in
 * ../shared/corpus/readability) is about 420 KB of HTML, a seventh of the cap.
 */
export const MAX_CONTENT_HTML_LENGTH = 3_000_000;
/** Other text fields (title, byline…) are a line or two; a page may stuff megabytes in them. */
const MAX_FIELD_LENGTH = 2_000;

/** What the injected entry is: a version (an update may leave an older one in the page) and its run. */
export interface ContentEntry {
  version: string;
  run(): Promise<ExtractionResult>;
}

const failed = (message: string): ExtractionResult => ({ status: 'error', message });

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function field(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (trimmed === '') return null;
  return trimmed.length > MAX_FIELD_LENGTH ? `${trimmed.slice(0, MAX_FIELD_LENGTH - 1)}…` : trimmed;
}

const milliseconds = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 0);

function timings(value: unknown): ExtractionTimings {
  const raw = isRecord(value) ? value : {};
  return { clone: milliseconds(raw['clone']), prepare: milliseconds(raw['prepare']), readability: milliseconds(raw['readability']) };
}

/** An article as it crossed, or a reason it is refused. */
function parseArticle(value: unknown): ExtractedArticle | string {
  if (!isRecord(value)) return 'The page sent no article.';
  const html = value['contentHtml'];
  if (typeof html !== 'string') return 'The page sent an article without a body.';
  if (html.length > MAX_CONTENT_HTML_LENGTH) {
    return `The article is too long to show (${html.length.toLocaleString('en')} characters of markup; the reader shows up to ${MAX_CONTENT_HTML_LENGTH.toLocaleString('en')}).`;
  }
  const dir = value['dir'];
  return {
    url: field(value['url']),
    title: field(value['title']),
    byline: field(value['byline']),
    siteName: field(value['siteName']),
    publishedTime: field(value['publishedTime']),
    lang: normalizeLanguage(value['lang']),
    dir: dir === 'ltr' || dir === 'rtl' ? dir : null,
    excerpt: field(value['excerpt']),
    contentHtml: html,
    source: value['source'] === 'page' ? 'page' : 'readability',
    timings: timings(value['timings']),
  };
}

/**
 * The page's answer checked for shape and size, with its language normalised (core/language-tag.ts):
 * anything else becomes an `error` answer with a message a reader can be shown. Never throws.
 */
export function parseExtractionResult(value: unknown): ExtractionResult {
  if (value === undefined || value === null) return failed('The page gave no answer.');
  if (!isRecord(value)) return failed('The page gave an answer Quotelight does not understand.');
  const status = value['status'];
  switch (status) {
    case 'article': {
      const article = parseArticle(value['article']);
      return typeof article === 'string' ? failed(article) : { status, article };
    }
    case 'not-article': {
      if (value['article'] === null || value['article'] === undefined) return { status, article: null };
      const article = parseArticle(value['article']);
      return typeof article === 'string' ? failed(article) : { status, article };
    }
    case 'not-html':
      return { status, contentType: field(value['contentType']) ?? 'unknown' };
    case 'loading':
      return { status };
    case 'error':
      return failed(field(value['message']) ?? 'The page could not be read.');
    default:
      return failed(`The page gave an answer Quotelight does not understand (status ${typeof status === 'string' ? JSON.stringify(status.slice(0, 40)) : typeof status}).`);
  }
}
