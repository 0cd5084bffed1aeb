/**
 * The per-language word lists the engine reads (reporting verbs, roles, trigger words...). The lists
 * are data, one JSON file per language in lexicon/; this module only turns them into sets and picks
 * the language of an article. Which languages are at hand is the caller's: Node imports them all
 * (lexicons.ts), the extension bundles English and loads the article's own language when it needs it.
 */

import type { QuoteModel } from './quote-model.js';

/** Every language with a lexicon/<lang>.json, in the order a tie in guessLanguage goes by. */
export const LEXICON_LANGUAGES = ['de', 'en', 'es', 'fr', 'it', 'ja', 'nl', 'pl', 'pt', 'ru', 'sv'] as const;

/** The shape of lexicon/names/<lang>.json: given names and titles, lower case (names/README.md). */
export interface NameData {
  givenNames: string[];
  /** Honorifics, ranks and offices written before a name, without their dot ("dr", "mme", "bundeskanzlerin"). */
  titles: string[];
}

/** The shape of one lexicon/<lang>.json file. All words are lower case. */
export interface LexiconData {
  lang: string;
  /** German capitalises every noun, so Title Case says little there. */
  capitalizesNouns: boolean;
  stopwords: string[];
  /**
   * Words that open a clause and are never a name ("Demnach", "Ähnlich", "Dies"; "Amid", "Neither"), and,
   * where every noun is capitalised, endings of common nouns, adjectives and adverbs ("-ung", "-lich", "-end").
   */
  nonNames?: string[];
  nounSuffixes?: string[];
  /**
   * Where only names are capitalised: endings of adverbs and participles that open a sentence ("Swiftly",
   * "Turning"). One such word alone is a name only when the article gave it in full ("Kelly" after "Tessa Kelly").
   */
  openerEndings?: string[];
  /** Words after a person's name that open where the person is from, not more of the name ("Jane Roe of Derry"). */
  affiliationWords?: string[];
  cueVerbs: string[];
  /** Cue verbs whose object is the audience, never the speaker ("told reporters"). */
  audienceVerbs: string[];
  /** Verbs of a channel that passes words on ("AP reported"). */
  channelVerbs: string[];
  channelPhrases: string[];
  /** Phrases followed by the speaker ("according to X"). */
  accordingTo: string[];
  /** "according to X" is read after the quotation too ("“…”, según asegura Roe."). */
  accordingAfter?: boolean;
  /** Phrases opening a clause with whose view it gives ("Para Gil, …", "Pour la syndicaliste, …"). */
  opinionOf?: string[];
  /** Words opening the sentence after a quotation that point back at it ("Así", "Con esas palabras"). */
  backReferences?: string[];
  /**
   * Case endings a surname takes when it is not the subject (pl "Kowala", "Kowalowi", "Kowalem"): a
   * sentence that names the last speaker in any case keeps him the one a description varies next.
   */
  surnameCaseEndings?: string[];
  /**
   * Endings of an oblique case no person's name takes as a subject (pl "-ji", "-ii": "Francji", "Hiszpanii",
   * genitive of a country in -ja/-ia): one such word after an office is its complement ("Prezydent Francji").
   */
  obliqueNameEndings?: string[];
  /**
   * Reporting verbs in the infinitive of narration, opening a sentence with "et de" ("Et d'ajouter que
   * …", "Et de préciser …"): the subject left out is the one speaking before.
   */
  narrativeInfinitives?: string[];
  /** Words allowed between a speaker and the cue verb ("Putin had said", "X on Thursday said"). */
  auxiliaries: string[];
  /** Particles a verb leaves at the end of its clause ("fügte … hinzu", "stellte … fest"), after its subject. */
  verbParticles?: string[];
  /** Endings of plural verb forms ("sagten"), which take a bare plural noun as subject. */
  pluralVerbEndings?: string[];
  pronouns: {
    person: string[]; group: string[]; self: string[];
    /** First- and second-person forms that show someone speaking inside a quotation ("my", "unser"). */
    speech?: string[];
  };
  /** A verb with its pronoun in one token (fr "a-t-il"). */
  pronounVerbs: string[];
  determiners: string[];
  /** Determiners whose case rules out a subject (de "des", "dem"): the noun after one is never the speaker. */
  obliqueDeterminers?: string[];
  /** Lower-case words inside names ("Center for American Progress", "Ursula von der Leyen"). */
  connectors: string[];
  /** Titles before a name, dropped from the speaker ("President", "Bundeskanzler"). */
  roles: string[];
  /** Roles that only qualify the next noun ("primer" of "primer ministro"): alone they head no description. */
  roleModifiers?: string[];
  /** Lower-case heads that can be a speaker ("a spokesperson", "the ministry"). */
  speakerNouns: string[];
  /**
   * Descriptions that name an office by another role word (a head and its complement, lower case), and
   * the role words of the articles' own wording for it: "jefe del gobierno" -> presidente, primer.
   */
  roleSynonyms?: Record<string, string[]>;
  /** Roles that name the head of a body ("la dirigeante du syndicat"): its holder is whoever the article gave an office of that body. */
  leaderRoles?: string[];
  /** Words that make a name an organisation, not a person. */
  orgWords: string[];
  /** Nouns naming a kind of body ("la ONG", "l'organisation"): they refer back to the body the article is about. */
  bodyKinds?: string[];
  titleTriggers: string[];
  scareTriggers: string[];
  /**
   * Those of scareTriggers that name words as words ("the term “…”", "the phrase “…”", "known as
   * “…”"): in news the words are mostly someone's, used by a person the sentence names ("Roe's phrase",
   * "refused to say the words", "in her words"), and reported as that person's quotation. Unlike a
   * trigger that distances the writer ("so-called", "self-styled"), they leave the call to the
   * quotation model where the language has one; the rules alone still read a scare quote.
   */
  mentionTriggers?: string[];
  categoryNouns: string[];
  hypothetical: string[];
  /**
   * Verbs of thinking ("thought", "wondered"): the words after them are a thought, not a quotation
   * (S12), unless a reporting verb stands before the marks in the sentence ("told reporters she thinks
   * “…”", "familiar with her thinking said, “…”") or attributes the quotation right after it ("Those who
   * think “… are wrong,” she said."): then the thought is what was said.
   */
  thoughtVerbs?: string[];
  mottoWords: string[];
  abbreviations: string[];
  timeWords: string[];
  /** Word-start elisions after an apostrophe ("'em", "'tis"): never an opening mark. */
  elisions: string[];
  /** The subject may be left out ("Powiedział: „Wygramy”"): a cue alone points to the last speaker. */
  proDrop: boolean;
  /**
   * A person named in passing (not with a cue verb) must open with a given name of names/<lang>.json:
   * runs of capitals there are as often places and bodies ("Guardia Civil", "Franja de Gaza").
   */
  personNeedsGivenName?: boolean;
  /**
   * A left-out subject or a pronoun refers to the subject of the sentence before (a name or a
   * description the article resolves), never to a name in passing elsewhere in it; when that
   * subject names no one the article identified, to no one.
   */
  subjectIsTopic?: boolean;
  /** An inverted subject may follow an adverb or time word of `auxiliaries` ("ha scritto poi il ministro", "note aussi la mairie"). */
  subjectAfterAdverbs?: boolean;
  /** Adjectives follow their noun ("la premier italiana Giorgia Meloni"): one may stand between a role and the name. */
  adjectivesFollowNoun?: boolean;
  /** The audience of a verb of telling takes a preposition ("racconta al Corriere"): a bare name after it is its subject. */
  audienceTakesPreposition?: boolean;
  /** People carry two surnames and are called by the first ("Luis Ortega Gil" is "Ortega"). */
  doubleSurnames?: boolean;
  /** A reporting clause closing the sentence ("…, señaló.") governs each of its quotations, not only the last. */
  clauseGovernsSentence?: boolean;
  /**
   * A reporting clause after the last quotation of a clause governs the earlier quotations of that clause,
   * those with no comma between them and it (de "Die „…“ hätten „…“, so Roe"): a narrower clauseGovernsSentence.
   */
  clauseGovernsClause?: boolean;
  /**
   * A description of a person ("el director del centro") is printed only as the name the article gave its
   * holder; unresolved, the quotation keeps no speaker (a description of a body still prints).
   */
  descriptionNeedsName?: boolean;
  /**
   * A colon introduces quoted words ("El caso: «…»", "la pancarta: "…""): a span opening with a capital
   * after one is a quotation, whatever a borrowed model says, unless a trigger word names a title or a term.
   */
  colonIntroducesQuotation?: boolean;
  /**
   * The finite verb comes second in a main clause (German): a quotation ahead of its attribution fills the
   * first field, so the cue follows the closing mark at once („…“, sagte Roe). A subject first after the
   * mark ("„…“, Roe bezeichnete …") opens a new clause about something else.
   */
  verbSecond?: boolean;
  /**
   * A sentence naming another person between two quotations of a paragraph introduces the speaker of the
   * second, which then does not float to the first one's (German news; in English news that sentence more
   * often names someone in passing: measured on PolNeAR, 5 right answers became wrong).
   */
  introductionEndsFloating?: boolean;
  /** Longest run of words a person's name takes when no connector joins them (0: no limit). */
  maxNameWords: number;
  /** The script has no letter case (Japanese): Title Case says nothing. */
  caseless: boolean;
  /**
   * Words that make the phrase after them a complement, never a subject ("In seiner Rede sagte …",
   * "Bei einem Empfang erklärte …"): where every noun is capitalised, a noun after one of these is no
   * speaker, and the subject follows the verb.
   */
  prepositions?: string[];
  /**
   * Endings of a cue verb's participle or gerund ("saying", "diciendo"): after a comma its subject is
   * the clause's subject ("Roe ended the call, saying …"), not the noun just before the comma.
   */
  participleEndings?: string[];
  /** Words that open a participle clause as a comma does ("by warning", "while insisting"). */
  participleOpeners?: string[];
  /** Words that open a reported clause after a cue verb ("said that", "sagte, dass"). */
  complementizers?: string[];
  /** Words that open a subordinate clause before the main one ("As Roe spoke, …", "When …, …"). */
  subordinators?: string[];
  /** Words joining two names or two verbs of one subject ("Roe and Doe said", "y pidió", "et a ajouté"). */
  coordinators?: string[];
  /** Words naming the author after a work's title (“…,” by Jane Roe; „…“ von Max Frisch). */
  authorWords?: string[];
  /** Documents that carry someone's words ("issued a statement saying"): the issuer is the speaker. */
  documentNouns?: string[];
  /** Nouns of saying after a possessive ("Roe's suggestion that … “…”", "Doe's claim of “…”"): the owner said the words. */
  speechNouns?: string[];
  /** Words that open such a noun's content ("suggestion that …", "claim of …", "pledge to …"): without one the quotation says something about the words. */
  speechNounLinks?: string[];
  /** Relative pronouns opening a clause about the noun before them ("el informe que habla de …", "le rapport qui …"). */
  relativePronouns?: string[];
  /** Determiners only a subject takes (de "der" before a masculine noun, "ein"): the phrase they open is the subject. */
  nominativeDeterminers?: string[];
  /** Articles that open an apposition to a subject, in the nominative of any gender (de "der", "die", "das", "ein", "eine": "Karla Roe, die Vorsitzende …"). */
  appositionDeterminers?: string[];
  /** Determiners of a genitive complement after a noun ("der Sprecher des Ministeriums", "die Leiterin einer Schule"). */
  genitiveDeterminers?: string[];
  /**
   * Verb forms of reported speech (German Konjunktiv I: "sei", "habe", "müsse"): a clause in them
   * passes on someone else's words, so its own subject is not who speaks.
   */
  subjunctives?: string[];
  /**
   * Words of predication before a quoted complement ("bezeichnete den Plan als „…“"): what follows says
   * how someone called a thing, most often in their own words. A feature of the quotation model.
   */
  predicatives?: string[];
  /** Verbs of naming whose object complement may stand in marks ("nannte den Plan einen „…“"). A feature of the quotation model. */
  namingVerbs?: string[];
  /** Verbs of speaking about something, with their preposition ("sprach von", "ist die Rede von" as "rede von"). A feature of the quotation model. */
  speakingOf?: string[];
  /**
   * Cue verbs whose subject is an empty "es" ("heißt es", "hieß es"): the words belong to the document
   * or body named with a preposition in the clause ("In der Erklärung heißt es: …").
   */
  impersonalCues?: string[];
  /** Prepositions that name where such words stand ("in", "auf", "vom"). */
  sourcePrepositions?: string[];
  /** Nouns of words or views whose owner speaks ("nach Angaben des Leiters", "nach Ansicht von X"). */
  sourceNouns?: string[];
  /** Nouns of the words themselves ("die Worte", "der Passus", "die Aufschrift"): as a clause's subject they are the quotation, not who said it. */
  textNouns?: string[];
  /** Words opening a clause that says whose words the sentence gives ("Wie Roe erklärte, …", "…, wie die Zeitung schreibt"). */
  asOpeners?: string[];
  /**
   * Separable reporting verbs, as "verb particle" ("gab bekannt", "wies zurück"): the finite verb is a cue
   * only when its particle closes the clause ("EBay gab dazu bekannt:").
   */
  separableCues?: string[];
  /**
   * Finite auxiliaries of a compound tense where the verb comes second ("hat", "hatte"): after a quotation
   * such an auxiliary, its subject and a participle cue closing the clause attribute it ("„…“, hatte Roe
   * in einem Interview erklärt.").
   */
  finiteAuxiliaries?: string[];
  /** The finite auxiliary of a passive that may close a verb-final clause after its participle (de "wie Roe zitiert wird"). */
  passiveAuxiliaries?: string[];
  /** Object pronouns that may stand between a verb and its subject where the verb comes second ("so nannte ihn der Trainer"). */
  objectPronouns?: string[];
  /** Publications are named in quotation marks ("schreibt die „Zeit“"): such a name after a cue is its subject. */
  publicationsInMarks?: boolean;
  /** Pronouns that pick one out of a group in the genitive ("Einer der Helfer sagte"): a described speaker. */
  partitives?: string[];
  /** Weights of the quotation-or-not model trained on this language's real news (quote-model.ts), if any. */
  quoteModel?: QuoteModel;
  /**
   * A language with no annotated news to train on borrows another language's model: its features are
   * named, language-neutral signals (a cue verb in the sentence, a name inside, the span's length and
   * place), read through this language's own word lists. Checked on hand-labelled real pages.
   */
  quoteModelFrom?: string;
  /**
   * The model other languages borrow (the ones whose quoteModelFrom names this language), where it is not
   * this language's own: a logistic model weighs each named signal alone, which carries over to another
   * language's word lists; boosted trees learn how this language's news combines them (English's trees
   * highlighted more words the French pages' labels call terms: French exact P 0.932 -> 0.892).
   */
  lentQuoteModel?: QuoteModel;
  /** The language's names/<lang>.json, joined to it where lexicons are loaded (lexicons.ts, the build). */
  names?: NameData;
}

