/**
 * Names as the article writes them: titles dropped ("Ukrainian President Volodymyr Zelenskyy" ->
 * "Volodymyr Zelenskyy"), and a surname alone linked to the full name given earlier ("Ushakov" ->
 * "Yuri Ushakov").
 */
import { compoundEndings, hasOpenerEnding, isRole, MIN_COMPOUND_ROLE, type Lexicon } from './lexicon.js';
import type { Token } from './tokens.js';

/** A possessive ending ("Rubio's", "Roe’s", "Roes'"). */
export const POSSESSIVE = /['\u2019]s?$/u;
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&.]+$/u;

export interface CleanName {
  name: string;
  /** The title or role dropped from the front, kept as metadata ("Kremlin foreign policy aide"). */
  role: string | null;
  organisation: boolean;
  /**
   * One capitalised word with nothing else saying it is a name, where every noun is capitalised
   * ("Vogel", but also "Demnach", "Vorbehalte"): a person only if the article gave it as a full name.
   */
  surnameOnly: boolean;
}

/** A given name of the language; a double name by each part ("Frank-Walter", not "Friedrich-Ebert-Stiftung"). */
export function isGivenName(word: string, lexicon: Lexicon): boolean {
  const lower = word.toLowerCase();
  if (lexicon.givenNames.has(lower)) return true;
  return lower.includes('-') && lower.split('-').every((part) => lexicon.givenNames.has(part));
}

/** A name that opens with a given name ("Jonas Roe", not "VW-Standort Brüssel"): a person's. */
export const opensWithGivenName = (name: string, lexicon: Lexicon): boolean => isGivenName(name.split(' ')[0] ?? '', lexicon);

/** A word written before a name: a title ("Dr.", "Mme", "Herr") or a role ("Bundeskanzlerin"). */
export function isTitle(word: string, lexicon: Lexicon): boolean {
  const lower = word.toLowerCase().replace(/\.$/u, '');
  return lexicon.titles.has(lower) || isRole(lower, lexicon);
}

const INITIAL = /^\p{Lu}\.$/u;
/** A lower-case letter, a full stop and a capital: two sentences glued where a space went missing. Built once (see tokens.ts). */
const GLUED_SENTENCES = /\p{Ll}\.\p{Lu}/u;
const MAX_UNKNOWN_NAME_WORDS = 3;

/**
 * Where nouns are capitalised, whether a capitalised word could be part of a name the lists do not
 * hold ("Tuomioja"): no clause opener ("Demnach", "Dies"), no preposition or stop word, and no ending of
 * a common noun, adjective or adverb ("Mitverantwortung", "Relativierend", "Ähnlich"; a compound by
 * its last part).
 */
function nameShaped(word: string, lexicon: Lexicon): boolean {
  const lower = word.toLowerCase();
  // "Merkel.Als": two sentences glued where a space went missing.
  if (GLUED_SENTENCES.test(word)) return false;
  if (lexicon.nonNames.has(lower) || lexicon.stopwords.has(lower) || lexicon.prepositions.has(lower)) return false;
  const last = lower.slice(lower.lastIndexOf('-') + 1);
  return !lexicon.nounSuffixes.some((suffix) => last.length >= suffix.length + 3 && last.endsWith(suffix));
}

/**
 * Where every noun is capitalised (German), capitals do not make a name: a run of words names a
 * person from its first given name, title or initial on ("Relativierend Reinhold Gall" -> from
 * "Reinhold"); -1 when it has none ("Jegliche Mitverantwortung", "Europäischen Union").
 */
function nameStart(words: readonly string[], lexicon: Lexicon): number {
  for (let k = 0; k < words.length; k += 1) {
    const word = words[k] as string;
    if (isGivenName(word, lexicon)) return k;
    if (k < words.length - 1 && (isTitle(word, lexicon) || INITIAL.test(word))) return k;
  }
  return -1;
}

/** "Prezydent USA", "Szef MSZ": a title and a body's name, the office of that body, not a person's name. */
export function officeOfBody(name: string, lexicon: Lexicon): boolean {
  const words = name.split(' ');
  return words.length >= 2 && isTitle(words[0] as string, lexicon) && isOrganisation(words.slice(1), lexicon);
}

