/**
 * Whether the entry before this reader in its tab's history is the article's page. The popup shows the
 * reader in place of the page (docs/reader-tab.md), so an entry whose first load finds its article by
 * the key in its address has the page one step back. The answer is kept in the entry's history state,
 * which a reload, Back/Forward and a restored session keep; an entry reached by an in-article `#` link
 * (state null, no key in the address) has the reader, not the page, one step back.
 */
export function pageIsOneBack(history: Pick<History, 'state' | 'length' | 'replaceState'>, firstLoad: { articleFound: boolean; keyInAddress: boolean }): boolean {
  const state: unknown = history.state;
  if (typeof state === 'object' && state !== null && 'pageIsOneBack' in state) return state.pageIsOneBack === true;
  if (!firstLoad.keyInAddress) return false;
  const answer = firstLoad.articleFound && history.length > 1;
  history.replaceState({ pageIsOneBack: answer }, '');
  return answer;
}

/**
 * A plain click on the "Original page" link goes back to the page instead of loading it again: the page
 * comes back as it was left, and the reader stays one step forward. Firefox's Back button skips a page the
 * reader never clicked or typed in (browser.navigation.requireUserInteraction); a script's step back does
 * not. A click with a modifier, or another button, keeps the link's own behaviour (a new tab or window).
 */
export function goBackOnPlainClick(link: HTMLAnchorElement, history: Pick<History, 'back'>): void {
  link.addEventListener('click', (event) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    history.back();
  });
}
