// The words of the synthetic evaluation documents, per language (bench/eval-generator.ts).
// Written as sentences a reader meets in such documents, not copied from the classifier's
// lexicons. All synthetic.

export const LANGS = ['en', 'de', 'fr', 'it', 'es', 'nl', 'pl', 'pt'] as const;
export type Lang = (typeof LANGS)[number];

export interface Texts {
  mr: string;
  ms: string;
  dear: string;
  hello: string;
  closing: string;
  jobTitles: string[];
  hr: string[];
  filler: string[];
  phone: string;
  supportMailbox: string;
  subjects: string[];
  complaint: string[];
  csvHeader: string;
  transferTitle: string;
  accountHolder: string;
  amount: string;
  reference: string;
  rent: string;
  months: string[];
  formTitle: string;
  lastName: string;
  firstName: string;
  address: string;
  formText: string[];
  ticket: string[];
  invoice: string;
  billTo: string;
  item: string;
  qty: string;
  price: string;
  total: string;
  dob: string;
  experience: string;
  cvLines: string[];
  tenancyTitle: string;
  landlord: string;
  tenant: string;
  tenancy: string[];
  cardTitle: string;
  cardholder: string;
  cardNumber: string;
  soleTrader: string[];
  services: string[];
  sickTitle: string;
  patient: string;
  sick: string[];
  diagnoses: string[];
  doctorSign: string[];
  discharge: string[];
  payrollHeader: string;
  unionDues: string;
  union: string[];
  payslip: string;
  employee: string;
  gross: string;
  religionLine: string[];
  selfHealth: string[];
  accommodation: string[];
  biometric: string[];
  political: string[];
  newsTitles: string[];
  news: string[];
  privacyTitle: string;
  privacy: string[];
  contactUs: string;
  privacyMailbox: string;
  policyTitle: string;
  policy: string[];
  pressTitle: string;
  press: string[];
  pressContact: string;
  pressMailbox: string;
  order: string;
  due: string;
  register: string;
  catalogueHeader: string;
  statsTitles: string[];
  year: string;
  cases: string;
  share: string;
  updated: string;
  jobAd: string[];
  jobsMailbox: string;
  confidential: string[];
  roadmap: string[];
}

