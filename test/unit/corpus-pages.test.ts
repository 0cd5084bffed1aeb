import { JSDOM } from 'jsdom';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { reportPage } from '../../src/cli/page-report.js';
import { createSanitizer } from '../../src/core/sanitize.js';

/**
 * Every page of Readability's corpus goes through the whole pipeline (src/cli/page-report.ts) without a
 * crash: an article, or a reason there is none. How long each page takes is measured by `npm run bench`
 * in real Chromium (the slowest page against its 1 s budget), not here.
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = path.join(path.resolve(repoRoot, '../shared'), 'corpus/readability');

describe.skipIf(!existsSync(corpus))('the Readability corpus, page by page', () => {
  it('reads every page without a crash', () => {
    const sanitize = createSanitizer(new JSDOM('').window as unknown as Window);
    const slugs = readdirSync(corpus, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
    expect(slugs.length).toBeGreaterThan(100);
    const crashed = slugs.flatMap((slug) => {
      const html = readFileSync(path.join(corpus, slug, 'source.html'), 'utf8');
      const report = reportPage(slug, html, 'http://fakehost/test/page.html', { sanitize });
      return report.error?.startsWith('The page could not be processed') ? [`${slug}: ${report.error}`] : [];
    });
    expect(crashed).toEqual([]);
  }, 600_000);
});
