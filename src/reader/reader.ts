import { sessionStore } from '../platform/browser.js';
import { loadArticle } from '../ui/article-handoff.js';
import { showArticle } from '../ui/show-article.js';
import { showFailure } from '../ui/show-failure.js';

const content = document.getElementById('content') as HTMLElement;
const original = document.getElementById('original') as HTMLAnchorElement;

async function run(): Promise<void> {
  const article = await loadArticle(sessionStore, decodeURIComponent(location.hash.slice(1)));
  if (article === null) {
    showFailure(content, { kind: 'expired' }, () => {});
    return;
  }
  document.title = article.title ?? document.title;
  if (article.url && /^https?:/i.test(article.url)) {
    original.href = article.url;
    original.hidden = false;
  }
  showArticle(content, article);
  document.body.dataset['state'] = 'article';
}

void run().catch((error: unknown) => {
  showFailure(content, { kind: 'error', detail: error instanceof Error ? error.message : String(error) }, () => location.reload());
});
