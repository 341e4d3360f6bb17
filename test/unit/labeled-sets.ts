// The labeled sets in bench/ as a regression check, in four parts (labeled-sets-1.test.ts … -4, every fourth set), so
// that the suite's two workers share it. Each labeled file is classified once, as `cris classify` reads it:
//
// - after the fixes each first run led to, no personal or special document there is called public or internal but the
//   few KNOWN_LEAKS lists, and the only non-personal ones called personal are the few KNOWN_FLAGS lists, each for a
//   stated reason;
// - its text in shapes that carry the same words (a reply's quote marks, a JSON ticket's "body", a CSV export's cell)
//   changes no text file's level but the few KNOWN_SHAPE_CHANGES lists. Windows' line ends are read as line ends before
//   anything else reads a text, so that shape is held by construction and tested as such (classify-stream.test.ts);
//   other shapes (wrapped lines, HTML, capitals) still change some, and `npm run bench -- metamorphic` prints how many.
//
// The accuracy and speed figures themselves come from `npm run bench -- classifier`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { labeledTexts, SHAPES } from '../../bench/shapes.js';
import { classifyFile } from '../../cli/classify.js';
import { classifyText } from '../../shared/domain/classify.js';
import { isPersonal, type Sensitivity } from '../../shared/domain/sensitivity.js';

export const PARTS = 4;

const BENCH = join(import.meta.dirname, '../../bench');

