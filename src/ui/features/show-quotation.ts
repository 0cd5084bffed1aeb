/** Room kept under a quotation for the speaker tip shown below it when it takes the focus (quote-panel.ts). */
const TIP_ROOM = 40;
const FLASH_MS = 1200;

/**
 * How far down the view is covered by what sticks to its top: the toolbar and any panel open under it.
 * Read from each one's `top` and height rather than its box, which is lower while it has not stuck yet.
 */
function coveredHeight(doc: Document): number {
  const win = doc.defaultView;
  if (!win) return 0;
  let covered = 0;
  for (const element of doc.querySelectorAll<HTMLElement>('.ql-toolbar, .ql-panel')) {
    const style = win.getComputedStyle(element);
    if (style.position !== 'sticky' || element.getClientRects().length === 0) continue;
    covered = Math.max(covered, (Number.parseFloat(style.top) || 0) + element.getBoundingClientRect().height);
  }
  return covered;
}

/**
 * Scrolls the quotation into the middle of the part of the view nothing covers, with room under it for
 * its speaker tip. Centring on the whole view put it under the sticky panels, or its tip past the edge.
 */
function scrollIntoFreeView(doc: Document, marks: readonly HTMLElement[]): void {
  const win = doc.defaultView;
  const boxes = marks.flatMap((mark) => Array.from(mark.getClientRects()));
  if (!win || boxes.length === 0) return;
  const top = Math.min(...boxes.map((box) => box.top));
  const bottom = Math.max(...boxes.map((box) => box.bottom));
  const covered = coveredHeight(doc);
  const room = doc.documentElement.clientHeight - covered - TIP_ROOM;
  const wanted = covered + Math.max(8, (room - (bottom - top)) / 2);
  const reduced = win.matchMedia('(prefers-reduced-motion: reduce)').matches;
  win.scrollBy({ top: top - wanted, behavior: reduced ? 'auto' : 'smooth' });
}

/**
 * Takes the reader to a quotation (one or more marks): into view, focused (which shows its speaker),
 * and every part of it flashed. For the quote panel's list and for the j and k keys alike.
 */
export function showQuotation(doc: Document, marks: readonly HTMLElement[]): void {
  const [first] = marks;
  if (!first) return;
  scrollIntoFreeView(doc, marks);
  // Marks are not focusable by themselves; -1 lets a script focus them without adding Tab stops.
  if (!first.hasAttribute('tabindex')) first.tabIndex = -1;
  first.focus({ preventScroll: true });
  for (const mark of marks) {
    mark.classList.remove('ql-flash');
    void mark.offsetWidth; // Restarts the flash on a quotation visited twice.
    mark.classList.add('ql-flash');
    doc.defaultView?.setTimeout(() => mark.classList.remove('ql-flash'), FLASH_MS);
  }
}
