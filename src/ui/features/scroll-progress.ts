/** How far through the page the reader is, 0 to 100; a page that does not scroll is read in full. */
export function scrollProgress(scrollTop: number, scrollHeight: number, clientHeight: number): number {
  const scrollable = scrollHeight - clientHeight;
  if (scrollable <= 0) return 100;
  return Math.round(Math.min(1, Math.max(0, scrollTop / scrollable)) * 100);
}
