/** A toolbar button that opens and closes a panel, with the ARIA state a screen reader announces. */
export function toolbarToggle(doc: Document, label: string, text: string, panel: HTMLElement): HTMLButtonElement {
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'ql-button';
  button.textContent = text;
  button.setAttribute('aria-label', label);
  button.title = label;
  button.setAttribute('aria-expanded', 'false');
  if (panel.id) button.setAttribute('aria-controls', panel.id);
  panel.hidden = true;
  button.addEventListener('click', () => {
    const open = panel.hidden;
    panel.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    if (open) panel.querySelector<HTMLElement>('input, select, button, [tabindex="0"]')?.focus();
  });
  return button;
}
