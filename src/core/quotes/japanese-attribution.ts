/**
 * Attribution for Japanese, which has no spaces and no capitals: the speaker is the topic or subject
 * of the clause ("石破茂首相は「…」と述べた", "「…」と田中氏は話した", "外務省によると「…」"), found by
 * the particles は / が / によると and the quotative と + verb, not by capitalised words.
 */
import type { Attribution } from './attribute-speaker.js';
import type { Lexicon } from './lexicon.js';
import type { SpeakerPhrase } from './noun-phrase.js';

const CLAUSE_END = /[。！？\n]/u;
const SUBJECT = /([^、。「」『』\s]{1,24}?)(?:は|が)/u;
const WINDOW = 60;

/** The speaker noun without its honorific or title ("石破茂首相" -> "石破茂", "田中一郎氏" -> "田中一郎"). */
function bareName(text: string, lexicon: Lexicon): string {
  let name = text;
  for (let changed = true; changed;) {
    changed = false;
    for (const role of lexicon.data.roles) {
      if (name.length > role.length && name.endsWith(role)) {
        name = name.slice(0, -role.length);
        changed = true;
      }
    }
  }
  return name;
}

function phrase(text: string, lexicon: Lexicon): SpeakerPhrase {
  if (lexicon.personPronouns.has(text)) return { text, kind: 'pronoun', role: null, from: -1, to: -1 };
  if (lexicon.selfPronouns.has(text)) return { text, kind: 'self', role: null, from: -1, to: -1 };
  const organisation = lexicon.data.orgWords.some((word) => text.endsWith(word));
  const name = bareName(text, lexicon);
  return { text: name, kind: organisation ? 'organisation' : 'name', role: name === text ? null : text.slice(name.length), from: -1, to: -1 };
}

/** Attribution of the quotation at [start, end) of a Japanese block's text (`floor`: where its clause may start). */
export function japaneseAttribution(text: string, start: number, end: number, floor: number, lexicon: Lexicon): Attribution {
  const after = text.slice(end, end + WINDOW);
  const cue = lexicon.data.cueVerbs.find((verb) => after.startsWith(verb));
  // 「…」と田中氏は述べた: the subject between と and the verb.
  const inverted = /^と、?([^、。「」『』\s]{1,24}?)(?:は|が)/u.exec(after);
  let before = text.slice(Math.max(floor, start - WINDOW), start);
  const clauseStart = Math.max(...[...before].map((ch, index) => (CLAUSE_END.test(ch) ? index + 1 : 0)), 0);
  before = before.slice(clauseStart);
  if (inverted !== null && lexicon.data.cueVerbs.some((verb) => after.slice(inverted[0].length).startsWith(verb.slice(1)) || after.includes(verb.slice(1)))) {
    return { phrase: phrase(inverted[1] as string, lexicon), pattern: 'after', adjacent: true, end: -1 };
  }
  for (const according of lexicon.data.accordingTo) {
    const at = before.indexOf(according);
    if (at > 0) return { phrase: phrase(before.slice(0, at).replace(/^.*[、]/u, ''), lexicon), pattern: 'according', adjacent: false, end: -1 };
  }
  const subject = SUBJECT.exec(before);
  if (cue !== undefined && subject !== null) return { phrase: phrase(subject[1] as string, lexicon), pattern: 'before', adjacent: true, end: -1 };
  if (cue !== undefined) return { phrase: { text: '', kind: 'elided', role: null, from: -1, to: -1 }, pattern: 'before', adjacent: true, end: -1 };
  return { phrase: null, pattern: 'none', adjacent: false, end: -1 };
}
