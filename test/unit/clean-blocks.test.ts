import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cleanedText } from '../support/cleaned.js';
import { hasMoreTextThan } from '../../src/core/clean/block-measure.js';

const cleaned = cleanedText;

const BODY = '<p>The finance ministry said on Tuesday that the deficit narrowed to 4.4 per cent of GDP in the last fiscal year, helped by strong tax receipts.</p>';
const BODY_TEXT = 'The finance ministry said on Tuesday that the deficit narrowed to 4.4 per cent of GDP in the last fiscal year, helped by strong tax receipts.';

describe('labels', () => {
  it.each([
    'Advertisement', 'ADVERTISEMENT', 'Listen to This Article', 'Listen to this article · 4 min', 'Story continues below advertisement',
    'Sponsored', 'Anzeige', 'Publicité', 'Publicidad', 'Publicidade', 'Pubblicità', 'Реклама', 'विज्ञापन', '広告',
    'No comments yet', 'Keine Kommentare', 'Kommentare insgesamt: 0',
  ])('removes a block that is only "%s"', (label) => {
    expect(cleaned(`${BODY}<div><span>${label}</span></div>${BODY}`)).toBe(`${BODY_TEXT}\n\n${BODY_TEXT}`);
  });

  it('keeps a paragraph that starts with a label word', () => {
    const html = '<p>Advertisement spending in India rose 9 per cent last year, the industry body said.</p>';
    expect(cleaned(html)).toBe('Advertisement spending in India rose 9 per cent last year, the industry body said.');
  });
});

describe('dated lines that repeat the metadata', () => {
  it.each([
    'First Published: Jul 04 2025 | 1:29 PM IST', 'Updated - July 04, 2025 01:29 pm IST', 'Last Updated on 4 July 2025',
    'Veröffentlicht am 04.07.2025, 13:29 Uhr', 'Publié le 04/07/2025 à 13h29', 'Actualizado: 04/07/2025 13:29',
    'Atualizado em 04/07/2025 - 13h29', 'Pubblicato il 4 luglio 2025', 'Опубликовано: 04.07.2025 13:29', 'प्रकाशित: 04 जुलाई 2025',
    'Aufrufe: 1120 | Hinzugefügt von: Redaktion',
  ])('removes "%s"', (line) => {
    expect(cleaned(`${BODY}<div>${line}</div>`)).toBe(BODY_TEXT);
  });

  it('keeps a sentence that starts with "Published"', () => {
    const html = '<p>Published figures for 2024 show a steep rise in exports to the Gulf, the ministry said in a statement on Friday.</p>';
    expect(cleaned(html)).toBe('Published figures for 2024 show a steep rise in exports to the Gulf, the ministry said in a statement on Friday.');
  });
});

describe('tag and share lists', () => {
  it('removes "Topics :" followed by links', () => {
    const html = `${BODY}<div><span>Topics :</span> <a href="https://x.test/1">Vladimir Putin</a> <a href="https://x.test/2">Donald Trump</a></div>`;
    expect(cleaned(html)).toBe(BODY_TEXT);
  });

  it('removes a share bar', () => {
    const html = `${BODY}<ul><li><a href="https://x.test/fb">Facebook</a></li><li><a href="https://x.test/x">X</a></li><li><a href="https://wa.me/">WhatsApp</a></li><li><a href="mailto:a@b.c">Email</a></li></ul>`;
    expect(cleaned(html)).toBe(BODY_TEXT);
  });

  it('keeps a sentence about topics', () => {
    const html = '<p>Topics: the summit covered trade, climate and the war in Ukraine, <a href="https://x.test/s">officials said</a> after the talks ended late on Friday.</p>';
    expect(cleaned(html)).toContain('Topics: the summit covered trade');
  });
});

