import type { RestrictedKind } from '../core/restricted-page.js';
import type { MessageKey, Translate } from './translate.js';

/** Every way the reader can fail to show an article, each told in a reader's words. */
export type Failure =
  | { kind: 'restricted'; page: RestrictedKind }
  | { kind: 'not-article' }
  | { kind: 'not-html'; contentType: string }
  | { kind: 'loading' }
  | { kind: 'timeout'; seconds: number }
  /** The page answered, but the popup could not get the article ready in time (its view or a lexicon). */
  | { kind: 'stalled'; seconds: number }
  | { kind: 'no-tab' }
  | { kind: 'expired' }
  | { kind: 'error'; detail: string };

export type FailureAction = 'show-anyway' | 'retry';

export interface FailureMessage {
  title: string;
  detail: string;
  action: FailureAction | null;
}

/** The message keys of each closed page's title and detail (_locales/<lang>/messages.json). */
const RESTRICTED: Record<RestrictedKind, { title: MessageKey; detail: MessageKey }> = {
  closed: { title: 'failClosedTitle', detail: 'failClosedDetail' },
  'browser-page': { title: 'failBrowserPageTitle', detail: 'failBrowserPageDetail' },
  store: { title: 'failStoreTitle', detail: 'failStoreDetail' },
  'view-source': { title: 'failSourceTitle', detail: 'failSourceDetail' },
  pdf: { title: 'failPdfTitle', detail: 'failPdfDetail' },
  file: { title: 'failFileTitle', detail: 'failFileDetail' },
  reader: { title: 'failReaderTitle', detail: 'failReaderDetail' },
  data: { title: 'failDataTitle', detail: 'failDataDetail' },
};

/**
 * The failure in a reader's words. `translate` is the browser's (ui/i18n.ts) in the extension, and
 * ui/english-messages.ts for tests and the command line: the module itself stays pure.
 */
export function failureMessage(failure: Failure, translate: Translate): FailureMessage {
  const say = (title: MessageKey, detail: MessageKey, action: FailureAction | null, substitutions: (string | number)[] = []): FailureMessage =>
    ({ title: translate(title), detail: translate(detail, substitutions), action });
  switch (failure.kind) {
    case 'restricted': {
      const keys = RESTRICTED[failure.page];
      return say(keys.title, keys.detail, null);
    }
    case 'not-article':
      return say('failNotArticleTitle', 'failNotArticleDetail', 'show-anyway');
    case 'not-html':
      return failure.contentType === 'application/pdf'
        ? say('failPdfTitle', 'failPdfDetail', null)
        : say('failNotHtmlTitle', 'failNotHtmlDetail', null, [failure.contentType]);
    case 'loading':
      return say('failLoadingTitle', 'failLoadingDetail', 'retry');
    case 'timeout':
      return say('failTimeoutTitle', 'failTimeoutDetail', 'retry', [failure.seconds]);
    case 'stalled':
      return say('failStalledTitle', 'failStalledDetail', 'retry', [failure.seconds]);
    case 'no-tab':
      return say('failNoTabTitle', 'failNoTabDetail', null);
    case 'expired':
      return say('failExpiredTitle', 'failExpiredDetail', null);
    case 'error':
      return say('failErrorTitle', 'failErrorDetail', 'retry', [failure.detail]);
  }
}

/**
 * An error's message as a reader sees it inside the parentheses of a failure or notice ("… (detail).
 * Reload …"): trimmed, and without a full stop of its own, which would read ".)." there (an ellipsis stays).
 */
export function errorDetail(error: unknown): string {
  const message = (error instanceof Error ? error.message : String(error)).trim();
  return message.endsWith('.') && !message.endsWith('...') ? message.slice(0, -1) : message;
}