/** Non-personal by their labels, personal by the rules, on purpose or arguably: set/file → why. */
const KNOWN_FLAGS: Record<string, string> = {
  'holdout-1268/en-company-blog.md':
    "a company's engineering blog post quoting its engineers by name (\"says Priya Raman, who leads our platform team\"): no reading knows a company's blog as published; session 60's probe of common published texts, not fixed (see the note on these texts)",
  'holdout-1268/fr-portrait-benevole.txt':
    'an association\'s gazette portraying a volunteer ("Bénévole depuis douze ans, Jacqueline Morel coordonne …"): a portrait is no genre the readings know; session 60\'s probe, not fixed',
  'holdout-1268/es-entrevista-alcaldesa.txt':
    "a newspaper's interview headed by the mayor's name and office (\"ENTREVISTA | María José Catalá, alcaldesa de Valencia\"): the office after the name in a heading is not read as a capacity; session 60's probe, not fixed",
  'holdout-1268/pt-nota-falecimento.txt':
    "a university's note of condolence on a retired professor's death (\"lamenta profundamente o falecimento do Professor Doutor António Manuel Saraiva\"): the Portuguese death words are not a death's headline; session 60's probe, not fixed",
  'holdout-1269/en-conference-speakers.md':
    'a ticketed summit\'s speakers page with bios ("**Dr Aoife Kenny** is Deputy Commissioner …"): no timed lines, so the programme reading does not take it; session 60\'s probe, not fixed',
  'holdout-1269/es-resultados-carrera.csv':
    "a popular race's published results by bib, name, club and time: a results table is no genre the readings know (a club's internal list is written the same); session 60's probe, not fixed",
  'holdout-1269/nl-column-krant.txt':
    'a newspaper column\'s byline ("door Sylvia Witteman") and its tagline ("schrijft elke dinsdag op deze plek"): a byline is no credit the readings know; session 60\'s probe, not fixed',
  'holdout-1269/cs-kulturni-program.txt':
    "a theatre's monthly programme naming performers by date and time (\"5. 12. v 19.00 – Vánoční koncert: Pavel Šporcl (housle)\"): the Czech date and time shape opens no programme's line the readings know; session 60's probe, not fixed",
  'holdout-1270/en-letters-editor.txt':
    "a newspaper's letters to the editor signed with names and towns, one telling of a neighbour's collapse: the signed letters read as people's and the collapse as health beside them; session 60's probe, not fixed",
  'holdout-1270/de-teamseite.html':
    'a law firm\'s team page presenting its lawyers and their fields ("Rechtsanwältin und Fachanwältin für Familienrecht"): an organisation presenting its people is a convention to confirm; session 60\'s probe, not fixed',
  'holdout-1270/es-boletin-club.txt':
    "a basketball club's public bulletin naming a player's points and quoting its coach: a club's own news reads as its members'; session 60's probe, not fixed",
  'holdout-1271/fr-annuaire-mairie.txt':
    'a town hall\'s page of its elected officials by office ("Maire : Gilles Lurton", "Adjointe à l\'éducation : …"): offices as field labels are not read as a public capacity; session 60\'s probe, not fixed',
  'holdout-1271/es-premios-concurso.txt':
    "a photo contest's published winners (\"Primer premio (600 €): «Niebla en el Alcázar», de Alberto Gil Moreno\"): a jury's award list is no genre the readings know; session 60's probe, not fixed",
  'holdout-1271/nl-bestuur-vereniging.txt':
    "a rowing club's website page of its board by office (\"Voorzitter: Frank Hermans\"): a club's officers by their labels read as members'; session 60's probe, not fixed",
  'holdout-1271/pl-nekrolog-gazeta.txt':
    'a newspaper\'s obituary notice with the funeral Mass ("śp. Tadeusz Malinowski … Msza żałobna"): the Mass beside the deceased reads as his religion; session 60\'s probe, not fixed',
  'holdout-1240/en-church-newsletter.txt':
    'a parish newsletter\'s service times signed by its vicar ("Revd Sarah Holloway, Vicar" under "Carol service … midnight mass"): the services beside the vicar read as her religion, though her title says it is her office (as holdout-1237\'s parish priest); final-code first run, not fixed',
  'holdout-1240/fr-annonce-recrutement.txt':
    'a metropolis\'s job advert titled "La Métropole de Lille recrute …" naming its contact with his phone ("M. Vincent Lefort, chef du service Mobilités, 03 20 …"): the job-ad reading does not take this headline; final-code first run, not fixed',
  'holdout-1240/pl-zaproszenie-konferencja.txt':
    'a conference invitation whose keynote "wygłosi prof. dr hab. inż. Anna Nowakowska" beside a fee: a keynote\'s verb is no speaker\'s label and the academic titles are no calling; final-code first run, not fixed',
  'holdout-1234/de-stadtbaumeister.txt':
    "a town newsletter's item on its new head of building under the newsletter's masthead (\"Neuer Stadtbaumeister im Rathaus / Seit 1. Dezember leitet Dipl.-Ing. Thomas Gruber das Stadtbauamt. Der 48-jährige Architekt …\"): the new-office headline is read only as the first line, and the age reads as a person's; first run, not fixed",
  'holdout-1234/it-convocazione-nazionale.txt':
    'a national team\'s call-up listing players under their positions ("Palleggiatrici: Alessia Orro, Carlotta Cambi"): no reading knows a squad\'s list, and position labels are no credits; first run, not fixed',
  'holdout-1234/es-resumen-sentencia.txt':
    'a supreme court\'s summary of an anonymised judgment naming its reporting judge ("Ponente: Excma. Sra. D.ª María Luz García Paredes"): a judge\'s office is no calling the rules know; first run, not fixed',
  'holdout-1237/pl-parafia-nowy-proboszcz.txt':
    'a parish newsletter on its new parish priest ("ks. kan. Tomasza Wiśniewskiego … na Mszy św."): the Mass beside the priest reads as his religion, though his title says it is his office (the readings\' check knows it, the level\'s does not); first run, not fixed',
  'holdout-1201/en-museum-label.txt':
    "a museum's object label for an 18th-century tea service \"Made by Josiah Wedgwood and Sons\": the maker's firm named after him reads as a name, and no reading takes the label's century for history; final-code set, not fixed",
  'holdout-1198/de-schiedsrichter-ansetzungen.txt':
    'a football association\'s referee appointments for Bundesliga matches ("Schiedsrichter Deniz Aytekin, Assistenten …"): a referee is no public calling the rules know, and amateur leagues\' appointments name volunteers the same way; first run, not fixed',
  'holdout-1198/fr-guide-vins.txt':
    "a wine guide naming each estate's winemakers under the estate's heading, with marks and prices: the guide's rating line reads a review only beside a reviewed work's word, and the makers stand in no credit; first run, not fixed",
  'holdout-1198/pt-festival-cartaz.txt':
    'a festival\'s line-up by day, its singers named alone with a pass\'s price ("Sexta, 9 de julho: Ana Moura, Salvador Sobral"): no credit or calling stands beside the names; first run, not fixed',
  'holdout-1199/it-sentenza-comunicato.txt':
    'a court\'s press note naming its presiding judge and the receiver it appointed ("il curatore fallimentare … dott. Paolo Rinaldi"): a receiver is no office the rules know, and no reading takes a court\'s note for published; first run, not fixed',
  'holdout-1199/nl-dankwoord-scriptie.txt':
    "a thesis's acknowledgements naming its supervisors and two lab technicians by first name: published with the thesis, but written in the first person to people the writer knows, as a letter of thanks is; first run, not fixed",
  'holdout-1199/sv-debattartikel.txt':
    'an opinion piece signed by its two authors with their offices ("Anna Lindberg, förbundsordförande Hyresgästföreningen"): a signature\'s office is read only for some offices\' words, and the piece\'s "we" is its writers\'; first run, not fixed',
  'holdout-1187/en-team-page.html':
    "a charity's trustees page naming its chair, treasurer and secretary with their callings: the board reading asks for a listed company's governance words, and the sets label an organisation presenting its people both ways (holdout-1124's clinic team public, fr-page-equipe personal); first run, not fixed",
  'holdout-1157/de-vereinsgeschichte.txt':
    "a rowing club's centenary chronicle naming its founder in 1926 and a post-war chairman: people of the club's history, which no reading tells from a club's news of its members (personal by the sets' convention); final-code set, not fixed",
  'holdout-1159/fr-bulletin-municipal.txt':
    'a town bulletin\'s "Le mot du maire", greeting its readers ("Chères Lavalloises, chers Lavallois") and signed with the office on the next line ("Maire de Laval-sur-Vologne"): the greeting makes it a letter, and an office under a signature is read only for some offices\' words; final-code set, not fixed',
  'holdout-1159/it-classifica-maratona.csv':
    'a city marathon\'s results ("pos;pettorale;atleta;societa;tempo"): a results table names a club\'s members as often, which the sets label personal, and nothing in the table tells a public race; final-code set, not fixed',
  'holdout-1153/fr-avis-enquete-publique.txt':
    'a public inquiry notice naming its commissioner ("M. Gérard Pellissier, ingénieur retraité, a été désigné commissaire enquêteur par le président du tribunal administratif"): an office given after the name by a verb of appointing is not read as public capacity, and the notice\'s title names no government; not fixed',
  'holdout-1151/fr-prix-nobel.md':
    'a table of French Nobel laureates in literature under a "Lauréat" column: a prize\'s winners column is a club\'s results too, which the sets label personal by convention, and nothing but the title tells a public prize; not fixed',
  'holdout-1151/es-plantilla-equipo.html':
    "a professional football team's squad page (\"Dorsal | Jugador | Posición\"): a club's line-up is personal by the sets' convention (holdout-1045's de-vereinsliste), and nothing tells a professional team from an amateur one; not fixed",
  'holdout-1151/nl-kabinet.txt':
    'a list of a government\'s ministers by their offices as labels ("Minister van Financiën: Joost Kuipers"): offices with commas or "en" in their names ("Volksgezondheid, Welzijn en Sport"), and "staatssecretaris" as a label, are not read as public capacity, and a list tells no occasion; not fixed',
  'holdout-1151/sv-gatunamn.txt':
    'a local history note on street names: "Karl XI" now reads as the patron ("fick sitt namn efter"), but "påminner om Gustav Vasa" names a king by his name alone, which no list of historical persons holds; not fixed',
  'holdout-1147/fr-menu-restaurant.html':
    'a restaurant\'s menu page presenting its chef ("une cuisine de saison signée par notre cheffe Margaux Lenoir, formée chez Anne-Sophie Pic"): an organisation presenting its own people on its public page, which the sets label both ways (a clinic\'s team page, holdout-48 and -1124); the rules keep it personal (fail closed); not fixed',
  'holdout-1142/en-speaker-bio.md':
    'a conference website\'s speakers page: a "Speakers" heading and two bios ("Amara Osei is head of data science at the Port of Rotterdam … She will speak on …"), with no event title, programme times or fee; the event readings need one of those, and an internal agenda names its speakers so too; not fixed',
  'holdout-1129/it-nuovo-direttore-asl.txt':
    "news of a health authority's new director general (\"il nuovo direttore generale dell'Azienda sanitaria locale, Francesco D'Alessandro\"): the authority's and the hospital's health words in the sentences about him keep the published readings from holding, as a term beside a named office holder is theirs; not fixed",
  'holdout-1129/pl-nagroda-naukowiec.txt':
    'news of a scientist\'s prize ("Prof. Andrzej Malinowski … otrzymał tegoroczną nagrodę"), no quote or speech verb and the laureate\'s calling only in the headline ("dla fizyka z Torunia"): the public-capacity reading asks for a calling beside the name or words reported; not fixed',
  'holdout-1124/es-equipo-clinica.html':
    "a dental clinic's team page, each doctor under a heading of their own and their specialty below (\"Dr. Pablo Iriarte / Especialista en ortodoncia\"): the sets' labels disagree (holdout-48 labels a practice's team page personal, while a practice's heading naming its doctors with their specialty reads public); a team-page reading was tried and dropped, so the rules keep it special (fail closed); not fixed",
  'holdout-1112/es-resena-producto.txt':
    'a product page\'s published reviews signed by a first name and a date ("– Lucía, 24/11/2026"): the sets\' labels disagree on review signatures (holdout-274, -497 and -933 say public; holdout-39, -64, -87 and -571 personal), so the rules keep them personal (fail closed); not fixed',
  'holdout-989/es-entrevista-chef.txt':
    'a food supplement\'s interview with a chef ("Iñaki Zubelzu: «La cocina de mercado no es una moda»"): its excerpt asks one question, and the readings know a published interview by two or more; its headline\'s name stands before a quote, no calling beside it; not fixed',
  'holdout-978/it-presentazione-libro.txt':
    'a library\'s book presentation notice: the river after an elided article ("i mulini sull\'Adda") reads "Adda" as a given name, the one name not in its public capacity; not fixed',
  'holdout-978/en-theatre-listing.txt':
    'a theatre\'s listing: a play\'s title ("A Christmas Carol") reads "Carol" as a given name, and a band named after its leader ("the Ellie Farrant Trio") is not read as a performer; not fixed',
  'holdout-978/de-vereinsnachrichten-presse.txt':
    "a report of a tennis club's open indoor tournament under the club's name (\"TSV Oberbach: Hallenturnier an Steffen Kraus\"): a club's headline makes its results its own members' news, personal by the repo's convention (holdout-864, -947), though its dateline and 18 clubs' players make it a paper's; debatable, not fixed",
  'holdout-972/da-koncert-kirke.txt':
    'a Danish church concert notice crediting its composers ("satser af Carl Nielsen og Benjamin Britten"): a work\'s Danish "af" (by) is no credit the readings know, and Carl Nielsen is in no list of historical people; not fixed',
  'holdout-972/el-eidisi-dimos.txt':
    'a Greek municipality\'s news of a deputy mayor appointed ("όρισε αντιδήμαρχο … τον δημοτικό σύμβουλο Νίκο Παπαδάκη"): the later sentence names him without his office ("Ο Νίκος Παπαδάκης είναι εκπαιδευτικός"), and an appointment\'s Greek verb is no occasion the readings know; not fixed',
  'holdout-972/hr-vijest-nagrada.txt':
    'Croatian news of a composer\'s award: "Tom će prigodom" (on that occasion) opening a sentence reads "Tom" as a given name, the generated list of Croatian frequent words lacking it; not fixed',
  'holdout-972/sl-novica-knjiznica.txt':
    'a Slovene library\'s author talk notice: the novel\'s title after its word ("romana Reka pod mestom") reads "Reka" (river) as a given name; not fixed',
  'holdout-969/de-feuerwehr-neuer-kommandant.txt':
    'a local paper\'s report of a volunteer fire brigade electing its commander ("wählten die aktiven Mitglieder … Stefan Kornmüller einstimmig zum neuen Kommandanten") and its district fire officer ("Kreisbrandrat Martin Oberhauser"): an association\'s election and a fire service\'s ranks are no public office the readings know; not fixed',
  'holdout-969/de-orchester-saisonvorschau.txt':
    'an orchestra\'s season preview greeting its audience ("Liebe Konzertfreundinnen und Konzertfreunde,") and signed by its director under his office on the line above ("Ihr Intendant / Dr. Christoph Albers"): a greeting makes it a letter, and a signature\'s office above the name is not read as its capacity (as holdout-933\'s editorial); not fixed',
  'holdout-964/it-nuovo-parroco.txt':
    'a parish\'s news of its new parish priest: "don Matteo Rinaldi" is read in his office, but the news\'s later "Don Matteo, 44 anni" by his given name and age, and its mass and reception are no occasion the published readings know, so the parish\'s words of faith read as his; not fixed',
  'holdout-959/hu-kinevezes.txt':
    "news of a county hospital's new director in Hungarian: his former office, \"a kórház sebészeti osztályának osztályvezető főorvosa\" (the hospital's surgical department's head physician), puts the office after the unit, and the reading of a unit its office runs knows the eight languages' order only; not fixed",
  'holdout-947/de-nachruf-firmengruender.txt':
    'a company\'s published obituary for its founder ("Wir trauern um unseren Firmengründer"), written again as holdout-891\'s was: an organisation telling of "our" own people\'s death reads as telling its own people; debatable, not fixed',
  'holdout-942/el-eidisi-synavlia.txt':
    "a Greek municipal choir's concert notice: its pianist after \"Στο πιάνο συνοδεύει ο\" (a credit's words with no colon), and a concert's word heads no event in Greek; not fixed",
  'holdout-939/et-konverentsi-kava.txt':
    "a conference's programme in Estonian naming one moderator (\"modereerib Kadri Tamm\"): a programme is read public only with a public audience's word or its speakers' affiliations, and this one has neither, in any language (the English and German versions are flagged alike); not fixed",
  'holdout-933/it-recensioni-clienti.txt':
    'a farm stay\'s published guest reviews signed by a first name and a town ("– Marco, Verona, ottobre 2026") and a family ("Famiglia Rinaldi"): no reading knows a review page\'s signatures; debatable (a guest\'s first name and town), not fixed',
  'holdout-933/de-newsletter-editorial.txt':
    'a utility\'s customer magazine editorial greeting its readers ("Liebe Kundinnen und Kunden,") and signed by its managing director, telling of a customer family ("Familie Berger aus Hollerbach"): a greeting makes it a letter, and a household is named; debatable, not fixed',
  'holdout-931/de-vereinsmitteilung.txt':
    'a table tennis section\'s training notice: "am schwarzen Brett" (the notice board) reads "Brett" as a given name; German nouns are capitalised and the lists know no German noun that spells a given name; not fixed',
  'holdout-930/lt-naujiena-koncertas.txt':
    'a cathedral concert announcement in Lithuanian: no Lithuanian performers\' callings ("sopranas", "vargonininkas") or free entry ("Įėjimas nemokamas") in the lists, and "Jame" (in it) reads as a given name; not fixed',
  'holdout-926/en-charity-trustees-report.txt':
    "a charity's published trustees' report listing its trustees under a sentence (\"The trustees, who are also the directors of the company, served …\"): the board's reading needs its heading alone on a line; not fixed",
  'holdout-926/fr-discours-maire-voeux.txt':
    'a mayor\'s new year speech thanking her deputy and the retiring town clerk ("notre secrétaire générale, Martine Le Floch"): no reading knows a speech\'s title, and the clerk\'s Breton surname is cut at "Le"; not fixed',
  'holdout-926/it-premio-vincitori.txt':
    "a foundation's announcement of its prize winners with their universities (\"Dott.ssa Irene Castellani, Università di Valdarena, per lo studio …\"): no reading knows a prize's winners' list, and the winner's research topic (antibiotics) beside her name reads as health; not fixed",
  'holdout-926/pl-nota-biograficzna.txt':
    'a gallery\'s exhibition announcement with the painter\'s biography: the town she lives in, declined ("w Kazimierzu Dolnym"), reads as a name, and the curator\'s label has a word before its colon ("Kuratorka wystawy:"); not fixed',
  'holdout-923/pt-contracapa-autor.txt':
    'a novel\'s back cover with the author\'s biography under "SOBRE O AUTOR": its blurb\'s heroine beside her father ("Amélia herda do pai …") is kin beside a given name, and no reading knows a back cover\'s author section; not fixed',
  'holdout-923/es-programa-fiestas.txt':
    'a town\'s festival programme naming the journalist giving the opening speech ("Pregón de fiestas a cargo de la periodista Beatriz Olmedo"): its title\'s "fiestas patronales" is no public event\'s word the readings know, it tells of no tickets, and "hija del pueblo" (a town\'s native) reads as kin beside her name; not fixed',
  'holdout-920/fr-critique-theatre.txt':
    'a theatre review naming its director, author, cast and designer ("Marion Téhel met en scène la pièce d\'Armand Guérec … Dans le rôle de la grand-mère, Odile Savary"): no public audience is told of tickets, and the review\'s "met en scène" and "dans le rôle de" before a name are no credits\' labels the readings know; not fixed',
  'holdout-920/pt-cronica-restaurante.txt':
    'a newspaper\'s restaurant review naming the chef and his sister ("com a irmã, Leonor Simões"): kin beside a name keeps a text personal whatever reading it has; debatable, not fixed',
  'holdout-920/sv-debattartikel.txt':
    'an op-ed signed by three local politicians with their parties in brackets ("Annika Sjöberg (C), gruppledare i kommunfullmäktige"): no reading knows an opinion page\'s signatures or a party\'s letters after a name; not fixed',
  'holdout-913/de-lexikon-unternehmen.txt':
    "an encyclopedia article on a family company (\"Die Weberei Lindhorst GmbH & Co. KG ist ein deutscher Hersteller …\"): the entries' readings know people's and bands' leads, not a company's, and its founder's son (\"sein Sohn Friedrich Lindhorst\") is kin beside a name; not fixed",
  'holdout-913/pt-catalogo-exposicao.txt':
    'an exhibition catalogue\'s introduction naming its curator ("A curadoria de Teresa Mascarenhas, investigadora …") and its authors ("textos de …"): no public audience is told of anything (no tickets), and the credits\' labels hold "con curadoria de", not "a curadoria de"; not fixed',
  'holdout-913/de-bericht-tag-offene-tuer.txt':
    'a company\'s own report of its open day naming the mayor and its managing director: its apprentices ("Auszubildende") read as its own people, as a staff newsletter\'s story is personal; debatable, not fixed',
  'holdout-913/fr-bureau-federation.txt':
    "a hiking federation's elected board on its website (\"Président : Bernard Faure\"): fields of offices name an association's own members, as a parents' council's minutes do (holdout-902, personal); debatable, not fixed",
  'holdout-906/pl-ogloszenie-przetarg.txt':
    'a municipality\'s tender notice naming the officer bidders may contact ("Osobą uprawnioną do kontaktu … jest Magdalena Wrona – inspektor"): holdout-60\'s label keeps a tender\'s named contact person someone\'s ("Für technische Fragen: Herr Markus Vogt, Hochbauamt, Tel. …"), so no reading makes a tender published; debatable, not fixed',
  'holdout-906/it-convocazione-assemblea.txt':
    "a condominium manager's notice of a meeting to the owners, signed with his professional title (\"L'Amministratore\nRag. Paolo Ferri\") under his firm's letterhead: a professional's signature in his capacity, but the notice goes to the owners alone, not to the public; debatable, not fixed",
  'holdout-904/en-journal-toc.txt':
    'a journal issue\'s contents naming its authors by initials ("— M. Ferreira, L. Okonkwo"): no public audience is told of anything (no tickets, no fee), and no reading knows a journal\'s contents; not fixed',
  'holdout-901/de-fuehrung-museum.txt':
    'a museum\'s public tours, each "mit Dr. Hannelore Vogt" and two guides named bare after "mit": a programme\'s "with" alone is no credit (holdout-778\'s probe keeps "avec Yanis Moreau" someone); not fixed',
  'holdout-901/pt-roteiro-turistico.txt':
    'a tourist itinerary naming a 16th-century founder ("mandada construir em 1542 por D. Álvaro de Noronha") and a poet by her life years: the founder after "por" reads as someone; not fixed',
  'holdout-901/de-buchverlag-autorin.txt':
    "a publisher's \"Über die Autorin\" naming her birth year and town: a profile telling of a birth reads as a private life (the label policy's convention for profiles), a publisher's bio too; debatable, not fixed",
  'holdout-900/nl-boekbespreking.txt':
    "a book review naming its author and a character's sister (\"de dialogen met zijn zus Geertje\"): a word for one's family in apposition with a given name reads as a family's case (kinInApposition), a novel's characters too; not fixed",
  'holdout-900/pl-komunikat-uczelni.txt':
    'a university rector\'s announcement ("Komunikat Rektora …") of a public lecture, signed by the rector: no reading knows a public body\'s own announcement signed by its office holder ("komunikat" alone heads staff notices too); not fixed',
  'holdout-898/en-charity-newsletter.txt':
    'a food bank\'s public newsletter naming a volunteer in its "spotlight": written as "we" ("Thank you! … we can now accept fresh milk"), it reads as a message from its writer, which names its own people; debatable, not fixed',
  'holdout-897/pl-gmina-wyroznienia.txt':
    "a municipality's news of its good-neighbour awards naming the private citizens honoured, with no quotation and no calling: a laureate named with no calling reads as someone (holdout-782's rule; a prize's news is read only through its callings or its quotations); debatable, not fixed",
  'holdout-786/de-architekturpreis.txt':
    'an architecture prize\'s news naming the winning practice ("Büro Hahn Lindqvist Architekten"): a firm named after its founders reads as a name with no calling',
  'holdout-895/pt-noticia-padaria.txt':
    "local news of a bakery's reopening whose manager runs it \"com o irmão, Pedro\": a word for one's family in apposition with a given name reads as a family's case told as a story (the guard kinInApposition), which news writes too; not fixed",
  'holdout-891/de-nachruf-firmengruender.txt':
    "a company's published obituary for its founder, \"Wir trauern um unseren Firmengründer\": no living person is named, but an organisation telling of \"our\" own people's death reads as telling its own people (the label policy's convention for a colleague's or a member's death notice); debatable, not fixed",
  'holdout-891/es-cronica-deportiva.txt':
    'a match report naming its captain\'s knee injury ("la lesión de rodilla de su capitán, Álvaro Gil"): health told beside a name reads as special whatever the headline, which fails closed on a published report; debatable, not fixed',
  'holdout-888/nl-sms-tandarts.txt':
    'a dental practice\'s automatic text confirming "uw afspraak" to an unnamed patient: an appointment at a health practice told to its reader is the reader\'s health (the rule of letters to the person concerned), though nothing names them (debatable, as the label); not fixed',
  'holdout-887/fr-compte-rendu-conseil.txt':
    'a town council\'s published summary of its sitting naming the mayor, its secretary and a deputy by "M." and "Mme": no reading knows a public body\'s minutes, and "cantine scolaire" reads as a workplace\'s canteen (an organisation\'s own people); not fixed',
  'holdout-887/en-charity-appeal.txt':
    'a night shelter\'s winter appeal quoting its manager: the appeal speaks as "us" ("help us keep the night shelter open"), as an organisation\'s own news of its people does; not fixed',
  'holdout-886/hu-szuloi-level.txt':
    'a class teacher\'s letter to all parents on a chickenpox case, signed with her name and role ("Horváthné Kiss Ilona osztályfőnök"): a letter\'s signer reads as a person, as every signed letter\'s does (debatable: her name is public to the parents in her office); since 2.62.0\'s Hungarian chickenpox ("bárányhimlős") special, the case read as hers; not fixed',
  'holdout-879/de-kulturnachricht.txt':
    "news of a theatre's new director who \"folgt auf Kai Martens, dessen Vertrag ausläuft\": a contract told in a named person's sentence is that person's own affair (the rule of holdout-862), though an office holder's contract is the news's; written after the last sample, not fixed",
  'holdout-878/en-theatre-listing.txt':
    "a theatre's what's-on listing: \"Minerva Theatre\" and \"A Christmas Carol\" read as given names (a venue's or a work's title named like a person), and the listing's days stand on lines of their own with the times inside the prose, so no programme reading holds; written after the last sample, not fixed",
  'holdout-877/fr-article-librairie.txt':
    "news of a bookshop's fifty years naming its founder and \"sa petite-fille, Claire Dumont\", who runs it now: a kin word in apposition reads as a family's record, whatever the text (as holdout-864's family firm); the last sample on the final code, no fix tried",
  'holdout-864/en-parish-notices.txt':
    "a parish's notices naming its priest and \"The Bishop of Clifton, the Rt Rev Declan Lang\": a see's name after \"Bishop of\" reads as a given name, and notices of services are no occasion the published readings know, so the clergy's names beside the parish's words read as people of a religion (as holdout-833's parish sheet); as a first run, no fix tried",
  'holdout-864/it-risultati-gara.txt':
    'a marathon\'s winners by nationality ("vinta dal keniano Daniel Kiprop", "l\'azzurra Sofia Bertoni"): a race won is no prize the rules read and a nationality before a name is no calling; as a first run, no fix tried',
  'holdout-864/es-web-empresa.txt':
    'a family firm\'s "about us" page naming its founder and "Su hija, Marta Ruiz", its chief executive: a kin word in apposition reads as a family\'s record, whatever the page; as a first run, no fix tried',
  'holdout-851/pt-artigo-exposicao.txt':
    'news of an exhibition naming the painter in its headline and in the museum named after her ("Casa das Histórias Paula Rego"), her calling only two sentences on ("obras da pintora"): a calling in another sentence is no capacity (as holdout-786\'s book review); as a first run, no fix tried',
  'holdout-848/pt-noticia-livro.txt':
    'news of a novelist\'s book launch, the novelist being "Valter Hugo Mãe": his surname is the word for mother, so the text reads as one telling of a family, which no published reading holds for; as a first run, no fix tried',
  'holdout-848/es-post-linkedin.txt':
    "a company's social post welcoming its new marketing director (\"Damos la bienvenida a Laura Gómez como nueva directora\"): a post has no headline, and an organisation's own words of its people read as its staff news (as holdout-837's blog post); as a first run, no fix tried",
  'holdout-837/de-blog-buero.md':
    'a company\'s blog post on its new office quoting its managing director ("sagt Geschäftsführerin Julia Hartmann"): "unser neues Büro" and "herzlich willkommen" are an organisation\'s own words, which the news reading takes for its own news of its people; as a first run, no fix tried',
  'holdout-834/pl-nowy-dyrektor-szpitala.txt':
    'news of a hospital\'s new director, a cardiologist appointed "na stanowisko dyrektora" who is quoted in dashes ("– Moim priorytetem … – powiedział"): the appointment\'s verb ("powołał") and post after the name are no office the rules read, and the quoted "moim" beside the clinics he will run reads as the writer\'s own health; as a first run, no fix tried',
  'holdout-834/pt-comunicado-clube.txt':
    "a football club's statement on signing a midfielder who \"assina contrato válido até 2030\": a contract is one person's own affairs to the public-capacity reading (as holdout-785's transfer news); as a first run, no fix tried",
  'holdout-828/nl-nieuwsbrief-huisartsenpraktijk.txt':
    'a GP practice\'s newsletter to its patients naming its new GP ("versterkt huisarts Eva Smit ons team") beside its flu jab and out-of-hours news: an organisation\'s own news of its people ("ons team") is read as naming staff, not as published (debatable: a GP\'s name is public in her practice); as a first run, no fix tried',
  'holdout-824/de-vereinsnachrichten.txt':
    'a sports club\'s news naming its coach and its chairman beside its youth team ("D-Jugend"): a club\'s report that names a youth team is read as one naming children, whoever it names; as a first run, no fix tried',
  'holdout-824/pl-artykul-sport.txt':
    'a handball match report naming the top scorer and the coach, who "powiedział, że" with no quotation marks: a player by name holds no office, and reported speech without quotes makes no news report; as a first run, no fix tried',
  'holdout-798/nl-chat-gemeente.txt':
    "a town hall's chat agent by first name alone (\"Medewerker Sanne\"): a first name after a role's word reads as a colleague's, which the label holds an agent's chat alias, no one's identity (debatable: staff may be identifiable by it)",
  'holdout-777/de-pressespiegel.txt':
    'a press review: offices joined to a name by a hyphen ("DAX-Chefin", "Bundesbank-Präsident") are no office the rules know',
  'holdout-789/en-market-brief.txt':
    'a markets brief naming a drug maker by its name alone, a surname too, before a verb of telling ("Roche reported stronger sales of cancer treatments"): a surname alone reported speaking is someone in prose',
  'holdout-786/pt-recensao-livro.txt':
    'a book review naming the novelist in its headline and lead before calling her "A escritora" in the next sentence: a calling in another sentence is no capacity',
  'holdout-785/pt-transferencia-futebol.txt':
    "a transfer's news: the player \"assina contrato até 2030\", a contract being one person's own affairs to the public-capacity reading (an actor's contract and fee in a shoot's note is someone's)",
  'holdout-783/es-concierto-orquesta.txt':
    'an orchestra\'s concert crediting its conductor as "su titular" and its soloists "y el bajo …": a calling after "y el" is no list the reading follows, so the last soloist stays someone',
  'holdout-782/es-estreno-cine.txt':
    'a film\'s release whose last sentence names a town that is a given name too ("coloquio en Vigo y A Coruña"): one name with no calling keeps the text\'s people someone',
  'holdout-782/nl-voorstelling-theater.txt':
    "a theatre's production whose actress plays \"zijn dochter Miranda\": a character's family word reads as the text telling of someone's family",
  'holdout-782/pl-koncert-filharmonia.txt':
    'a philharmonic\'s concert of "Johanna Straussa syna": the composer declined is no person of history the list spells, and "syna" (son) reads as family',
  'holdout-781/en-book-launch.txt':
    'a bookshop\'s launch that invites its readers ("Join us at …"): a text whose own voice says "us" is read as a club\'s or a family\'s own report, whose people are someone',
  'holdout-781/fr-etoile-michelin.txt':
    'a Michelin star\'s news: its prize is named only past its lead and no list holds "étoile" as a public occasion, so its chefs stay people',
  'holdout-780/pt-convocatoria.txt':
    'a national team\'s call-up telling that a named goalkeeper "regressa após lesão": an injury told of a named person reads as health, however public the player',
  'holdout-780/en-ceo-appointment.txt':
    'a listed company\'s announcement of its chief executive, whose chairman is "delighted to welcome her": a welcome reads as an organisation\'s own news of its colleagues, which a staff newsletter writes too',
  'holdout-775/en-staff-profile.txt':
    "a university's public profile of a professor: its title line and third-person biography read like a staff directory's entry, which is personal",
  'holdout-775/nl-over-ons.txt':
    'a family bakery\'s about page naming its owners as its family ("zijn kleinkinderen Sander en Eline van der Linden"): a family\'s names, published by themselves',
  'holdout-617/en-award-shortlist.txt':
    'an architects\' practice named after its founders ("Scott Brownrigg") on a shortlist that names a hospital\'s wing: a person and a care place',
  'holdout-8/nl-ouders.txt': 'signed "Juf Annemarie": it does name the teacher',
  'holdout-9/en-agm-notice.txt': 'names two directors up for re-election, which is personal data',
  'holdout-10/en-lineup.txt': 'a festival line-up of living performers',
  'holdout-33/it-guida-vini.txt': 'a winery named after its founder ("Braida di Giacomo Bologna")',
  // holdout-38 was written to probe names of things; these two are left as they are, see docs/classifier.md (since
  // 2.35.0 its cocktail card reads as a menu, its prices in złoty without decimals, and its roses as cultivars).
  'holdout-38/de-vornamen-statistik.txt': 'first names alone, two or more: a class list looks the same',
  'holdout-38/pt-escala-navios.txt': 'ships named after people (Maria Luísa, Irina)',
  'holdout-49/es-guia-barcelona.txt': 'districts named like given names ("Gràcia", "el Carmel")',
  // holdout-62 probed names of things again; these three are left as they are, see docs/classifier.md.
  'holdout-62/en-museum-exhibition.txt': 'a photographer of history whom no list holds ("Nickolas Muray")',
  'holdout-62/en-tech-stack.md': 'programming languages and tools named like people (Julia, Ruby, Jenkins)',
  'holdout-88/es-foro-anonimo.txt':
    "an unnamed writer's own diagnosis on a forum: whether they can be identified, the text does not tell",
  'holdout-102/fr-invalid-ids.txt':
    "a customer's reference ('Référence client : FR-2026-88412'): whose, the text does not tell, and a customer may be a person",
  'holdout-114/cs-seznam-ulic.txt':
    'Czech streets in the genitive ("Karla Čapka, Bożeny Němcové") listed with no street word: the same words name people',
  'holdout-124/en-zodiac.txt': 'the zodiac\'s "Cancer" read as the disease, beside "Leo" opening the sentence',
  'holdout-124/fr-clementine.txt': 'a fruit and its island ("Clémentine de Corse") read as a given name and a surname after "de"',
  'holdout-131/en-cruise-itinerary.txt':
    'ships named like people ("Iona returns …", "Aurora, the smallest ship"): two first names in prose',
  'holdout-131/de-kartoffelsorten.txt':
    'potato varieties named like women ("ähnlich beliebt ist Annabelle, die …"): two first names in prose',
  'holdout-162/en-reading-list.txt':
    'novels whose titles are a title and a surname ("Mr Pip", "Mrs Dalloway"), numbered as a list of people would be',
  'holdout-141/de-waehrung.txt':
    '"Mark war von 1873 bis 1948 die Währung": the currency as a verb\'s subject, read as a colleague (its sentence also tells of 2002, so it is no history)',
  'holdout-141/en-travel-advice.txt':
    '"Jordan has reopened …", "Petra and Wadi Rum": a country and sites named like people; 2.8.0 flagged it too',
  'holdout-137/de-schmuck-katalog.txt': 'a jewellery line "Ruby Red" read as a given name and a surname (Red is one too)',
  'holdout-137/fr-fleuriste.txt': 'bouquets named "Violette et Marguerite" before a verb: two first names in prose',
  // holdout-177 probed things named after people in public texts; these three places are left, see docs/classifier.md
  // (its metro stations read as things since 2.35.0).
  'holdout-177/es-hospitales-madrid.txt':
    'a street written as a title and a surname, its number after a comma ("Dr. Esquerdo, 46"), as a ward list writes an age',
  'holdout-177/es-clasificacion-liga.txt': 'a stadium named after its president ("en el Santiago Bernabéu")',
  'holdout-177/pt-metro-lisboa.txt': 'a station named like a title and a word ("Senhor Roubado")',
  'holdout-199/en-garden-centre.txt':
    'potato varieties named like people in a list after a colon ("Seed potatoes arrive in January: Charlotte, Maris Peer and King Edward"): a rota after its task\'s word reads the same',
  'holdout-202/it-orari-museo.txt':
    'a Renaissance painter whose name many living Italians bear ("… di Giulio Romano"), after a work\'s title',
  'holdout-209/de-museumsfuehrer.txt':
    'a Romantic painter after "Briefe von" ("Briefe von Philipp Otto Runge"): letters from someone name a person in a complaint file too',
  'holdout-209/it-guida-firenze.txt': 'a work and its maker read as a given name and a surname ("il David di Michelangelo")',
  'holdout-223/es-cv-publico.txt': 'a CV template\'s placeholder address ("[tu.correo@ejemplo.com]"): test data writes people so',
  // holdout-229 probed officials named in public notices; outside a press release they count, as holdout-168's
  // parish council minutes naming councillors are labeled personal.
  'holdout-187/nl-ouderavond.txt': 'names two teachers by first name ("Juf Marloes en meester Kees"): as holdout-8 does',
  // holdout-234 probed public texts naming people in public roles and things named after people.
  'holdout-234/fr-programme-cinema.txt':
    'film titles named after their characters, unquoted in a list ("Cléo de 5 à 7", "Ernest et Célestine")',
  'holdout-234/it-programma-concerto.txt':
    'performers after their part\'s label ("Direttore: Riccardo Muti"): a school recital\'s programme names pupils so',
  'holdout-234/pt-noticia-futebol.txt': 'a match report naming players: a team chat names its players the same way',
  'holdout-234/fr-horaires-bus.txt':
    'a bus stop named after a person with no place\'s word ("… – Parc Blandan – Laurent Bonnevay"), beside a hospital\'s',
  // holdout-245 probed public texts naming people in public roles again; these five are left (its TV schedule reads as
  // labeled since 2.33.0), see docs/classifier-evidence.md.
  'holdout-245/de-wirtschaftsnachricht.txt':
    'business news naming a CEO and a CFO by their posts ("Vorstandschef Christoph Klenk"): an internal memo names its executives so',
  'holdout-245/fr-critique-theatre.txt':
    'a theatre review naming a director and an actor in its prose ("la mise en scène sobre et tendue de …", "… campe un Alceste")',
  'holdout-245/es-biografia-alcaldesa.txt':
    "a mayor's official biography: an official named outside a press release, as holdout-229's",
  'holdout-245/nl-universiteitsnieuws.txt': 'university news naming a professor who won a prize ("hoogleraar Marieke de Groot")',
  'holdout-245/de-gottesdienstplan.txt': 'a parish service plan naming its pastors beside its services, read as their religion',
  // holdout-259 probed press releases and public notices again; these two are left.
  'holdout-259/pt-comunicado-clube.txt':
    'a football club\'s "Comunicado oficial" naming its coaches: staff notices are headed so too, and a team chat names its players the same way',
  // holdout-264 probed published texts naming people in prose once more; these five are left, see docs/classifier.md.
  'holdout-264/fr-quatrieme-couverture.txt':
    "a novel's back cover with its author's life: an ISBN and a price do not make it published, a library's loan record has both",
  'holdout-264/it-seminario.txt':
    'a free seminar\'s speakers after their labels ("Relatore: prof. Luca Marini"): no fee or tickets, as an internal talk',
  'holdout-264/en-speaker-bios.txt': 'speakers\' biographies under "Speakers": a team\'s own list of presenters looks the same',
  'holdout-266/sk-oznam-obec.txt':
    'a municipal notice giving the mayor\'s mobile number ("0905 555 120"): a mobile reads as a person\'s wherever it stands',
  'holdout-274/es-resenas-tienda.txt':
    'published reviews signed by a first name and an initial ("– Carmen G."): a note\'s signature reads the same',
  'holdout-290/en-changelog-ids.md':
    "an ID library's changelog quoting the NHS's own example \"943 476 5919\" with no example's word on its line: a word elsewhere must not make a document less than personal",
  'holdout-295/de-steuerid-brief-allgemein.txt':
    'an employer\'s "Kundennummer 40 123 456 789 des Arbeitgebers": a customer number reads as a person\'s unless a legal form stands by',
  'holdout-295/es-dni-renovacion.txt':
    'a receipt number written as a valid DNI and called an example ("n.º 48213907L de ejemplo"): only the schemes\' own examples read weak',
  'holdout-290/es-tickets-soporte.csv':
    'order references written as valid DNIs with a suffix ("12345678Z-ES"): a valid DNI reads as one wherever it stands',
  // holdout-324 is news naming living people (executives, a mayor, an author, athletes, performers, a minister): their
  // names are personal data though published, and the rules read them so, failing closed; see docs/classifier.md.
  'holdout-324/it-sport-risultati.txt': 'ski race results naming living athletes',
  'holdout-324/es-cultura-agenda.txt': 'listings naming living performers',
  'holdout-348/sv-nyhet.txt': "company results news naming its chief executive ('Vd Anders Lindqvist'), as holdout-324's",
  'holdout-350/de-rezept.txt':
    'a recipe\'s number ("Rezept Nr. 10472") before a text in the informal address: "Rezept", like "ricetta", "receta" and "recept", is a prescription too, whose number a letter to a patient gives',
  'holdout-352/nl-groepsindeling.txt':
    'a class allocation naming its teachers ("juf Marieke", "meester Tom"): as holdout-8\'s, it does name them',
  'holdout-343/nl-intranet-rouw.txt':
    "an intranet notice of a former colleague's death naming him: the dead are no data subjects, but the rules cannot tell (as holdout-229's)",
  'holdout-288/de-musterformular.txt':
    'a filling-in guide\'s stand-in "Erika Mustermann" with a birth date and an address: synthetic personal documents write people so',
  'holdout-379/nl-orderbevestiging.txt':
    "an order confirmation's \"Klantnummer: 044927215\": a customer number reads as a person's unless a legal form stands by, as holdout-295's",
  'holdout-371/readme-library.md': 'a README\'s "Jane Doe <jane.doe@example.com>": test data writes people so',
  'holdout-371/fr-doc-parametrage.txt':
    'a payroll guide\'s demo employee ("DUPONT Jean – matricule 000001 (salarié fictif …)"): a word calling a name fictitious must not make a document less than personal',
  'holdout-403/it-onomastico.txt':
    'a saint-of-the-day page: a Blessed\'s full name beside the day\'s names ("Ottilia e Giovanni Marinoni"), and an emperor and a town after "di" ("persecuzione di Diocleziano") read as someone\'s',
  'holdout-416/pl-trasa-krakow.txt':
    'a city walk: a bell named after a king ("dzwon Zygmunta"), a district that is a given name ("4. Kazimierz:") and a second street after "ulica … i" read as people, and a synagogue then as religion (as first run, no fix tried)',
  'holdout-414/es-estaciones.txt':
    'a station and a stop named after people ("Puerta de Atocha – Almudena Grandes", "estación Sur de Autobuses, Méndez Álvaro"): a dash or a comma ends a place\'s name for the rules, which read on as prose',
  'holdout-404/fr-unites.txt':
    'a table of SI units and the scientists they are named after: "James Watt", whom many living people are also called, is left out of the people of history',
  'holdout-404/nl-wagenpark.csv':
    "a fleet list: a plate column reads as its keepers' (the standing rule for visitor logs and fleet lists), and its departments' names (home care, district nursing) then as health",
  'holdout-434/en-course-outline.md':
    "a module outline's weekly topics naming novels' characters (\"Tess Durbeyfield and Angel Clare\") under no story's heading: as a first run, no fix tried",
  'holdout-447/nl-straatnamenbesluit.txt':
    'a street-naming decision: the resistance fighter\'s family it consulted ("de familie Post") is living people, arguably named; its street list\'s joined "-hof" and hyphened "-erf" are not read as streets',
  'holdout-451/de-stolpersteine.txt':
    'memorial stones naming a Holocaust survivor born 1921: within the 110 years of living memory the rules keep, she may be alive',
  'holdout-451/fr-monument-aux-morts.txt':
    "a war memorial's soldier of 1939-1945 born 1920: within the 110 years of living memory; its dead of 1914-1918 read as history",
  'holdout-451/pl-patronka-szkoly.txt':
    'a school patron\'s biography: "Imię Marii Konopnickiej nasza szkoła nosi" reads her genitive after a name\'s key ("Imię") as a form\'s value; her life elsewhere reads as history',
  'holdout-454/en-history-worksheet.txt':
    'a history worksheet\'s question naming a suffragist with no year in its sentence ("Compare the views of Millicent Fawcett and …"); its sources\' people read as history',
  'holdout-454/fr-dictee.txt':
    'a dictation from a 19th-century book: its author after "D\'après", which is French for "according to" too, and its character by a title and his surname ("Monsieur Seguin")',
  'holdout-454/pt-ficha-leitura.txt':
    'a reading sheet naming a king of Portugal by "D." and his given name alone ("D. Sebastião"), as a letter addresses an older lady ("D. Maria")',
  'holdout-442/it-guida-museo.txt':
    "a museum guide's sitter, \"il conte Pietro Secco Suardo\", by a title in a painter's sentence with no year: the maker's sentence weakens names in running text, not after a title",
  'holdout-486/pl-strona-kontakt.html':
    "an accounting office's owner on its contact page (\"Właścicielka: Ewa Szymańska, biegła rewident\"): a sole trader's name is her own, so an owner's label does not weaken it",
  'holdout-488/it-lettera-parrocchia.txt':
    'a parish letter headed "Parrocchia di San Michele Arcangelo – Cremona": the town is a surname too, read as someone where the letter greets its parishioners; its priest\'s signature reads as his office',
  'holdout-497/fr-avis-client-publie.txt':
    'a hotel\'s published reviews signed by a first name and an initial ("– Sophie D., Lyon"), one thanking a receptionist by her first name: reviews are not a reading of their own',
  'holdout-499/it-sentenza-anonimizzata.txt':
    'an anonymised judgment naming its judge (read as her office) and the claimant\'s lawyer ("rappresentato dall\'avv. Marco Gentile"): counsel is a professional the rules do not read as a public role',
  'holdout-499/es-web-equipo.html':
    "a dental clinic's team page: its dentists' specialties stand on the line under their names, and its hygienist has no doctor's title; the practice reading wants the specialty on the name's line",
  'holdout-509/nl-raadsleden.html':
    "a municipality's page of its council's group leaders, each after the party's name (\"VVD – Erik van Dam\"): a party beside a name reads as political opinion, and elected members by a heading's office are not read as officials",
  'holdout-511/de-ueber-uns.md':
    'a roastery\'s About page naming its two founders ("2009 von Jan-Hendrik Lührs und Svenja Petersen … gegründet"): founders are read as history\'s only where the founding lies before living memory, and an About page\'s title is no reading (a family\'s "About us" names itself too)',
  'holdout-521/es-noticia-premio.txt':
    "news of a research prize whose winner's sentence names her work on bacteria's resistance to antibiotics: a health term beside a named person keeps any published reading from holding",
  'holdout-521/nl-column-krant.txt':
    'a newspaper column in the first person, its columnist named in the italic line under it: a column speaks as its writer does',
  'holdout-521/pl-relacja-koncert.txt':
    'a concert report titled "Relacja:" with no quotation or crowd in figures ("ponad tysiąc słuchaczy"): "relacja" is a witness\'s account too, so it is no reporter\'s mark',
  'holdout-521/pt-perfil-atleta.txt':
    "a newspaper's profile of an athlete telling of her Achilles tendon injury: a health term beside a named person keeps any published reading from holding, as the documented policy reads it",
  'holdout-518/pl-wywiad-pisarka.txt':
    "a published interview with a prize-winning writer (\"Wywiad z Olgą Nowak: „…”\"): as holdout-514's chef, an interview's headline is no reporter's mark",
  'holdout-491/pl-relacja-festyn.txt':
    "a town festival's report with no quotation, review's word or crowd in figures (\"ponad dwa tysiące osób\"): not read as a newspaper's report; its mayor reads as his office",
  'holdout-529/pl-news-dyrektor-szpitala.txt':
    "news of a hospital's new director, a surgeon: the hospital's and the surgeon's words stand in the named people's sentences, and a health term beside a named person keeps any published reading from holding",
  'holdout-529/pt-cronica-viagem.txt':
    'a newspaper\'s travel column in the first person under an undated byline ("Por Miguel Sarmento"): a column speaks as its writer does',
  'holdout-534/en-news-flood.txt':
    'news quoting an agency\'s manager by a quoted phrase later in the sentence of "said": reading so let a return-to-work note and a school trip\'s letter pass for news (probes), so it is not read',
  'holdout-545/de-spielbericht.txt':
    'a match report naming the opposing coach "Sein Gütersloher Kollege": a colleague\'s word is an organisation\'s own (a staff newsletter\'s "Ihre Kollegin", a probe), so the newspaper\'s reading does not hold',
  'holdout-545/es-entrevista-novelista.txt':
    'a published interview in questions and answers ("Pregunta. … Respuesta. …"): as holdout-514\'s, an interview is no reporter\'s mark, and its answers speak in the first person',
  'holdout-553/en-council-contacts.html':
    "a council's contacts page naming its head of planning in a field with her title (\"Head of Planning: Dr Alison Greaves\"): a field's name after a title is a person's, whoever publishes it",
  'holdout-557/nl-museum-nieuwsbrief.txt':
    "a museum's newsletter announcing its new director, with no quotation, review's word or crowd: no published reading holds",
  'holdout-558/es-programa-festival.txt':
    'an LGBTI film festival\'s programme whose film is set "en Rosario": a city that is as often a given name is left out of the cities, so a lone given name stands beside the words of orientation',
  'holdout-526/en-test-fixtures-readme.md':
    'made-up test users ("Jane Doe", jane.doe@example.com) where no word says it shows an example: test data writes people so, and a leak costs more',
  'holdout-572/it-guida-museo.txt':
    'a museum guide: a painting by its subject\'s given name after an article ("il Davide con la testa di Golia") in the sentence of another painting\'s title with a health word ("il Bacchino malato"): as a first run, no fix tried',
  'holdout-576/it-team-studio-legale.html':
    'a law firm\'s team page naming its partners by their title under "Il nostro team" (our team: an organisation\'s own people, whom a staff page names too), a practice\'s "relazioni sindacali" beside a name read as a union\'s: as a first run, no fix tried',
  'holdout-446/cs-vystava.txt':
    'an exhibition\'s text naming the actress of a poster of 1894 ("herečku Sarah Bernhardtovou"), whom no birth, death or life span marks as history: her name had stood split over two wrapped lines, and reads whole since wrapped prose reads unwrapped (2.34.0)',
  'holdout-587/pl-sylwetki-prelegentow.txt':
    "a conference's speakers' bios whose only audience's mark is registration asked of all (\"obowiązuje rejestracja\"): an internal seminar asks it too, and read an employee's burnout as published when probed, so it marks no public event",
  'holdout-730/de-ortsgeschichte.txt':
    'a village history: a painter of 1756 named in the sentence after the year\'s ("Ihre Deckenfresken schuf Matthäus Günther"), which nothing dates',
  'holdout-745/en-quiz-answers.txt':
    'a pub quiz\'s answer "Michelangelo", a painter of history known by his given name alone, which is an Italian given name too: as a first run, no fix tried',
  'holdout-1030/nl-klanten.json':
    "business customers' numbers in a JSON list, two of the three customers' names without a legal form (\"Bakkerij de Gouden Korrel\"): their numbers read as persons' customer numbers; as a first run, no fix tried",
  'holdout-1031/pl-wyrok.txt':
    'a Supreme Court judgment naming its bench by the Polish judges\' abbreviation "SSN" (sędzia Sądu Najwyższego), which English writes for a social security number: not read as an office; "sędzia" is',
  'holdout-1035/pl-sms.txt':
    "a dental practice's reminder of its reader's visit that names no one (\"Przypominamy o wizycie u stomatologa\"): read as a notice of its reader's own care, which it is to whoever holds the phone",
  'holdout-1039/pt-noticia-doenca.txt':
    'an outbreak\'s news quoting the regional health officer ("segundo a delegada de saúde regional, Teresa Mota") in the sentence of the sick pupils: read as her telling of a named person\'s health; as a first run, no fix found',
  'holdout-1047/lv-zina.txt':
    'news of a council chair elected, the Latvian participle between the office and the name ("priekšsēdētāju ievēlēts Andris Kalniņš"): not read as the office\'s holder; as a first run, no fix tried',
  'holdout-1047/bg-novina.txt':
    'news of a hospital\'s new director, the office after her name in Bulgarian ("назначи д-р Елена Петрова за директор на областната болница"): the hospital read as her health; as a first run, no fix tried',
  'holdout-1049/de-teilnehmerliste.tsv':
    'a race\'s results as a bare table ("Teilnehmer", "Verein", "Zeit") with no title that says they are published results: read as a list of people; as a first run, no fix tried',
  'holdout-1054/pt-agenda-cultural.txt':
    'a cultural agenda naming a staged reading\'s actors after "com" ("com Rita Durão e João Grosso") beside a ticket\'s price: no calling names them actors; a first run on 2.61.0\'s final code, no fix tried',
  'holdout-1024/fr-rapport-activite.txt':
    'an association\'s activity report naming its bureau, one of them its "secrétaire", whom a practice or an office employs too: not read as an officer\'s word, so not everyone named stands in a public capacity',
  'holdout-1095/lt-pirkimo-skelbimas.txt':
    'a town\'s procurement notice naming its contact officer ("Kontaktinis asmuo: Rasa Petrauskienė", her address spelling her name): labeled public by this set and holdout-906, where holdout-60 and holdout-835 label the same kind of notice personal; a published tender reading was tried and made those two leak, so the rules keep it personal (fail closed); the labels disagree, not fixed',
  'holdout-1102/en-charity-annual-report.txt':
    'a charity\'s annual report naming its trustees ("Trustees: Helen Cartwright (Chair), Samuel Osei (Treasurer), Priya Menon, David Hughes"): the annual report reading needs everyone named in a public capacity, and two trustees have no office after their names; a board\'s label before the list was tried and did not change it (the readings ask more); a first run, not fixed',
  'holdout-1102/es-programa-jornada.txt':
    'a conference programme naming its speakers by office, by one bracketed affiliation and as moderator ("modera Lucía Herrero"): the event reading asks for a public audience (tickets, free entry) or two affiliations, as an internal day\'s programme names its staff so too; a first run, not fixed',
};

