import { describe, expect, it } from 'vitest';
import type { RestrictedKind } from '../../src/core/restricted-page.js';
import { errorDetail, failureMessage, type Failure } from '../../src/ui/failure-message.js';
import { englishMessages } from '../../src/ui/english-messages.js';

// One of each kind; the `satisfies` makes the compiler fail here when a kind is added without a case.
const RESTRICTED_KINDS = { closed: true, 'browser-page': true, store: true, 'view-source': true, pdf: true, file: true, reader: true, data: true } satisfies Record<RestrictedKind, true>;
const FAILURES = {
  restricted: Object.keys(RESTRICTED_KINDS).map((page) => ({ kind: 'restricted', page: page as RestrictedKind })),
  'not-article': [{ kind: 'not-article' }],
  'not-html': [{ kind: 'not-html', contentType: 'image/png' }, { kind: 'not-html', contentType: 'application/pdf' }],
  loading: [{ kind: 'loading' }],
  timeout: [{ kind: 'timeout', seconds: 15 }],
  stalled: [{ kind: 'stalled', seconds: 10 }],
  'no-tab': [{ kind: 'no-tab' }],
  expired: [{ kind: 'expired' }],
  error: [{ kind: 'error', detail: 'Readability threw TypeError' }],
} satisfies { [K in Failure['kind']]: Extract<Failure, { kind: K }>[] };
const ALL: Failure[] = Object.values(FAILURES).flat();

describe('failureMessage', () => {
  it.each(ALL.map((failure) => [JSON.stringify(failure), failure] as const))('tells %s in words', (_name, failure) => {
    const message = failureMessage(failure, englishMessages);
    expect(message.title.trim().length).toBeGreaterThan(5);
    expect(message.detail.trim().length).toBeGreaterThan(10);
    expect(message.title).not.toMatch(/undefined|null|\[object/);
    expect(message.detail).not.toMatch(/undefined|null|\[object/);
    expect([null, 'retry', 'show-anyway']).toContain(message.action);
  });

  it('gives each restricted page its own message', () => {
    const titles = FAILURES.restricted.map((failure) => failureMessage(failure, englishMessages).title);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('offers to show the page anyway when it is not an article, and a retry when it may pass', () => {
    expect(failureMessage({ kind: 'not-article' }, englishMessages).action).toBe('show-anyway');
    expect(failureMessage({ kind: 'loading' }, englishMessages).action).toBe('retry');
    expect(failureMessage({ kind: 'timeout', seconds: 15 }, englishMessages).action).toBe('retry');
    expect(failureMessage({ kind: 'restricted', page: 'store' }, englishMessages).action).toBeNull();
  });

  it('puts the specifics into the detail', () => {
    expect(failureMessage({ kind: 'timeout', seconds: 15 }, englishMessages).detail).toContain('15 seconds');
    // The popup's own preparation stalling is not blamed on the page.
    const stalled = failureMessage({ kind: 'stalled', seconds: 10 }, englishMessages);
    expect(stalled.detail).toContain('10 seconds');
    expect(stalled.detail).not.toContain('Something on the page');
    expect(failureMessage({ kind: 'not-html', contentType: 'image/png' }, englishMessages).detail).toContain('image/png');
    expect(failureMessage({ kind: 'error', detail: 'Readability threw TypeError' }, englishMessages).detail).toContain('Readability threw TypeError');
  });

  // Seen in the browser: "(The reader took more than 10 seconds to get ready.)." and "(QuotaExceededError:
  // storage.session API call exceeded its quota limitations.). It is still here."
  it('puts a technical message into its parentheses without its own full stop', () => {
    const detail = failureMessage({ kind: 'error', detail: errorDetail(new Error('The reader took too long.')) }, englishMessages).detail;
    expect(detail).toContain('(The reader took too long)');
    expect(errorDetail(new Error('QuotaExceededError: storage.session API call exceeded its quota limitations. '))).toBe(
      'QuotaExceededError: storage.session API call exceeded its quota limitations');
    expect(errorDetail('Tab 12 closed')).toBe('Tab 12 closed');
    expect(errorDetail(new Error('Wait...'))).toBe('Wait...');
  });

  it('treats a PDF shown as a document like a PDF page', () => {
    expect(failureMessage({ kind: 'not-html', contentType: 'application/pdf' }, englishMessages)).toEqual(failureMessage({ kind: 'restricted', page: 'pdf' }, englishMessages));
  });
});
