import { hasMoreTextThan } from '../core/clean/block-measure.js';

/** Fewer characters of text than this: an empty frame (ads are drawn into such), not a story. */
const MIN_TEXT = 200;
/** Each frame read costs a reading of its own. */
const MAX_FRAMES = 3;

/**
 * The documents of a page's frames (`<iframe>`, `<frame>`) that the page itself could read: same-origin
 * ones only, as the browser decides (a cross-origin frame's `contentDocument` is null). Largest first:
 * the story of a frameset is the big frame, not the menu beside it. Frames with hardly any text (the
 * empty same-origin frames ads are drawn into) are left out, and only the largest few are kept: each one
 * costs a reading of its own.
 */
export function frameDocuments(doc: Document): Document[] {
  const frames = Array.from(doc.querySelectorAll('iframe, frame')).map((frame) => {
    let inner: Document | null = null;
    try {
      inner = (frame as HTMLIFrameElement).contentDocument;
    } catch {
      inner = null; // some browsers throw rather than answer null for another origin
    }
    const box = frame.getBoundingClientRect();
    return { inner, area: box.width * box.height };
  });
  return frames
    .filter((frame): frame is { inner: Document; area: number } => frame.inner?.body != null && hasMoreTextThan(frame.inner.body, MIN_TEXT - 1))
    .sort((a, b) => b.area - a.area)
    .slice(0, MAX_FRAMES)
    .map((frame) => frame.inner);
}
