// Polish given names as running text writes them: declined. "z Markiem Kowalskim", "dla Anny",
// "Przesyłam Katarzynie …", "Spotkałem Annę i Tomasza", "Drogi Piotrze", "Pani Katarzyno". The
// scanner compares whole folded words, so each case form is listed: genitive, dative,
// accusative, instrumental, locative and vocative, by the name's ending and the regular
// consonant changes (Marta → Marcie, Agnieszka → Agnieszce, Piotr → Piotrze, Marek → Markiem).
// Irregular names get the regular forms only; a form that is no name does no harm unless it is
// a word, and the caller filters those out.

/** Soft consonants written with "i" before a vowel (Kasia, Zosia, Ania, Gosia): the "i" is no vowel of its own. */
const SOFT = /(?:si|zi|ci|ni|dzi)$/;

/** Before the "-e" of the dative and locative, hard consonants soften: Marta → Marcie, Piotr → Piotrze. */
function softened(stem: string): string {
  const changes: ReadonlyArray<readonly [string, string]> = [
    ['st', 'ście'],
    ['zd', 'ździe'],
    ['sn', 'śnie'],
    ['sm', 'śmie'],
    ['k', 'ce'],
    ['g', 'dze'],
    ['ch', 'sze'],
    ['t', 'cie'],
    ['d', 'dzie'],
    ['r', 'rze'],
    ['ł', 'le'],
    ['n', 'nie'],
    ['m', 'mie'],
    ['b', 'bie'],
    ['p', 'pie'],
    ['f', 'fie'],
    ['w', 'wie'],
    ['s', 'sie'],
    ['z', 'zie'],
  ];
  for (const [end, replacement] of changes) if (stem.endsWith(end)) return stem.slice(0, -end.length) + replacement;
  return `${stem}y`;
}

/** Names in -a (Anna, Agnieszka, Maria, Kasia; also Kuba): declined as feminine nouns. */
function inA(name: string): string[] {
  const stem = name.slice(0, -1);
  if (SOFT.test(stem)) return [stem, `${stem}ę`, `${stem}ą`, `${stem}u`]; // Kasi, Kasię, Kasią, Kasiu
  if (stem.endsWith('i')) return [`${stem}i`, `${stem}ę`, `${stem}ą`, `${stem}o`]; // Marii, Marię, Marią, Mario
  const last = stem.at(-1) ?? '';
  // After k, g, l and j the genitive ends in -i (Agnieszki, Olgi, Oli, Alicji); l and j keep it in the dative too.
  const genitive = /[kglj]$/.test(stem) ? `${stem}i` : `${stem}y`;
  const dative = 'lj'.includes(last) ? `${stem}i` : /(?:sz|cz|rz|ż|c|dz)$/.test(stem) ? `${stem}y` : softened(stem);
  return [genitive, dative, `${stem}ę`, `${stem}ą`, `${stem}o`];
}

/** Masculine names ending in a consonant (Piotr, Marek, Paweł, Tomasz), with the mobile "e" of -ek and -eł dropped. */
function inConsonant(name: string): string[] {
  let stem = name;
  if (/[^aeiouyąęó]ek$/.test(name) && name.length > 4)
    stem = `${name.slice(0, -2)}k`; // Marek → Mark-, Jacek → Jack-
  else if (name.endsWith('eł')) stem = `${name.slice(0, -2)}ł`; // Paweł → Pawł-
  const instrumental = /[kg]$/.test(stem) ? `${stem}iem` : `${stem}em`;
  // The locative and vocative: -u after k, g, ch and the soft and hardened consonants, else the softened -e.
  const locative = /(?:k|g|ch|sz|cz|rz|ż|c|dz|j|l)$/.test(stem) ? `${stem}u` : softened(stem);
  return [`${stem}a`, `${stem}owi`, instrumental, locative];
}

/** The case forms of a Polish given name, without the name itself; none for names ending otherwise (Bruno, Otto). */
export function polishForms(name: string): string[] {
  if (name.length < 3) return [];
  if (name.endsWith('a')) return inA(name);
  // Antoni, Jerzy, Ignacy: adjectival endings (Antoniego, Jerzego, Jerzemu, Jerzym).
  if (name.endsWith('i')) return [`${name}ego`, `${name}emu`, `${name}m`];
  if (name.endsWith('y')) return [`${name.slice(0, -1)}ego`, `${name.slice(0, -1)}emu`, `${name}m`];
  if (/[aeiouyąęó]$/.test(name)) return [];
  return inConsonant(name);
}
