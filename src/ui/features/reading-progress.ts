import type { ReaderFeature } from '../reader-view.js';
import { scrollProgress } from './scroll-progress.js';

/** A thin bar under the tab's toolbar that fills as the reader scrolls. */
export const readingProgress: ReaderFeature = {
  surfaces: ['tab'],
  stage: 'controls',
  mount(view): void {
    const { t } = view.platform;
    const doc = view.doc;
    const win = doc.defaultView;
    const header = view.toolbar.closest('header');
    if (!win || !header) return;
    const bar = doc.createElement('div');
    bar.className = 'ql-progress';
    bar.setAttribute('role', 'progressbar');
    bar.setAttribute('aria-label', t('progressLabel'));
    bar.setAttribute('aria-valuemin', '0');
    bar.setAttribute('aria-valuemax', '100');
    const fill = doc.createElement('div');
    fill.className = 'ql-progress-fill';
    bar.append(fill);
    bar.hidden = true;
    header.append(bar);

    let scheduled = false;
    const update = (): void => {
      scheduled = false;
      const scroller = doc.scrollingElement ?? doc.documentElement;
      const value = scrollProgress(scroller.scrollTop, scroller.scrollHeight, scroller.clientHeight);
      if (bar.getAttribute('aria-valuenow') === String(value)) return;
      bar.setAttribute('aria-valuenow', String(value));
      fill.style.transform = `scaleX(${value / 100})`;
    };
    // Scroll events come faster than frames: one update per frame is all the eye can see.
    const schedule = (): void => {
      if (scheduled) return;
      scheduled = true;
      win.requestAnimationFrame(update);
    };
    win.addEventListener('scroll', schedule, { passive: true });
    win.addEventListener('resize', schedule);
    view.onRender(() => {
      bar.hidden = false;
      schedule();
    });
    view.onSettings(schedule);
  },
};
