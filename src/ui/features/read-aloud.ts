import type { ReaderFeature, ReaderView } from '../reader-view.js';
import type { Speech } from '../reader-platform.js';
import type { Translate } from '../translate.js';
import { pickVoice, localVoices } from './pick-voice.js';
import { announce, provideCommand } from './reader-commands.js';
import { createSpeechHighlight } from './speech-highlight.js';
import { quotationScript, sentenceScript, type SpeechItem } from './speech-script.js';
import { labelledField, menuOption } from './labelled-field.js';
import { toolbarToggle } from './toolbar-button.js';

const RATES = [0.75, 1, 1.25, 1.5, 1.75, 2] as const;
type State = 'idle' | 'playing' | 'paused';

function button(doc: Document, text: string): HTMLButtonElement {
  const element = doc.createElement('button');
  element.type = 'button';
  element.className = 'ql-button';
  element.textContent = text;
  return element;
}

/** A speaker drawn with DOM calls: an icon font or emoji may be missing on the reader's system. */
function speakerIcon(doc: Document): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = doc.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = doc.createElementNS(ns, 'path');
  path.setAttribute('d', 'M2 6h3l4-3v10L5 10H2zM11 5.5a3.5 3.5 0 0 1 0 5M12.5 3a7 7 0 0 1 0 10');
  path.setAttribute('fill', 'none');
  path.setAttribute('stroke', 'currentColor');
  path.setAttribute('stroke-width', '1.5');
  path.setAttribute('stroke-linejoin', 'round');
  path.setAttribute('stroke-linecap', 'round');
  svg.append(path);
  return svg;
}

