/**
 * An image that cannot load (its host is gone, or blocks other sites' readers) leaves no empty box:
 * the sanitized image keeps its width and height so the text does not jump while it loads, which left
 * a picture-sized gap for good when it failed. Error events do not bubble: caught on the way down.
 */
export function hideBrokenImages(root: HTMLElement): void {
  root.addEventListener('error', (event) => {
    const target = event.target as Element | null;
    if (target?.tagName === 'IMG') (target as HTMLImageElement).hidden = true;
  }, { capture: true });
}
