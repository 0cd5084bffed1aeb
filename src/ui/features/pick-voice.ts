/** The parts of SpeechSynthesisVoice the choice looks at (tests build plain objects). */
export interface VoiceLike {
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
  voiceURI: string;
}

/**
 * Voices that run on this computer. Remote voices send the article to a speech service; Quotelight
 * makes no network requests of its own, so they are never offered.
 */
export function localVoices<V extends VoiceLike>(voices: readonly V[]): V[] {
  return voices.filter((voice) => voice.localService === true);
}

const normalizeTag = (tag: string): string => tag.trim().replace(/_/g, '-').toLowerCase();
const primary = (tag: string): string => normalizeTag(tag).split('-')[0] ?? '';

export interface VoiceChoice<V> {
  voice: V | null;
  /** False when no local voice speaks the language, and `voice` is only the best there is. */
  matchesLanguage: boolean;
}

/**
 * The local voice for an article in `lang`: the same tag first ("pt-BR"), then the same language
 * ("pt-PT" for "pt"), the system's default among equals. Without a match, the default local voice.
 */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], lang: string | null | undefined): VoiceChoice<V> {
  const local = localVoices(voices);
  const byDefault = (list: V[]): V | null => list.find((voice) => voice.default) ?? list[0] ?? null;
  if (lang) {
    const exact = local.filter((voice) => normalizeTag(voice.lang) === normalizeTag(lang));
    if (exact.length > 0) return { voice: byDefault(exact), matchesLanguage: true };
    const sameLanguage = local.filter((voice) => primary(voice.lang) === primary(lang));
    if (sameLanguage.length > 0) return { voice: byDefault(sameLanguage), matchesLanguage: true };
  }
  return { voice: byDefault(local), matchesLanguage: !lang };
}
