import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { reportPage } from '../../src/cli/page-report.js';
import { createSanitizer } from '../../src/core/sanitize.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const file = path.join(root, 'test/fixtures/news-example/source.html');
const html = readFileSync(file, 'utf8');
const sanitize = createSanitizer(new JSDOM('').window as unknown as Window);
const report = reportPage(file, html, 'https://www.business-standard.com/world-news/putin-trump-call.html', { sanitize });

/** The story's own paragraphs, read from the page: every one but the call to action must survive. */
function storyParagraphs(): string[] {
  const doc = new JSDOM(html).window.document;
  return Array.from(doc.querySelectorAll('.story-content > p'))
    .map((p) => {
      p.querySelector('.also-read')?.remove();
      return (p.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
    })
    .filter((text) => text !== '');
}

describe('the user\'s example page', () => {
  it.each(['ALSO READ', 'China to EU', 'Telegram', 'First Published', 'Listen to This Article', 'Advertisement', 'Topics', 'Explore News', 'Most Read'])(
    'has no "%s" in the article text',
    (clutter) => {
      expect(report.ok).toBe(true);
      expect(report.text).not.toContain(clutter);
    },
  );

  it('keeps every paragraph of the story, the agency credit included', () => {
    const paragraphs = storyParagraphs();
    expect(paragraphs.length).toBeGreaterThan(15);
    for (const paragraph of paragraphs) expect(report.text).toContain(paragraph);
    expect(report.text).toContain('[With agency inputs]');
  });

  it('ends the teaser paragraph with its own last sentence', () => {
    expect(report.text).toContain('about the development.\n\n“I hope that maybe tomorrow');
  });
});
