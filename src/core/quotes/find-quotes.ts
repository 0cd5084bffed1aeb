import type { QuoteKind } from '../article.js';
import type { TextBlock } from '../text-blocks.js';

/** A quotation found in the article's blocks. */
export interface FoundQuote {
  /** Offsets in the article text (see text-blocks.ts), marks included; -1 for the headline. */
  start: number;
  end: number;
  text: string;
  kind: QuoteKind;
  speaker: string | null;
  /** Parts of one quotation interrupted by its attribution share a group. */
  group: number;
}

export interface QuoteContext {
  title: string | null;
  lang: string | null;
}

/** The quote engine lands with issue 3; until then the pipeline reports no quotations. */
export function findQuotes(_blocks: readonly TextBlock[], _context: QuoteContext): FoundQuote[] {
  return [];
}
