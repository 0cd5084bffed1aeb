import type { ExtractedArticle } from '../core/article.js';
import { sessionStore, showExtensionPageInTab } from '../platform/browser.js';
import { saveArticle } from '../ui/article-handoff.js';
import { t } from '../ui/i18n.js';
import { showNotice } from '../ui/show-notice.js';
import { errorDetail, type Failure } from '../ui/failure-message.js';
import { loadLanguages } from '../ui/load-languages.js';
import { readerAddress } from '../ui/reader-address.js';
import { showFailure } from '../ui/show-failure.js';
import { POPUP_FEATURES } from '../ui/features/index.js';
import { startReader } from '../ui/start-reader.js';
import { stageTimings } from '../ui/stage-timings.js';
import { TimeoutError, withTimeout } from '../ui/with-timeout.js';
import { readActiveTab } from './read-active-tab.js';
import { PROCESSING_TIMEOUT_MS } from './time-limits.js';


const content = document.getElementById('content') as HTMLElement;
const openInTab = document.getElementById('open-tab') as HTMLButtonElement;
const viewReady = startReader('popup', POPUP_FEATURES);
/** The tab whose page the popup read: "Open in tab" shows the reader there, in place of the page. */
let articleTab: number | null = null;
/** The pipeline's warm-up while the page works (ui/warm-up.ts): its time, for the benchmark. */
let warmUpMs: number | null = null;

function warmUpWhileWaiting(): void {
  // Only an optimisation: a failure here shows in the real article's run, not here.
  void viewReady.then((view) => { warmUpMs = view.warmUp(); }).catch(() => {});
}

async function show(article: ExtractedArticle): Promise<void> {
  const ready = withTimeout(Promise.all([viewReady, loadLanguages(article.lang)]), PROCESSING_TIMEOUT_MS);
  const [view, language] = await ready;
  const started = performance.now();
  view.show(article, language);
  const shown = performance.now() - started;
  openInTab.hidden = false;
  // The frame after the next one has the article on screen: the benchmark reads this mark and the time
  // each stage took, in the page and here. Only measuring: it never replaces the article with an error.
  try {
    const detail = view.rendered ? stageTimings(view.rendered, shown, warmUpMs) : null;
    requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('quotelight:article-painted', { detail })));
  } catch {
    // A benchmark's mark missing is the benchmark's problem, never the reader's.
  }
}

async function run(): Promise<void> {
  document.body.dataset['state'] = 'reading';
  const reading = await readActiveTab(warmUpWhileWaiting);
  if (!reading.ok) return fail(reading.failure);
  const { result } = reading;
  articleTab = reading.tabId;
  switch (result.status) {
    case 'article':
      return show(result.article);
    case 'not-article': {
      const fallback = result.article;
      document.body.dataset['state'] = 'failure';
      return showFailure(content, { kind: 'not-article' }, () => {
        if (fallback) void show({ ...fallback, shownAnyway: true }).catch(report);
        else fail({ kind: 'error', detail: 'the page has no text' });
      });
    }
    case 'not-html':
      return fail({ kind: 'not-html', contentType: result.contentType });
    case 'loading':
      return fail({ kind: 'loading' });
    case 'error':
      return fail({ kind: 'error', detail: result.message });
    default: {
      // parseExtractionResult lets no other status through; should one appear, say so, never wait for ever.
      const { status } = result as { status?: unknown };
      return fail({ kind: 'error', detail: `unknown answer from the page (${typeof status === 'string' ? status : typeof status})` });
    }
  }
}

function fail(failure: Failure): void {
  document.body.dataset['state'] = 'failure';
  showFailure(content, failure, () => void run().catch(report));
}

function report(error: unknown): void {
  // The page answered; our own preparation did not finish: say so, not "something on the page".
  if (error instanceof TimeoutError) fail({ kind: 'stalled', seconds: PROCESSING_TIMEOUT_MS / 1000 });
  else fail({ kind: 'error', detail: errorDetail(error) });
}

// The reader replaces the page in its own tab, so Back returns to the page (docs/reader-tab.md).
openInTab.addEventListener('click', () => {
  void viewReady
    .then((view) => {
      const tabId = articleTab;
      if (view.rendered === null || tabId === null) return;
      return saveArticle(sessionStore, view.rendered.article)
        .then((key) => showExtensionPageInTab(tabId, readerAddress(key, view.rendered?.article.url ?? null)))
        .then(() => window.close());
    })
    // The article stays on screen: the reader is told the tab did not open, not shown an error instead.
    .catch((error: unknown) => showNotice(document, t('openTabFailed', [errorDetail(error)])));
});

void run().catch(report);
