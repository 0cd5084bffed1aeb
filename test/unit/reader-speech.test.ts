import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { annotateSpeakers } from '../../src/ui/features/annotate-speakers.js';
import { quotationScript, sentenceScript } from '../../src/ui/features/speech-script.js';

function body(html: string): HTMLElement {
  const dom = new JSDOM(`<!doctype html><body><article><div class="ql-body">${html}</div></article></body>`);
  return dom.window.document.querySelector('.ql-body') as HTMLElement;
}

// Marks as the quote engine writes them (core/quotes/mark-quotes.ts): one quotation may span marks.
const ARTICLE = `
  <h2>Flood <em>warning</em></h2>
  <p>The river rose overnight. <mark data-quote="q1" data-speaker="Mayor Lin" title="Mayor Lin">“We will rebuild,”</mark> the mayor said.</p>
  <blockquote><p><mark data-quote="q2" data-speaker="Ana Ruiz">“The water came fast.</mark></p><p><mark data-quote="q2" data-speaker="Ana Ruiz">We ran.”</mark></p></blockquote>
  <p>Officials called it a <mark data-quote="q3">“rare”</mark> event. Nobody was hurt.</p>
  <figure><img src="x.png" alt=""><figcaption>—</figcaption></figure>`;

describe('sentenceScript', () => {
  it('reads the article sentence by sentence, in order, headings included', () => {
    const items = sentenceScript(body(ARTICLE), 'en');
    expect(items.map((item) => item.text)).toEqual([
      'Flood warning',
      'The river rose overnight.',
      '“We will rebuild,” the mayor said.',
      '“The water came fast.',
      'We ran.”',
      'Officials called it a “rare” event.',
      'Nobody was hurt.',
    ]);
  });

  it('gives ranges that cover exactly the words spoken, across inline elements', () => {
    for (const item of sentenceScript(body(ARTICLE), 'en')) {
      expect(item.ranges.map((range) => range.toString()).join('').replace(/\s+/g, ' ').trim()).toBe(item.text);
      expect(item.elements).toHaveLength(1);
    }
  });

  it('never reads the screen-reader-only speaker notes aloud', () => {
    const root = body(ARTICLE);
    expect(annotateSpeakers(root, (speaker) => `(quote: ${speaker})`)).toBe(2);
    const spoken = sentenceScript(root, 'en').map((item) => item.text).join(' ');
    expect(spoken).not.toContain('quote:');
    expect(spoken).toContain('“We will rebuild,” the mayor said.');
  });
});

describe('quotationScript', () => {
  it('reads each highlighted quotation once, its marks joined, in order of appearance', () => {
    const items = quotationScript(body(ARTICLE));
    expect(items.map((item) => item.text)).toEqual(['“We will rebuild,”', '“The water came fast. We ran.”', '“rare”']);
    expect(items[1]?.elements).toHaveLength(2);
    expect(items[1]?.ranges.map((range) => range.toString())).toEqual(['“The water came fast.', 'We ran.”']);
  });

  it('has nothing to read in an article without quotations', () => {
    expect(quotationScript(body('<p>No quotes here.</p>'))).toEqual([]);
  });
});

describe('annotateSpeakers', () => {
  it('puts one note after the last mark of each attributed quotation', () => {
    const root = body(ARTICLE);
    annotateSpeakers(root, (speaker) => `(quote: ${speaker})`);
    const notes = [...root.querySelectorAll('.ql-quote-speaker')];
    expect(notes.map((note) => note.textContent)).toEqual([' (quote: Mayor Lin)', ' (quote: Ana Ruiz)']);
    expect(notes[1]?.previousElementSibling?.textContent).toBe('We ran.”');
    expect(notes.every((note) => note.classList.contains('ql-visually-hidden'))).toBe(true);
    // The reader hears the note right after the quotation, as part of the paragraph's text.
    expect(root.querySelector('p')?.textContent).toBe('The river rose overnight. “We will rebuild,” (quote: Mayor Lin) the mayor said.');
  });

  it('does not pile up notes when a render is annotated twice', () => {
    const root = body(ARTICLE);
    annotateSpeakers(root, (speaker) => speaker);
    annotateSpeakers(root, (speaker) => speaker);
    expect(root.querySelectorAll('.ql-quote-speaker')).toHaveLength(2);
  });
});
