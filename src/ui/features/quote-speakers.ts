import type { ReaderFeature } from '../reader-view.js';
import { annotateSpeakers } from './annotate-speakers.js';

/** Each highlighted quotation announced with its speaker, on every render (annotate-speakers.ts). */
export const quoteSpeakers: ReaderFeature = {
  surfaces: ['popup', 'tab'],
  stage: 'controls',
  mount(view): void {
    const { t } = view.platform;
    view.onRender((rendered) => {
      annotateSpeakers(rendered.element, (speaker) => t('quoteBy', [speaker]));
    });
  },
};
