/** What goes on the one page of a generated demo PDF. */
export interface MinimalPdfInput {
  title: string;
  lines: readonly string[];
}

/** PDF literal strings: printable ASCII only (Helvetica has no CJK), with \ ( ) escaped. */
function pdfString(text: string): string {
  const ascii = text.replace(/[^\x20-\x7e]/g, '?');
  return `(${ascii.replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

/**
 * A one-page PDF 1.4 written by hand: catalogue, page tree, page, Helvetica, content stream and an
 * info dictionary, with a byte-exact cross-reference table, so every reader opens it without
 * repair. Deliberately tiny: demo uploads must not slow the seed down.
 */
export function buildMinimalPdf(input: MinimalPdfInput): Buffer {
  const textLines = [input.title, '', ...input.lines];
  const operations = textLines.map((line, index) =>
    index === 0 ? `${pdfString(line)} Tj` : `T* ${pdfString(line)} Tj`,
  );
  const stream = ['BT', '/F1 12 Tf', '16 TL', '56 780 Td', ...operations, 'ET'].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`,
    `<< /Title ${pdfString(input.title)} /Producer (Disclosure Hub demo content) >>`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xrefOffset = Buffer.byteLength(body, 'latin1');
  // Each entry is exactly 20 bytes: 10-digit offset, space, 5-digit generation, space, flag, space, LF.
  const entries = [
    '0000000000 65535 f \n',
    ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`),
  ];
  body += `xref\n0 ${objects.length + 1}\n${entries.join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
