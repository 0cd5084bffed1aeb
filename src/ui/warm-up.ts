import type { ExtractedArticle } from '../core/article.js';
import { processArticle, type ProcessOptions } from '../core/process-article.js';
import type { Sanitizer } from '../core/sanitize.js';
import { renderArticle } from './render-article.js';
import type { Translate } from './translate.js';

/**
 * A small article that goes through every stage the way a news page does: quotations with speakers
 * before and after them, a partial quotation, a headline quote, a teaser, an advertisement label, a
 * related list, a caption and a date. No image and no link leaves the extension: a warm-up must not
 * make a request.
 */
export const WARM_UP_ARTICLE: ExtractedArticle = {
  url: 'https://example.invalid/a',
  title: 'Mayor calls the plan “a mistake”',
  byline: 'By Ann Lee',
  siteName: 'Example',
  publishedTime: '2025-07-04T10:00:00Z',
  lang: 'en',
  dir: null,
  excerpt: null,
  source: 'readability',
  timings: { clone: 0, prepare: 0, readability: 0 },
  // Short on purpose: the popup carries it (every byte of it counts against the popup's size budget),
  // and what warms up is the code each kind of block takes, not the amount of text.
  contentHtml: [
    '<div><p>“We will not build it,” said Jane Smith, the mayor. She added: “Not now.”</p><p>Advertisement</p>',
    '<p>Tom Ray called it “a mistake” and told us: “It costs too much.”</p>',
    '<p>Read more: <a href="#">Why it was delayed</a></p><figure><figcaption>The bridge. (Photo: Example)</figcaption></figure>',
    '<h3>Related</h3><ul><li><a href="#a">Council budget explained</a></li></ul><p>Sign up for our newsletter</p></div>',
  ].join(''),
};

/**
 * Runs the article pipeline once on WARM_UP_ARTICLE, into a document that shows nothing and loads
 * nothing. A popup is a new page on every click: the first article through the sanitizer, the cleaner,
 * the quote engine and the date format pays for compiling their code and the browser's locale data
 * (about half of their time in a fresh Chromium popup). The popup runs this while it waits for the
 * page's answer, so the real article finds that work done. Returns the milliseconds it took.
 */
export function warmUp(doc: Document, sanitize: Sanitizer, options: ProcessOptions, t: Translate, now = (): number => performance.now()): number {
  const started = now();
  const inert = doc.implementation.createHTMLDocument('');
  const processed = processArticle(WARM_UP_ARTICLE, sanitize, options);
  inert.body.append(renderArticle(inert, WARM_UP_ARTICLE, processed, t));
  return now() - started;
}
