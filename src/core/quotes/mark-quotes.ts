import type { TextBlock } from '../text-blocks.js';
import type { FoundQuote } from './find-quotes.js';

/** Quotations are highlighted by the quote engine (issue 3); nothing to mark until it lands. */
export function markQuotes(_blocks: readonly TextBlock[], _quotes: readonly FoundQuote[]): void {}
