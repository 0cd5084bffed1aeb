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
  url: 'https://example.invalid/news/council-plan',
  title: 'Mayor says the bridge plan is “a mistake”',
  byline: 'By Ann Lee',
  siteName: 'The Example Times',
  publishedTime: '2025-07-04T10:00:00Z',
  lang: 'en',
  dir: null,
  excerpt: 'The council will vote on Tuesday.',
  source: 'readability',
  timings: { clone: 0, prepare: 0, readability: 0 },
  contentHtml: [
    '<div class="article-body" id="story">',
    '<p class="byline">By Ann Lee</p>',
    '<p><strong>LONDON</strong> — “We will not build it this year,” said Jane Smith, the mayor of the town, on Tuesday.',
    ' She added: “Not now, and not with this money.”</p>',
    '<p>Advertisement</p>',
    '<p>Council leader Tom Ray called the plan “a mistake” and told reporters: “It costs far too much for what it gives us.”</p>',
    '<h2>What happens next</h2>',
    '<p>Read more: <a href="#">Why the bridge was delayed</a></p>',
    '<blockquote><p>“The town deserves better,” the residents’ association wrote in a letter.</p></blockquote>',
    '<figure><figcaption>The old bridge, seen from the river. (Photo: Example)</figcaption></figure>',
    '<ul><li>First point of the plan, with a <em>detail</em>.</li><li>Second point, with a <a href="#note">note</a>.</li></ul>',
    "<p>'It is too early to say,' said a spokesperson. Dr Maria Jones, an engineer, said it was “safe”.</p>",
    '<p><q>Short quote</q> and <code>code</code>; 12 000 people; <span lang="fr">« Non », a-t-il dit.</span></p>',
    '<h3>Related</h3><ul><li><a href="#a">Council budget explained</a></li><li><a href="#b">Bridge timeline</a></li></ul>',
    '<p>Sign up for our newsletter</p>',
    '</div>',
  ].join(''),
};

/**
 * Runs the article pipeline once on WARM_UP_ARTICLE, into a document that shows nothing and loads
 * nothing. A popup is a new page on every click: the first article through the sanitizer, the cleaner,
 * the quote engine and the date format pays for compiling their code and the browser's locale data
 * (about half of their time in a fresh Chromium popup). The popup runs this while it waits for the
 * page's answer, so the real article finds that work done. Returns the milliseconds it took.
 */
export function warmUp(doc: Document, sanitize: Sanitizer, options: ProcessOptions, t: Translate): number {
  const started = performance.now();
  const inert = doc.implementation.createHTMLDocument('');
  const processed = processArticle(WARM_UP_ARTICLE, sanitize, options);
  inert.body.append(renderArticle(inert, WARM_UP_ARTICLE, processed, t));
  return performance.now() - started;
}
