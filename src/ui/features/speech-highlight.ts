import type { SpeechItem } from './speech-script.js';

const NAME = 'ql-speaking';
const CLASS = 'ql-speaking';

/**
 * Shows which words are being read: the exact sentence through the CSS Custom Highlight API (no DOM
 * change at all), or, where a browser lacks it, a class on the sentence's block or the quote's marks.
 */
export function createSpeechHighlight(doc: Document): { show(item: SpeechItem): void; clear(): void } {
  const win = doc.defaultView;
  const registry = win && 'CSS' in win && 'highlights' in win.CSS ? win.CSS.highlights : null;
  const HighlightClass = win && 'Highlight' in win ? win.Highlight : null;
  let marked: Element[] = [];
  const clear = (): void => {
    registry?.delete(NAME);
    for (const element of marked) element.classList.remove(CLASS);
    marked = [];
  };
  return {
    show(item: SpeechItem): void {
      clear();
      if (registry && HighlightClass) registry.set(NAME, new HighlightClass(...item.ranges));
      else {
        marked = item.elements;
        for (const element of marked) element.classList.add(CLASS);
      }
      keepInView(doc, item);
    },
    clear,
  };
}

/** Scrolls the sentence into view when reading has moved past the screen, and only then. */
function keepInView(doc: Document, item: SpeechItem): void {
  const first = item.ranges[0];
  const win = doc.defaultView;
  if (!first || !win) return;
  const box = first.getBoundingClientRect();
  const toolbar = doc.querySelector('.ql-toolbar')?.getBoundingClientRect().bottom ?? 0;
  if (box.top >= toolbar && box.bottom <= win.innerHeight) return;
  const reduced = win.matchMedia('(prefers-reduced-motion: reduce)').matches;
  (item.elements[0] ?? first.startContainer.parentElement)?.scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
}
