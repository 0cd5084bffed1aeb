import type { Quote } from '../core/article.js';
import { markQuotes, type MarkableQuote } from '../core/quotes/mark-quotes.js';
import { textBlocks } from '../core/text-blocks.js';

/** Marks that may enclose a headline quotation's words. */
const ENCLOSING = /["'“”‘’„‚«»‹›「」『』]/;

/**
 * Highlights the headline's own quotations (start -1 in the article's quotes) in the rendered title,
 * with the same marks as the body, so the reader sees the speaker there too.
 */
export function markHeadline(title: HTMLElement, quotes: readonly Quote[]): void {
  const [block] = textBlocks(title);
  if (block === undefined) return;
  const found: MarkableQuote[] = [];
  for (const quote of quotes) {
    if (quote.start !== -1 || !quote.highlighted || quote.text === '') continue;
    const at = block.text.indexOf(quote.text);
    if (at < 0) continue;
    const start = at > 0 && ENCLOSING.test(block.text[at - 1] as string) ? at - 1 : at;
    const after = at + quote.text.length;
    const end = ENCLOSING.test(block.text[after] ?? '') ? after + 1 : after;
    found.push({ start, end, kind: quote.kind, speaker: quote.speaker, group: -1 });
  }
  markQuotes([block], found, 'headline-quote-');
}