/** Personal by their labels, not by the rules, each left for a stated reason: set/file → why. */
const KNOWN_LEAKS: Record<string, string> = {
  'holdout-980/it-resoconto-telefonata.txt':
    "a tax office's phone call report: the taxpayer's disability told as a share (\"è invalida al 100% per sclerosi multipla\") reads as a sentence about anyone, so the contact note's reading stops there; not fixed",
  'holdout-808/nl-logboek-receptie.txt':
    'a reception log\'s visitor by title and surname before his company ("meneer De Graaf van Bakker BV"): Dutch "van" is a surname\'s particle too, so the name reads on to the legal form and is taken for the company\'s',
  'holdout-793/de-rechnung-handwerker.txt':
    'a painter\'s invoice whose only clue to its private customer is the place of work by surname ("Leistungsort: Wohnung Krause, Lindenweg 4"): "Wohnung" before a word is no title, as "Wohnung Süd" is a flat\'s',
  'holdout-792/en-fit-note-text.txt':
    'a fit note\'s text addressed to the patient with no name ("I assessed your case … I advise you that you are not fit for work"): the reader\'s care counts only as an appointment\'s notice with its day and time, as a leaflet says "you" to anyone',
  'holdout-792/nl-bezwaar-woz.txt':
    "a homeowner's objection to a property valuation by its dotted assessment number (\"aanslagnummer 4401.22.918.0 … mijn woning\"): a reference line counts where the text speaks to its reader, and dotted numbers are versions' and addresses' too",
  'holdout-307/en-new-address.txt':
    'a one-line request to "send the replacement to 14 Elm Grove, Leeds LS6 2AQ": nothing says the address is a home\'s (no neighbours, flat or first person), and a shop\'s returns page words it the same',
  'holdout-299/pl-wezwanie.txt':
    'a rent arrears demand to "Szanowny Panie" naming no one: the flat\'s address ("ul. Lipowej 8/14") is its only clue, and addresses are weak alone',
  'holdout-339/en-school-report.txt':
    "a pupil's term report with no name, number or class: grades, attendance and a tutor's comment about one pupil, whom only its file or envelope names",
  'holdout-291/fr-entretien-sortie.txt':
    'an exit interview naming no one ("la salariée", a post, eight years\' service, a site): identifiable in its company, with no name, number or contact to read',
  'holdout-140/en-grace-starts.txt':
    '"Grace starts on Monday": "Grace" is a virtue too ("Grace is given …"), counted only beside a surname, a title or in a signature',
  'holdout-119/nl-pakketje-sem.txt':
    '"Sem" is left out of the given names on purpose: it is the Portuguese "without" ("Sem dúvida", "Sem custos")',
  'holdout-254/it-nota-preventivo.txt':
    '"passare da bianchi per il preventivo": a surname that is a word too ("bianchi", whites), in lower case, after "da"',
  'holdout-126/de-zettel-kuehlschrank.txt':
    '"Ninas Joghurt": "Nina" is an ambiguous given name (a word too), counted only beside a surname, a title or in a signature',
};

