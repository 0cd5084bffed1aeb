/** A highlighted quotation as the reader sees it: one or more `<mark>` elements sharing an id. */
export interface MarkedQuote {
  id: string;
  marks: HTMLElement[];
  /** The quoted words without their enclosing marks. */
  text: string;
  speaker: string | null;
  kind: string;
}

const ENCLOSING_MARKS = /^[\s"'“”‘’„‚«»‹›「」『』″＂]+|[\s"'“”‘’„‚«»‹›「」『』″＂]+$/g;

/** The highlighted quotations in `root`, in reading order, read back from their marks. */
export function markedQuotes(root: ParentNode): MarkedQuote[] {
  const byId = new Map<string, MarkedQuote>();
  for (const mark of Array.from(root.querySelectorAll<HTMLElement>('mark[data-quote]'))) {
    const id = mark.dataset['quote'] as string;
    const quote = byId.get(id);
    if (quote) {
      quote.marks.push(mark);
      continue;
    }
    byId.set(id, { id, marks: [mark], text: '', speaker: mark.dataset['speaker'] ?? null, kind: mark.dataset['kind'] ?? 'speech' });
  }
  for (const quote of byId.values()) {
    quote.text = quote.marks.map((mark) => mark.textContent ?? '').join('').replace(/\s+/g, ' ').replace(ENCLOSING_MARKS, '');
  }
  return [...byId.values()];
}