/** Whether a run of words names an organisation rather than a person. */
export function isOrganisation(words: readonly string[], lexicon: Lexicon): boolean {
  if (words.length === 1 && ACRONYM.test(words[0] as string)) return true;
  if (words.some((word) => lexicon.orgWords.has(word.toLowerCase()))) return true;
  // German compounds end in their head: "Landesregierung", "Nachrichtenagentur", "EU-Kommission".
  const head = (words[words.length - 1] ?? '').toLowerCase();
  if (!lexicon.capitalizesNouns || head.length < 6) return false;
  // An organisation word the head ends in shares its last letters: only those are tried.
  for (const org of compoundEndings(lexicon.orgWords).get(head.slice(-MIN_COMPOUND_ROLE)) ?? []) if (head.endsWith(org)) return true;
  return false;
}

/**
 * Cleans a run of capitalised words into a name: no possessive, no leading sentence words
 * ("However"), no titles (everything up to the last role word, unless the run names an organisation).
 */
export function cleanName(run: readonly Token[], lexicon: Lexicon): CleanName | null {
  // "dell'Economia Giancarlo Giorgetti": a word with an elided article before a name is a complement.
  let first = 0;
  while (first < run.length - 1 && (run[first] as Token).bare !== (run[first] as Token).text) first += 1;
  let words = run.slice(first).map((token, index) => (index === 0 ? token.bare : token.text));
  // Leading words that are only capitalised because they start a sentence ("Neither Jane Roe").
  while (words.length > 1 && opensSentenceOnly((words[0] as string).toLowerCase(), lexicon)) words.shift();
  if (lexicon.personNeedsGivenName) words = fromGivenName(words, lexicon);
  if (lexicon.affiliationWords.size > 0) words = withoutAffiliation(words, lexicon);
  const last = words.length - 1;
  if (last < 0) return null;
  words[last] = (words[last] as string).replace(POSSESSIVE, '');
  // "im Landtag Gudrun Roe": where every noun is capitalised, a body's name runs into a person's, who starts at her given name.
  if (lexicon.capitalizesNouns && isOrganisation(words, lexicon)) {
    const given = words.findIndex((word, k) => k > 0 && k < last && isGivenName(word, lexicon));
    if (given > 0 && !isOrganisation(words.slice(given), lexicon)) words = words.slice(given);
  }
  if (lexicon.capitalizesNouns && !isOrganisation(words, lexicon)) {
    const start = nameStart(words, lexicon);
    if (start < 0) {
      // No given name or title: a name only in the shape of one, never an opener or a common noun.
      if (!words.every((word) => nameShaped(word, lexicon))) return null;
      if (words.length === 1) return { name: words[0] as string, role: null, organisation: false, surnameOnly: true };
      if (words.length > MAX_UNKNOWN_NAME_WORDS) return null;
    } else {
      words = words.slice(start);
    }
  }
  // Titles first: "Bank of England Governor Andrew Bailey" is a person with a title, not the bank.
  let cut = -1;
  for (let k = 0; k < words.length; k += 1) if (isTitle(words[k] as string, lexicon)) cut = k;
  // "Prezydent Francji Jean Moreau": a word in a case no name takes in the subject (lexicon.obliqueNameEndings) right after the title is its complement.
  if (cut >= 0 && cut < words.length - 2 && lexicon.obliqueNameEndings.some((ending) => (words[cut + 1] as string).endsWith(ending))) cut += 1;
  if (cut >= 0 && cut < words.length - 1) {
    const rest = words.slice(cut + 1);
    // "Landrätin von Seeheim", "Sprecher von Nordwind": where nouns are capitalised, one particle after the
    // office opens its complement, a place or a body, not a surname ("Ministerin von der Leyen" has two).
    if (lexicon.capitalizesNouns && rest.length >= 2 && lexicon.connectors.has(rest[0] as string) && !lexicon.connectors.has(rest[1] as string)) return null;
    if (!isOrganisation(rest, lexicon)) return { name: shorten(rest, lexicon).join(' '), role: words.slice(0, cut + 1).join(' '), organisation: false, surnameOnly: false };
  }
  const short = shorten(words, lexicon);
  if (short.length < words.length && !isOrganisation(short, lexicon)) {
    return { name: short.join(' '), role: words.slice(0, words.length - short.length).join(' '), organisation: false, surnameOnly: false };
  }
  if (isOrganisation(words, lexicon)) return { name: words.join(' '), role: null, organisation: true, surnameOnly: false };
  if (short.length < words.length) return { name: short.join(' '), role: words.slice(0, words.length - short.length).join(' '), organisation: false, surnameOnly: false };
  // A surname the article unlisted ("Will" after "Ada Will", find-quotes.ts) is a name; a time word never is.
  const unlisted = run.some((token) => token.cap && token.lower === token.text);
  if (words.every((word) => (lexicon.stopwords.has(word.toLowerCase()) && !unlisted) || lexicon.timeWords.has(word.toLowerCase()))) return null;
  if (words.length === 1) {
    // "Amid …, Lind said": an opener alone is no name; "Swiftly …", "Turning …" are one only if the article gave them in full.
    const lower = (words[0] as string).toLowerCase();
    if (!lexicon.capitalizesNouns && lexicon.nonNames.has(lower)) return null;
    if (hasOpenerEnding(lower, lexicon)) return { name: words[0] as string, role: null, organisation: false, surnameOnly: true };
  }
  return { name: words.join(' '), role: null, organisation: false, surnameOnly: false };
}