/** Files whose level one of the held shapes still changes, each for a stated reason: set/file (shape) → why. */
const KNOWN_SHAPE_CHANGES: Record<string, string> = {
  'holdout-1150/fr-notes-vrac.txt (quoted reply ("> "))':
    'a short lower-case to-do list ("rdv dr martin … pr la thyroïde de maman", "anniv de léa samedi"): quoted, its language is no longer told French, so "léa" (a Spanish word) names no one, and "de maman" is no person the health term is about; not fixed',
  'holdout-971/it-ticket-assistenza.md (quoted reply ("> "))':
    'a subscriber ticket in Markdown whose described subscriber ("L\'abbonato chiede … : deve iniziare la radioterapia") is not read (his "deve", must, reads as a rule\'s), so its special level comes from a table label read as a name ("| Canale | Telefono |", next to "la moglie"), which the quoted table does not give; not fixed',
};

/** The shapes that must change no level. */
const HELD = ['quoted reply ("> ")', 'a JSON ticket\'s "body"', "a CSV export's cell"];

/** The labeled sets, sorted by name, that part `part` (1 … PARTS) reads: every fourth from its own. */
export function setsOfPart(part: number): string[] {
  const sets = readdirSync(BENCH)
    .filter((d) => existsSync(join(BENCH, d, 'labels.jsonl')))
    .sort();
  return sets.filter((_, i) => i % PARTS === part - 1);
}

