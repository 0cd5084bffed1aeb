/**
 * The documents of a page's frames (`<iframe>`, `<frame>`) that the page itself could read: same-origin
 * ones only, as the browser decides (a cross-origin frame's `contentDocument` is null). Largest first:
 * the story of a frameset is the big frame, not the menu beside it.
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
    .filter((frame): frame is { inner: Document; area: number } => frame.inner !== null && frame.inner.documentElement !== null)
    .sort((a, b) => b.area - a.area)
    .map((frame) => frame.inner);
}