describe('calls to action', () => {
  it('removes the example page\'s Telegram call to action', () => {
    const html = `${BODY}<div><p>Don't miss the most important news and views of the day. Get them on our <a href="https://t.me/bsindia">Telegram channel</a></p></div>`;
    expect(cleaned(html)).toBe(BODY_TEXT);
  });

  it.each([
    'Follow us on <a href="https://x.test">Google News</a> for the latest updates.',
    'Catch all the Business News and Latest News Updates. Download The <a href="https://x.test">Mint News App</a> to get Daily Market Updates.',
    'Sign up for our <a href="https://x.test">morning briefing</a> newsletter.',
    'Abonnieren Sie jetzt unseren <a href="https://x.test">Newsletter</a>.',
    'Suivez-nous sur <a href="https://x.test">WhatsApp</a>.',
    'Síguenos en <a href="https://x.test">Telegram</a>.',
    'Receba as principais notícias no seu e-mail: <a href="https://x.test">assine</a>.',
    'Seguici su <a href="https://x.test">Instagram</a>.',
    'Подписывайтесь на наш <a href="https://x.test">Telegram-канал</a>.',
    'ताज़ा खबरों के लिए हमें <a href="https://x.test">व्हाट्सऐप</a> पर फॉलो करें',
  ])('removes "%s"', (call) => {
    expect(cleaned(`${BODY}<p>${call}</p>`)).toBe(BODY_TEXT);
  });

  it.each([
    'Keep up with the harbour towns by signing up to our weekend newsletter.',
    'Did this report change your mind? Submit your letter to the editor of the Gazette.',
    'Found this guide to the trails useful? Please consider supporting our small team.',
    'You must be logged in to post a comment.',
    'Abonnieren Sie kostenlos die Newsletter der Redaktion.',
    'Verpassen Sie keine Nachrichten mehr aus der Region.',
    'Sie sind aktuell nicht eingeloggt.',
    'Zum Mitdiskutieren müssen Sie eingeloggt sein.',
    'War der Artikel hilfreich?',
    'Artikel gefallen? Vergiss nicht, ihn zu teilen!',
    'Valora esta noticia', 'Hazte socio y apoya a la redacción del valle',
  ])('removes the site\'s own prompt "%s"', (call) => {
    expect(cleaned(`${BODY}<p>${call}</p>${BODY}`)).toBe(`${BODY_TEXT}\n\n${BODY_TEXT}`);
  });

  it('keeps prose that mentions Telegram', () => {
    const prose = 'Pavel Durov, who founded Telegram, said the messaging app would cooperate with investigators and share the phone numbers of suspects on request.';
    expect(cleaned(`${BODY}<p>${prose}</p>`)).toBe(`${BODY_TEXT}\n\n${prose}`);
  });

  it('keeps a Russian report citing a Telegram channel as its source', () => {
    const prose = 'Об этом сообщил Telegram-канал Baza со ссылкой на источники в экстренных службах города.';
    expect(cleaned(`${BODY}<p>${prose}</p>`)).toBe(`${BODY_TEXT}\n\n${prose}`);
  });

  it('keeps a quoted appeal', () => {
    const prose = '“Follow us on Telegram for updates on the evacuation,” the regional governor told residents.';
    expect(cleaned(`${BODY}<p>${prose}</p>`)).toBe(`${BODY_TEXT}\n\n${prose}`);
  });

  it('keeps a short article whose wrapper also holds a call to action', () => {
    const html = `<div>${BODY}<p>Follow us on <a href="https://x.test">X</a></p></div>`;
    expect(cleaned(html)).toBe(BODY_TEXT);
  });
});

describe('agency credits', () => {
  it('keeps "[With agency inputs]": it is the newsroom telling where the story comes from', () => {
    expect(cleaned(`${BODY}<p><em>[With agency inputs]</em></p>`)).toBe(`${BODY_TEXT}\n\n[With agency inputs]`);
  });
});

describe('hasMoreTextThan: the cheap length test before a block is read', () => {
  const { document } = new JSDOM('<div id="d"><p>abc<b>de</b></p><!-- a long comment that is not text --><p>fg</p></div>').window;
  const div = document.getElementById('d') as Element;

  it('counts the text as textContent does, comments left out, across nesting', () => {
    expect(div.textContent?.length).toBe(7);
    expect(hasMoreTextThan(div, 6)).toBe(true);
    expect(hasMoreTextThan(div, 7)).toBe(false);
    expect(hasMoreTextThan(div, 0)).toBe(true);
    expect(hasMoreTextThan(document.createElement('p'), 0)).toBe(false);
  });
});

describe('rights and syndication lines', () => {
  it.each([
    '© 2025 Harbour Gazette. All rights reserved.',
    'Copyright © 2025 Northfield Media Ltd.',
    'This story is the copyrighted property of the Valley Courier and may be reprinted only with our consent.',
    'Dieser Beitrag ist unter einer Creative-Commons-Lizenz frei nutzbar; die Bilder sind davon ausgenommen.',
    'Alle Rechte vorbehalten. Nachdruck nur mit Genehmigung.',
    'Tous droits réservés.', 'Todos los derechos reservados.', 'Para licenciar este artículo, contacte con el departamento de ventas.', 'Todos os direitos reservados.', 'Riproduzione riservata', 'Все права защищены.',
  ])('removes "%s"', (line) => {
    expect(cleaned(`${BODY}<p>${line}</p>`)).toBe(BODY_TEXT);
  });

  it('keeps the story\'s own sentences about copyright and licences', () => {
    const story = '<p>Copyright law in the union has changed twice since 2019, and the court said all rights reserved by the author survive the sale.</p>'
      + '<p>“All rights reserved is not a spell,” the judge said.</p>';
    expect(cleaned(`${BODY}${story}`)).toContain('Copyright law in the union');
    expect(cleaned(`${BODY}${story}`)).toContain('“All rights reserved is not a spell,”');
  });
});
