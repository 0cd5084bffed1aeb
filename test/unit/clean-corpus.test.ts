import { JSDOM, VirtualConsole } from 'jsdom';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cleanArticle, cleanLabelled } from '../../src/core/clean/clean-article.js';
import { createSanitizer } from '../../src/core/sanitize.js';
import { blocksToText, textBlocks } from '../../src/core/text-blocks.js';
import { extractArticle } from '../../src/extract/extract-article.js';
import { shingleScore } from '../ground-truth/shingle-score.js';
import REMOVED_CLUTTER from '../ground-truth/readability-corpus-clutter.json';

/**
 * On Readability's own test pages, our pipeline (prepare → Readability → clean by labels → sanitize → clean) keeps the text
 * Readability keeps: the shingle recall of our text against the text of expected.html. Blocks we remove
 * on purpose (teasers, comments, newsletter boxes…) are listed, page by page, in
 * test/ground-truth/readability-corpus-clutter.json and do not count as lost.
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = path.join(path.resolve(repoRoot, '../shared'), 'corpus/readability');
const clutter = REMOVED_CLUTTER as Record<string, string[]>;
const MIN_MEAN_KEPT = 0.99;
const MIN_PAGE_KEPT = 0.98;

async function pageScores(): Promise<{ slug: string; kept: number; missing: string[] }[]> {
  const sanitize = createSanitizer(new JSDOM('').window as unknown as Window);
  const quiet = new VirtualConsole(); // the pages' broken stylesheets are not our concern
  const slugs = readdirSync(corpus, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const scores: { slug: string; kept: number; missing: string[] }[] = [];
  for (const slug of slugs) {
    const html = readFileSync(path.join(corpus, slug, 'source.html'), 'utf8');
    // One JSDOM per page: the expected text is parsed into a template of the same document.
    const dom = new JSDOM(html, { url: 'http://fakehost/test/page.html', virtualConsole: quiet });
    const doc = dom.window.document;
    // The extension reads loaded pages; a parsed-but-not-loaded body of bare text would read as "loading".
    if (doc.readyState !== 'complete') await new Promise((resolve) => dom.window.addEventListener('load', resolve));
    const template = doc.createElement('template');
    template.innerHTML = readFileSync(path.join(corpus, slug, 'expected.html'), 'utf8');
    const expectedBlocks = textBlocks(template.content).map((block) => block.text);
    const removed = new Set(clutter[slug] ?? []);
    const reference = expectedBlocks.filter((text) => !removed.has(text)).join('\n\n');
    const result = extractArticle(doc, { url: 'http://fakehost/test/page.html' });
    const article = result.status === 'article' || result.status === 'not-article' ? result.article : null;
    // The pipeline up to the text, without the quote engine: what is measured here is what we keep.
    let text = '';
    if (article !== null) {
      const body = sanitize(article.contentHtml, { images: true, beforeSanitize: cleanLabelled });
      cleanArticle(body, { title: article.title, byline: article.byline, excerpt: article.excerpt });
      text = blocksToText(textBlocks(body));
    }
    dom.window.close();
    const kept = shingleScore(reference, text).recall;
    const missing = kept < 1 ? expectedBlocks.filter((block) => !removed.has(block) && !text.includes(block)) : [];
    scores.push({ slug, kept, missing });
  }
  return scores;
}

describe.skipIf(!existsSync(corpus))('the Readability corpus', () => {
  it(`keeps what Readability keeps: ≥ ${MIN_MEAN_KEPT * 100}% on average, ≥ ${MIN_PAGE_KEPT * 100}% on every page`, async () => {
    const scores = await pageScores();
    const mean = scores.reduce((sum, s) => sum + s.kept, 0) / scores.length;
    const losers = scores.filter((s) => s.kept < MIN_PAGE_KEPT);
    if (process.env.CLEAN_CORPUS_REPORT) {
      for (const s of scores.filter((x) => x.missing.length > 0)) console.log(JSON.stringify(s));
      console.log(`mean kept ${mean}`);
    }
    expect(losers.map((s) => `${s.slug}: ${(s.kept * 100).toFixed(1)}% kept, lost ${JSON.stringify(s.missing)}`)).toEqual([]);
    expect(mean).toBeGreaterThanOrEqual(MIN_MEAN_KEPT);
  }, 600_000);
});

if (!existsSync(corpus)) console.warn(`clean-corpus: ${corpus} is absent; the Readability corpus test is skipped.`);