/** A lexicon ready for lookups: single words in sets, phrases as lists of word arrays. */
export interface Lexicon {
  lang: string;
  capitalizesNouns: boolean;
  stopwords: ReadonlySet<string>;
  nonNames: ReadonlySet<string>;
  nounSuffixes: readonly string[];
  openerEndings: readonly string[];
  affiliationWords: ReadonlySet<string>;
  cueVerbs: ReadonlySet<string>;
  audienceVerbs: ReadonlySet<string>;
  channelVerbs: ReadonlySet<string>;
  channelPhrases: readonly string[][];
  accordingTo: readonly string[][];
  accordingAfter: boolean;
  opinionOf: readonly string[][];
  backReferences: readonly string[][];
  surnameCaseEndings: readonly string[];
  obliqueNameEndings: readonly string[];
  narrativeInfinitives: ReadonlySet<string>;
  auxiliaries: ReadonlySet<string>;
  verbParticles: ReadonlySet<string>;
  pluralVerbEndings: readonly string[];
  personPronouns: ReadonlySet<string>;
  groupPronouns: ReadonlySet<string>;
  selfPronouns: ReadonlySet<string>;
  /** First- and second-person words: a quotation holding one is someone talking. */
  speechPronouns: ReadonlySet<string>;
  pronounVerbs: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
  obliqueDeterminers: ReadonlySet<string>;
  connectors: ReadonlySet<string>;
  roles: ReadonlySet<string>;
  roleModifiers: ReadonlySet<string>;
  speakerNouns: ReadonlySet<string>;
  roleSynonyms: ReadonlyArray<{ phrase: string[]; roles: string[] }>;
  leaderRoles: ReadonlySet<string>;
  orgWords: ReadonlySet<string>;
  bodyKinds: ReadonlySet<string>;
  titleTriggers: readonly string[][];
  scareTriggers: readonly string[][];
  mentionTriggers: readonly string[][];
  categoryNouns: ReadonlySet<string>;
  hypothetical: readonly string[][];
  thoughtVerbs: readonly string[][];
  mottoWords: ReadonlySet<string>;
  abbreviations: ReadonlySet<string>;
  timeWords: ReadonlySet<string>;
  elisions: ReadonlySet<string>;
  proDrop: boolean;
  personNeedsGivenName: boolean;
  subjectIsTopic: boolean;
  subjectAfterAdverbs: boolean;
  adjectivesFollowNoun: boolean;
  audienceTakesPreposition: boolean;
  doubleSurnames: boolean;
  clauseGovernsSentence: boolean;
  clauseGovernsClause: boolean;
  descriptionNeedsName: boolean;
  colonIntroducesQuotation: boolean;
  verbSecond: boolean;
  introductionEndsFloating: boolean;
  maxNameWords: number;
  caseless: boolean;
  quoteModel: QuoteModel | null;
  prepositions: ReadonlySet<string>;
  participleEndings: readonly string[];
  participleOpeners: ReadonlySet<string>;
  documentNouns: ReadonlySet<string>;
  speechNouns: ReadonlySet<string>;
  speechNounLinks: ReadonlySet<string>;
  relativePronouns: ReadonlySet<string>;
  complementizers: ReadonlySet<string>;
  subordinators: ReadonlySet<string>;
  coordinators: ReadonlySet<string>;
  authorWords: ReadonlySet<string>;
  genitiveDeterminers: ReadonlySet<string>;
  nominativeDeterminers: ReadonlySet<string>;
  appositionDeterminers: ReadonlySet<string>;
  subjunctives: ReadonlySet<string>;
  predicatives: ReadonlySet<string>;
  namingVerbs: ReadonlySet<string>;
  /** The prepositions each verb of speaking-about takes. */
  speakingOf: ReadonlyMap<string, ReadonlySet<string>>;
  impersonalCues: ReadonlySet<string>;
  sourcePrepositions: ReadonlySet<string>;
  sourceNouns: ReadonlySet<string>;
  textNouns: ReadonlySet<string>;
  asOpeners: ReadonlySet<string>;
  /** The particles each separable cue verb takes. */
  separableCues: ReadonlyMap<string, ReadonlySet<string>>;
  finiteAuxiliaries: ReadonlySet<string>;
  passiveAuxiliaries: ReadonlySet<string>;
  partitives: ReadonlySet<string>;
  publicationsInMarks: boolean;
  objectPronouns: ReadonlySet<string>;
  givenNames: ReadonlySet<string>;
  titles: ReadonlySet<string>;
  /** Raw data, for scripts without spaces (Japanese) that match by substring. */
  data: LexiconData;
}

