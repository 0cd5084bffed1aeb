import fc from 'fast-check';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { ExtractedArticle } from '../../src/core/article.js';
import { processArticle } from '../../src/core/process-article.js';
import { createSanitizer } from '../../src/core/sanitize.js';
import { extractArticle } from '../../src/extract/extract-article.js';
import { inertnessProblems } from '../support/inert.js';

const reader = new JSDOM('<!doctype html><body></body>');
const sanitize = createSanitizer(reader.window as unknown as Window);

const MARKS = ['"', "'", '“', '”', '‘', '’', '„', '‚', '«', '»', '‹', '›', '「', '」', '『', '』', '″', '＂', '′'];
const TAGS = ['p', 'div', 'span', 'em', 'strong', 'a', 'q', 'blockquote', 'h2', 'li', 'ul', 'figure', 'figcaption', 'table', 'td',
  'script', 'style', 'svg', 'math', 'iframe', 'form', 'img', 'br', 'noscript', 'template', 'object', 'base', 'meta', 'link'];
const ATTRIBUTES = ['href="javascript:alert(1)"', 'href=" jav&#x09;ascript:alert(1)"', 'href="https://example.com/x"', 'href="/relative"',
  'src="x"', 'src="data:text/html,<script>1</script>"', 'srcset="javascript:1 1x"', 'onerror="alert(1)"', 'onclick="alert(1)"',
  'style="background:url(http://x/y)"', 'id="content"', 'name="body"', 'srcdoc="<script>1</script>"', 'formaction="javascript:1"',
  'data-x=\'"><img src=x onerror=1>\'', 'lang="de"', 'dir="rtl"', 'hidden', 'aria-hidden="true"'];

const words = fc.array(fc.oneof(
  fc.constantFrom(...MARKS),
  fc.constantFrom('said', 'he', 'Putin', 'the', "don't", "6'2\"", 'Er sagte:', '« Nous »', '...', '—', '\u00a0', ' ', '\n'),
  fc.string({ maxLength: 8 }),
), { maxLength: 30 }).map((parts) => parts.join(' '));

/** Random markup: nested elements from hostile and ordinary tags, attributes and text full of marks. */
const markup: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    words,
    fc.tuple(fc.constantFrom(...TAGS), fc.array(fc.constantFrom(...ATTRIBUTES), { maxLength: 3 }), fc.array(tie('node'), { maxLength: 4 }))
      .map(([tag, attributes, children]) => `<${tag} ${attributes.join(' ')}>${children.join('')}</${tag}>`),
  ),
})).node;

function article(contentHtml: string): ExtractedArticle {
  return {
    url: 'https://fuzz.example/a', title: 'Fuzz', byline: null, siteName: null, publishedTime: null, lang: null, dir: null,
    excerpt: null, contentHtml, source: 'readability', timings: { clone: 0, prepare: 0, readability: 0 },
  };
}

/**
 * jsdom's window.close() throws on a page holding an <iframe> inside <svg> (the frame it counts has no
 * window; it happens without our pipeline too), so only that failure of jsdom's own clean-up is let pass.
 */
function closeWindow(page: JSDOM): void {
  try {
    page.window.close();
  } catch (error) {
    if (!(error instanceof TypeError) || page.window.document.querySelector('svg iframe') === null) throw error;
  }
}

describe('the whole pipeline on random input', () => {
  it('never throws and always leaves inert markup, from any article HTML', () => {
    fc.assert(fc.property(fc.oneof(markup, fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 100 })), (html) => {
      for (const images of [true, false]) {
        const processed = processArticle(article(html), sanitize, { images, highlight: ['speech', 'partial', 'title', 'scare', 'other'] });
        expect(inertnessProblems(processed.body)).toEqual([]);
        for (const quote of processed.quotes) {
          expect(quote.start <= quote.end).toBe(true);
          if (quote.start >= 0) expect(processed.text.slice(quote.start, quote.end)).toContain(quote.text.slice(0, 1));
        }
      }
    }), { numRuns: 300 });
  });

  it('never throws from any page, through Readability and back', () => {
    fc.assert(fc.property(fc.array(markup, { minLength: 1, maxLength: 6 }), (blocks) => {
      const page = new JSDOM(`<!doctype html><html><head><title>t</title></head><body><article>${blocks.join('')}</article></body></html>`,
        { url: 'https://fuzz.example/page', virtualConsole: new VirtualConsole() });
      const result = extractArticle(page.window.document);
      if ('article' in result && result.article) {
        const processed = processArticle(result.article, sanitize);
        expect(inertnessProblems(processed.body)).toEqual([]);
      }
      closeWindow(page);
    }), { numRuns: 25 });
  });

  it('takes time linear in the size of the article', () => {
    const paragraph = '<p>“We will not back down,” Ushakov said. The ‘Strong Ideas’ forum\'s guests don’t agree, he added: "never".</p>';
    const time = (copies: number): number => {
      const html = paragraph.repeat(copies);
      const started = performance.now();
      processArticle(article(html), sanitize);
      return performance.now() - started;
    };
    time(100);
    const small = Math.min(time(120), time(120));
    const large = Math.min(time(960), time(960));
    // 8× the input: linear work takes about 8× the time; quadratic work would take 64×.
    expect(large / small).toBeLessThan(24);
  });
});
