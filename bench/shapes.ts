// The shapes other tools give a text, for the metamorphic bench and test: the same words, another form. Each returns
// the text a reader of that form would classify (through the extractor where the form is a file format), or
// undefined where the shape does not apply.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractText } from '../shared/domain/extract.js';

/** The text, Markdown and e-mail files of a labeled set (a folder with labels.jsonl), as the extractor reads them. */
export async function labeledTexts(dir: string): Promise<{ file: string; text: string }[]> {
  const labels = join(dir, 'labels.jsonl');
  if (!existsSync(labels)) return [];
  const texts: { file: string; text: string }[] = [];
  for (const line of readFileSync(labels, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const label = JSON.parse(line) as { file?: string; id?: string };
    const file = label.file ?? label.id ?? '';
    if (!/\.(?:txt|md|eml)$/.test(file)) continue;
    const extracted = await extractText(readFileSync(join(dir, file)), file);
    if (extracted.ok) texts.push({ file, text: extracted.text });
  }
  return texts;
}

export interface Shape {
  readonly name: string;
  apply(text: string): Promise<string | undefined>;
}

/** Lines longer than `width` broken at the last space before it, as plain-text e-mail clients send them. */
export function wrapped(text: string, width = 72): string {
  return text
    .split('\n')
    .map((line) => {
      if (line.length <= width) return line;
      const lines: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        if (current && `${current} ${word}`.length > width) {
          lines.push(current);
          current = word;
        } else current = current ? `${current} ${word}` : word;
      }
      if (current) lines.push(current);
      return lines.join('\n');
    })
    .join('\n');
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

async function extracted(bytes: string, file: string): Promise<string | undefined> {
  const result = await extractText(Buffer.from(bytes), file);
  return result.ok ? result.text : undefined;
}

/** A public text, as long as several windows, in eight languages: how-tos and recipes with no one in them. */
function publicFiller(): string {
  const paragraph = [
    'Prune apple and pear trees while they are dormant, removing dead and crossing branches.',
    'Den Teig auf Oblaten streichen und bei 160 °C etwa 20 Minuten backen.',
    'Videz bien les emballages, inutile de les laver, et déposez-les en vrac dans le bac jaune.',
    'Montare i tuorli con lo zucchero fino a ottenere un composto chiaro e spumoso.',
    'Separe la ropa por colores y tejidos y vacíe los bolsillos antes de cada lavado.',
    'Controleer regelmatig de bandenspanning en smeer de ketting na een natte rit.',
    'Ziemniaki ugotować i przecisnąć przez praskę, cebulę zeszklić na oleju.',
    'Desligue os aparelhos da tomada em vez de os deixar em modo de espera.',
  ].join('\n\n');
  return `${paragraph}\n\n`.repeat(120);
}

export const SHAPES: readonly Shape[] = [
  { name: 'Windows line ends', apply: async (t) => t.replace(/\r?\n/g, '\r\n') },
  {
    name: 'quoted reply ("> ")',
    apply: async (t) =>
      t
        .split('\n')
        .map((l) => (l ? `> ${l}` : '>'))
        .join('\n'),
  },
  { name: 'wrapped at 72 columns', apply: async (t) => wrapped(t) },
  {
    name: 'HTML paragraphs',
    apply: (t) =>
      extracted(
        `<!DOCTYPE html><html><body>${t
          .split(/\n{2,}/)
          .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
          .join('\n')}</body></html>`,
        'page.html',
      ),
  },
  {
    name: 'a JSON ticket\'s "body"',
    apply: (t) => extracted(JSON.stringify({ id: 4711, subject: 'Message', body: t, status: 'open' }, null, 2), 'ticket.json'),
  },
  {
    name: "a CSV export's cell",
    apply: (t) => extracted(`id,status,description\n4711,open,"${t.replace(/"/g, '""')}"\n`, 'export.csv'),
  },
  { name: 'after 80 KB of public text', apply: async (t) => `${publicFiller()}${t}` },
  { name: 'all in capitals', apply: async (t) => t.toUpperCase() },
  // As people type chats, notes and form fields: names, labels and identifiers' letters in lower case too.
  { name: 'all in lower case', apply: async (t) => t.toLowerCase() },
];
