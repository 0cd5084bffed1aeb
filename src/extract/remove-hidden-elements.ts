import { indexPage, type PageIndex } from './page-index.js';

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important)?\s*(?:;|$)/i;

function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  // Readability's own exception: some sites mark the real image aria-hidden and show a fallback.
  if (element.getAttribute('aria-hidden') === 'true' && !element.classList.contains('fallback-image')) return true;
  return HIDDEN_STYLE.test(element.getAttribute('style') ?? '');
}

/**
 * Removes what the page hides from every reader: off-screen menus, cookie dialogs not yet shown,
 * screen-reader-hidden duplicates. Inline markup only; a stylesheet's rules are not computed on a clone.
 */
export function removeHiddenElements(doc: Document, keep: (element: Element) => boolean, index: PageIndex = indexPage(doc)): void {
  const body = doc.body;
  if (body === null) return;
  const candidates = new Set((['hidden', 'aria-hidden', 'style'] as const).flatMap((name) => index.withAttribute(name)));
  for (const element of candidates) {
    // isHidden compares the values: a selector on `aria-hidden="true"` costs jsdom a scan of its own.
    if (!isHidden(element) || !body.contains(element) || keep(element)) continue;
    element.remove();
  }
}
