import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractPdfText, stopPdfTextWorker } from '../../src/disclosure/attachments/pdf-text';
import { buildChinesePdf } from '../helpers/pdf';

const dir = mkdtempSync(path.join(os.tmpdir(), 'pdf-text-'));
const file = (name: string, content: Buffer | string) => {
  const target = path.join(dir, name);
  writeFileSync(target, content);
  return target;
};

afterAll(() => {
  stopPdfTextWorker();
  rmSync(dir, { recursive: true, force: true });
});

describe('extractPdfText', () => {
  it('reads Chinese text set in a standard CJK font, line by line', async () => {
    const pdf = file('cn.pdf', buildChinesePdf(['建设项目环境影响报告书（公示本）', '联系人：王五，手机 13912345678']));

    const { pages, text } = await extractPdfText(pdf);

    expect(pages).toBe(1);
    expect(text).toContain('建设项目环境影响报告书（公示本）');
    expect(text).toContain('手机 13912345678');
  });

  it('refuses a file that is not a PDF with PDF_TEXT_FAILED, and reads the next PDF', async () => {
    const broken = file('broken.pdf', '%PDF-1.4\nnot really a pdf');
    const good = file('good.pdf', buildChinesePdf(['第二份文件']));

    const error = await extractPdfText(broken).catch((e: unknown) => e);
    const next = await extractPdfText(good);

    expect(error).toMatchObject({ name: 'PdfTextError', code: 'PDF_TEXT_FAILED' });
    expect(next.text).toContain('第二份文件');
  });

  it('gives up after the timeout with PDF_TEXT_TIMEOUT, and a fresh extractor reads the next PDF', async () => {
    const pdf = file('slow.pdf', buildChinesePdf(['超时测试']));

    const error = await extractPdfText(pdf, { timeoutMs: 1 }).catch((e: unknown) => e);
    const next = await extractPdfText(pdf);

    expect(error).toMatchObject({ code: 'PDF_TEXT_TIMEOUT' });
    expect(next.text).toContain('超时测试');
  });

  it('cuts the text at maxChars', async () => {
    const pdf = file('long.pdf', buildChinesePdf(['一二三四五六七八九十']));

    const { text } = await extractPdfText(pdf, { maxChars: 4 });

    expect(text).toBe('一二三四');
  });
});