export function labeledSets(part: number): void {
  describe(`the labeled sets in bench/ (part ${part} of ${PARTS})`, () => {
    const shapes = SHAPES.filter((s) => HELD.includes(s.name));
    it('holds the three shapes it is about', () => {
      expect(shapes).toHaveLength(HELD.length);
    });

    it.each(setsOfPart(part))(
      '%s: no leak and no false personal beyond the known ones; quote marks, a JSON ticket and a CSV cell change no level',
      { timeout: 120_000 },
      async (set) => {
        const dir = join(BENCH, set);
        const labels = readFileSync(join(dir, 'labels.jsonl'), 'utf8')
          .split('\n')
          .filter((l) => l.trim())
          .map((l) => JSON.parse(l) as { file?: string; id?: string; sensitivity: Sensitivity });
        const levels = new Map<string, Sensitivity>();
        const leaked: string[] = [];
        const flagged: string[] = [];
        for (const label of labels) {
          const file = label.file ?? `${label.id}.txt`;
          const { sensitivity } = await classifyFile(join(dir, file));
          levels.set(file, sensitivity);
          if (isPersonal(label.sensitivity) && !isPersonal(sensitivity) && !KNOWN_LEAKS[`${set}/${file}`]) leaked.push(file);
          if (!isPersonal(label.sensitivity) && isPersonal(sensitivity) && !KNOWN_FLAGS[`${set}/${file}`]) flagged.push(file);
        }
        expect(leaked).toEqual([]);
        expect(flagged).toEqual([]);

        const changed: string[] = [];
        for (const { file, text } of await labeledTexts(dir)) {
          const level = levels.get(file);
          for (const shape of shapes) {
            const shaped = await shape.apply(text);
            if (shaped === undefined || classifyText(shaped).sensitivity === level) continue;
            if (!(`${set}/${file} (${shape.name})` in KNOWN_SHAPE_CHANGES)) changed.push(`${file} (${shape.name})`);
          }
        }
        expect(changed).toEqual([]);
      },
    );
  });
}
