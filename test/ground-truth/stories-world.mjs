// Invented but plausible news stories in Hindi, German, French, Spanish, Portuguese, Russian, Japanese and
// Italian for the ground-truth pages (see build-pages.mjs).
const story = (slug, style, lang, title, dek, byline, dateText, tags, related, body, extra = {}) => ({
  slug, style, lang, title, dek, byline, date: '2025-07-04T09:30:00Z', dateText, tags, related, body, ...extra,
});

export const STORIES_WORLD = [
  story('hindi-monsoon-up', 'hindi', 'hi', 'उत्तर प्रदेश में मानसून की दस्तक, 40 जिलों में भारी बारिश का अलर्ट',
    'मौसम विभाग ने अगले तीन दिनों तक गरज के साथ बारिश की चेतावनी दी है।', 'संजय मिश्रा', '06 जुलाई 2025, 08:15 PM',
    ['मानसून', 'मौसम'], ['दिल्ली में उमस से लोग बेहाल', 'बिहार में नदियां उफान पर'],
    `लखनऊ। उत्तर प्रदेश में मानसून ने तय समय से दो दिन पहले दस्तक दे दी है। मौसम विभाग ने रविवार को प्रदेश के 40 जिलों में भारी बारिश का अलर्ट जारी किया है।

लखनऊ, कानपुर और प्रयागराज में सुबह से ही रुक-रुक कर बारिश होती रही, जिससे तापमान में पांच डिग्री तक की गिरावट दर्ज की गई।

{teaser दिल्ली में उमस से लोग बेहाल}

{ad}

मौसम वैज्ञानिक अतुल कुमार सिंह ने बताया, "अगले तीन दिनों तक पूर्वी और मध्य उत्तर प्रदेश में अच्छी बारिश होगी। किसानों को धान की रोपाई की तैयारी कर लेनी चाहिए।"

प्रशासन ने निचले इलाकों में रहने वाले लोगों से सतर्क रहने की अपील की है और बाढ़ नियंत्रण कक्ष को चौबीसों घंटे सक्रिय रखने के निर्देश दिए हैं।

गोरखपुर और बस्ती मंडल में राप्ती और घाघरा नदियों का जलस्तर लगातार बढ़ रहा है। सिंचाई विभाग के अधिकारियों ने बताया कि बैराजों पर लगातार नजर रखी जा रही है और जरूरत पड़ने पर निचले इलाकों से लोगों को सुरक्षित स्थानों पर पहुंचाया जाएगा। जिलाधिकारियों को राहत शिविरों की तैयारी पूरी रखने के निर्देश दिए गए हैं।

कृषि विभाग के अनुसार इस बार प्रदेश में धान का रकबा पिछले साल से करीब पांच प्रतिशत ज्यादा रहने की उम्मीद है। अच्छी बारिश से खरीफ की बुआई में तेजी आएगी और किसानों को सिंचाई पर होने वाले खर्च से भी राहत मिलेगी, विभाग के एक वरिष्ठ अधिकारी ने कहा।

{cta}`),

  story('hindi-cricket-win', 'hindi', 'hi', 'भारत ने इंग्लैंड को 336 रन से हराया, एजबेस्टन में पहली टेस्ट जीत',
    'आकाश दीप ने मैच में 10 विकेट लेकर जीत में अहम भूमिका निभाई।', 'खेल डेस्क', '06 जुलाई 2025, 10:40 PM',
    ['क्रिकेट', 'टीम इंडिया'], ['शुभमन गिल ने तोड़ा रिकॉर्ड', 'सीरीज 1-1 से बराबर'],
    `बर्मिंघम। भारतीय टीम ने एजबेस्टन टेस्ट में इंग्लैंड को 336 रन से हराकर पांच मैचों की सीरीज 1-1 से बराबर कर ली। यह इस मैदान पर भारत की पहली टेस्ट जीत है।

जीत के लिए 608 रन का पीछा करते हुए इंग्लैंड की दूसरी पारी 271 रन पर सिमट गई। तेज गेंदबाज आकाश दीप ने दूसरी पारी में छह विकेट लिए।

{ad}

कप्तान शुभमन गिल ने मैच के बाद कहा, "यह पूरी टीम की जीत है। गेंदबाजों ने जिस तरह से वापसी की, उस पर मुझे गर्व है।"

{teaser शुभमन गिल ने तोड़ा रिकॉर्ड}

गिल ने इस मैच में कुल 430 रन बनाए, जो किसी एक टेस्ट में किसी भारतीय बल्लेबाज का सबसे बड़ा स्कोर है। सीरीज का तीसरा मैच 10 जुलाई से लॉर्ड्स में खेला जाएगा।

पहली पारी में गिल ने 269 रन की पारी खेली थी और दूसरी पारी में 161 रन बनाए। वह एक ही टेस्ट में दोहरा शतक और शतक लगाने वाले दुनिया के नौवें बल्लेबाज बन गए। पूर्व कप्तान सुनील गावस्कर ने उनकी बल्लेबाजी को हाल के वर्षों की सबसे बेहतरीन पारियों में से एक बताया।

इंग्लैंड के कप्तान बेन स्टोक्स ने हार स्वीकार करते हुए कहा कि उनकी टीम पूरे मैच में भारत के दबाव का जवाब नहीं दे पाई। उन्होंने कहा कि लॉर्ड्स की पिच पर तेज गेंदबाजों को ज्यादा मदद मिलेगी और टीम वहां मजबूती से वापसी करेगी।`),

  story('hindi-metro-patna', 'hindi', 'hi', 'पटना मेट्रो का ट्रायल रन सफल, अगस्त से यात्री सेवा शुरू होने की उम्मीद',
    'पहले चरण में न्यू आईएसबीटी से जीरो माइल तक चलेगी मेट्रो।', 'राजेश कुमार', '03 जुलाई 2025, 06:20 PM',
    ['पटना मेट्रो', 'बिहार'], ['पटना में जाम से राहत की तैयारी', 'बिहार में नई सड़क परियोजनाएं'],
    `पटना। राजधानी पटना में मेट्रो का पहला ट्रायल रन गुरुवार को सफलतापूर्वक पूरा हुआ। ट्रेन न्यू आईएसबीटी से भूतनाथ स्टेशन तक करीब 20 किलोमीटर प्रति घंटे की रफ्तार से चली।

पटना मेट्रो रेल कॉरपोरेशन के अधिकारियों ने बताया कि सुरक्षा जांच पूरी होने के बाद अगस्त के मध्य तक यात्री सेवा शुरू की जा सकती है।

{ad}

## पहले चरण में तीन स्टेशन

पहले चरण में न्यू आईएसबीटी, जीरो माइल और भूतनाथ स्टेशन के बीच मेट्रो चलेगी। अधिकारियों के मुताबिक शुरुआत में हर 20 मिनट पर एक ट्रेन चलाई जाएगी।

{cta}

नगर विकास मंत्री ने कहा कि मेट्रो शुरू होने से शहर में जाम की समस्या से काफी राहत मिलेगी।

पूरी परियोजना के तहत पटना में दो कॉरिडोर बनाए जा रहे हैं, जिनकी कुल लंबाई करीब 31 किलोमीटर है। पहला कॉरिडोर दानापुर से मीठापुर तक और दूसरा पटना जंक्शन से न्यू आईएसबीटी तक जाएगा। अधिकारियों के मुताबिक भूमिगत हिस्से का काम तेजी से चल रहा है और 2027 तक पूरी परियोजना पूरी करने का लक्ष्य है।

शहर के व्यापारियों और रोज दफ्तर जाने वाले लोगों ने मेट्रो के ट्रायल रन पर खुशी जताई। बोरिंग रोड के रहने वाले एक शिक्षक ने कहा कि सुबह के समय गांधी मैदान तक पहुंचने में अभी एक घंटे से ज्यादा लग जाता है और मेट्रो चलने से यह समय आधा रह जाएगा।`),

  story('spiegel-bahn-strecken', 'spiegel', 'de', 'Bahn sperrt 2026 mehr als 40 Strecken für Generalsanierung',
    'Fahrgäste müssen sich auf monatelange Umleitungen und Ersatzbusse einstellen.', 'Serafin Reiber', '04.07.2025, 13.29 Uhr',
    ['Deutsche Bahn', 'Verkehr'], ['Pünktlichkeit der Bahn sinkt weiter', 'Deutschlandticket wird teurer'],
    `Die Deutsche Bahn will im kommenden Jahr mehr als 40 Strecken vollständig sperren, um sie grundlegend zu sanieren. Das geht aus einer Planung hervor, die das Unternehmen am Freitag in Berlin vorgestellt hat.

Betroffen sind unter anderem die Verbindungen zwischen Hamburg und Hannover sowie zwischen Köln und Hagen. Die Sperrungen sollen jeweils bis zu fünf Monate dauern.

{ad}

»Wir wissen, dass das für viele Fahrgäste eine Zumutung ist«, sagte Infrastrukturvorstand Berthold Huber. »Aber nur so bekommen wir ein Netz, das wieder zuverlässig funktioniert.«

{teaser Pünktlichkeit der Bahn sinkt weiter}

## Kritik vom Fahrgastverband

Der Fahrgastverband Pro Bahn kritisierte, die Ersatzverkehre seien oft schlecht organisiert. Auf der bereits sanierten Riedbahn zwischen Frankfurt und Mannheim sei es zu Beginn zu erheblichen Problemen gekommen.

Bis 2030 sollen insgesamt rund 4000 Kilometer des Netzes auf diese Weise erneuert werden.`),

  story('spiegel-hitzewelle', 'spiegel', 'de', 'Hitzewelle: Erste Städte rufen Hitzewarnstufe aus',
    'In Teilen Süddeutschlands werden bis zu 38 Grad erwartet.', 'Julia Merlot', '01.07.2025, 09.12 Uhr',
    ['Wetter', 'Klimakrise'], ['So schützen Sie sich vor Hitze', 'Waldbrandgefahr steigt'],
    `Mehrere Städte in Baden-Württemberg und Bayern haben am Dienstag die höchste Hitzewarnstufe ausgerufen. Der Deutsche Wetterdienst rechnet im Oberrheingraben mit Temperaturen von bis zu 38 Grad.

Kommunen öffneten kühle Räume in Kirchen und Bibliotheken, in Stuttgart verteilten Helfer Wasser an Obdachlose.

{related So schützen Sie sich vor Hitze; Waldbrandgefahr steigt}

Ärztinnen und Ärzte rieten, viel zu trinken und körperliche Anstrengung in der Mittagszeit zu vermeiden. Besonders gefährdet seien ältere Menschen und kleine Kinder.

{ad}

Zum Wochenende soll eine Kaltfront Abkühlung bringen, allerdings mit der Gefahr schwerer Gewitter.`),

  story('zeit-wohngeld', 'zeit', 'de', 'Mehr Haushalte beziehen Wohngeld als je zuvor',
    'Nach der Reform ist die Zahl der Empfänger deutlich gestiegen.', 'Lisa Nienhaus', '03. Juli 2025, 15:40 Uhr',
    ['Wohnen', 'Sozialpolitik'], ['Mieten steigen in Großstädten weiter', 'Bauministerin will Neubau beschleunigen'],
    `Die Zahl der Haushalte, die in Deutschland Wohngeld beziehen, hat einen Höchststand erreicht. Ende 2024 erhielten rund 1,2 Millionen Haushalte den staatlichen Zuschuss zur Miete, wie das Statistische Bundesamt mitteilte.

Das waren fast doppelt so viele wie vor der Reform im Jahr 2023, mit der die Bundesregierung den Kreis der Berechtigten deutlich erweitert hatte.

{ad}

Im Durchschnitt erhielten die Haushalte 297 Euro im Monat. Die meisten Empfänger sind Rentnerinnen und Rentner sowie Alleinerziehende.

{teaser Mieten steigen in Großstädten weiter}

Sozialverbände begrüßten die Entwicklung, forderten aber zugleich, die Bearbeitung der Anträge zu beschleunigen. In manchen Städten warten Antragsteller bis zu sechs Monate auf einen Bescheid.`,
    { kicker: 'Wohngeld' }),

  story('zeit-wolf', 'zeit', 'de', 'Bundesrat stimmt leichterem Abschuss von Wölfen zu',
    'Der Schutzstatus des Wolfs wird auch in Deutschland gesenkt.', 'Ferdinand Otto', '11. Juli 2025, 12:05 Uhr',
    ['Wolf', 'Naturschutz', 'Landwirtschaft'], ['Wie viele Wölfe leben in Deutschland?', 'Weidetierhalter fordern Hilfe'],
    `Der Bundesrat hat einer Änderung des Naturschutzgesetzes zugestimmt, die den Abschuss von Wölfen erleichtert. Damit setzt Deutschland eine Entscheidung der Europäischen Union um, den Schutzstatus des Tieres zu senken.

Künftig sollen die Länder Wölfe in Regionen mit vielen Rissen von Weidetieren leichter zum Abschuss freigeben können.

{ad}

Bauernverbände begrüßten den Beschluss. Naturschützer warnten dagegen, der Bestand sei noch nicht stabil. »Der Wolf ist kein Problemtier, sondern Teil unserer Natur«, sagte ein Sprecher des Naturschutzbundes.

{teaser Wie viele Wölfe leben in Deutschland?}

Nach Angaben des Bundesamts für Naturschutz leben in Deutschland derzeit etwa 1600 Wölfe in rund 200 Rudeln.`,
    { kicker: 'Naturschutz' }),

  story('lemonde-canicule', 'lemonde', 'fr', 'Canicule : seize départements placés en vigilance rouge',
    'Météo-France prévoit des températures jusqu’à 41 °C dans le Sud-Ouest.', 'Le Quotidien avec AFP', '01 juillet 2025 à 12h05',
    ['Météo', 'Climat'], ['Les écoles fermées dans plusieurs villes', 'Comment se protéger de la chaleur'],
    `Seize départements ont été placés en vigilance rouge canicule mardi, a annoncé Météo-France, alors qu’un épisode de chaleur exceptionnel touche une grande partie du pays depuis plus d’une semaine.

Paris et l’Ile-de-France sont concernés, ainsi que plusieurs départements du Centre et de la vallée du Rhône. Des températures de 41 °C sont attendues dans le Sud-Ouest.

{teaser Les écoles fermées dans plusieurs villes}

« Nous sommes face à un épisode d’une intensité rare pour un début juillet », a déclaré le prévisionniste François Gourand.

{ad}

Près de 1 900 écoles ont été fermées totalement ou partiellement, selon le ministère de l’éducation. La préfecture de police a limité la circulation des véhicules les plus polluants dans la capitale.

{cta}`),

  story('lemonde-retraites', 'lemonde', 'fr', 'Retraites : le conclave se sépare sans accord',
    'Syndicats et patronat ne sont pas parvenus à s’entendre sur l’âge de départ.', 'Bertrand Bissuel', '24 juin 2025 à 08h30',
    ['Retraites', 'Syndicats'], ['Ce que prévoit la réforme de 2023', 'Le gouvernement reprend la main'],
    `Après quatre mois de discussions, les partenaires sociaux réunis au sein du « conclave » sur les retraites se sont séparés, lundi soir, sans parvenir à un accord, a-t-on appris auprès de plusieurs participants.

Les négociations ont achoppé sur la question de la pénibilité et sur l’âge légal de départ, fixé à 64 ans par la réforme de 2023.

{ad}

## Le gouvernement reprend la main

Le premier ministre a indiqué qu’il présenterait ses propres propositions d’ici à la mi-juillet. « Le dialogue n’est pas terminé », a assuré son entourage.

{teaser Ce que prévoit la réforme de 2023}

La CFDT a regretté une « occasion manquée », tandis que le Medef a estimé que les conditions d’un compromis n’étaient pas réunies.`),

  story('figaro-louvre', 'figaro', 'fr', 'Le Louvre fermé une journée par une grève surprise des agents',
    'Des milliers de visiteurs sont restés devant la pyramide.', 'Claire Bommelaer', '16 juin 2025 à 18:42',
    ['Louvre', 'Musées', 'Grève'], ['Le Louvre va créer une nouvelle entrée', 'La fréquentation des musées en hausse'],
    `Le musée du Louvre est resté fermé lundi à la suite d’un mouvement social spontané des agents d’accueil et de surveillance, qui dénoncent le manque d’effectifs et l’afflux croissant de visiteurs.

Des milliers de touristes, dont beaucoup avaient réservé leur billet, ont patienté pendant des heures devant la pyramide avant d’apprendre que le musée n’ouvrirait pas.

{teaser Le Louvre va créer une nouvelle entrée}

« Les conditions de travail sont devenues intenables », a expliqué un représentant syndical. Le musée a accueilli 8,7 millions de visiteurs l’an dernier, pour des espaces conçus pour bien moins.

{ad}

La direction a annoncé que les billets seraient remboursés et que le musée rouvrirait mardi matin.`),

  story('figaro-tgv', 'figaro', 'fr', 'La SNCF commande 15 nouvelles rames de TGV M',
    'Les trains doivent entrer en service d’ici à 2030.', 'Valérie Collet', '02 juillet 2025 à 10:15',
    ['SNCF', 'Transports'], ['Les prix des billets de train augmentent', 'Alstom recrute dans ses usines'],
    `La SNCF a annoncé mercredi la commande de quinze rames supplémentaires de TGV M auprès d’Alstom, pour un montant d’environ 600 millions d’euros.

Ces trains à deux niveaux, plus économes en énergie, peuvent transporter jusqu’à 740 passagers. Les premières rames doivent entrer en service commercial sur l’axe Paris-Lyon-Marseille à la fin de l’année.

{ad}

« Nous avons besoin de plus de trains pour répondre à une demande qui ne cesse de croître », a déclaré le président de la SNCF, Jean-Pierre Farandou.

{teaser Les prix des billets de train augmentent}

La compagnie prévoit de disposer de 115 rames de TGV M d’ici à 2033.

La hausse de la fréquentation pèse sur l’offre : l’an dernier, la SNCF a transporté 122 millions de voyageurs sur ses lignes à grande vitesse, un record. Aux heures de pointe et pendant les vacances scolaires, de nombreux trains affichent complet plusieurs semaines à l’avance, ce qui pousse les prix à la hausse.

Les nouvelles rames seront assemblées dans l’usine Alstom de La Rochelle, qui emploie environ 1 700 personnes. Le constructeur a indiqué qu’il allait recruter près de 200 salariés supplémentaires pour tenir les délais de livraison.`),

  story('elpais-incendio', 'elpais', 'es', 'Un incendio forestal obliga a desalojar a 2.000 vecinos en Tarragona',
    'Las llamas han arrasado más de 5.000 hectáreas en la comarca de la Segarra.', 'Rebeca Carranco', '02 jul 2025 - 07:30 CEST',
    ['Incendios forestales', 'Cataluña'], ['La ola de calor dispara el riesgo de incendios', 'Así se combate un fuego de sexta generación'],
    `Un incendio forestal declarado el martes en la comarca de la Segarra, en Lleida, ha obligado a desalojar a unos 2.000 vecinos de varios municipios y ha arrasado más de 5.000 hectáreas, según los Bomberos de la Generalitat.

El fuego, avivado por el viento y las altas temperaturas, avanzó con rapidez durante la noche. Dos personas murieron en una explotación agrícola cercana.

{ad}

«Es un incendio muy rápido y muy difícil de controlar», explicó el jefe de los bomberos, David Borrell. Más de 300 efectivos trabajan en la zona con el apoyo de medios aéreos.

{teaser La ola de calor dispara el riesgo de incendios}

Protección Civil pidió a los vecinos de la zona que permanezcan en sus casas con puertas y ventanas cerradas.

{cta}`, { place: 'Barcelona' }),

  story('elpais-vivienda', 'elpais', 'es', 'El precio del alquiler sube un 11% y marca un nuevo récord',
    'Madrid y Barcelona superan los 20 euros por metro cuadrado.', 'Pablo Linde', '01 jul 2025 - 12:00 CEST',
    ['Vivienda', 'Alquiler'], ['El Gobierno prepara nuevas ayudas al alquiler', 'Los jóvenes se emancipan cada vez más tarde'],
    `El precio medio del alquiler en España subió un 11% en junio respecto al mismo mes del año anterior y alcanzó un nuevo máximo histórico de 14,2 euros por metro cuadrado, según el último informe de un portal inmobiliario.

Madrid y Barcelona superan ya los 20 euros por metro cuadrado, mientras que las mayores subidas se registraron en Valencia y Málaga.

{ad}

## Escasez de oferta

Los expertos atribuyen la subida a la escasez de viviendas disponibles. «Hay muchos más inquilinos buscando que pisos en el mercado», señaló la portavoz del portal, María Matos.

{teaser El Gobierno prepara nuevas ayudas al alquiler}

El Ministerio de Vivienda defendió que la ley aprobada en 2023 está conteniendo los precios en las zonas declaradas tensionadas.`),

  story('elpais-dana-juicio', 'elpais', 'es', 'La jueza de la dana cita a declarar a la exconsejera de Justicia',
    'La investigación busca esclarecer por qué la alerta llegó tarde.', 'Cristina Vázquez', '03 jul 2025 - 18:20 CEST',
    ['Dana', 'Valencia', 'Tribunales'], ['Las víctimas piden responsabilidades', 'Cronología de la tragedia'],
    `La jueza que investiga la gestión de la dana que causó 228 muertos en la provincia de Valencia ha citado a declarar como investigada a la exconsejera de Justicia e Interior, según un auto notificado este jueves.

La magistrada quiere esclarecer por qué la alerta a los teléfonos móviles no se envió hasta las 20.11 del 29 de octubre, cuando muchas localidades ya estaban inundadas.

{teaser Las víctimas piden responsabilidades}

{ad}

Las asociaciones de víctimas celebraron la decisión. «Llevamos meses pidiendo que se investigue a quienes tomaban las decisiones», dijo su portavoz.

La declaración está prevista para el próximo 17 de julio.`, { place: 'Valencia' }),

  story('g1-pix-recorde', 'g1', 'pt', 'Pix bate recorde com 276 milhões de transações em um único dia',
    'Marca foi atingida na sexta-feira, dia de pagamento de salários.', 'Redação', '07/07/2025 18h32',
    ['Pix', 'Banco Central'], ['Pix automático começa a funcionar', 'Golpes com Pix: como se proteger'],
    `O Pix registrou um novo recorde de transações em um único dia na última sexta-feira, com 276,7 milhões de operações, informou o Banco Central nesta segunda-feira.

A marca anterior, de 252 milhões de transações, havia sido alcançada em dezembro do ano passado. O volume movimentado no dia chegou a R$ 166 bilhões.

{related Pix automático começa a funcionar; Golpes com Pix: como se proteger}

Segundo o Banco Central, o recorde está ligado ao pagamento de salários, que costuma se concentrar no quinto dia útil do mês.

{ad}

Lançado em novembro de 2020, o Pix já é usado por mais de 160 milhões de pessoas e é o meio de pagamento mais utilizado no país.

{cta}`, { place: 'Brasília' }),

  story('g1-chuva-rs', 'g1', 'pt', 'Chuva volumosa deixa cidades em alerta no Rio Grande do Sul',
    'Defesa Civil emitiu alerta para risco de enchentes em 60 municípios.', 'Redação', '23/06/2025 07h15',
    ['Rio Grande do Sul', 'Chuvas'], ['Rio Guaíba volta a subir', 'Escolas suspendem aulas'],
    `A Defesa Civil do Rio Grande do Sul emitiu alerta para risco de enchentes em 60 municípios após chuvas volumosas atingirem o estado no fim de semana. Mais de 3 mil pessoas deixaram suas casas.

Em algumas cidades da região central, choveu mais de 200 milímetros em 48 horas, o esperado para um mês inteiro.

{teaser Rio Guaíba volta a subir}

{ad}

## Rodovias bloqueadas

Trechos de pelo menos 15 rodovias estaduais estavam bloqueados na manhã desta segunda-feira. "A orientação é evitar deslocamentos desnecessários", disse o coronel Luciano Boeira, coordenador da Defesa Civil.

O governo estadual afirmou que as equipes estão mais preparadas do que em maio de 2024, quando as enchentes deixaram mais de 180 mortos.`, { place: 'Porto Alegre' }),

  story('g1-vacina-dengue', 'g1', 'pt', 'Butantan pede registro de vacina contra a dengue de dose única',
    'Imunizante teve eficácia de 74,7% nos testes.', 'Redação', '02/07/2025 12h40',
    ['Dengue', 'Vacinas'], ['Casos de dengue caem em 2025', 'Quem pode tomar a vacina'],
    `O Instituto Butantan pediu à Agência Nacional de Vigilância Sanitária (Anvisa) o registro da primeira vacina contra a dengue de dose única desenvolvida no Brasil.

Nos testes com mais de 16 mil voluntários, o imunizante teve eficácia geral de 74,7% e de 91,6% contra casos graves da doença.

{ad}

"É uma vacina que pode mudar a história da dengue no país", afirmou o diretor do instituto, Esper Kallás.

{related Casos de dengue caem em 2025; Quem pode tomar a vacina}

Se aprovada, a vacina poderá ser incorporada ao Sistema Único de Saúde (SUS) a partir do próximo ano, segundo o Ministério da Saúde.`),

  story('ria-mosty-moskva', 'ria', 'ru', 'В Москве до конца года откроют пять новых мостов',
    'Строительство ведется в рамках программы развития транспортной сети.', 'РИА', '04.07.2025 13:29',
    ['Москва', 'Строительство'], ['В Москве открыли новую станцию метро', 'Пробки в столице достигли девяти баллов'],
    `МОСКВА, 4 июл. В Москве до конца года планируют открыть пять новых мостов и путепроводов, сообщил заммэра столицы по вопросам градостроительной политики Владимир Ефимов.

По его словам, большая часть объектов строится в рамках реконструкции Дмитровского шоссе и Московского скоростного диаметра.

{teaser В Москве открыли новую станцию метро}

"Новые мосты позволят сократить время в пути для жителей нескольких районов на 15-20 минут", — отметил Ефимов.

{ad}

С начала года в городе уже построили более 30 километров дорог. Всего до 2027 года планируется ввести в эксплуатацию около 300 километров.

Один из самых крупных объектов — путепровод через железнодорожные пути Рижского направления, который свяжет два района на севере столицы. Сейчас жителям приходится делать крюк в несколько километров, чтобы попасть на другую сторону, а в часы пик на переездах собираются многокилометровые пробки.

В мэрии также сообщили, что одновременно со строительством мостов будут обустроены новые пешеходные переходы, велодорожки и остановки общественного транспорта. Работы на всех объектах ведутся круглосуточно, чтобы уложиться в установленные сроки.

{cta}`),

  story('ria-urozhai', 'ria', 'ru', 'Минсельхоз сохранил прогноз урожая зерна на уровне 135 млн тонн',
    'Погодные условия в южных регионах остаются сложными.', 'РИА', '08.07.2025 10:05',
    ['Сельское хозяйство', 'Зерно'], ['Экспорт пшеницы снизился', 'Засуха в Ростовской области'],
    `МОСКВА, 8 июл. Министерство сельского хозяйства сохранило прогноз урожая зерна в этом году на уровне 135 миллионов тонн, в том числе около 90 миллионов тонн пшеницы, сообщила министр Оксана Лут.

По ее словам, уборочная кампания уже началась в южных регионах, где урожайность пока ниже прошлогодней из-за засухи.

{ad}

## Экспорт

Эксперты ожидают, что экспорт пшеницы в новом сельскохозяйственном сезоне составит от 40 до 43 миллионов тонн.

{teaser Экспорт пшеницы снизился}

В прошлом году в России собрали около 130 миллионов тонн зерна.

Аналитики отраслевого центра отмечают, что на урожай в этом году сильнее всего повлияли весенние заморозки и засуха в Ростовской области, Краснодарском и Ставропольском краях. В нескольких районах юга был введен режим чрезвычайной ситуации, а фермерам обещали компенсировать часть потерь.

При этом в Сибири и Поволжье посевы находятся в хорошем состоянии, и там ожидается урожай выше среднего. По словам министра, это позволит полностью обеспечить внутренние потребности страны в зерне и сохранить экспортный потенциал.`),

  story('meduza-vyborgh', 'meduza', 'ru', 'В Выборге закрыли для посещения крепостную башню после обрушения стены',
    'Никто не пострадал.', 'Фонтанка', '02 июля 2025, 18:10',
    ['Выборг', 'Архитектура'], ['Реставрация Выборгского замка', 'Туристы в Ленинградской области'],
    `В Выборге закрыли для посещения башню Святого Олафа после того, как во вторник обрушился участок крепостной стены у ее подножия. Никто не пострадал, сообщили в музее-заповеднике.

По данным музея, обрушение произошло ночью, когда на территории не было посетителей. Причиной могли стать сильные дожди последних недель.

{teaser Реставрация Выборгского замка}

"Мы давно говорили, что стене нужен ремонт", — сказал сотрудник музея, попросивший не называть его имени.

Специалисты проведут обследование конструкций. Сроки открытия башни пока не названы.`),

  story('nhk-typhoon', 'nhk', 'ja', '台風5号 関東に接近 交通機関に影響のおそれ',
    '気象庁は大雨や強風への警戒を呼びかけています。', '日本ニュース', '2025年7月14日 12時05分',
    ['台風', '気象'], ['新幹線 計画運休の可能性', '台風の進路予想'],
    `台風5号は14日夜から15日にかけて関東地方に最も接近する見込みで、気象庁は大雨や強風、高波への警戒を呼びかけています。

気象庁によりますと、台風は14日正午現在、八丈島の南の海上を北に進んでいて、中心付近の最大風速は30メートルとなっています。

{ad}

{teaser 新幹線 計画運休の可能性}

関東地方では15日にかけて、多いところで1時間に50ミリの非常に激しい雨が降るおそれがあります。

JR東日本は、一部の在来線で運転を見合わせる可能性があるとしています。

気象庁は、土砂災害や低い土地の浸水、川の増水に十分注意するとともに、落雷や竜巻などの激しい突風にも注意するよう呼びかけています。また、台風が近づく前に、窓や雨戸をしっかりと閉め、飛ばされやすいものを屋内に入れるなどの対策をとるよう求めています。

航空各社は、14日夜から15日にかけて羽田空港を発着する便を中心に、欠航や遅れが出る可能性があるとして、最新の運航情報を確認するよう呼びかけています。

{cta}`),

  story('nhk-rice-price', 'nhk', 'ja', 'コメの店頭価格 3週連続で値下がり 備蓄米の放出で',
    '5キロあたりの平均価格は3900円台となりました。', '日本ニュース', '2025年7月7日 17時30分',
    ['コメ', '物価'], ['備蓄米 売り渡し進む', '新米の価格見通し'],
    `全国のスーパーで先月29日までの1週間に販売されたコメの平均価格は、5キロあたり3920円となり、3週連続で値下がりしました。

農林水産省は、政府の備蓄米が店頭に並び始めたことが影響しているとみています。

{ad}

## 新米の見通し

小泉農林水産大臣は会見で「価格は落ち着きつつあるが、引き続き注視していきたい」と述べました。

{teaser 備蓄米 売り渡し進む}

一方、専門家は秋に出回る新米の価格は高止まりする可能性があると指摘しています。

コメの価格は去年の夏ごろから上昇が続き、ことし5月には5キロあたり4200円を超えて過去最高の水準となりました。政府は価格を抑えるため、随意契約による備蓄米の売り渡しを進めていて、大手のスーパーやコンビニでは2000円台の備蓄米が販売されています。

東京都内のスーパーで買い物をしていた70代の女性は「少し安くなってきたのはありがたいが、以前に比べるとまだ高いと感じる。家計への影響は大きい」と話していました。

農林水産省によりますと、備蓄米のうち随意契約で売り渡したおよそ30万トンについては、すでに半分以上が小売店に届いているということです。また、今後はコメの流通の実態を詳しく調べるため、卸売業者などへの調査を強化する方針です。`),

  story('nhk-osaka-expo', 'nhk', 'ja', '大阪・関西万博 来場者が1000万人を突破',
    '開幕から約3か月での達成となりました。', '日本ニュース', '2025年7月5日 19時10分',
    ['大阪・関西万博', '観光'], ['万博 夏休みの混雑予想', '海外パビリオンの人気ランキング'],
    `大阪・関西万博の一般来場者数が、5日までに累計で1000万人を突破しました。4月の開幕から約3か月での達成です。

博覧会協会によりますと、週末を中心に来場者が増え、1日あたりの来場者は平均で12万人を超えています。

{teaser 万博 夏休みの混雑予想}

協会の担当者は「夏休みに向けて暑さ対策を強化したい」と話しています。

{ad}

万博は10月13日まで開かれ、協会は2820万人の来場を見込んでいます。

会場では、海外のパビリオンを中心に長い行列ができていて、人気のパビリオンでは入場まで2時間以上待つこともあります。協会は、事前予約の枠を増やすとともに、夕方以降の来場を呼びかけるなど、混雑の緩和に取り組んでいます。

大阪府の吉村知事は記者団に対し「多くの人に来ていただき、大変ありがたい。後半に向けて、さらに多くの人に楽しんでもらえるよう、安全対策と暑さ対策をしっかり進めていきたい」と述べました。万博をめぐっては、開幕当初は来場者の伸び悩みが指摘されていましたが、口コミなどで評判が広がり、5月以降は来場者が大きく増えています。

一方、熱中症の疑いで救護所を訪れる人も増えていることから、協会は会場内に日よけや休憩所を増設し、給水所の数も倍に増やしました。`),

  story('corriere-caldo', 'corriere', 'it', 'Caldo, bollino rosso in 18 città: ordinanze anti-afa nei cantieri',
    'Stop al lavoro all’aperto nelle ore più calde in diverse regioni.', 'Redazione Cronache', '2 luglio 2025 | 08:45',
    ['Caldo', 'Lavoro'], ['Come proteggersi dal caldo', 'Blackout a Milano per il picco di consumi'],
    `Sono diciotto le città italiane con il bollino rosso per il caldo, il livello massimo di allerta indicato dal ministero della Salute. Tra queste Roma, Milano, Bologna e Firenze.

Diverse regioni hanno firmato ordinanze che vietano il lavoro all’aperto nei cantieri e nei campi tra le 12.30 e le 16.

{teaser Come proteggersi dal caldo}

{ad}

«Nessuno deve rischiare la vita per lavorare», ha detto il presidente della Regione Lazio. I sindacati chiedono che lo stop diventi una regola nazionale.

Le temperature dovrebbero iniziare a scendere nel fine settimana, con temporali al Nord.

A Milano il Comune ha aperto sei centri climatizzati per anziani e persone fragili, mentre a Roma la Protezione civile distribuisce bottiglie d’acqua nelle stazioni della metropolitana e nei principali luoghi turistici. Gli ospedali hanno registrato un aumento degli accessi al pronto soccorso per malori legati al caldo.

Secondo i dati dell’Osservatorio nazionale, giugno è stato il secondo mese più caldo mai registrato in Italia, con temperature medie superiori di quasi tre gradi rispetto al periodo di riferimento.`),
];