function languageName(lang: string, interfaceLang: string): string {
  try {
    return new Intl.DisplayNames([interfaceLang], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

/**
 * Read aloud with the computer's own voices only (localService), sentence by sentence, the sentence
 * being read highlighted; or only the highlighted quotations. Each sentence is its own utterance:
 * pausing cancels and resuming starts the sentence again, which behaves the same in every browser
 * (speechSynthesis.pause() is unreliable on some platforms) and avoids Chrome cutting long utterances.
 */
class ReadAloud {
  #state: State = 'idle';
  #items: SpeechItem[] = [];
  #index = 0;
  /** Bumped on every stop, pause or restart: callbacks of a cancelled utterance then do nothing. */
  #generation = 0;
  #voices: SpeechSynthesisVoice[] = [];
  #voiceChosenByReader = false;
  readonly #synth: SpeechSynthesis | null;
  readonly #speech: Speech | null;
  readonly #t: Translate;
  readonly #highlight;
  readonly #play: HTMLButtonElement;
  readonly #stopButton: HTMLButtonElement;
  readonly #rate: HTMLSelectElement;
  readonly #voice: HTMLSelectElement;
  readonly #quotesOnly: HTMLInputElement;
  readonly #status: HTMLElement;

  constructor(private readonly view: ReaderView) {
    const doc = view.doc;
    const win = doc.defaultView;
    this.#speech = view.platform.speech;
    this.#synth = this.#speech?.synth ?? null;
    this.#t = view.platform.t;
    const t = this.#t;
    this.#highlight = createSpeechHighlight(doc);

    this.#play = button(doc, t('readAloudPlay'));
    this.#play.setAttribute('aria-keyshortcuts', 'r');
    this.#stopButton = button(doc, t('readAloudStop'));
    this.#rate = doc.createElement('select');
    this.#rate.name = 'readAloudRate';
    for (const rate of RATES) this.#rate.add(menuOption(doc, `${rate.toLocaleString()}×`, String(rate), rate === 1));
    this.#voice = doc.createElement('select');
    this.#voice.name = 'readAloudVoice';
    this.#quotesOnly = doc.createElement('input');
    this.#quotesOnly.type = 'checkbox';
    this.#quotesOnly.name = 'readAloudQuotesOnly';
    this.#status = doc.createElement('p');
    this.#status.className = 'ql-read-aloud-status';
    this.#status.setAttribute('role', 'status');

    const panel = doc.createElement('section');
    panel.id = 'ql-read-aloud';
    panel.className = 'ql-panel ql-read-aloud';
    panel.setAttribute('aria-label', t('readAloudLabel'));
    const buttons = doc.createElement('div');
    buttons.className = 'ql-read-aloud-buttons';
    buttons.append(this.#play, this.#stopButton);
    const quotes = labelledField(doc, t('readAloudQuotesOnly'), this.#quotesOnly);
    quotes.classList.add('ql-check');
    panel.append(buttons, labelledField(doc, t('readAloudSpeed'), this.#rate), labelledField(doc, t('readAloudVoice'), this.#voice), quotes, this.#status);

    const toggle = toolbarToggle(doc, t('readAloudLabel'), '', panel);
    toggle.append(speakerIcon(doc));
    toggle.classList.add('ql-icon-button');
    view.toolbar.append(toggle);
    view.toolbar.closest('header')?.after(panel);

    this.#play.addEventListener('click', () => this.toggle());
    this.#stopButton.addEventListener('click', () => this.stop());
    this.#rate.addEventListener('change', () => this.#restartSentence());
    this.#voice.addEventListener('change', () => {
      this.#voiceChosenByReader = true;
      this.#restartSentence();
    });
    this.#quotesOnly.addEventListener('change', () => this.stop());
    provideCommand(doc, 'toggle-reading', () => this.toggle());

    // A new render (an image setting, say) replaces the text being read: start again from the top.
    view.onRender(() => {
      this.stop();
      this.#chooseVoice();
    });
    // The popup closing or the tab leaving must silence the voice: speech outlives pages in some browsers.
    win?.addEventListener('pagehide', () => this.#synth?.cancel());
    this.#synth?.addEventListener('voiceschanged', () => this.#loadVoices());
    this.#loadVoices();
    this.#setState('idle');
  }

  #lang(): string | null {
    return this.view.rendered?.article.lang ?? null;
  }

  #loadVoices(): void {
    if (!this.#synth) {
      this.#unavailable(this.#t('readAloudUnsupported'));
      return;
    }
    this.#voices = localVoices(this.#synth.getVoices());
    const selected = this.#voice.value;
    this.#voice.replaceChildren(...this.#voices.map((voice) => menuOption(this.view.doc, `${voice.name} (${voice.lang})`, voice.voiceURI)));
    if (this.#voices.length === 0) {
      this.#unavailable(this.#t('readAloudNoVoices'));
      return;
    }
    this.#play.disabled = false;
    this.#voice.disabled = false;
    if (this.#voiceChosenByReader && this.#voices.some((voice) => voice.voiceURI === selected)) this.#voice.value = selected;
    else this.#chooseVoice();
    if (this.#state === 'idle') this.#say(this.#languageNote());
  }

  /** Says why reading aloud can't work here, instead of a button that does nothing. */
  #unavailable(reason: string): void {
    this.#play.disabled = true;
    this.#stopButton.disabled = true;
    this.#voice.disabled = true;
    this.#say(reason);
  }

  #chooseVoice(): void {
    if (this.#voiceChosenByReader || this.#voices.length === 0) return;
    const choice = pickVoice(this.#voices, this.#lang());
    if (choice.voice) this.#voice.value = choice.voice.voiceURI;
    if (this.#state === 'idle') this.#say(this.#languageNote());
  }

  #languageNote(): string {
    const lang = this.#lang();
    if (!lang || this.#voices.length === 0) return '';
    return pickVoice(this.#voices, lang).matchesLanguage ? '' : this.#t('readAloudOtherLanguage', [languageName(lang, this.view.platform.locale.lang)]);
  }

  #say(text: string): void {
    this.#status.textContent = text;
    this.#status.hidden = text === '';
  }

  #setState(state: State): void {
    this.#state = state;
    this.#play.textContent = this.#t(state === 'playing' ? 'readAloudPause' : state === 'paused' ? 'readAloudResume' : 'readAloudPlay');
    this.#stopButton.disabled = state === 'idle' || this.#play.disabled;
    this.view.doc.body.dataset['reading'] = state;
  }

  /** The `r` key and the play button: start, pause, resume. */
  toggle(): void {
    if (this.#state === 'playing') this.#pause();
    else if (this.#state === 'paused') this.#speak(this.#index);
    else this.#start();
  }

  #start(): void {
    const rendered = this.view.rendered;
    if (!this.#synth || this.#voices.length === 0 || !rendered) {
      // The reason is in the panel, which may be closed (the `r` key): say it where the reader is.
      announce(this.view.doc, this.#status.textContent ?? '');
      return;
    }
    const body = rendered.element.querySelector('.ql-body') ?? rendered.element;
    this.#items = this.#quotesOnly.checked ? quotationScript(body) : sentenceScript(body, this.#lang());
    if (this.#items.length === 0) {
      this.#say(this.#quotesOnly.checked ? this.#t('readAloudNoQuotes') : '');
      return;
    }
    this.#speak(0);
  }

  #speak(index: number): void {
    const synth = this.#synth;
    const item = this.#items[index];
    if (!synth || !this.#speech) return;
    if (!item) {
      this.#finish(this.#t('readAloudDone'));
      return;
    }
    this.#generation += 1;
    const generation = this.#generation;
    synth.cancel();
    this.#index = index;
    const utterance = new this.#speech.Utterance(item.text);
    const lang = this.#lang();
    if (lang) utterance.lang = lang;
    const voice = this.#voices.find((candidate) => candidate.voiceURI === this.#voice.value);
    // Never speak without a local voice: the browser's default may be a remote one.
    if (!voice) {
      this.#finish(this.#t('readAloudNoVoices'));
      return;
    }
    utterance.voice = voice;
    utterance.lang = voice.lang || utterance.lang;
    utterance.rate = Number(this.#rate.value) || 1;
    utterance.addEventListener('end', () => {
      if (generation === this.#generation) this.#speak(index + 1);
    });
    utterance.addEventListener('error', (event) => {
      if (generation !== this.#generation || event.error === 'interrupted' || event.error === 'canceled') return;
      this.#finish(this.#t('readAloudFailed', [event.error]));
    });
    this.#setState('playing');
    this.#say(this.#t('readAloudProgress', [index + 1, this.#items.length]));
    this.#highlight.show(item);
    synth.speak(utterance);
  }

  #pause(): void {
    this.#generation += 1;
    this.#synth?.cancel();
    this.#setState('paused');
    this.#say(this.#t('readAloudPaused'));
  }

  #restartSentence(): void {
    if (this.#state === 'playing') this.#speak(this.#index);
  }

  #finish(message: string): void {
    this.#generation += 1;
    this.#synth?.cancel();
    this.#highlight.clear();
    this.#index = 0;
    this.#setState('idle');
    this.#say(message);
  }

  stop(): void {
    if (this.#state === 'idle') return;
    this.#finish(this.#languageNote());
  }
}

export const readAloud: ReaderFeature = {
  surfaces: ['popup', 'tab'],
  stage: 'controls',
  mount(view): void {
    new ReadAloud(view);
  },
};
