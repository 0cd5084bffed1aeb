import type { ExtractedArticle } from '../core/article.js';
import { displayByline } from '../core/byline.js';
import { displaySite } from '../core/site-label.js';
import type { ProcessedArticle } from '../core/process-article.js';
import { formatDate } from './format-date.js';
import { markHeadline } from './mark-headline.js';
import type { Translate } from './translate.js';

function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document, tag: K, className: string, text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The article header: site, headline, then byline, date and reading time on one line. */
function renderHeader(doc: Document, article: ExtractedArticle, processed: ProcessedArticle, t: Translate): HTMLElement {
  const header = element(doc, 'header', 'ql-head');
  const site = displaySite(article.siteName, article.url);
  if (site) header.append(element(doc, 'p', 'ql-site', site));
  const title = element(doc, 'h1', 'ql-title', article.title ?? t('untitledPage'));
  markHeadline(title, processed.quotes);
  header.append(title);
  const meta = element(doc, 'p', 'ql-meta');
  const parts: HTMLElement[] = [];
  const byline = displayByline(article.byline, article.lang, site);
  if (byline) parts.push(element(doc, 'span', 'ql-byline', byline));
  if (article.publishedTime) {
    const time = element(doc, 'time', 'ql-date', formatDate(article.publishedTime, article.lang ?? undefined));
    time.dateTime = article.publishedTime;
    parts.push(time);
  }
  parts.push(element(doc, 'span', 'ql-reading-time', t('minutesRead', [processed.readingMinutes])));
  parts.forEach((part, index) => {
    if (index > 0) meta.append(element(doc, 'span', 'ql-sep', ' · '));
    meta.append(part);
  });
  header.append(meta);
  return header;
}

/**
 * The article as DOM, built with DOM calls only. The sanitized body is moved into `doc`, never re-parsed
 * or cloned (a deep copy of a long article cost a fresh popup tens of milliseconds): `processed.body` is
 * empty afterwards.
 */
export function renderArticle(
  doc: Document, article: ExtractedArticle, processed: ProcessedArticle, t: Translate,
): HTMLElement {
  const root = element(doc, 'article', 'ql-article');
  if (article.lang) root.lang = article.lang;
  if (article.dir) root.dir = article.dir;
  const body = element(doc, 'div', 'ql-body');
  body.append(doc.adoptNode(processed.body));
  root.append(renderHeader(doc, article, processed, t), body);
  return root;
}