/**
 * "Jane Roe of Derry", "Ted Doe of Acme Corp": a person's name, from a given name, then where the person
 * is from or works. The name ends before the affiliation; "Bank of England", "Secretary of State",
 * "Duke of York" and "Wardens Berg of Galway" (no given name first) are left whole.
 */
function withoutAffiliation(words: string[], lexicon: Lexicon): string[] {
  const at = words.findIndex((word, k) => k >= 2 && lexicon.affiliationWords.has(word));
  if (at < 0 || !isGivenName(words[0] as string, lexicon)) return words;
  const name = words.slice(0, at);
  return name.some((word) => isTitle(word, lexicon)) || isOrganisation(name, lexicon) ? words : name;
}

/** A word capitalised only because it opens the sentence: a stop word, a time word, an opener (not where nouns are capitalised). */
const opensSentenceOnly = (lower: string, lexicon: Lexicon): boolean =>
  lexicon.stopwords.has(lower) || lexicon.timeWords.has(lower) || (!lexicon.capitalizesNouns && lexicon.nonNames.has(lower));

/**
 * Where places and bodies are capitalised as names are (lexicon.personNeedsGivenName), a run that holds a
 * given name after other words is a person's name from there ("Tribunal Superior Ángel Gil Ortega"); a
 * sentence adverb and a connector before a name are no part of it ("Además de Gil Ortega").
 */
function fromGivenName(words: string[], lexicon: Lexicon): string[] {
  let start = 0;
  while (start < words.length - 1 && lexicon.auxiliaries.has((words[start] as string).toLowerCase())) start += 1;
  while (start > 0 && start < words.length - 1 && lexicon.connectors.has(words[start] as string)) start += 1;
  if (isGivenName(words[start] as string, lexicon)) return words.slice(start);
  const given = words.findIndex((word, k) => k > start && k < words.length - 1 && isGivenName(word, lexicon));
  return given > 0 && !lexicon.connectors.has(words[given - 1] as string) ? words.slice(given) : words.slice(start);
}

/**
 * "Кремля Дмитрий Песков": where genitive place and body names run straight into a person's name, the
 * name is the last few words (lexicon.maxNameWords), unless a connector ("da", "von") joins them.
 */
function shorten(words: readonly string[], lexicon: Lexicon): readonly string[] {
  const max = lexicon.maxNameWords;
  if (max <= 0 || words.length <= max || words.some((word) => lexicon.connectors.has(word))) return words;
  return words.slice(words.length - max);
}

interface Mention {
  full: string;
  position: number;
  /** For a role: the capitalised words of its complement ("Lubrín" of "alcalde de Lubrín"). */
  complement?: readonly string[];
}

/** Full names seen so far in the article, by their last word, to complete a surname. */
export class NameRegistry {
  readonly #bySurname = new Map<string, Mention[]>();
  readonly #byRole = new Map<string, Mention[]>();

  /**
   * `common`: words the article also writes in lower case (and that are no given name). Capitalised
   * before a name, such a word only opens the sentence ("Former Trump aide …", "Amid Roe's …").
   */
  constructor(readonly common: ReadonlySet<string> = new Set()) {}

