import type { ReaderFeature } from '../reader-view.js';

/**
 * The toolbar's panels (settings, read aloud…) all stick under the toolbar in the same place: opening
 * one closes the others, through their own buttons so every aria-expanded stays true to the screen.
 */
export const onePanelAtATime: ReaderFeature = {
  surfaces: ['popup', 'tab'],
  stage: 'after-controls',
  mount(view): void {
    const doc = view.doc;
    // Bubbling: the clicked button's own handler has opened its panel by the time this runs.
    view.toolbar.addEventListener('click', (event) => {
      const opened = (event.target as Element | null)?.closest<HTMLElement>('[aria-controls][aria-expanded="true"]');
      if (!opened || !isTopPanel(doc, opened)) return;
      for (const other of view.toolbar.querySelectorAll<HTMLElement>('[aria-controls][aria-expanded="true"]')) {
        if (other !== opened && isTopPanel(doc, other)) other.click();
      }
    });
  },
};

function isTopPanel(doc: Document, button: HTMLElement): boolean {
  const id = button.getAttribute('aria-controls');
  return id !== null && doc.getElementById(id)?.classList.contains('ql-panel') === true;
}
