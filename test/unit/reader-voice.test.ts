import { describe, expect, it } from 'vitest';
import { localVoices, pickVoice, type VoiceLike } from '../../src/ui/features/pick-voice.js';

const voice = (name: string, lang: string, localService = true, isDefault = false): VoiceLike =>
  ({ name, lang, localService, default: isDefault, voiceURI: name });

const VOICES = [
  voice('Google Deutsch', 'de-DE', false),
  voice('Anna', 'de-DE'),
  voice('Daniel', 'en-GB'),
  voice('Samantha', 'en-US', true, true),
  voice('Google US English', 'en-US', false),
  voice('Amélie', 'fr_CA'),
  voice('Lekha', 'hi-IN'),
];

describe('localVoices', () => {
  it('keeps only voices that run on this computer', () => {
    expect(localVoices(VOICES).map((v) => v.name)).toEqual(['Anna', 'Daniel', 'Samantha', 'Amélie', 'Lekha']);
  });
});

describe('pickVoice', () => {
  it('takes the voice of the exact language tag', () => {
    expect(pickVoice(VOICES, 'en-GB')).toEqual({ voice: VOICES[2], matchesLanguage: true });
  });

  it('falls back to the same language in another region, the default first', () => {
    expect(pickVoice(VOICES, 'en').voice?.name).toBe('Samantha');
    expect(pickVoice(VOICES, 'fr-FR').voice?.name).toBe('Amélie');
    expect(pickVoice(VOICES, 'HI').voice?.name).toBe('Lekha');
  });

  it('never picks a remote voice, even when only a remote one speaks the language', () => {
    const onlyRemoteGerman = VOICES.filter((v) => v.name !== 'Anna');
    const choice = pickVoice(onlyRemoteGerman, 'de');
    expect(choice.voice?.localService).toBe(true);
    expect(choice.voice?.name).toBe('Samantha');
    expect(choice.matchesLanguage).toBe(false);
  });

  it('says so when no local voice speaks the language', () => {
    expect(pickVoice(VOICES, 'ar')).toEqual({ voice: VOICES[3], matchesLanguage: false });
  });

  it('uses the default local voice for an article without a language', () => {
    expect(pickVoice(VOICES, null)).toEqual({ voice: VOICES[3], matchesLanguage: true });
  });

  it('has no voice when none is local', () => {
    expect(pickVoice([voice('Cloud', 'en-US', false)], 'en')).toEqual({ voice: null, matchesLanguage: false });
    expect(pickVoice([], 'en').voice).toBeNull();
  });
});