/** The lexicons at hand, by language; English must be among them. */
export type LexiconSet = Readonly<Record<string, LexiconData>>;

const phrases = (list: readonly string[]): string[][] => list.map((entry) => entry.split(' '));

/** "gab bekannt", "gab an" -> gab: {bekannt, an}. */
function separable(list: readonly string[]): Map<string, Set<string>> {
  const byVerb = new Map<string, Set<string>>();
  for (const [verb, particle] of phrases(list)) {
    if (verb === undefined || particle === undefined) continue;
    byVerb.set(verb, (byVerb.get(verb) ?? new Set()).add(particle));
  }
  return byVerb;
}

/** The model a language without its own borrows from `from`: the one that language lends, or its own. */
function borrowedModel(from: string | undefined, lexicons: LexiconSet): QuoteModel | null {
  if (from === undefined) return null;
  const lender = lexicons[from];
  return lender?.lentQuoteModel ?? lender?.quoteModel ?? null;
}

function compile(data: LexiconData, lexicons: LexiconSet): Lexicon {
  return {
    lang: data.lang,
    capitalizesNouns: data.capitalizesNouns,
    stopwords: new Set(data.stopwords),
    nonNames: new Set(data.nonNames ?? []),
    nounSuffixes: data.nounSuffixes ?? [],
    openerEndings: data.openerEndings ?? [],
    affiliationWords: new Set(data.affiliationWords ?? []),
    cueVerbs: new Set(data.cueVerbs),
    audienceVerbs: new Set(data.audienceVerbs),
    channelVerbs: new Set(data.channelVerbs),
    channelPhrases: phrases(data.channelPhrases),
    accordingTo: phrases(data.accordingTo),
    accordingAfter: data.accordingAfter === true,
    opinionOf: phrases(data.opinionOf ?? []),
    backReferences: phrases(data.backReferences ?? []),
    surnameCaseEndings: data.surnameCaseEndings ?? [],
    obliqueNameEndings: data.obliqueNameEndings ?? [],
    narrativeInfinitives: new Set(data.narrativeInfinitives ?? []),
    auxiliaries: new Set(data.auxiliaries),
    verbParticles: new Set(data.verbParticles ?? []),
    pluralVerbEndings: data.pluralVerbEndings ?? [],
    personPronouns: new Set(data.pronouns.person),
    groupPronouns: new Set(data.pronouns.group),
    selfPronouns: new Set(data.pronouns.self),
    speechPronouns: new Set([...data.pronouns.self, ...(data.pronouns.speech ?? [])]),
    pronounVerbs: new Set(data.pronounVerbs),
    determiners: new Set(data.determiners),
    obliqueDeterminers: new Set(data.obliqueDeterminers ?? []),
    connectors: new Set(data.connectors),
    roles: new Set(data.roles),
    roleModifiers: new Set(data.roleModifiers ?? []),
    speakerNouns: new Set(data.speakerNouns),
    roleSynonyms: Object.entries(data.roleSynonyms ?? {}).map(([phrase, roles]) => ({ phrase: phrase.split(' '), roles })),
    leaderRoles: new Set(data.leaderRoles ?? []),
    orgWords: new Set(data.orgWords),
    bodyKinds: new Set(data.bodyKinds ?? []),
    titleTriggers: phrases(data.titleTriggers),
    scareTriggers: phrases(data.scareTriggers),
    mentionTriggers: phrases(data.mentionTriggers ?? []),
    categoryNouns: new Set(data.categoryNouns),
    hypothetical: phrases(data.hypothetical),
    thoughtVerbs: phrases(data.thoughtVerbs ?? []),
    mottoWords: new Set(data.mottoWords),
    abbreviations: new Set(data.abbreviations),
    timeWords: new Set(data.timeWords),
    elisions: new Set(data.elisions),
    proDrop: data.proDrop,
    personNeedsGivenName: data.personNeedsGivenName === true,
    subjectIsTopic: data.subjectIsTopic === true,
    subjectAfterAdverbs: data.subjectAfterAdverbs === true,
    adjectivesFollowNoun: data.adjectivesFollowNoun === true,
    audienceTakesPreposition: data.audienceTakesPreposition === true,
    doubleSurnames: data.doubleSurnames === true,
    clauseGovernsSentence: data.clauseGovernsSentence === true,
    clauseGovernsClause: data.clauseGovernsClause === true,
    descriptionNeedsName: data.descriptionNeedsName === true,
    colonIntroducesQuotation: data.colonIntroducesQuotation === true,
    verbSecond: data.verbSecond === true,
    introductionEndsFloating: data.introductionEndsFloating === true,
    maxNameWords: data.maxNameWords,
    caseless: data.caseless,
    quoteModel: data.quoteModel ?? borrowedModel(data.quoteModelFrom, lexicons),
    prepositions: new Set(data.prepositions ?? []),
    participleEndings: data.participleEndings ?? [],
    participleOpeners: new Set(data.participleOpeners ?? []),
    documentNouns: new Set(data.documentNouns ?? []),
    speechNouns: new Set(data.speechNouns ?? []),
    speechNounLinks: new Set(data.speechNounLinks ?? []),
    relativePronouns: new Set(data.relativePronouns ?? []),
    complementizers: new Set(data.complementizers ?? []),
    subordinators: new Set(data.subordinators ?? []),
    coordinators: new Set(data.coordinators ?? []),
    authorWords: new Set(data.authorWords ?? []),
    genitiveDeterminers: new Set(data.genitiveDeterminers ?? []),
    nominativeDeterminers: new Set(data.nominativeDeterminers ?? []),
    appositionDeterminers: new Set(data.appositionDeterminers ?? []),
    subjunctives: new Set(data.subjunctives ?? []),
    predicatives: new Set(data.predicatives ?? []),
    namingVerbs: new Set(data.namingVerbs ?? []),
    speakingOf: separable(data.speakingOf ?? []),
    impersonalCues: new Set(data.impersonalCues ?? []),
    sourcePrepositions: new Set(data.sourcePrepositions ?? []),
    sourceNouns: new Set(data.sourceNouns ?? []),
    textNouns: new Set(data.textNouns ?? []),
    asOpeners: new Set(data.asOpeners ?? []),
    separableCues: separable(data.separableCues ?? []),
    finiteAuxiliaries: new Set(data.finiteAuxiliaries ?? []),
    passiveAuxiliaries: new Set(data.passiveAuxiliaries ?? []),
    partitives: new Set(data.partitives ?? []),
    publicationsInMarks: data.publicationsInMarks === true,
    objectPronouns: new Set(data.objectPronouns ?? []),
    givenNames: new Set(data.names?.givenNames ?? []),
    titles: new Set(data.names?.titles ?? []),
    data,
  };
}

