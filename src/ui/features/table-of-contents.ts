import type { ReaderFeature } from '../reader-view.js';
import { headingOutline, MIN_HEADINGS, type OutlineEntry } from './heading-outline.js';

function contentsList(doc: Document, entries: readonly OutlineEntry[]): HTMLOListElement {
  const list = doc.createElement('ol');
  for (const entry of entries) {
    const item = doc.createElement('li');
    item.className = `ql-toc-level-${entry.level}`;
    const link = doc.createElement('a');
    link.href = `#${entry.id}`;
    link.textContent = entry.text;
    link.addEventListener('click', (event) => {
      // The tab's URL fragment names the stored article: a heading's id must never replace it.
      event.preventDefault();
      entry.element.tabIndex = -1;
      entry.element.scrollIntoView({ block: 'start' });
      entry.element.focus({ preventScroll: true });
    });
    item.append(link);
    list.append(item);
  }
  return list;
}

/** The tab's table of contents for long articles: a nav of the h2/h3 headings; a click scrolls there. */
export const tableOfContents: ReaderFeature = {
  surfaces: ['tab'],
  stage: 'controls',
  mount(view): void {
    const { t } = view.platform;
    const doc = view.doc;
    let nav: HTMLElement | null = null;
    let observer: IntersectionObserver | null = null;
    view.onRender((rendered) => {
      nav?.remove();
      observer?.disconnect();
      nav = null;
      const body = rendered.element.querySelector('.ql-body') ?? rendered.element;
      const entries = headingOutline(body);
      if (entries.length < MIN_HEADINGS) return;
      nav = doc.createElement('nav');
      nav.className = 'ql-toc';
      nav.setAttribute('aria-labelledby', 'ql-toc-title');
      const title = doc.createElement('h2');
      title.id = 'ql-toc-title';
      title.className = 'ql-toc-title';
      title.textContent = t('tocLabel');
      const list = contentsList(doc, entries);
      // The headings are the article's words: read in its language and direction, not the interface's.
      if (rendered.article.lang) list.lang = rendered.article.lang;
      if (rendered.article.dir) list.dir = rendered.article.dir;
      nav.append(title, list);
      view.container.before(nav);
      observer = followCurrentSection(doc, entries, list);
    });
  },
};

/** Marks the link of the section being read with aria-current, as the reader scrolls. */
function followCurrentSection(doc: Document, entries: readonly OutlineEntry[], list: HTMLOListElement): IntersectionObserver | null {
  const Observer = doc.defaultView?.IntersectionObserver;
  if (!Observer) return null;
  const links = [...list.querySelectorAll('a')];
  const visible = new Set<Element>();
  const observer = new Observer((changes) => {
    for (const change of changes) {
      if (change.isIntersecting) visible.add(change.target);
      else visible.delete(change.target);
    }
    const index = entries.findIndex((entry) => visible.has(entry.element));
    if (index < 0) return;
    links.forEach((link, i) => {
      if (i === index) link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
    });
  }, { rootMargin: '0px 0px -60% 0px' });
  for (const entry of entries) observer.observe(entry.element);
  return observer;
}
