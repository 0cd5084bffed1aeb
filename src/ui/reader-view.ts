import type { ExtractedArticle } from '../core/article.js';
import { processArticle, type ProcessedArticle } from '../core/process-article.js';
import type { Sanitizer } from '../core/sanitize.js';
import type { Settings } from '../core/settings.js';
import { applySettings } from './apply-settings.js';
import { featuresFor, type FeatureDeclaration, type Surface } from './features/feature-order.js';
import { hideBrokenImages } from './hide-broken-images.js';
import type { LanguageData } from './load-languages.js';
import type { ReaderPlatform } from './reader-platform.js';
import { renderArticle } from './render-article.js';
import { warmUp } from './warm-up.js';

export type { Surface } from './features/feature-order.js';

export interface RenderedArticle {
  article: ExtractedArticle;
  processed: ProcessedArticle;
  /** Its language's quote lexicon and clean-up phrases as loaded, kept for a re-render. */
  language: LanguageData;
  /** The rendered `<article>` element, in the page. */
  element: HTMLElement;
}

/**
 * A feature of the reader (quote panel, settings, read aloud…): mounted once, told of every render. It
 * says which surfaces it serves and when it mounts (features/feature-order.ts).
 */
export interface ReaderFeature extends FeatureDeclaration {
  mount(view: ReaderView): void;
}

/**
 * The article on screen and the settings it is shown with. Popup and tab share it; features hang
 * their controls on `toolbar` and follow renders through `onRender`.
 */
export class ReaderView {
  rendered: RenderedArticle | null = null;
  readonly #renderListeners: ((rendered: RenderedArticle) => void)[] = [];
  readonly #settingsListeners: ((settings: Settings) => void)[] = [];
  readonly #sanitize: Sanitizer;

  constructor(
    readonly doc: Document,
    readonly surface: Surface,
    readonly container: HTMLElement,
    readonly toolbar: HTMLElement,
    sanitize: Sanitizer,
    public settings: Settings,
    /** Words, storage, speech and clipboard: the browser's, or a test's (reader-platform.ts). */
    readonly platform: ReaderPlatform,
  ) {
    this.#sanitize = sanitize;
    applySettings(doc, settings);
  }

  /** Mounts the features this surface serves, each at its stage. */
  mount(features: readonly ReaderFeature[]): void {
    for (const feature of featuresFor(this.surface, features)) feature.mount(this);
  }

  /** `language`: what the article's language needs beyond the bundled English (ui/load-languages.ts). */
  show(article: ExtractedArticle, language: LanguageData = { lexicons: {}, phrases: {} }): void {
    const { images, highlight } = this.settings;
    const processed = processArticle(article, this.#sanitize, { images, highlight, ...language });
    const element = renderArticle(this.doc, article, processed, this.platform.t);
    hideBrokenImages(element);
    this.container.replaceChildren(element);
    this.rendered = { article, processed, language, element };
    this.doc.body.dataset['state'] = 'article';
    for (const listener of this.#renderListeners) listener(this.rendered);
  }

  /**
   * Puts a small built-in article through the pipeline off screen (ui/warm-up.ts), so the first real
   * one runs on compiled code. For idle time, such as waiting for the page's answer. Returns its ms.
   */
  warmUp(): number {
    const { images, highlight } = this.settings;
    return warmUp(this.doc, this.#sanitize, { images, highlight }, this.platform.t);
  }

  onRender(listener: (rendered: RenderedArticle) => void): void {
    this.#renderListeners.push(listener);
    if (this.rendered) listener(this.rendered);
  }

  onSettings(listener: (settings: Settings) => void): void {
    this.#settingsListeners.push(listener);
  }

  /** Applies new settings at once; re-renders only when what is rendered depends on them. */
  applySettings(next: Settings, { save }: { save: boolean }): Promise<void> {
    const previous = this.settings;
    this.settings = next;
    applySettings(this.doc, next);
    const contentChanged = previous.images !== next.images || previous.highlight.join() !== next.highlight.join();
    if (contentChanged && this.rendered) this.show(this.rendered.article, this.rendered.language);
    for (const listener of this.#settingsListeners) listener(next);
    return save ? this.platform.settings.save(next) : Promise.resolve();
  }
}
