// Synthetic PDFs for tests: every run placed by its own text object, no line operators.
/** A run of text: where it starts (x, y in points from the bottom left) and its font size. */
export type Run = [x: number, y: number, text: string, size?: number];
/**
 * A filled-in form field (an AcroForm widget) on a page: its name, its value, where it sits (x1, y1, x2, y2), and its
 * kind ('Tx' text, 'Btn' a check box whose value is 'Yes' or 'Off'). Viewers draw the value; the page's text holds none.
 */
export interface Field {
  page: number;
  name: string;
  value: string;
  rect: [number, number, number, number];
  kind?: 'Tx' | 'Btn';
}
/** A PDF of one font (Helvetica, WinAnsi) with each run positioned on its own, as report and invoice generators write them. */
export function pdfOf(pages: Run[][], fields: Field[] = []): Buffer {
  const win = (s: string) =>
    Buffer.from(
      [...s].map((ch) => {
        const c = ch.charCodeAt(0);
        const map: Record<string, number> = {
          '€': 0x80,
          '–': 0x96,
          '—': 0x97,
          '„': 0x84,
          '“': 0x93,
          '”': 0x94,
          '’': 0x92,
          '‘': 0x91,
          '…': 0x85,
        };
        return map[ch] ?? (c < 256 ? c : 63);
      }),
    );
  const objs: Buffer[] = [];
  // Fields follow the pages' objects: page i is object 4 + 2i, field k object 4 + 2n + k.
  const fieldRef = (k: number) => `${4 + 2 * pages.length + k} 0 R`;
  const acroForm = fields.length > 0 ? ` /AcroForm << /Fields [${fields.map((_, k) => fieldRef(k)).join(' ')}] >>` : '';
  objs.push(Buffer.from(`<< /Type /Catalog /Pages 2 0 R${acroForm} >>`));
  objs.push(
    Buffer.from(`<< /Type /Pages /Kids [${pages.map((_, i) => `${4 + 2 * i} 0 R`).join(' ')}] /Count ${pages.length} >>`),
  );
  objs.push(Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'));
  const annots = (i: number) => {
    const refs = fields.flatMap((f, k) => (f.page === i ? [fieldRef(k)] : []));
    return refs.length > 0 ? ` /Annots [${refs.join(' ')}]` : '';
  };
  pages.forEach((p, i) => {
    objs.push(
      Buffer.from(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + 2 * i} 0 R${annots(i)} >>`,
      ),
    );
    const body = Buffer.concat(
      p.map(([x, y, t, size]) =>
        Buffer.concat([
          Buffer.from(`BT /F1 ${size ?? 10} Tf ${x} ${y} Td (`),
          win(t.replace(/[\\()]/g, (m) => `\\${m}`)),
          Buffer.from(') Tj ET\n'),
        ]),
      ),
    );
    objs.push(Buffer.concat([Buffer.from(`<< /Length ${body.length} >>\nstream\n`), body, Buffer.from('\nendstream')]));
  });
  for (const f of fields) {
    const value = f.kind === 'Btn' ? `/${f.value}` : `(${f.value.replace(/[\\()]/g, (m) => `\\${m}`)})`;
    objs.push(
      Buffer.concat([
        Buffer.from(`<< /Type /Annot /Subtype /Widget /FT /${f.kind ?? 'Tx'} /T (${f.name}) /V `),
        win(value),
        Buffer.from(`${f.kind === 'Btn' ? ` /AS ${value}` : ''} /Rect [${f.rect.join(' ')}] /P ${4 + 2 * f.page} 0 R /F 4 >>`),
      ]),
    );
  }
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  const offsets: number[] = [];
  let len = parts[0]!.length;
  objs.forEach((o, i) => {
    offsets.push(len);
    const b = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), o, Buffer.from('\nendobj\n')]);
    parts.push(b);
    len += b.length;
  });
  parts.push(
    Buffer.from(
      `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${len}\n%%EOF\n`,
    ),
  );
  return Buffer.concat(parts);
}
