import type { RestrictedKind } from '../core/restricted-page.js';

/** Every way the reader can fail to show an article, each told in a reader's words. */
export type Failure =
  | { kind: 'restricted'; page: RestrictedKind }
  | { kind: 'not-article' }
  | { kind: 'not-html'; contentType: string }
  | { kind: 'loading' }
  | { kind: 'timeout'; seconds: number }
  | { kind: 'no-tab' }
  | { kind: 'expired' }
  | { kind: 'error'; detail: string };

export type FailureAction = 'show-anyway' | 'retry';

export interface FailureMessage {
  title: string;
  detail: string;
  action: FailureAction | null;
}

const RESTRICTED: Record<RestrictedKind, Omit<FailureMessage, 'action'>> = {
  'browser-page': {
    title: 'This is one of the browser’s own pages',
    detail: 'Browsers keep their own pages (new tabs, settings, extension pages) closed to extensions. Open a news article and click Quotelight again.',
  },
  store: {
    title: 'Add-on stores are closed to extensions',
    detail: 'For your safety, the browser lets no extension read its add-on store. Open an article on another site and try again.',
  },
  'view-source': {
    title: 'This is a page’s source code',
    detail: 'Quotelight reads pages, not their source. Open the page itself and click Quotelight again.',
  },
  pdf: {
    title: 'Quotelight can’t read PDF files',
    detail: 'This tab shows a PDF document in the browser’s PDF viewer, which extensions may not read.',
  },
  file: {
    title: 'Quotelight may not read files on your computer yet',
    detail: 'To read saved pages, allow Quotelight to access file URLs on its page in the browser’s extension settings, then reload this tab.',
  },
};

export function failureMessage(failure: Failure): FailureMessage {
  switch (failure.kind) {
    case 'restricted':
      return { ...RESTRICTED[failure.page], action: null };
    case 'not-article':
      return {
        title: 'This page doesn’t look like an article',
        detail: 'Quotelight found no story to read here. It can still show the page’s main text.',
        action: 'show-anyway',
      };
    case 'not-html':
      return failure.contentType === 'application/pdf'
        ? { ...RESTRICTED.pdf, action: null }
        : {
            title: 'This isn’t a web page',
            detail: `The tab shows a file of type ${failure.contentType}, which has no article to read.`,
            action: null,
          };
    case 'loading':
      return { title: 'The page is still loading', detail: 'Give it a moment, then try again.', action: 'retry' };
    case 'timeout':
      return {
        title: 'The page took too long to read',
        detail: `Quotelight gave up after ${failure.seconds} seconds. The page may be very large or busy; try again.`,
        action: 'retry',
      };
    case 'no-tab':
      return { title: 'No page to read', detail: 'Quotelight reads the page in the current tab. Open an article and click it again.', action: null };
    case 'expired':
      return {
        title: 'This article is no longer here',
        detail: 'Articles opened in a tab last until the browser closes. Open the page again and click Quotelight.',
        action: null,
      };
    case 'error':
      return {
        title: 'Quotelight couldn’t read this page',
        detail: `Something on the page stopped it (${failure.detail}). Reload the page and try again.`,
        action: 'retry',
      };
  }
}
