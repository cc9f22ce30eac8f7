import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The text of one PDF. */
export interface PdfText {
  pages: number;
  text: string;
}

/** Why a PDF's text could not be read: the caller treats the attachment as unscanned. */
export class PdfTextError extends Error {
  override readonly name = 'PdfTextError';
  constructor(
    readonly code: 'PDF_TEXT_FAILED' | 'PDF_TEXT_TIMEOUT',
    message: string,
  ) {
    super(message);
  }
}

/** The cms package folder, from `src/…` (tests) or `dist/src/…` (the running app). */
function cmsRoot(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === '@disclosure-hub/cms') return dir;
  }
  throw new Error('cannot find the @disclosure-hub/cms package folder');
}

interface Answer {
  id: number;
  pages?: number;
  text?: string;
  error?: string;
}

/**
 * One long-lived extractor process (`workers/pdf-text.mjs`, pdf.js), fed one request at a time:
 * starting Node for every PDF would cost half a second each. A request that takes too long kills
 * the process; the next request starts a fresh one. The process never keeps Strapi alive.
 */
class PdfTextWorker {
  #child: ChildProcessWithoutNullStreams | undefined;
  #buffer = '';
  #nextId = 1;
  #waiting: { id: number; child: ChildProcessWithoutNullStreams; settle: (answer: Answer | Error) => void } | undefined;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly memoryMb: number) {}

  extract(file: string, { timeoutMs, maxChars }: { timeoutMs: number; maxChars: number }): Promise<PdfText> {
    const run = () => this.#run(file, timeoutMs, maxChars);
    const result = this.#queue.then(run, run);
    this.#queue = result.catch(() => undefined);
    return result;
  }

  stop(): void {
    this.#child?.kill('SIGKILL');
    this.#child = undefined;
  }

  #start(): ChildProcessWithoutNullStreams {
    const worker = path.join(cmsRoot(), 'workers', 'pdf-text.mjs');
    const child = spawn(process.execPath, [`--max-old-space-size=${this.memoryMb}`, worker], {
      stdio: ['pipe', 'pipe', 'pipe'],
      windowsHide: true,
    });
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      this.#buffer += chunk;
      for (let end = this.#buffer.indexOf('\n'); end >= 0; end = this.#buffer.indexOf('\n')) {
        const line = this.#buffer.slice(0, end);
        this.#buffer = this.#buffer.slice(end + 1);
        const answer = JSON.parse(line) as Answer;
        if (this.#waiting?.id === answer.id) this.#waiting.settle(answer);
      }
    });
    child.stderr.resume(); // pdf.js warnings; never let the pipe fill up
    child.on('exit', () => {
      if (this.#child === child) this.#child = undefined;
      this.#buffer = '';
      if (this.#waiting?.child === child)
        this.#waiting.settle(
          new PdfTextError('PDF_TEXT_FAILED', 'PDF 文本提取进程退出 / the PDF text extractor exited'),
        );
    });
    child.on('error', () => undefined); // reported through 'exit'
    for (const stream of [child, child.stdin, child.stdout, child.stderr] as unknown as { unref?: () => void }[])
      stream.unref?.();
    return child;
  }

  #run(file: string, timeoutMs: number, maxChars: number): Promise<PdfText> {
    this.#child ??= this.#start();
    const child = this.#child;
    const id = this.#nextId++;
    return new Promise<PdfText>((resolve, reject) => {
      const timer = setTimeout(() => {
        settle(
          new PdfTextError(
            'PDF_TEXT_TIMEOUT',
            `PDF 文本提取超时 / PDF text extraction took longer than ${timeoutMs} ms`,
          ),
        );
        // Forget it at once: the next request must not be written to a process that is dying.
        if (this.#child === child) this.#child = undefined;
        child.kill('SIGKILL');
      }, timeoutMs);
      timer.unref();
      const settle = (answer: Answer | Error) => {
        if (this.#waiting?.id !== id) return;
        this.#waiting = undefined;
        clearTimeout(timer);
        if (answer instanceof Error) reject(answer);
        else if (answer.error !== undefined)
          reject(new PdfTextError('PDF_TEXT_FAILED', `PDF 文本无法读取 / PDF text unreadable: ${answer.error}`));
        else resolve({ pages: Number(answer.pages), text: String(answer.text) });
      };
      this.#waiting = { id, child, settle };
      child.stdin.write(`${JSON.stringify({ id, file, maxChars })}\n`);
    });
  }
}

let worker: PdfTextWorker | undefined;

/**
 * Extracts the text of the PDF at `filePath` in the extractor process (pdf.js), which is killed
 * after `timeoutMs` and limited to 512 MB of heap. A PDF without a text layer (a scan) gives empty
 * text; one pdf.js cannot read throws `PDF_TEXT_FAILED`.
 */
export function extractPdfText(
  filePath: string,
  { timeoutMs = 30_000, maxChars = 2_000_000 }: { timeoutMs?: number; maxChars?: number } = {},
): Promise<PdfText> {
  worker ??= new PdfTextWorker(512);
  return worker.extract(filePath, { timeoutMs, maxChars });
}

/** Ends the extractor process (Strapi's destroy). */
export function stopPdfTextWorker(): void {
  worker?.stop();
}
