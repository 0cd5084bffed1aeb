import { JSDOM } from 'jsdom';
import { displaySite } from '../core/site-label.js';
import { formatDate } from '../ui/format-date.js';
import type { PageReport } from './page-report.js';

/**
 * The same policy as the extension's pages (manifest.json), for a file opened from disk: should anything
 * executable ever slip past the sanitizer, the browser still runs nothing and sends nothing but images.
 */
const STANDALONE_POLICY = "default-src 'none'; img-src http: https: data:; base-uri 'none'; form-action 'none'";

/**
 * The header, as the extension shows it: the site once (a link to the page when its address is known),
 * the headline, then byline, a readable date and the reading time.
 */
function header(doc: Document, report: PageReport): HTMLElement[] {
  const parts: HTMLElement[] = [];
  const site = displaySite(report.siteName, report.url);
  if (site) {
    const line = doc.createElement('p');
    if (report.url) {
      const link = doc.createElement('a');
      link.href = report.url;
      link.textContent = site;
      line.append(link);
    } else line.textContent = site;
    parts.push(line);
  }
  const heading = doc.createElement('h1');
  heading.textContent = report.title ?? '';
  parts.push(heading);
  const meta = doc.createElement('p');
  const pieces: (string | HTMLElement)[] = [];
  // The report's byline is already the one the header shows (displayByline: never the site's name again).
  if (report.byline) pieces.push(report.byline);
  if (report.publishedTime) {
    const time = doc.createElement('time');
    time.dateTime = report.publishedTime;
    time.textContent = formatDate(report.publishedTime, report.lang ?? undefined);
    pieces.push(time);
  }
  pieces.push(`${report.readingMinutes} min read`);
  pieces.forEach((piece, index) => meta.append(...(index > 0 ? [' · ', piece] : [piece])));
  parts.push(meta);
  return parts;
}

/** The sanitized, highlighted article as a standalone HTML document (`--format html`). */
export function standaloneHtml(report: PageReport): string {
  const dom = new JSDOM(`<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${STANDALONE_POLICY}"></head><body></body></html>`);
  const doc = dom.window.document;
  if (report.lang) doc.documentElement.lang = report.lang;
  if (report.dir) doc.documentElement.dir = report.dir;
  doc.title = report.title ?? report.file;
  const article = doc.createElement('article');
  article.append(...header(doc, report));
  const body = doc.createElement('div');
  // Already sanitized by the pipeline: this is the same markup the extension renders.
  body.innerHTML = report.html;
  article.append(body);
  doc.body.append(article);
  const html = dom.serialize();
  dom.window.close();
  return html;
}