  /** `name` without a sentence-opening common word in front of it ("Former Trump" -> "Trump"). */
  #trim(name: string): string {
    if (this.common.size === 0) return name;
    // Most names open with no common word: they are returned without being split and joined.
    const space = name.indexOf(' ');
    if (space < 0 || !this.common.has(name.slice(0, space).toLowerCase())) return name;
    let words = name.split(' ');
    // A title-case headline ("Woman Steps Forward …") is common words throughout: nothing to trim.
    while (words.length > 1 && this.common.has((words[0] as string).toLowerCase()) && !this.common.has((words[1] as string).toLowerCase())) words = words.slice(1);
    return words.join(' ');
  }

  /** Records that `full` was introduced with the role word `role` ("sindaco", "commissioner"). */
  addRole(role: string, full: string, position: number, complement: readonly string[] = []): void {
    const list = this.#byRole.get(role) ?? [];
    list.push({ full, position, complement });
    this.#byRole.set(role, list);
  }

  /**
   * "il Nyt", "la UCO": the one full name given before `position` (anywhere, for the headline's -1) whose
   * words start with these letters in order ("New York Times") and that opens with no given name; null
   * when none or several do.
   */
  expandInitials(letters: string, position: number, lexicon: Lexicon): string | null {
    const want = letters.toLowerCase();
    const found = new Set<string>();
    for (const mentions of this.#bySurname.values()) {
      for (const { full, position: at } of mentions) {
        const words = full.split(' ').filter((word) => /^\p{Lu}/u.test(word));
        if ((at <= position || position < 0) && words.length === want.length && words.map((word) => word[0]).join('').toLowerCase() === want
          && !isGivenName(words[0] as string, lexicon)) found.add(full);
      }
    }
    return found.size === 1 ? [...found][0] as string : null;
  }

  /** Everyone the article gave, before `position`, a role whose complement shares a word with `complement` ("… de la CGT"). */
  holdersOf(complement: readonly string[], position: number): Set<string> {
    const holders = new Set<string>();
    for (const mentions of this.#byRole.values()) {
      for (const mention of mentions) if (mention.position <= position && (mention.complement ?? []).some((word) => complement.includes(word))) holders.add(mention.full);
    }
    return holders;
  }

  /** The role words the article gives `full`, anywhere in it. */
  rolesOf(full: string): string[] {
    return [...this.#byRole].filter(([, mentions]) => mentions.some((mention) => mention.full === full)).map(([role]) => role);
  }

  /** Whether the article introduces anyone with that role, anywhere in it. */
  hasRole(role: string): boolean {
    return this.#byRole.has(role);
  }

  /**
   * "the commissioner", "il sindaco": the latest person introduced with that role before `position`;
   * with a `complement` ("el alcalde de Montejo"), never one whose role had another ("alcalde de Villanueva").
   * Where two people were (a pope of today and one of 1415, each named from a given name: `person`), which
   * one is meant is not known, and none is named.
   */
  resolveRole(role: string, position: number, complement: readonly string[] = [], person: (full: string) => boolean = () => false): string | null {
    let best: Mention | null = null;
    let people: string | null = null;
    for (const mention of this.#byRole.get(role) ?? []) {
      if (mention.position > position) continue;
      const other = mention.complement ?? [];
      if (complement.length > 0 && other.length > 0 && !complement.some((word) => other.includes(word))) continue;
      if (best === null || mention.position >= best.position) best = mention;
      if (!person(mention.full)) continue;
      if (people !== null && people !== mention.full) return null;
      people = mention.full;
    }
    return best?.full ?? null;
  }

  /** Records a person's full name (two words or more) seen at article offset `position`, by its last word or by `surnameWord`. */
  add(name: string, position: number, surnameWord?: string): void {
    const full = this.#trim(name);
    const parts = full.split(' ');
    if (parts.length < 2) return;
    const surname = (surnameWord ?? (parts[parts.length - 1] as string)).toLowerCase();
    const list = this.#bySurname.get(surname) ?? [];
    if (!list.some((mention) => mention.full === full)) list.push({ full, position });
    this.#bySurname.set(surname, list);
  }

  /** Whether the article gave a full name that `surname` completes (by its last word, or the word `add` was given). */
  knowsSurname(surname: string): boolean {
    return this.#bySurname.has(surname.toLowerCase());
  }

  /**
   * A name read as a speaker: its fullest form, but a bare capitalised word with nothing else saying
   * it is a name (`surnameOnly`) only when the article gave it in full ("Vogel" after "Katrin Vogel").
   */
  person(name: string, surnameOnly: boolean, position: number): string | null {
    const full = this.resolve(this.#trim(name), position);
    return surnameOnly && !full.includes(' ') ? null : full;
  }

  /**
   * The fullest form of `name` at `position`: a surname becomes the latest full name with that last
   * word given before it (else the first given after, as a headline may name someone first).
   */
  resolve(name: string, position: number): string {
    if (name.includes(' ')) return name;
    const list = this.#bySurname.get(name.toLowerCase());
    if (!list || list.length === 0) return name;
    let best: Mention | null = null;
    for (const mention of list) if (mention.position <= position && (best === null || mention.position >= best.position)) best = mention;
    return (best ?? (list[0] as Mention)).full;
  }
}