// biome-ignore format: prose tables read best packed
export const L10N: Record<Lang, Texts> = {
  en: {
    mr: 'Mr', ms: 'Ms', dear: 'Dear', hello: 'Hello', closing: 'Kind regards',
    jobTitles: ['HR Manager', 'Head of Payroll', 'Team Lead Operations', 'Senior Accountant'],
    hr: ['Following your annual review, your gross salary will increase to GBP {salary} per year from 1 April.', 'We confirm that your probation period ends successfully; your annual salary remains GBP {salary}.'],
    filler: ['The new warehouse in Leeds opens in the spring.', 'Deliveries are planned for the second week of the month.', 'The committee meets every Tuesday to review the schedule.', 'All figures are provisional and may change after the audit.', 'Please keep this letter for your records.', 'The project team expects to finish the migration by the end of the quarter.', 'Opening hours change during the holiday season.'],
    phone: 'Phone', supportMailbox: 'support', subjects: ['Delivery delayed', 'Question about my contract', 'Re: your order', 'Request'],
    complaint: ['My parcel still has not arrived although it was due last Friday.', 'Could you please check the status of my order?', 'I was charged twice for the same subscription.', 'I would like to change the delivery address.'],
    csvHeader: 'customer_id,first_name,last_name,email,city,registered', transferTitle: 'Standing order', accountHolder: 'Account holder', amount: 'Amount', reference: 'Reference',
    rent: 'Rent', months: ['January', 'March', 'June', 'October'], formTitle: 'Registration form', lastName: 'Surname', firstName: 'First name', address: 'Address',
    formText: ['Please return the signed form within two weeks.', 'The information is used only to process your application.', 'Incomplete forms cannot be processed.'],
    ticket: ['Ticket 4471 — caller asked about a refund.', 'Desk note: documents checked at the counter.'], invoice: 'Invoice', billTo: 'Bill to', item: 'Item', qty: 'Qty', price: 'Price', total: 'Total', dob: 'Date of birth',
    experience: 'Experience', cvLines: ['2019–2025 logistics coordinator at a freight forwarder.', 'Fluent in English and Spanish.', 'Driving licence category B.', 'Certified project manager since 2021.'],
    tenancyTitle: 'Assured shorthold tenancy agreement', landlord: 'Landlord', tenant: 'Tenant', tenancy: ['The tenancy begins on 1 May 2026 for a term of twelve months.', 'The rent is payable monthly in advance.', 'The deposit is protected in a government-approved scheme.'],
    cardTitle: 'Card payment receipt', cardholder: 'Cardholder', cardNumber: 'Card number', soleTrader: ['sole trader', 'self-employed translator', 'freelance photographer'], services: ['Translation of technical manuals', 'Wedding photography', 'Website design'],
    sickTitle: 'Statement of fitness for work', patient: 'Patient', sick: ['I assessed this patient and advise that they are not fit for work from {from} to {to} because of {diagnosis}.', 'Diagnosis: {diagnosis}. The patient should refrain from work until {to}.'],
    diagnoses: ['acute bronchitis', 'a lumbar disc herniation', 'major depressive episode', 'type 2 diabetes', 'migraine with aura', 'a fractured wrist'], doctorSign: ['Dr. Helen Morris, GP', 'Signed: Dr. R. Patel'],
    discharge: ['We discharged {name} on {date} after treatment for {diagnosis}.', 'Medication on discharge: ramipril 5 mg once daily.', 'A follow-up appointment in the outpatient clinic is recommended in six weeks.', 'The patient tolerated the procedure well.'],
    payrollHeader: 'last_name,first_name,gross,deduction,amount', unionDues: 'Trade union subscription', union: ['Thank you for joining the union; your membership number is on the enclosed card.', 'Your union dues will be deducted from your salary each month.', 'As your union representative I will accompany you to the hearing.'],
    payslip: 'Payslip', employee: 'Employee', gross: 'Gross pay', religionLine: ['Church tax (Catholic): 9%', 'Religious affiliation: Muslim — Eid leave approved'],
    selfHealth: ["I'm writing to let you know that I have been diagnosed with {diagnosis} and will need some time off.", 'My doctor has put me on new medication for {diagnosis}, so I may be slower this week.'],
    accommodation: ['Needs an ergonomic workstation because of a chronic back condition (herniated disc).', 'Requests reduced hours during chemotherapy.'], biometric: ['Fingerprint template enrolled for building access.', 'Facial recognition profile created for the time clock.'],
    political: ['Thank you for renewing your party membership for 2026; your support of our political campaign means a lot.'],
    newsTitles: ['Flu season peaks early', 'New diabetes guidelines published'], news: ['Hospitals across the country report a rise in influenza cases this winter.', 'Researchers say early diagnosis of diabetes reduces complications.', 'The health ministry recommends vaccination for people over 65.', 'Treatment options for depression have improved over the last decade.', 'The number of patients waiting for surgery fell by 8 percent.'],
    privacyTitle: 'Privacy notice', privacy: ['We process personal data only for the purposes described in this notice.', 'We do not collect special categories of data such as health data, religious beliefs, trade union membership or sexual orientation.', 'You have the right to access, rectify and erase your data.', 'Data is stored on servers in the European Union.'],
    contactUs: 'Contact', privacyMailbox: 'privacy', policyTitle: 'Sickness absence policy', policy: ['Employees who are unwell must inform their manager before 9 am on the first day of absence.', 'A fit note is required for absences longer than seven days.', 'Return-to-work meetings are held after every absence.', 'Employees with a disability may request reasonable adjustments.'],
    pressTitle: 'Press release', press: ['{company} today announced {n} new stores to open in {year}.', '{company} reports revenue growth of {n} percent for {year}.'], pressContact: 'Media enquiries', pressMailbox: 'press',
    order: 'Order', due: 'Due', register: 'Company no.', catalogueHeader: 'product;sku;ean;price', statsTitles: ['Hospital admissions by year', 'Road traffic accidents'], year: 'Year', cases: 'Cases', share: 'Share', updated: 'Updated',
    jobAd: ['We are looking for an experienced accountant to join our finance team.', 'You will prepare monthly reports and support the annual audit.', 'We offer flexible working and 28 days of holiday.'], jobsMailbox: 'jobs',
    confidential: ['CONFIDENTIAL — internal use only', 'Strictly confidential: board only'], roadmap: ['The product launch moves from May to September.', 'Budget for the second half is reduced by 12 percent.', 'Two suppliers are being evaluated for the new platform.'],
  },
  de: {
    mr: 'Herr', ms: 'Frau', dear: 'Sehr geehrte(r)', hello: 'Hallo', closing: 'Mit freundlichen Grüßen',
    jobTitles: ['Leiterin Personal', 'Teamleiter Lohnbuchhaltung', 'Sachbearbeiterin', 'Geschäftsführer'],
    hr: ['nach Ihrem Jahresgespräch erhöht sich Ihr Bruttojahresgehalt ab dem 1. April auf {salary} EUR.', 'wir bestätigen das erfolgreiche Ende Ihrer Probezeit; Ihr Jahresgehalt beträgt weiterhin {salary} EUR.'],
    filler: ['Das neue Lager in Leipzig wird im Frühjahr eröffnet.', 'Die Lieferungen sind für die zweite Monatshälfte geplant.', 'Der Ausschuss tagt jeden Dienstag.', 'Alle Zahlen sind vorläufig und können sich nach der Prüfung ändern.', 'Bitte bewahren Sie dieses Schreiben auf.', 'Das Projektteam rechnet mit dem Abschluss der Umstellung bis Quartalsende.', 'In den Ferien gelten geänderte Öffnungszeiten.'],
    phone: 'Tel.', supportMailbox: 'kundenservice', subjects: ['Lieferung verspätet', 'Frage zu meinem Vertrag', 'AW: Ihre Bestellung', 'Anfrage'],
    complaint: ['Mein Paket ist immer noch nicht angekommen, obwohl es letzten Freitag zugestellt werden sollte.', 'Könnten Sie bitte den Stand meiner Bestellung prüfen?', 'Mir wurde dasselbe Abo zweimal berechnet.', 'Ich möchte die Lieferadresse ändern.'],
    csvHeader: 'kundennr,vorname,nachname,email,ort,registriert', transferTitle: 'Dauerauftrag', accountHolder: 'Kontoinhaber', amount: 'Betrag', reference: 'Verwendungszweck',
    rent: 'Miete', months: ['Januar', 'März', 'Juni', 'Oktober'], formTitle: 'Anmeldeformular', lastName: 'Nachname', firstName: 'Vorname', address: 'Anschrift',
    formText: ['Bitte senden Sie das unterschriebene Formular innerhalb von zwei Wochen zurück.', 'Die Angaben werden nur zur Bearbeitung Ihres Antrags verwendet.', 'Unvollständige Formulare können nicht bearbeitet werden.'],
    ticket: ['Vorgang 4471 — Rückfrage zur Erstattung.', 'Notiz: Unterlagen am Schalter geprüft.'], invoice: 'Rechnung', billTo: 'Rechnungsempfänger', item: 'Position', qty: 'Menge', price: 'Preis', total: 'Gesamtbetrag', dob: 'Geburtsdatum',
    experience: 'Berufserfahrung', cvLines: ['2019–2025 Disponent bei einer Spedition.', 'Englisch und Spanisch fließend.', 'Führerschein Klasse B.', 'Zertifizierter Projektmanager seit 2021.'],
    tenancyTitle: 'Mietvertrag über Wohnraum', landlord: 'Vermieter', tenant: 'Mieter', tenancy: ['Das Mietverhältnis beginnt am 1. Mai 2026 und läuft auf unbestimmte Zeit.', 'Die Miete ist monatlich im Voraus zu zahlen.', 'Die Kaution beträgt drei Monatsmieten.'],
    cardTitle: 'Zahlungsbeleg', cardholder: 'Karteninhaber', cardNumber: 'Kartennummer', soleTrader: ['Einzelunternehmen', 'freiberufliche Übersetzerin', 'selbstständiger Fotograf'], services: ['Übersetzung technischer Handbücher', 'Hochzeitsfotografie', 'Webdesign'],
    sickTitle: 'Arbeitsunfähigkeitsbescheinigung', patient: 'Patient', sick: ['Die Patientin ist vom {from} bis voraussichtlich {to} arbeitsunfähig. Diagnose: {diagnosis}.', 'Der Patient ist wegen {diagnosis} bis zum {to} krankgeschrieben.'],
    diagnoses: ['akute Bronchitis', 'Bandscheibenvorfall', 'mittelgradige depressive Episode', 'Diabetes mellitus Typ 2', 'Migräne', 'Handgelenksfraktur'], doctorSign: ['Dr. med. Sabine Krüger, Allgemeinmedizin', 'Praxis Dr. Hoffmann'],
    discharge: ['wir berichten über {name}, die/der am {date} nach Behandlung einer {diagnosis} entlassen wurde.', 'Medikation bei Entlassung: Ramipril 5 mg 1-0-0.', 'Eine Wiedervorstellung in unserer Ambulanz in sechs Wochen wird empfohlen.', 'Der Eingriff verlief komplikationslos.'],
    payrollHeader: 'nachname,vorname,brutto,abzug,betrag', unionDues: 'Gewerkschaftsbeitrag ver.di', union: ['vielen Dank für Ihren Beitritt zur IG Metall; Ihre Mitgliedsnummer finden Sie auf dem beiliegenden Ausweis.', 'Ihr Mitgliedsbeitrag wird monatlich vom Gehalt einbehalten.', 'Als Ihr gewerkschaftlicher Vertrauensmann begleite ich Sie zum Gespräch.'],
    payslip: 'Entgeltabrechnung', employee: 'Mitarbeiter', gross: 'Brutto', religionLine: ['Konfession: rk — Kirchensteuer 9 %', 'Kirchensteuer ev: 23,40'],
    selfHealth: ['ich möchte Ihnen mitteilen, dass bei mir {diagnosis} festgestellt wurde und ich einige Zeit ausfallen werde.', 'mein Arzt hat mir wegen {diagnosis} neue Medikamente verschrieben.'],
    accommodation: ['Benötigt einen ergonomischen Arbeitsplatz wegen eines chronischen Rückenleidens (Bandscheibenvorfall).', 'Beantragt reduzierte Arbeitszeit während der Chemotherapie.'], biometric: ['Fingerabdruck für die Zutrittskontrolle erfasst.', 'Gesichtserkennung für die Zeiterfassung eingerichtet.'],
    political: ['vielen Dank für die Verlängerung Ihrer Parteimitgliedschaft für 2026 und Ihre Unterstützung unseres Wahlkampfs.'],
    newsTitles: ['Grippewelle erreicht früh ihren Höhepunkt', 'Neue Leitlinien zu Diabetes'], news: ['Kliniken im ganzen Land melden diesen Winter mehr Grippefälle.', 'Forscher betonen, dass eine frühe Diagnose von Diabetes Folgeschäden verringert.', 'Das Gesundheitsministerium empfiehlt Menschen über 65 die Impfung.', 'Die Behandlungsmöglichkeiten bei Depressionen haben sich verbessert.', 'Die Zahl der Patienten auf Wartelisten für Operationen sank um 8 Prozent.'],
    privacyTitle: 'Datenschutzerklärung', privacy: ['Wir verarbeiten personenbezogene Daten nur zu den in dieser Erklärung genannten Zwecken.', 'Besondere Kategorien wie Gesundheitsdaten, religiöse Überzeugungen, Gewerkschaftszugehörigkeit oder sexuelle Orientierung erheben wir nicht.', 'Sie haben das Recht auf Auskunft, Berichtigung und Löschung.', 'Die Daten werden auf Servern in der EU gespeichert.'],
    contactUs: 'Kontakt', privacyMailbox: 'datenschutz', policyTitle: 'Richtlinie zu Krankmeldungen', policy: ['Beschäftigte, die erkranken, informieren ihre Führungskraft vor 9 Uhr am ersten Tag.', 'Ab dem vierten Tag ist eine ärztliche Bescheinigung vorzulegen.', 'Nach jeder Abwesenheit findet ein Rückkehrgespräch statt.', 'Beschäftigte mit Behinderung können angemessene Vorkehrungen beantragen.'],
    pressTitle: 'Pressemitteilung', press: ['{company} eröffnet {year} {n} neue Filialen.', '{company} meldet für {year} ein Umsatzwachstum von {n} Prozent.'], pressContact: 'Pressekontakt', pressMailbox: 'presse',
    order: 'Bestellung', due: 'Fällig am', register: 'HRB', catalogueHeader: 'produkt;artikelnr;ean;preis', statsTitles: ['Krankenhausaufnahmen nach Jahr', 'Verkehrsunfälle'], year: 'Jahr', cases: 'Fälle', share: 'Anteil', updated: 'Stand',
    jobAd: ['Wir suchen eine erfahrene Buchhalterin oder einen erfahrenen Buchhalter für unser Finanzteam.', 'Sie erstellen Monatsabschlüsse und unterstützen den Jahresabschluss.', 'Wir bieten flexible Arbeitszeiten und 30 Tage Urlaub.'], jobsMailbox: 'karriere',
    confidential: ['VERTRAULICH — nur für den internen Gebrauch', 'Streng vertraulich: nur für den Vorstand'], roadmap: ['Die Markteinführung verschiebt sich von Mai auf September.', 'Das Budget für das zweite Halbjahr sinkt um 12 Prozent.', 'Zwei Anbieter werden für die neue Plattform geprüft.'],
  },
  fr: {
    mr: 'M.', ms: 'Mme', dear: 'Madame, Monsieur', hello: 'Bonjour', closing: 'Cordialement',
    jobTitles: ['Responsable RH', 'Chef de service paie', 'Chargée de clientèle', 'Directeur administratif'],
    hr: ['suite à votre entretien annuel, votre salaire brut annuel passera à {salary} EUR à compter du 1er avril.', 'nous vous confirmons la fin de votre période d’essai ; votre salaire annuel reste fixé à {salary} EUR.'],
    filler: ['Le nouvel entrepôt de Lyon ouvrira au printemps.', 'Les livraisons sont prévues pour la deuxième quinzaine du mois.', 'Le comité se réunit chaque mardi.', 'Tous les chiffres sont provisoires.', 'Nous vous prions de conserver ce courrier.', 'L’équipe projet prévoit de terminer la migration d’ici la fin du trimestre.', 'Les horaires d’ouverture changent pendant les vacances.'],
    phone: 'Tél.', supportMailbox: 'service-client', subjects: ['Livraison en retard', 'Question sur mon contrat', 'RE : votre commande', 'Demande'],
    complaint: ['Mon colis n’est toujours pas arrivé alors qu’il était prévu vendredi dernier.', 'Pourriez-vous vérifier l’état de ma commande ?', 'J’ai été débité deux fois pour le même abonnement.', 'Je souhaite changer l’adresse de livraison.'],
    csvHeader: 'id_client,prénom,nom,email,ville,inscription', transferTitle: 'Virement permanent', accountHolder: 'Titulaire du compte', amount: 'Montant', reference: 'Référence',
    rent: 'Loyer', months: ['janvier', 'mars', 'juin', 'octobre'], formTitle: 'Formulaire d’inscription', lastName: 'Nom de famille', firstName: 'Prénom', address: 'Adresse',
    formText: ['Merci de renvoyer le formulaire signé sous quinze jours.', 'Les informations servent uniquement au traitement de votre demande.', 'Les dossiers incomplets ne pourront pas être traités.'],
    ticket: ['Dossier 4471 — demande de remboursement.', 'Note : pièces vérifiées au guichet.'], invoice: 'Facture', billTo: 'Facturé à', item: 'Article', qty: 'Qté', price: 'Prix', total: 'Total', dob: 'Date de naissance',
    experience: 'Expérience', cvLines: ['2019–2025 coordinateur logistique chez un transitaire.', 'Anglais et espagnol courants.', 'Permis B.', 'Chef de projet certifié depuis 2021.'],
    tenancyTitle: 'Contrat de location d’un logement vide', landlord: 'Bailleur', tenant: 'Locataire', tenancy: ['Le bail prend effet le 1er mai 2026 pour une durée de trois ans.', 'Le loyer est payable mensuellement et d’avance.', 'Le dépôt de garantie est fixé à un mois de loyer.'],
    cardTitle: 'Ticket de paiement par carte', cardholder: 'Titulaire de la carte', cardNumber: 'Numéro de carte', soleTrader: ['entrepreneur individuel', 'traductrice indépendante', 'auto-entrepreneur'], services: ['Traduction de manuels techniques', 'Photographie de mariage', 'Conception de site web'],
    sickTitle: 'Avis d’arrêt de travail', patient: 'Patient', sick: ['Je soussigné certifie que l’état de santé du patient nécessite un arrêt de travail du {from} au {to}. Motif : {diagnosis}.', 'Arrêt maladie jusqu’au {to} pour {diagnosis}.'],
    diagnoses: ['bronchite aiguë', 'hernie discale', 'épisode dépressif', 'diabète de type 2', 'migraine', 'fracture du poignet'], doctorSign: ['Dr Anne Lefèvre, médecin généraliste', 'Cachet du médecin'],
    discharge: ['nous avons pris en charge {name}, sorti(e) le {date} après le traitement d’une {diagnosis}.', 'Traitement de sortie : ramipril 5 mg une fois par jour.', 'Un rendez-vous de contrôle en consultation est prévu dans six semaines.', 'L’intervention s’est déroulée sans complication.'],
    payrollHeader: 'nom,prénom,brut,retenue,montant', unionDues: 'Cotisation syndicale CGT', union: ['nous vous remercions de votre adhésion à notre syndicat ; votre carte d’adhérent est jointe.', 'Votre cotisation sera prélevée chaque mois.', 'En tant que délégué syndical, je vous accompagnerai à l’entretien.'],
    payslip: 'Bulletin de paie', employee: 'Salarié', gross: 'Salaire brut', religionLine: ['Congé pour fête religieuse (Aïd) accordé — confession musulmane', 'Jour de congé pour Yom Kippour accordé — salarié de confession juive'],
    selfHealth: ['je vous informe que l’on m’a diagnostiqué {diagnosis} et que je serai absent quelque temps.', 'mon médecin m’a prescrit un nouveau traitement pour {diagnosis}.'],
    accommodation: ['Besoin d’un poste ergonomique en raison d’une hernie discale chronique.', 'Demande un temps partiel thérapeutique pendant la chimiothérapie.'], biometric: ['Empreinte digitale enregistrée pour le contrôle d’accès.', 'Profil de reconnaissance faciale créé pour la pointeuse.'],
    political: ['merci d’avoir renouvelé votre adhésion au parti pour 2026 et pour votre engagement politique pendant la campagne.'],
    newsTitles: ['La grippe atteint son pic plus tôt', 'Nouvelles recommandations sur le diabète'], news: ['Les hôpitaux signalent une hausse des cas de grippe cet hiver.', 'Selon les chercheurs, un diagnostic précoce du diabète réduit les complications.', 'Le ministère de la santé recommande la vaccination après 65 ans.', 'Les traitements de la dépression ont progressé.', 'Le nombre de patients en attente d’une opération a baissé de 8 %.'],
    privacyTitle: 'Politique de confidentialité', privacy: ['Nous traitons les données personnelles uniquement pour les finalités décrites ici.', 'Nous ne collectons pas de données sensibles telles que la santé, les convictions religieuses, l’appartenance syndicale ou l’orientation sexuelle.', 'Vous disposez d’un droit d’accès, de rectification et d’effacement.', 'Les données sont hébergées dans l’Union européenne.'],
    contactUs: 'Contact', privacyMailbox: 'dpo', policyTitle: 'Politique relative aux absences pour maladie', policy: ['Le salarié malade prévient son responsable avant 9 h le premier jour.', 'Un arrêt de travail doit être transmis sous 48 heures.', 'Un entretien de reprise a lieu après chaque absence.', 'Les salariés en situation de handicap peuvent demander un aménagement de poste.'],
    pressTitle: 'Communiqué de presse', press: ['{company} annonce l’ouverture de {n} nouveaux magasins en {year}.', '{company} annonce une croissance de {n} % de son chiffre d’affaires en {year}.'], pressContact: 'Contact presse', pressMailbox: 'presse',
    order: 'Commande', due: 'Échéance', register: 'RCS', catalogueHeader: 'produit;référence;ean;prix', statsTitles: ['Hospitalisations par année', 'Accidents de la route'], year: 'Année', cases: 'Cas', share: 'Part', updated: 'Mise à jour',
    jobAd: ['Nous recherchons un(e) comptable expérimenté(e) pour rejoindre notre équipe finance.', 'Vous préparez les clôtures mensuelles.', 'Nous offrons le télétravail partiel et 25 jours de congés.'], jobsMailbox: 'recrutement',
    confidential: ['CONFIDENTIEL — usage interne', 'Strictement confidentiel : réservé au comité de direction'], roadmap: ['Le lancement est repoussé de mai à septembre.', 'Le budget du second semestre baisse de 12 %.', 'Deux fournisseurs sont en cours d’évaluation.'],
  },
  it: {
    mr: 'Sig.', ms: 'Sig.ra', dear: 'Gentile', hello: 'Buongiorno', closing: 'Cordiali saluti',
    jobTitles: ['Responsabile Risorse Umane', 'Capo ufficio paghe', 'Impiegata amministrativa', 'Direttore generale'],
    hr: ['a seguito del colloquio annuale, la Sua retribuzione lorda annua sarà di {salary} EUR dal 1° aprile.', 'confermiamo il superamento del periodo di prova; la retribuzione annua resta di {salary} EUR.'],
    filler: ['Il nuovo magazzino di Bologna aprirà in primavera.', 'Le consegne sono previste per la seconda metà del mese.', 'Il comitato si riunisce ogni martedì.', 'Tutti i dati sono provvisori.', 'La preghiamo di conservare questa lettera.', 'Il gruppo di progetto prevede di completare la migrazione entro fine trimestre.', 'Gli orari di apertura cambiano durante le festività.'],
    phone: 'Tel.', supportMailbox: 'assistenza', subjects: ['Consegna in ritardo', 'Domanda sul mio contratto', 'R: il Suo ordine', 'Richiesta'],
    complaint: ['Il mio pacco non è ancora arrivato, anche se era previsto per venerdì scorso.', 'Potreste verificare lo stato del mio ordine?', 'Mi è stato addebitato due volte lo stesso abbonamento.', 'Vorrei cambiare l’indirizzo di consegna.'],
    csvHeader: 'id_cliente,nome,cognome,email,città,registrato', transferTitle: 'Bonifico periodico', accountHolder: 'Intestatario del conto', amount: 'Importo', reference: 'Causale',
    rent: 'Affitto', months: ['gennaio', 'marzo', 'giugno', 'ottobre'], formTitle: 'Modulo di iscrizione', lastName: 'Cognome', firstName: 'Nome', address: 'Indirizzo',
    formText: ['Si prega di restituire il modulo firmato entro due settimane.', 'I dati sono utilizzati solo per gestire la domanda.', 'I moduli incompleti non possono essere elaborati.'],
    ticket: ['Pratica 4471 — richiesta di rimborso.', 'Nota: documenti verificati allo sportello.'], invoice: 'Fattura', billTo: 'Intestata a', item: 'Articolo', qty: 'Q.tà', price: 'Prezzo', total: 'Totale', dob: 'Data di nascita',
    experience: 'Esperienza', cvLines: ['2019–2025 coordinatore logistico presso uno spedizioniere.', 'Inglese e spagnolo fluenti.', 'Patente B.', 'Project manager certificato dal 2021.'],
    tenancyTitle: 'Contratto di locazione ad uso abitativo', landlord: 'Locatore', tenant: 'Conduttore', tenancy: ['La locazione decorre dal 1° maggio 2026 per quattro anni.', 'Il canone è pagato mensilmente in via anticipata.', 'Il deposito cauzionale è pari a tre mensilità.'],
    cardTitle: 'Ricevuta di pagamento con carta', cardholder: 'Titolare della carta', cardNumber: 'Numero carta', soleTrader: ['ditta individuale', 'libera professionista', 'lavoratore autonomo'], services: ['Traduzione di manuali tecnici', 'Servizio fotografico per matrimonio', 'Progettazione sito web'],
    sickTitle: 'Certificato di malattia', patient: 'Paziente', sick: ['Si certifica che il paziente è affetto da {diagnosis} e necessita di riposo dal {from} al {to}.', 'Prognosi fino al {to}. Diagnosi: {diagnosis}.'],
    diagnoses: ['bronchite acuta', 'ernia del disco', 'episodio depressivo', 'diabete di tipo 2', 'emicrania', 'frattura del polso'], doctorSign: ['Dott.ssa Paola Greco, medico di base', 'Timbro e firma del medico'],
    discharge: ['Le scriviamo riguardo a {name}, dimesso/a il {date} dopo cure per {diagnosis}.', 'Terapia alla dimissione: ramipril 5 mg una volta al giorno.', 'Si consiglia un controllo ambulatoriale tra sei settimane.', 'L’intervento è stato ben tollerato.'],
    payrollHeader: 'cognome,nome,lordo,trattenuta,importo', unionDues: 'Trattenuta sindacale CGIL', union: ['La ringraziamo per l’iscrizione al sindacato; la tessera è allegata.', 'La quota associativa sarà trattenuta mensilmente dalla busta paga.', 'In qualità di rappresentante sindacale La accompagnerò all’incontro.'],
    payslip: 'Cedolino', employee: 'Dipendente', gross: 'Lordo', religionLine: ['Permesso per festività religiosa (Yom Kippur) — dipendente di religione ebraica', 'Giorno di permesso per Eid — dipendente musulmano'],
    selfHealth: ['Le scrivo per informarLa che mi è stata diagnosticata {diagnosis} e che dovrò assentarmi per un periodo.', 'il mio medico mi ha prescritto una nuova terapia per {diagnosis}.'],
    accommodation: ['Necessita di una postazione ergonomica a causa di un’ernia del disco cronica.', 'Chiede un orario ridotto durante la chemioterapia.'], biometric: ['Impronta digitale registrata per il controllo accessi.', 'Profilo di riconoscimento facciale creato per la rilevazione presenze.'],
    political: ['La ringraziamo per aver rinnovato l’iscrizione al partito per il 2026 e per il sostegno alla nostra campagna elettorale.'],
    newsTitles: ['L’influenza raggiunge il picco in anticipo', 'Nuove linee guida sul diabete'], news: ['Gli ospedali segnalano un aumento dei casi di influenza.', 'Secondo i ricercatori, una diagnosi precoce del diabete riduce le complicazioni.', 'Il ministero della salute raccomanda il vaccino agli over 65.', 'Le terapie per la depressione sono migliorate.', 'Il numero di pazienti in attesa di un intervento è sceso dell’8 %.'],
    privacyTitle: 'Informativa sulla privacy', privacy: ['Trattiamo i dati personali solo per le finalità descritte.', 'Non raccogliamo categorie particolari di dati come salute, convinzioni religiose, appartenenza sindacale o orientamento sessuale.', 'Lei ha diritto di accesso, rettifica e cancellazione.', 'I dati sono conservati nell’Unione europea.'],
    contactUs: 'Contatti', privacyMailbox: 'privacy', policyTitle: 'Regolamento assenze per malattia', policy: ['Il dipendente che si ammala avvisa il responsabile entro le 9 del primo giorno.', 'Il certificato medico va inviato entro due giorni.', 'Dopo ogni assenza si tiene un colloquio di rientro.', 'I dipendenti con disabilità possono chiedere accomodamenti ragionevoli.'],
    pressTitle: 'Comunicato stampa', press: ['{company} annuncia l’apertura di {n} nuovi negozi nel {year}.', '{company} registra una crescita del fatturato del {n} % nel {year}.'], pressContact: 'Ufficio stampa', pressMailbox: 'stampa',
    order: 'Ordine', due: 'Scadenza', register: 'REA', catalogueHeader: 'prodotto;codice;ean;prezzo', statsTitles: ['Ricoveri per anno', 'Incidenti stradali'], year: 'Anno', cases: 'Casi', share: 'Quota', updated: 'Aggiornato',
    jobAd: ['Cerchiamo un/una contabile esperto/a per il nostro team amministrazione.', 'Si occuperà delle chiusure mensili.', 'Offriamo lavoro flessibile e buoni pasto.'], jobsMailbox: 'lavora-con-noi',
    confidential: ['RISERVATO — uso interno', 'Strettamente riservato: solo per il consiglio'], roadmap: ['Il lancio slitta da maggio a settembre.', 'Il budget del secondo semestre cala del 12 %.', 'Si stanno valutando due fornitori.'],
  },
  es: {
    mr: 'Sr.', ms: 'Sra.', dear: 'Estimado/a', hello: 'Hola', closing: 'Atentamente',
    jobTitles: ['Responsable de RR. HH.', 'Jefe de nóminas', 'Administrativa', 'Director financiero'],
    hr: ['tras su evaluación anual, su salario bruto anual será de {salary} EUR a partir del 1 de abril.', 'le confirmamos la superación del periodo de prueba; su salario anual sigue siendo de {salary} EUR.'],
    filler: ['El nuevo almacén de Valencia abrirá en primavera.', 'Las entregas están previstas para la segunda quincena.', 'El comité se reúne cada martes.', 'Todas las cifras son provisionales.', 'Le rogamos que conserve esta carta.', 'El equipo del proyecto espera terminar la migración antes de fin de trimestre.', 'El horario cambia durante las fiestas.'],
    phone: 'Teléfono', supportMailbox: 'atencion', subjects: ['Entrega retrasada', 'Pregunta sobre mi contrato', 'RE: su pedido', 'Solicitud'],
    complaint: ['Mi paquete todavía no ha llegado aunque estaba previsto para el viernes pasado.', '¿Podrían comprobar el estado de mi pedido?', 'Me han cobrado dos veces la misma suscripción.', 'Quisiera cambiar la dirección de entrega.'],
    csvHeader: 'id_cliente,nombre,apellidos,email,ciudad,alta', transferTitle: 'Transferencia periódica', accountHolder: 'Titular de la cuenta', amount: 'Importe', reference: 'Concepto',
    rent: 'Alquiler', months: ['enero', 'marzo', 'junio', 'octubre'], formTitle: 'Formulario de inscripción', lastName: 'Apellidos', firstName: 'Nombre', address: 'Domicilio',
    formText: ['Devuelva el formulario firmado en un plazo de dos semanas.', 'Los datos se usan solo para tramitar su solicitud.', 'Los formularios incompletos no se tramitarán.'],
    ticket: ['Expediente 4471 — consulta sobre un reembolso.', 'Nota: documentación revisada en ventanilla.'], invoice: 'Factura', billTo: 'Facturar a', item: 'Concepto', qty: 'Cant.', price: 'Precio', total: 'Total', dob: 'Fecha de nacimiento',
    experience: 'Experiencia', cvLines: ['2019–2025 coordinador logístico en una transitaria.', 'Inglés y francés fluidos.', 'Carnet de conducir B.', 'Director de proyectos certificado desde 2021.'],
    tenancyTitle: 'Contrato de arrendamiento de vivienda', landlord: 'Arrendador', tenant: 'Arrendatario', tenancy: ['El contrato comienza el 1 de mayo de 2026 por un año.', 'La renta se paga mensualmente por adelantado.', 'La fianza equivale a una mensualidad.'],
    cardTitle: 'Justificante de pago con tarjeta', cardholder: 'Titular de la tarjeta', cardNumber: 'Número de tarjeta', soleTrader: ['autónomo', 'traductora autónoma', 'fotógrafo autónomo'], services: ['Traducción de manuales técnicos', 'Reportaje de boda', 'Diseño web'],
    sickTitle: 'Parte médico de baja', patient: 'Paciente', sick: ['Se certifica que el paciente presenta {diagnosis} y se encuentra en situación de incapacidad temporal del {from} al {to}.', 'Baja laboral hasta el {to}. Diagnóstico: {diagnosis}.'],
    diagnoses: ['bronquitis aguda', 'hernia discal', 'episodio depresivo', 'diabetes tipo 2', 'migraña', 'fractura de muñeca'], doctorSign: ['Dra. Carmen Ruiz, medicina de familia', 'Firma y sello del facultativo'],
    discharge: ['le informamos sobre {name}, dado/a de alta el {date} tras el tratamiento de {diagnosis}.', 'Tratamiento al alta: ramipril 5 mg cada 24 horas.', 'Se recomienda revisión en consultas externas en seis semanas.', 'La intervención transcurrió sin incidencias.'],
    payrollHeader: 'apellidos,nombre,bruto,deducción,importe', unionDues: 'Cuota sindical CCOO', union: ['le agradecemos su afiliación al sindicato; adjuntamos su carné.', 'La cuota se descontará de su nómina cada mes.', 'Como delegado sindical le acompañaré a la reunión.'],
    payslip: 'Nómina', employee: 'Empleado', gross: 'Salario bruto', religionLine: ['Permiso por festividad religiosa (Eid) — empleado musulmán', 'Asignación tributaria: Iglesia católica'],
    selfHealth: ['les escribo para comunicarles que me han diagnosticado {diagnosis} y estaré de baja un tiempo.', 'mi médico me ha recetado un nuevo tratamiento para {diagnosis}.'],
    accommodation: ['Necesita un puesto ergonómico por una hernia discal crónica.', 'Solicita jornada reducida durante la quimioterapia.'], biometric: ['Huella dactilar registrada para el control de acceso.', 'Perfil de reconocimiento facial creado para el fichaje.'],
    political: ['le agradecemos que haya renovado su afiliación al partido para 2026 y su apoyo en la campaña electoral.'],
    newsTitles: ['La gripe alcanza su pico antes de lo previsto', 'Nuevas guías sobre la diabetes'], news: ['Los hospitales registran un aumento de casos de gripe.', 'Según los investigadores, el diagnóstico precoz de la diabetes reduce complicaciones.', 'Sanidad recomienda la vacunación a mayores de 65 años.', 'Los tratamientos para la depresión han mejorado.', 'El número de pacientes en lista de espera quirúrgica bajó un 8 %.'],
    privacyTitle: 'Política de privacidad', privacy: ['Tratamos datos personales solo para los fines descritos.', 'No recogemos categorías especiales de datos como salud, creencias religiosas, afiliación sindical u orientación sexual.', 'Usted tiene derecho de acceso, rectificación y supresión.', 'Los datos se alojan en la Unión Europea.'],
    contactUs: 'Contacto', privacyMailbox: 'privacidad', policyTitle: 'Política de ausencias por enfermedad', policy: ['El empleado enfermo avisará a su responsable antes de las 9 el primer día.', 'El parte de baja debe entregarse en tres días.', 'Tras cada ausencia se celebra una entrevista de reincorporación.', 'Los empleados con discapacidad pueden solicitar ajustes razonables.'],
    pressTitle: 'Nota de prensa', press: ['{company} anuncia la apertura de {n} nuevas tiendas en {year}.', '{company} crece un {n} % en facturación en {year}.'], pressContact: 'Contacto de prensa', pressMailbox: 'prensa',
    order: 'Pedido', due: 'Vencimiento', register: 'Registro Mercantil', catalogueHeader: 'producto;referencia;ean;precio', statsTitles: ['Ingresos hospitalarios por año', 'Accidentes de tráfico'], year: 'Año', cases: 'Casos', share: 'Porcentaje', updated: 'Actualizado',
    jobAd: ['Buscamos un/a contable con experiencia para nuestro equipo financiero.', 'Prepararás los cierres mensuales.', 'Ofrecemos teletrabajo parcial y 23 días de vacaciones.'], jobsMailbox: 'empleo',
    confidential: ['CONFIDENCIAL — uso interno', 'Estrictamente confidencial: solo para el consejo'], roadmap: ['El lanzamiento pasa de mayo a septiembre.', 'El presupuesto del segundo semestre baja un 12 %.', 'Se evalúan dos proveedores.'],
  },
  nl: {
    mr: 'Dhr.', ms: 'Mevr.', dear: 'Geachte', hello: 'Hallo', closing: 'Met vriendelijke groet',
    jobTitles: ['HR-manager', 'Hoofd salarisadministratie', 'Medewerker administratie', 'Financieel directeur'],
    hr: ['na uw jaargesprek stijgt uw bruto jaarsalaris per 1 april naar {salary} EUR.', 'wij bevestigen dat uw proeftijd met succes is afgerond; uw jaarsalaris blijft {salary} EUR.'],
    filler: ['Het nieuwe magazijn in Utrecht gaat in het voorjaar open.', 'De leveringen staan gepland voor de tweede helft van de maand.', 'De commissie vergadert elke dinsdag.', 'Alle cijfers zijn voorlopig.', 'Bewaar deze brief voor uw administratie.', 'Het projectteam verwacht de migratie voor het einde van het kwartaal af te ronden.', 'Tijdens de feestdagen gelden andere openingstijden.'],
    phone: 'Telefoon', supportMailbox: 'klantenservice', subjects: ['Levering vertraagd', 'Vraag over mijn contract', 'RE: uw bestelling', 'Verzoek'],
    complaint: ['Mijn pakket is nog steeds niet aangekomen, terwijl het vorige vrijdag bezorgd zou worden.', 'Kunt u de status van mijn bestelling controleren?', 'Ik ben twee keer gefactureerd voor hetzelfde abonnement.', 'Ik wil het afleveradres wijzigen.'],
    csvHeader: 'klantnr,voornaam,achternaam,email,plaats,geregistreerd', transferTitle: 'Periodieke overboeking', accountHolder: 'Rekeninghouder', amount: 'Bedrag', reference: 'Omschrijving',
    rent: 'Huur', months: ['januari', 'maart', 'juni', 'oktober'], formTitle: 'Inschrijfformulier', lastName: 'Achternaam', firstName: 'Voornaam', address: 'Adres',
    formText: ['Stuur het ondertekende formulier binnen twee weken terug.', 'De gegevens worden alleen gebruikt voor uw aanvraag.', 'Onvolledige formulieren worden niet in behandeling genomen.'],
    ticket: ['Dossier 4471 — vraag over terugbetaling.', 'Notitie: stukken gecontroleerd aan de balie.'], invoice: 'Factuur', billTo: 'Factuuradres', item: 'Omschrijving', qty: 'Aantal', price: 'Prijs', total: 'Totaal', dob: 'Geboortedatum',
    experience: 'Werkervaring', cvLines: ['2019–2025 logistiek coördinator bij een expediteur.', 'Vloeiend Engels en Duits.', 'Rijbewijs B.', 'Gecertificeerd projectleider sinds 2021.'],
    tenancyTitle: 'Huurovereenkomst woonruimte', landlord: 'Verhuurder', tenant: 'Huurder', tenancy: ['De huur gaat in op 1 mei 2026 voor onbepaalde tijd.', 'De huurprijs wordt maandelijks vooruit betaald.', 'De waarborgsom bedraagt één maand huur.'],
    cardTitle: 'Betaalbewijs', cardholder: 'Kaarthouder', cardNumber: 'Kaartnummer', soleTrader: ['eenmanszaak', 'zzp’er', 'zelfstandig fotograaf'], services: ['Vertaling van handleidingen', 'Bruidsfotografie', 'Webdesign'],
    sickTitle: 'Medische verklaring', patient: 'Patiënt', sick: ['Hierbij verklaar ik dat patiënt wegens {diagnosis} arbeidsongeschikt is van {from} tot en met {to}.', 'Ziekgemeld tot {to}; diagnose: {diagnosis}.'],
    diagnoses: ['acute bronchitis', 'hernia', 'depressieve episode', 'diabetes type 2', 'migraine', 'polsbreuk'], doctorSign: ['Dr. M. de Boer, huisarts', 'Handtekening bedrijfsarts'],
    discharge: ['wij berichten u over {name}, op {date} ontslagen na behandeling van {diagnosis}.', 'Medicatie bij ontslag: ramipril 5 mg eenmaal daags.', 'Controle op de polikliniek over zes weken wordt aanbevolen.', 'De ingreep verliep zonder complicaties.'],
    payrollHeader: 'achternaam,voornaam,bruto,inhouding,bedrag', unionDues: 'Contributie FNV', union: ['bedankt voor uw aanmelding bij de vakbond; uw lidmaatschapspas is bijgevoegd.', 'De contributie wordt maandelijks ingehouden op uw salaris.', 'Als vakbondsvertegenwoordiger ga ik met u mee naar het gesprek.'],
    payslip: 'Loonstrook', employee: 'Werknemer', gross: 'Brutoloon', religionLine: ['Verlof voor religieuze feestdag (Suikerfeest) — islamitisch', 'Kerkelijke bijdrage ingehouden — katholiek'],
    selfHealth: ['ik wil u laten weten dat bij mij {diagnosis} is vastgesteld en dat ik een tijd afwezig zal zijn.', 'mijn huisarts heeft mij nieuwe medicijnen voorgeschreven voor {diagnosis}.'],
    accommodation: ['Heeft een ergonomische werkplek nodig vanwege een chronische hernia.', 'Vraagt minder uren tijdens de chemokuur.'], biometric: ['Vingerafdruk vastgelegd voor toegangscontrole.', 'Gezichtsherkenningsprofiel aangemaakt voor de tijdregistratie.'],
    political: ['bedankt voor het verlengen van uw partijlidmaatschap voor 2026 en uw steun tijdens de verkiezingscampagne.'],
    newsTitles: ['Griepgolf eerder op zijn hoogtepunt', 'Nieuwe richtlijnen voor diabetes'], news: ['Ziekenhuizen melden meer griepgevallen deze winter.', 'Volgens onderzoekers vermindert een vroege diagnose van diabetes complicaties.', 'Het ministerie adviseert vaccinatie voor 65-plussers.', 'De behandeling van depressie is verbeterd.', 'Het aantal patiënten op de wachtlijst voor een operatie daalde met 8 procent.'],
    privacyTitle: 'Privacyverklaring', privacy: ['Wij verwerken persoonsgegevens alleen voor de hier beschreven doelen.', 'Wij verzamelen geen bijzondere persoonsgegevens zoals gezondheid, religie, vakbondslidmaatschap of seksuele geaardheid.', 'U heeft recht op inzage, correctie en verwijdering.', 'De gegevens staan op servers in de EU.'],
    contactUs: 'Contact', privacyMailbox: 'privacy', policyTitle: 'Verzuimreglement', policy: ['Een zieke medewerker meldt zich voor 9 uur bij de leidinggevende.', 'Bij langer verzuim volgt een gesprek met de bedrijfsarts.', 'Na elke afwezigheid volgt een terugkeergesprek.', 'Medewerkers met een beperking kunnen aanpassingen aanvragen.'],
    pressTitle: 'Persbericht', press: ['{company} opent in {year} {n} nieuwe winkels.', '{company} meldt een omzetgroei van {n} procent over {year}.'], pressContact: 'Perscontact', pressMailbox: 'pers',
    order: 'Bestelling', due: 'Vervaldatum', register: 'KvK', catalogueHeader: 'product;artikelnr;ean;prijs', statsTitles: ['Ziekenhuisopnamen per jaar', 'Verkeersongevallen'], year: 'Jaar', cases: 'Gevallen', share: 'Aandeel', updated: 'Bijgewerkt',
    jobAd: ['Wij zoeken een ervaren boekhouder voor ons financiële team.', 'Je verzorgt de maandafsluitingen.', 'Wij bieden flexibele werktijden en 25 vakantiedagen.'], jobsMailbox: 'vacatures',
    confidential: ['VERTROUWELIJK — alleen voor intern gebruik', 'Strikt vertrouwelijk: alleen voor de directie'], roadmap: ['De lancering schuift van mei naar september.', 'Het budget voor de tweede helft daalt met 12 procent.', 'Twee leveranciers worden beoordeeld.'],
  },
  pl: {
    mr: 'Pan', ms: 'Pani', dear: 'Szanowny Panie / Szanowna Pani', hello: 'Dzień dobry', closing: 'Z poważaniem',
    jobTitles: ['Kierownik działu kadr', 'Specjalista ds. płac', 'Asystentka zarządu', 'Dyrektor finansowy'],
    hr: ['w wyniku oceny rocznej Pana/Pani wynagrodzenie brutto wyniesie od 1 kwietnia {salary} PLN rocznie.', 'potwierdzamy pomyślne zakończenie okresu próbnego; wynagrodzenie roczne pozostaje na poziomie {salary} PLN.'],
    filler: ['Nowy magazyn w Poznaniu zostanie otwarty wiosną.', 'Dostawy planowane są na drugą połowę miesiąca.', 'Komitet zbiera się w każdy wtorek.', 'Wszystkie dane są wstępne.', 'Prosimy o zachowanie tego pisma.', 'Zespół projektowy planuje zakończyć migrację do końca kwartału.', 'W okresie świątecznym obowiązują inne godziny otwarcia.'],
    phone: 'Tel.', supportMailbox: 'obsluga', subjects: ['Opóźniona dostawa', 'Pytanie o umowę', 'Odp: Pana zamówienie', 'Wniosek'],
    complaint: ['Moja paczka nadal nie dotarła, choć miała być w zeszły piątek.', 'Czy mogą Państwo sprawdzić status zamówienia?', 'Zostałem obciążony dwa razy za tę samą subskrypcję.', 'Chciałbym zmienić adres dostawy.'],
    csvHeader: 'id_klienta,imię,nazwisko,email,miasto,rejestracja', transferTitle: 'Zlecenie stałe', accountHolder: 'Właściciel rachunku', amount: 'Kwota', reference: 'Tytuł przelewu',
    rent: 'Czynsz', months: ['styczeń', 'marzec', 'czerwiec', 'październik'], formTitle: 'Formularz zgłoszeniowy', lastName: 'Nazwisko', firstName: 'Imię', address: 'Adres',
    formText: ['Prosimy odesłać podpisany formularz w ciągu dwóch tygodni.', 'Dane są wykorzystywane wyłącznie do rozpatrzenia wniosku.', 'Niekompletne formularze nie będą rozpatrywane.'],
    ticket: ['Sprawa 4471 — pytanie o zwrot.', 'Notatka: dokumenty sprawdzone w okienku.'], invoice: 'Faktura', billTo: 'Nabywca', item: 'Pozycja', qty: 'Ilość', price: 'Cena', total: 'Razem', dob: 'Data urodzenia',
    experience: 'Doświadczenie', cvLines: ['2019–2025 koordynator logistyki w firmie spedycyjnej.', 'Biegły angielski i niemiecki.', 'Prawo jazdy kat. B.', 'Certyfikowany kierownik projektów od 2021 r.'],
    tenancyTitle: 'Umowa najmu lokalu mieszkalnego', landlord: 'Wynajmujący', tenant: 'Najemca', tenancy: ['Najem rozpoczyna się 1 maja 2026 r. na czas nieokreślony.', 'Czynsz płatny jest z góry do 10. dnia miesiąca.', 'Kaucja wynosi dwukrotność czynszu.'],
    cardTitle: 'Potwierdzenie płatności kartą', cardholder: 'Posiadacz karty', cardNumber: 'Numer karty', soleTrader: ['jednoosobowa działalność gospodarcza', 'tłumaczka prowadząca działalność gospodarczą', 'fotograf – JDG'], services: ['Tłumaczenie instrukcji technicznych', 'Fotografia ślubna', 'Projekt strony internetowej'],
    sickTitle: 'Zaświadczenie lekarskie', patient: 'Pacjent', sick: ['Zaświadczam, że pacjent z powodu {diagnosis} jest niezdolny do pracy od {from} do {to}.', 'Zwolnienie lekarskie do {to}. Rozpoznanie: {diagnosis}.'],
    diagnoses: ['ostre zapalenie oskrzeli', 'przepuklina dysku', 'epizod depresyjny', 'cukrzyca typu 2', 'migrena', 'złamanie nadgarstka'], doctorSign: ['lek. med. Agnieszka Zielińska', 'Pieczątka i podpis lekarza'],
    discharge: ['informujemy, że {name} został(a) wypisany(a) {date} po leczeniu z powodu {diagnosis}.', 'Zalecane leki: ramipril 5 mg raz dziennie.', 'Zalecana kontrola w poradni za sześć tygodni.', 'Zabieg przebiegł bez powikłań.'],
    payrollHeader: 'nazwisko,imię,brutto,potrącenie,kwota', unionDues: 'Składka członkowska NSZZ', union: ['dziękujemy za przystąpienie do związku zawodowego; legitymacja członkowska w załączeniu.', 'Składka będzie potrącana z wynagrodzenia co miesiąc.', 'Jako przedstawiciel związku będę obecny na spotkaniu.'],
    payslip: 'Pasek wynagrodzenia', employee: 'Pracownik', gross: 'Brutto', religionLine: ['Dzień wolny z okazji święta religijnego (Jom Kipur) — wyznanie mojżeszowe', 'Wyznanie: prawosławne — dzień wolny 7 stycznia'],
    selfHealth: ['chciałam poinformować, że zdiagnozowano u mnie {diagnosis} i będę nieobecna przez pewien czas.', 'mój lekarz przepisał mi nowe leki na {diagnosis}.'],
    accommodation: ['Potrzebuje ergonomicznego stanowiska z powodu przewlekłej przepukliny dysku.', 'Wnioskuje o skrócony czas pracy w trakcie chemioterapii.'], biometric: ['Odcisk palca zarejestrowany do kontroli dostępu.', 'Utworzono profil rozpoznawania twarzy dla rejestracji czasu pracy.'],
    political: ['dziękujemy za przedłużenie członkostwa w partii na 2026 rok i wsparcie naszej kampanii wyborczej.'],
    newsTitles: ['Szczyt grypy wcześniej niż zwykle', 'Nowe wytyczne dotyczące cukrzycy'], news: ['Szpitale odnotowują wzrost zachorowań na grypę.', 'Według badaczy wczesne rozpoznanie cukrzycy zmniejsza powikłania.', 'Ministerstwo zdrowia zaleca szczepienia osobom po 65. roku życia.', 'Leczenie depresji jest coraz skuteczniejsze.', 'Liczba pacjentów oczekujących na operację spadła o 8 proc.'],
    privacyTitle: 'Polityka prywatności', privacy: ['Przetwarzamy dane osobowe wyłącznie w opisanych celach.', 'Nie zbieramy szczególnych kategorii danych, takich jak zdrowie, przekonania religijne, przynależność związkowa czy orientacja seksualna.', 'Przysługuje Państwu prawo dostępu, sprostowania i usunięcia danych.', 'Dane przechowujemy w Unii Europejskiej.'],
    contactUs: 'Kontakt', privacyMailbox: 'iod', policyTitle: 'Regulamin nieobecności z powodu choroby', policy: ['Chory pracownik informuje przełożonego przed 9:00 pierwszego dnia.', 'Zwolnienie lekarskie należy dostarczyć w ciągu siedmiu dni.', 'Po każdej nieobecności odbywa się rozmowa.', 'Pracownicy z niepełnosprawnością mogą wnioskować o racjonalne usprawnienia.'],
    pressTitle: 'Informacja prasowa', press: ['{company} otworzy w {year} r. {n} nowych sklepów.', '{company} odnotowuje wzrost przychodów o {n} proc. w {year} r.'], pressContact: 'Kontakt dla mediów', pressMailbox: 'prasa',
    order: 'Zamówienie', due: 'Termin płatności', register: 'KRS', catalogueHeader: 'produkt;indeks;ean;cena', statsTitles: ['Hospitalizacje według roku', 'Wypadki drogowe'], year: 'Rok', cases: 'Przypadki', share: 'Udział', updated: 'Aktualizacja',
    jobAd: ['Poszukujemy doświadczonej księgowej lub księgowego do działu finansowego.', 'Będziesz przygotowywać zamknięcia miesięczne.', 'Oferujemy elastyczny czas pracy i prywatną opiekę medyczną.'], jobsMailbox: 'rekrutacja',
    confidential: ['POUFNE — do użytku wewnętrznego', 'Ściśle poufne: tylko dla zarządu'], roadmap: ['Premiera przesuwa się z maja na wrzesień.', 'Budżet na drugie półrocze spada o 12 proc.', 'Oceniamy dwóch dostawców.'],
  },
  pt: {
    mr: 'Sr.', ms: 'Sra.', dear: 'Caro(a)', hello: 'Olá', closing: 'Com os melhores cumprimentos',
    jobTitles: ['Diretora de Recursos Humanos', 'Responsável de processamento salarial', 'Assistente administrativa', 'Diretor financeiro'],
    hr: ['na sequência da avaliação anual, a sua remuneração bruta anual passa a {salary} EUR a partir de 1 de abril.', 'confirmamos a conclusão do período experimental; a remuneração anual mantém-se em {salary} EUR.'],
    filler: ['O novo armazém em Braga abre na primavera.', 'As entregas estão previstas para a segunda quinzena.', 'A comissão reúne-se todas as terças-feiras.', 'Todos os valores são provisórios.', 'Pedimos que guarde esta carta.', 'A equipa do projeto prevê concluir a migração até ao fim do trimestre.', 'O horário muda durante as festas.'],
    phone: 'Telemóvel', supportMailbox: 'apoio', subjects: ['Entrega atrasada', 'Pergunta sobre o meu contrato', 'RE: a sua encomenda', 'Pedido'],
    complaint: ['A minha encomenda ainda não chegou, embora estivesse prevista para sexta-feira passada.', 'Podem verificar o estado da encomenda?', 'Fui cobrado duas vezes pela mesma assinatura.', 'Gostaria de alterar a morada de entrega.'],
    csvHeader: 'id_cliente,nome,apelido,email,cidade,registo', transferTitle: 'Transferência periódica', accountHolder: 'Titular da conta', amount: 'Montante', reference: 'Descritivo',
    rent: 'Renda', months: ['janeiro', 'março', 'junho', 'outubro'], formTitle: 'Formulário de inscrição', lastName: 'Apelido', firstName: 'Nome próprio', address: 'Morada',
    formText: ['Devolva o formulário assinado no prazo de duas semanas.', 'Os dados servem apenas para tratar o seu pedido.', 'Formulários incompletos não serão tratados.'],
    ticket: ['Processo 4471 — pedido de reembolso.', 'Nota: documentos verificados ao balcão.'], invoice: 'Fatura', billTo: 'Cliente', item: 'Artigo', qty: 'Qtd.', price: 'Preço', total: 'Total', dob: 'Data de nascimento',
    experience: 'Experiência', cvLines: ['2019–2025 coordenador de logística num transitário.', 'Inglês e espanhol fluentes.', 'Carta de condução B.', 'Gestor de projetos certificado desde 2021.'],
    tenancyTitle: 'Contrato de arrendamento habitacional', landlord: 'Senhorio', tenant: 'Arrendatário', tenancy: ['O arrendamento tem início a 1 de maio de 2026, pelo prazo de dois anos.', 'A renda é paga mensalmente, por antecipação.', 'A caução corresponde a dois meses de renda.'],
    cardTitle: 'Comprovativo de pagamento com cartão', cardholder: 'Titular do cartão', cardNumber: 'Número do cartão', soleTrader: ['empresário em nome individual', 'trabalhadora independente', 'fotógrafo independente'], services: ['Tradução de manuais técnicos', 'Reportagem de casamento', 'Design de sítio web'],
    sickTitle: 'Certificado de incapacidade temporária', patient: 'Utente', sick: ['Atesto que o utente se encontra impossibilitado de trabalhar de {from} a {to} por {diagnosis}.', 'Baixa médica até {to}. Diagnóstico: {diagnosis}.'],
    diagnoses: ['bronquite aguda', 'hérnia discal', 'episódio depressivo', 'diabetes tipo 2', 'enxaqueca', 'fratura do punho'], doctorSign: ['Dra. Inês Carvalho, medicina geral e familiar', 'Assinatura e vinheta do médico'],
    discharge: ['informamos que {name} teve alta a {date} após tratamento de {diagnosis}.', 'Medicação à saída: ramipril 5 mg uma vez por dia.', 'Recomenda-se consulta de seguimento dentro de seis semanas.', 'A intervenção decorreu sem complicações.'],
    payrollHeader: 'apelido,nome,bruto,desconto,valor', unionDues: 'Quota sindical CGTP', union: ['agradecemos a sua filiação no sindicato; o cartão de sócio segue em anexo.', 'A quota será descontada mensalmente no vencimento.', 'Como delegado sindical irei acompanhá-lo à reunião.'],
    payslip: 'Recibo de vencimento', employee: 'Trabalhador', gross: 'Vencimento bruto', religionLine: ['Dispensa para celebração religiosa (Eid) — trabalhador muçulmano', 'Dia de dispensa: Yom Kippur — religião judaica'],
    selfHealth: ['venho informar que me foi diagnosticada {diagnosis} e que vou estar ausente durante algum tempo.', 'o meu médico receitou-me nova medicação para {diagnosis}.'],
    accommodation: ['Necessita de posto ergonómico devido a hérnia discal crónica.', 'Pede horário reduzido durante a quimioterapia.'], biometric: ['Impressão digital registada para controlo de acessos.', 'Perfil de reconhecimento facial criado para o registo de assiduidade.'],
    political: ['agradecemos a renovação da sua filiação no partido para 2026 e o apoio à nossa campanha eleitoral.'],
    newsTitles: ['Gripe atinge o pico mais cedo', 'Novas orientações sobre a diabetes'], news: ['Os hospitais registam mais casos de gripe neste inverno.', 'Segundo investigadores, o diagnóstico precoce da diabetes reduz complicações.', 'A DGS recomenda a vacinação a maiores de 65 anos.', 'O tratamento da depressão melhorou.', 'O número de doentes à espera de cirurgia desceu 8 %.'],
    privacyTitle: 'Política de privacidade', privacy: ['Tratamos dados pessoais apenas para as finalidades descritas.', 'Não recolhemos categorias especiais de dados como saúde, convicções religiosas, filiação sindical ou orientação sexual.', 'Tem direito de acesso, retificação e apagamento.', 'Os dados estão alojados na União Europeia.'],
    contactUs: 'Contacto', privacyMailbox: 'privacidade', policyTitle: 'Regulamento de faltas por doença', policy: ['O trabalhador doente avisa a chefia antes das 9h do primeiro dia.', 'O certificado de incapacidade deve ser entregue em cinco dias.', 'Após cada ausência realiza-se uma conversa de regresso.', 'Trabalhadores com deficiência podem pedir adaptações razoáveis.'],
    pressTitle: 'Comunicado de imprensa', press: ['A {company} anuncia a abertura de {n} novas lojas em {year}.', 'A {company} regista um crescimento de {n} % nas vendas em {year}.'], pressContact: 'Contacto de imprensa', pressMailbox: 'imprensa',
    order: 'Encomenda', due: 'Vencimento', register: 'NIPC', catalogueHeader: 'produto;referência;ean;preço', statsTitles: ['Internamentos por ano', 'Acidentes rodoviários'], year: 'Ano', cases: 'Casos', share: 'Percentagem', updated: 'Atualizado',
    jobAd: ['Procuramos um(a) contabilista com experiência para a nossa equipa financeira.', 'Irá preparar os fechos mensais.', 'Oferecemos horário flexível e seguro de saúde.'], jobsMailbox: 'recrutamento',
    confidential: ['CONFIDENCIAL — uso interno', 'Estritamente confidencial: apenas para a administração'], roadmap: ['O lançamento passa de maio para setembro.', 'O orçamento do segundo semestre desce 12 %.', 'Estão a ser avaliados dois fornecedores.'],
  },
};
