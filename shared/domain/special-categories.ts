// GDPR Art. 9 special categories: lexicon hits count only when a person is in view,
// so an article about a disease stays non-personal while a sick note does not.

export type SpecialCategory =
  | 'health'
  | 'religion'
  | 'ethnic-origin'
  | 'political-opinion'
  | 'trade-union'
  | 'sex-life-orientation'
  | 'genetic'
  | 'biometric';

// Word stems per category in en, de, fr, it, es, nl, pl, pt (first generation; the full
// classifier widens these). Matched case-insensitively at word starts.
const LEXICON: Record<SpecialCategory, readonly string[]> = {
  health: [
    'diagnos',
    'patient',
    'sick leave',
    'sick note',
    'medical certificate',
    'medication',
    'prescri',
    'treatment',
    'therapy',
    'chemotherap',
    'diabetes',
    'depressi',
    'hiv',
    'pregnan',
    'disabilit',
    'krankschreibung',
    'arbeitsunfähig',
    'krankheit',
    'behandlung',
    'medikament',
    'schwanger',
    'arrêt maladie',
    'arrêt de travail',
    'maladie',
    'traitement',
    'ordonnance',
    'enceinte',
    'malattia',
    'certificato medico',
    'terapia',
    'gravidanza',
    'baja médica',
    'enfermedad',
    'tratamiento',
    'embarazo',
    'diagnóstico',
    'ziekmelding',
    'ziekte',
    'behandeling',
    'zwanger',
    'zwolnienie lekarskie',
    'choroba',
    'leczenie',
    'ciąża',
    'atestado médico',
    'doença',
    'tratamento',
    'gravidez',
  ],
  religion: [
    'religion',
    'religious',
    'catholic',
    'protestant',
    'muslim',
    'jewish',
    'christian',
    'buddhist',
    'konfession',
    'religionszugehörigkeit',
    'katholisch',
    'evangelisch',
    'jüdisch',
    'religieu',
    'confession',
    'religione',
    'religión',
    'religie',
    'wyznanie',
    'religião',
  ],
  'ethnic-origin': [
    'ethnic origin',
    'ethnicity',
    'racial origin',
    'ethnische herkunft',
    'origine ethnique',
    'origine etnica',
    'origen étnico',
    'etnische afkomst',
    'pochodzenie etniczne',
    'origem étnica',
  ],
  'political-opinion': [
    'party member',
    'political opinion',
    'political affiliation',
    'parteimitglied',
    'politische meinung',
    'opinion politique',
    'membre du parti',
    'opinione politica',
    'iscritto al partito',
    'afiliado al partido',
    'opinión política',
    'partijlid',
    'członek partii',
    'filiado no partido',
  ],
  'trade-union': [
    'trade union',
    'union member',
    'gewerkschaft',
    'syndicat',
    'syndiqué',
    'sindacat',
    'sindicato',
    'sindical',
    'vakbond',
    // Stems: Polish inflects the phrase by case (związek, związku, związkiem … zawodowy, -ego, -ym).
    'związek zawodow',
    'związku zawodow',
    'związkiem zawodow',
    'związkowi zawodow',
    'związkowiec',
  ],
  'sex-life-orientation': [
    'sexual orientation',
    'sex life',
    'homosexual',
    'bisexual',
    'lesbian',
    'gay',
    'transgender',
    'sexuelle orientierung',
    'orientation sexuelle',
    'orientamento sessuale',
    'orientación sexual',
    'seksuele geaardheid',
    'orientacja seksualna',
    'orientação sexual',
  ],
  genetic: ['genetic test', 'genome', 'dna test', 'dna sample', 'gentest', 'test génétique', 'test genetico', 'prueba genética'],
  biometric: [
    'fingerprint',
    'biometric',
    'facial recognition',
    'fingerabdruck',
    'biometrisch',
    'empreinte digitale',
    'impronta digitale',
    'huella dactilar',
  ],
};

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const PATTERNS: ReadonlyArray<[SpecialCategory, RegExp]> = Object.entries(LEXICON).map(([category, stems]) => [
  category as SpecialCategory,
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${stems.map(escapeRegex).join('|')})`, 'giu'),
]);

/** Counts terms per category; only those starting in [from, to) (a window's own region). */
export function findSpecialCategoryTerms(text: string, from = 0, to = text.length): Map<SpecialCategory, number> {
  const hits = new Map<SpecialCategory, number>();
  for (const [category, pattern] of PATTERNS) {
    let count = 0;
    for (const m of text.matchAll(pattern)) if ((m.index ?? 0) >= from && (m.index ?? 0) < to) count += 1;
    if (count > 0) hits.set(category, count);
  }
  return hits;
}

// Signals that a text is about an identifiable person, besides contact or financial identifiers.
const PERSON_SIGNALS: readonly RegExp[] = [
  // Salutations and titles followed by a capitalised name.
  /(?<![\p{L}])(?:Mr|Mrs|Ms|Dr|Herr|Frau|M\.|Mme|Sig\.|Sig\.ra|Sr\.|Sra\.|Dhr\.|Mevr\.|Pan|Pani|Sr|Sra)\.?\s+\p{Lu}\p{Ll}+/u,
  // "Name:"-style fields in the EU languages.
  /(?:^|\n|\s)(?:name|full name|patient|employee|nom|prénom|nome|cognome|nombre|apellidos|naam|imię|nazwisko|vorname|nachname|mitarbeiter(?:in)?|paciente|patiënt|pracownik)\s*:\s*\p{Lu}/iu,
  // Date of birth in context.
  /(?:date of birth|born on|\bdob\b|geburtsdatum|geboren am|date de naissance|né(?:e)? le|data di nascita|nato il|fecha de nacimiento|geboortedatum|data urodzenia|data de nascimento)/iu,
];

export function hasPersonSignal(text: string): boolean {
  return PERSON_SIGNALS.some((p) => p.test(text));
}

const CONFIDENTIALITY_MARKERS =
  /(?<![\p{L}])(?:confidential|internal use only|internal only|not for distribution|vertraulich|nur für den internen gebrauch|confidentiel|usage interne|riservato|uso interno|confidencial|uso interno|vertrouwelijk|poufne|do użytku wewnętrznego)(?![\p{L}])/iu;

export function hasConfidentialityMarker(text: string): boolean {
  return CONFIDENTIALITY_MARKERS.test(text);
}
