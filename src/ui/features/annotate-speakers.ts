/**
 * Each highlighted quotation announced with its speaker. A `mark` is inline text, and a screen reader
 * reads its `title` only now and then, so after the last mark of each quotation comes a visually
 * hidden " (quote: Speaker)" that every screen reader reads in line. Read aloud skips it
 * (data-ql-not-spoken) and copying leaves it out (user-select: none in a11y.css).
 */
export function annotateSpeakers(body: Element, label: (speaker: string) => string): number {
  const doc = body.ownerDocument;
  for (const old of body.querySelectorAll('.ql-quote-speaker')) old.remove();
  const lastMark = new Map<string, HTMLElement>();
  for (const mark of body.querySelectorAll<HTMLElement>('mark[data-quote]')) {
    lastMark.set(mark.dataset['quote'] as string, mark);
  }
  let count = 0;
  for (const mark of lastMark.values()) {
    const speaker = mark.dataset['speaker']?.trim();
    if (!speaker) continue;
    const note = doc.createElement('span');
    note.className = 'ql-quote-speaker ql-visually-hidden';
    note.dataset['qlNotSpoken'] = '';
    note.textContent = ` ${label(speaker)}`;
    mark.after(note);
    count += 1;
  }
  return count;
}
