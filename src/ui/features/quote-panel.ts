import { citation, groupBySpeaker, quotesToJson, quotesToMarkdown, type CitedArticle } from '../../core/quote-export.js';
import { markedQuotes, type MarkedQuote } from '../marked-quotes.js';
import type { ReaderPlatform } from '../reader-platform.js';
import type { ReaderFeature, ReaderView, RenderedArticle } from '../reader-view.js';
import type { Translate } from '../translate.js';
import { showQuotation } from './show-quotation.js';
import { toolbarToggle } from './toolbar-button.js';

function citedArticle(rendered: RenderedArticle): CitedArticle {
  const { title, siteName, publishedTime, url } = rendered.article;
  return { title, siteName, publishedTime, url };
}

function download(doc: Document, name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function fileName(rendered: RenderedArticle, extension: string): string {
  const slug = (rendered.article.title ?? 'article').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60);
  return `quotes-${slug || 'article'}.${extension}`;
}

function button(doc: Document, className: string, text: string, onClick: () => void): HTMLButtonElement {
  const element = doc.createElement('button');
  element.type = 'button';
  element.className = className;
  element.textContent = text;
  element.addEventListener('click', onClick);
  return element;
}

async function copy({ t, clipboard }: ReaderPlatform, text: string, feedback: HTMLButtonElement): Promise<void> {
  const label = feedback.textContent;
  try {
    if (!clipboard) throw new Error('no clipboard');
    await clipboard.writeText(text);
    feedback.textContent = t('copied');
  } catch {
    feedback.textContent = t('copyFailed');
  }
  setTimeout(() => { feedback.textContent = label; }, 1500);
}

/**
 * A quotation picked from the list: the panel closes first (through its button, so aria-expanded stays
 * true), then the quotation comes into the view it left free. Left open, the panel covered the part of
 * the article the quotation was scrolled to.
 */
function jumpTo(doc: Document, quote: MarkedQuote): void {
  doc.querySelector<HTMLElement>('[aria-controls="ql-quotes"][aria-expanded="true"]')?.click();
  showQuotation(doc, quote.marks);
}

function quoteItem(doc: Document, platform: ReaderPlatform, rendered: RenderedArticle, quote: MarkedQuote): HTMLLIElement {
  const { t } = platform;
  const item = doc.createElement('li');
  const jump = button(doc, 'ql-quote-jump', `“${quote.text}”`, () => jumpTo(doc, quote));
  jump.title = t('showInArticle');
  const cite = button(doc, 'ql-link-button ql-cite', t('copyCitation'), () => {
    void copy(platform, citation(citedArticle(rendered), quote), cite);
  });
  item.append(jump, cite);
  return item;
}

function renderPanel(doc: Document, platform: ReaderPlatform, panel: HTMLElement, rendered: RenderedArticle): void {
  const { t } = platform;
  const quotes = markedQuotes(rendered.element);
  const groups = groupBySpeaker(quotes);
  const summary = doc.createElement('div');
  summary.className = 'ql-quotes-summary';
  const count = doc.createElement('p');
  const speakers = groups.filter((group) => group.speaker !== null).length;
  count.textContent = quotes.length === 0 ? t('noQuotes') : t('quotesSummary', [quotes.length, speakers]);
  summary.append(count);
  if (quotes.length > 0) {
    summary.append(
      button(doc, 'ql-link-button ql-export-md', t('exportMarkdown'), () =>
        download(doc, fileName(rendered, 'md'), 'text/markdown', quotesToMarkdown(citedArticle(rendered), quotes))),
      button(doc, 'ql-link-button ql-export-json', t('exportJson'), () =>
        download(doc, fileName(rendered, 'json'), 'application/json', quotesToJson(citedArticle(rendered), quotes))),
    );
  }
  const sections = groups.map((group) => {
    const section = doc.createElement('section');
    section.className = 'ql-speaker-group';
    const heading = doc.createElement('h2');
    heading.textContent = group.speaker ?? t('speakerUnknown');
    const badge = doc.createElement('span');
    badge.className = 'ql-count';
    badge.textContent = String(group.quotes.length);
    heading.append(' ', badge);
    const list = doc.createElement('ol');
    list.append(...group.quotes.map((quote) => quoteItem(doc, platform, rendered, quote)));
    section.append(heading, list);
    return section;
  });
  panel.replaceChildren(summary, ...sections);
}

/** Shows the speaker of a focused quotation (hover already shows it through the mark's title). */
function followFocus(view: ReaderView, t: Translate): void {
  const tip = view.doc.createElement('div');
  tip.className = 'ql-speaker-tip';
  tip.setAttribute('aria-hidden', 'true');
  tip.hidden = true;
  view.container.append(tip);
  view.container.addEventListener('focusin', (event) => {
    const mark = (event.target as Element).closest?.('mark[data-quote]') as HTMLElement | null;
    if (!mark) return;
    tip.textContent = mark.dataset['speaker'] ? t('saidBy', [mark.dataset['speaker']]) : t('speakerUnknown');
    const box = mark.getBoundingClientRect();
    const frame = view.container.getBoundingClientRect();
    tip.style.left = `${Math.max(0, box.left - frame.left)}px`;
    tip.style.top = `${box.bottom - frame.top + 6}px`;
    tip.hidden = false;
  });
  view.container.addEventListener('focusout', () => {
    tip.hidden = true;
  });
  view.onRender(() => {
    if (!tip.isConnected) view.container.append(tip);
  });
}

/** Every highlighted quotation grouped by speaker, with counts; click to jump, copy a citation, export. */
export const quotePanel: ReaderFeature = {
  surfaces: ['popup', 'tab'],
  stage: 'controls',
  mount(view: ReaderView): void {
    const doc = view.doc;
    const { t } = view.platform;
    const panel = doc.createElement('section');
    panel.id = 'ql-quotes';
    panel.className = 'ql-panel ql-quotes';
    panel.setAttribute('aria-label', t('quotesPanel'));
    const toggle = toolbarToggle(doc, t('quotesButtonLabel', ['']), t('quotesButton', ['']), panel);
    toggle.hidden = true;
    view.toolbar.append(toggle);
    view.toolbar.closest('header')?.after(panel);
    followFocus(view, t);
    // The list is built when the panel opens, not on every render: a page with thousands of quotations
    // should not pay for a panel nobody opened.
    let pending: RenderedArticle | null = null;
    const build = (): void => {
      if (pending !== null) renderPanel(doc, view.platform, panel, pending);
      pending = null;
    };
    // Capture: runs before the toggle's own listener opens the panel and focuses its first control.
    toggle.addEventListener('click', () => {
      if (panel.hidden) build();
    }, { capture: true });
    view.onRender((rendered) => {
      pending = rendered;
      if (!panel.hidden) build();
      const count = markedQuotes(rendered.element).length;
      // The accessible name begins with the visible text (WCAG 2.5.3, axe label-content-name-mismatch).
      toggle.textContent = t('quotesButton', [count]);
      toggle.setAttribute('aria-label', t('quotesButtonLabel', [count]));
      toggle.title = t('quotesButtonLabel', [count]);
      toggle.hidden = false;
    });
  },
};
