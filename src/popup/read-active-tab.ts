import type { ExtractionResult } from '../core/article.js';
import { mayStillOpen, restrictedKind } from '../core/restricted-page.js';
import { activeTab, extensionUrl, extractFromTab } from '../platform/browser.js';
import { errorDetail, type Failure } from '../ui/failure-message.js';
import { TimeoutError, withTimeout } from '../ui/with-timeout.js';
import { EXTRACTION_TIMEOUT_MS } from './time-limits.js';


/** The injection errors browsers give for pages closed to extensions. */
const CLOSED_PAGE = /cannot access|cannot be scripted|missing host permission|no permission|not allowed|extensions gallery/i;

/** The page's answer, and the tab it came from (where "Open in tab" shows the reader). */
export type TabReading = { ok: true; result: ExtractionResult; tabId: number; url: string | null } | { ok: false; failure: Failure };

/**
 * Reads the article in the active tab, or says in a reader's words why it can't. `whileWaiting` runs
 * once the page has been asked, and only then: work that must not delay the request.
 */
export async function readActiveTab(whileWaiting?: () => void): Promise<TabReading> {
  const tab = await activeTab();
  if (tab === null) return { ok: false, failure: { kind: 'no-tab' } };
  const restricted = restrictedKind(tab.url, extensionUrl(''));
  if (restricted !== null && !mayStillOpen(restricted)) {
    return { ok: false, failure: { kind: 'restricted', page: restricted } };
  }
  try {
    const result = await withTimeout(extractFromTab(tab.id, whileWaiting), EXTRACTION_TIMEOUT_MS);
    return { ok: true, result, tabId: tab.id, url: tab.url };
  } catch (error) {
    if (error instanceof TimeoutError) return { ok: false, failure: { kind: 'timeout', seconds: EXTRACTION_TIMEOUT_MS / 1000 } };
    if (restricted !== null) return { ok: false, failure: { kind: 'restricted', page: restricted } };
    const detail = errorDetail(error);
    if (CLOSED_PAGE.test(detail)) return { ok: false, failure: { kind: 'restricted', page: 'closed' } };
    return { ok: false, failure: { kind: 'error', detail } };
  }
}
