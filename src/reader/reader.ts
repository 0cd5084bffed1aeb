import { sessionStore } from '../platform/browser.js';
import { articleKeyOf, loadArticle } from '../ui/article-handoff.js';
import { loadLanguages } from '../ui/load-languages.js';
import { goBackOnPlainClick, pageIsOneBack } from '../ui/page-one-back.js';
import { articleAddressOf } from '../ui/reader-address.js';
import { errorDetail } from '../ui/failure-message.js';
import { showFailure } from '../ui/show-failure.js';
import { TAB_FEATURES } from '../ui/features/tab-features.js';
import { startReader } from '../ui/start-reader.js';

const content = document.getElementById('content') as HTMLElement;
const original = document.getElementById('original') as HTMLAnchorElement;

function showOriginal(url: string | null): void {
  if (!url || !/^https?:/i.test(url)) return;
  original.href = url;
  original.hidden = false;
}

/** This tab's own sessionStorage, where it remembers its article's key; null where storage is refused. */
function tabMemory(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

async function run(): Promise<void> {
  const key = articleKeyOf(location.hash, tabMemory(), location.search);
  const [view, article] = await Promise.all([startReader('tab', TAB_FEATURES), loadArticle(sessionStore, key)]);
  // The address the tab was opened with names the article's page: kept when the article is not.
  showOriginal(article?.url ?? articleAddressOf(location.search));
  if (pageIsOneBack(history, { articleFound: article !== null, keyInAddress: articleKeyOf(location.hash, null) === key })) {
    goBackOnPlainClick(original, history);
  }
  if (article === null) {
    document.body.dataset['state'] = 'failure';
    showFailure(content, { kind: 'expired' }, () => {});
    return;
  }
  document.title = article.title ?? document.title;
  view.show(article, await loadLanguages(article.lang));
}

void run().catch((error: unknown) => {
  document.body.dataset['state'] = 'failure';
  showFailure(content, { kind: 'error', detail: errorDetail(error) }, () => location.reload());
});
