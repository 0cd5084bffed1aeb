import { JSDOM } from 'jsdom';
import type { PageReport } from './page-report.js';

/**
 * The same policy as the extension's pages (manifest.json), for a file opened from disk: should anything
 * executable ever slip past the sanitizer, the browser still runs nothing and sends nothing but images.
 */
const STANDALONE_POLICY = "default-src 'none'; img-src http: https: data:; base-uri 'none'; form-action 'none'";

/** The sanitized, highlighted article as a standalone HTML document (`--format html`). */
export function standaloneHtml(report: PageReport): string {
  const dom = new JSDOM(`<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${STANDALONE_POLICY}"></head><body></body></html>`);
  const doc = dom.window.document;
  if (report.lang) doc.documentElement.lang = report.lang;
  if (report.dir) doc.documentElement.dir = report.dir;
  doc.title = report.title ?? report.file;
  const article = doc.createElement('article');
  const heading = doc.createElement('h1');
  heading.textContent = report.title ?? '';
  const meta = doc.createElement('p');
  meta.textContent = [report.byline, report.siteName, report.publishedTime, `${report.readingMinutes} min read`]
    .filter((part): part is string => Boolean(part))
    .join(' · ');
  const body = doc.createElement('div');
  // Already sanitized by the pipeline: this is the same markup the extension renders.
  body.innerHTML = report.html;
  article.append(heading, meta, body);
  doc.body.append(article);
  const html = dom.serialize();
  dom.window.close();
  return html;
}
