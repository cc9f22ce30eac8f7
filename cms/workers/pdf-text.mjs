// Extracts the text of PDFs with Mozilla's pdf.js, in a process of its own: a broken or hostile PDF
// can at most end this process, which the parent bounds in time and memory and then replaces.
//   node pdf-text.mjs <file> [maxChars]   → stdout: {"pages":N,"text":"…"}
//   node pdf-text.mjs                     → serves JSON lines on stdin/stdout:
//                                           {"id":1,"file":"…","maxChars":N} → {"id":1,"pages":N,"text":"…"}
//                                           or {"id":1,"error":"InvalidPDFException: …"}
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const root = path.dirname(require.resolve('pdfjs-dist/package.json'));
const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');

async function extract(file, maxChars) {
  const data = new Uint8Array(await readFile(file));
  const pdf = await getDocument({
    data,
    // CJK text needs the character maps; nothing is evaluated and no font is rendered.
    cMapUrl: `${path.join(root, 'cmaps')}/`,
    cMapPacked: true,
    standardFontDataUrl: `${path.join(root, 'standard_fonts')}/`,
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
  try {
    let text = '';
    for (let number = 1; number <= pdf.numPages && text.length < maxChars; number += 1) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      for (const item of content.items) if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
      text += '\n';
      page.cleanup();
    }
    return { pages: pdf.numPages, text: text.slice(0, maxChars) };
  } finally {
    await pdf.destroy();
  }
}

const describe = (error) => `${error?.name ?? 'Error'}: ${error?.message ?? String(error)}`;
const [file, maxChars] = process.argv.slice(2);

if (file) {
  try {
    process.stdout.write(JSON.stringify(await extract(file, Number(maxChars ?? 2_000_000))));
  } catch (error) {
    process.stderr.write(`${describe(error)}\n`);
    process.exit(2);
  }
} else {
  // One request at a time, in order; the parent sends the next only after the answer.
  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) {
    let request;
    try {
      request = JSON.parse(line);
      const result = await extract(request.file, Number(request.maxChars ?? 2_000_000));
      process.stdout.write(`${JSON.stringify({ id: request.id, ...result })}\n`);
    } catch (error) {
      process.stdout.write(`${JSON.stringify({ id: request?.id ?? null, error: describe(error) })}\n`);
    }
  }
  process.exit(0); // the parent closed stdin
}
