import type { ExtractedArticle } from '../core/article.js';
import { openExtensionPage, sessionStore } from '../platform/browser.js';
import { saveArticle } from '../ui/article-handoff.js';
import { showArticle } from '../ui/show-article.js';
import { showFailure } from '../ui/show-failure.js';
import { readActiveTab } from './read-active-tab.js';

const content = document.getElementById('content') as HTMLElement;
const openInTab = document.getElementById('open-tab') as HTMLButtonElement;
let current: ExtractedArticle | null = null;

function show(article: ExtractedArticle): void {
  current = article;
  showArticle(content, article);
  openInTab.hidden = false;
  document.body.dataset['state'] = 'article';
}

async function run(): Promise<void> {
  document.body.dataset['state'] = 'reading';
  const reading = await readActiveTab();
  if (!reading.ok) return fail(reading.failure);
  const { result } = reading;
  switch (result.status) {
    case 'article':
      return show(result.article);
    case 'not-article': {
      const fallback = result.article;
      return showFailure(content, { kind: 'not-article' }, () => {
        if (fallback) show(fallback);
        else fail({ kind: 'error', detail: 'the page has no text' });
      });
    }
    case 'not-html':
      return fail({ kind: 'not-html', contentType: result.contentType });
    case 'loading':
      return fail({ kind: 'loading' });
    case 'error':
      return fail({ kind: 'error', detail: result.message });
  }
}

function fail(failure: Parameters<typeof showFailure>[1]): void {
  document.body.dataset['state'] = 'failure';
  showFailure(content, failure, () => void run().catch(report));
}

function report(error: unknown): void {
  fail({ kind: 'error', detail: error instanceof Error ? error.message : String(error) });
}

openInTab.addEventListener('click', () => {
  if (current === null) return;
  void saveArticle(sessionStore, current)
    .then((key) => openExtensionPage(`reader.html#${encodeURIComponent(key)}`))
    .then(() => window.close())
    .catch(report);
});

void run().catch(report);
