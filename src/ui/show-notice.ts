/**
 * A one-line notice under the toolbar ("Couldn't open the article in a tab…"), announced to screen
 * readers, that leaves the article on screen: for failures that do not take the article away. A newer
 * notice replaces an older one.
 */
export function showNotice(doc: Document, text: string): HTMLElement {
  doc.querySelector('.ql-notice')?.remove();
  const notice = doc.createElement('p');
  notice.className = 'ql-notice';
  notice.setAttribute('role', 'alert');
  notice.textContent = text;
  const header = doc.querySelector('header');
  if (header) header.after(notice);
  else doc.body.prepend(notice);
  return notice;
}