const compiled = new WeakMap<LexiconData, Lexicon>();

/** Compounds end in a role (or an organisation word) of at least this many letters ("vereinschef"). */
export const MIN_COMPOUND_ROLE = 4;
/**
 * The words of a list (roles, organisation words) a compound may end in, by their last MIN_COMPOUND_ROLE
 * letters: a few candidates per word, not the whole list. Made once per list.
 */
const wordsByEnding = new WeakMap<ReadonlySet<string>, Map<string, string[]>>();

export function compoundEndings(words: ReadonlySet<string>): Map<string, string[]> {
  let byEnding = wordsByEnding.get(words);
  if (byEnding === undefined) {
    byEnding = new Map();
    for (const word of words) {
      if (word.length < MIN_COMPOUND_ROLE) continue;
      const ending = word.slice(-MIN_COMPOUND_ROLE);
      byEnding.set(ending, [...(byEnding.get(ending) ?? []), word]);
    }
    wordsByEnding.set(words, byEnding);
  }
  return byEnding;
}

/** Whether `lower` is a role word: listed, or (in compounds) ending in one ("fnv-voorzitter", "vereinschef"). */
export function isRole(lower: string, lexicon: Lexicon): boolean {
  const word = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  if (lexicon.roles.has(word)) return true;
  const dash = word.lastIndexOf('-');
  if (dash > 0 && lexicon.roles.has(word.slice(dash + 1))) return true;
  if (!lexicon.capitalizesNouns) return false;
  // A role the word ends in shares its last letters: only the roles with that ending are tried.
  for (const role of compoundEndings(lexicon.roles).get(word.slice(-MIN_COMPOUND_ROLE)) ?? []) {
    if (word.length > role.length + 2 && word.endsWith(role)) return true;
  }
  return false;
}

/** Whether `lower` ends like an adverb or participle opening a sentence ("swiftly", "turning": the lexicon's `openerEndings`). */
export const hasOpenerEnding = (lower: string, lexicon: Lexicon): boolean =>
  lexicon.openerEndings.some((ending) => lower.length > ending.length + 2 && lower.endsWith(ending));

/** `words` (lower case) open one of the language's role synonyms ("jefe del ejecutivo …"): that synonym, or null. */
export function roleSynonymAt(words: readonly string[], lexicon: Lexicon): { phrase: string[]; roles: string[] } | null {
  for (const synonym of lexicon.roleSynonyms) {
    if (synonym.phrase.every((word, k) => words[k]?.replace(/\u2019/gu, "'") === word)) return synonym;
  }
  return null;
}

/** The lexicon for a language; English when the language has no lexicon of its own. */
export function lexiconFor(lang: string, lexicons: LexiconSet): Lexicon {
  const data = lexicons[lang] ?? lexicons['en'];
  if (data === undefined) throw new Error('no English lexicon at hand');
  let lexicon = compiled.get(data);
  if (lexicon === undefined) {
    lexicon = compile(data, lexicons);
    compiled.set(data, lexicon);
  }
  return lexicon;
}

/** The primary subtag of a BCP 47 tag, lower case ("de-AT" -> "de"); null when there is none. */
export function primaryLanguage(tag: string | null): string | null {
  const match = /^\s*([a-z]{2,3})\b/i.exec(tag ?? '');
  return match ? (match[1] as string).toLowerCase() : null;
}

const JAPANESE = /[\u3040-\u30ff]/;
const WORD = /[\p{L}]+/gu;
const SAMPLE_CHARS = 4000;

/**
 * Guesses the article's language when the page does not say, by counting each lexicon's stop words
 * in the first few thousand characters. Cheap, and good enough to pick a cue-verb list.
 */
export function guessLanguage(text: string, lexicons: LexiconSet): string {
  const sample = text.slice(0, SAMPLE_CHARS);
  if (JAPANESE.test(sample)) return 'ja';
  const counts = new Map<string, number>();
  for (const match of sample.toLowerCase().matchAll(WORD)) {
    for (const lang of LEXICON_LANGUAGES) {
      if (lang === 'ja' || lexicons[lang] === undefined) continue;
      if (lexiconFor(lang, lexicons).stopwords.has(match[0])) counts.set(lang, (counts.get(lang) ?? 0) + 1);
    }
  }
  let best = 'en';
  let bestCount = 0;
  for (const [lang, count] of counts) {
    if (count > bestCount) {
      best = lang;
      bestCount = count;
    }
  }
  return best;
}
