#!/usr/bin/env node
// `npm run ingest -- FILE [FILE…]`: loads historical hourly station measurements (CSV with a header
// row, or a JSON array) through the ingestion API, in batches, with a progress bar. Every rejected
// row is reported with its line in the FILE, never in the batch.
//
//   --url URL          the CMS (default $DISCLOSURE_API_URL or http://127.0.0.1:1337)
//   --token TOKEN      an API token bound to the producing department (default $DISCLOSURE_INGEST_TOKEN)
//   --batch-rows N     rows per request (default 20000)
//   --report FILE      write every rejected row as JSON to FILE
//   --no-release       store only: the days were disclosed before (no automatic daily releases)
//
// Exit status: 0 all rows stored (or already stored), 2 some rows rejected, 1 the load failed.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { parseMeasurementCsv, CsvBatchError } = require('@disclosure-hub/workflows');
const { measurementFields } = require('@disclosure-hub/config');

function parseArgs(argv) {
  const options = {
    url: process.env.DISCLOSURE_API_URL ?? 'http://127.0.0.1:1337',
    token: process.env.DISCLOSURE_INGEST_TOKEN,
    batchRows: 20_000,
    report: undefined,
    release: true,
    files: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === '--url') options.url = value();
    else if (arg === '--token') options.token = value();
    else if (arg === '--batch-rows') options.batchRows = Number(value());
    else if (arg === '--report') options.report = value();
    else if (arg === '--no-release') options.release = false;
    else if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else options.files.push(arg);
  }
  if (!Number.isSafeInteger(options.batchRows) || options.batchRows < 1)
    throw new Error('--batch-rows must be a positive integer');
  return options;
}

const columns = ['station', 'time', ...measurementFields];
const csvCell = (v) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** The rows of a file, each with its line in the file, and how to send a slice of them. */
function readRows(file) {
  const text = readFileSync(file, 'utf8');
  if (/\.json$/i.test(file)) {
    const parsed = JSON.parse(text);
    if (!Array.isArray(parsed)) throw new Error(`${file}: a JSON file must hold an array of rows`);
    return {
      rows: parsed.map((value, i) => ({ line: i + 1, value })),
      body: (slice) => ({
        type: 'application/json',
        text: JSON.stringify(slice.map((r) => r.value)),
        lineOf: (l) => slice[l - 1]?.line,
      }),
    };
  }
  const rows = parseMeasurementCsv(text, columns).map((r) => ({ line: r.line, value: r.cells }));
  const header = text
    .slice(text.charCodeAt(0) === 0xfeff ? 1 : 0)
    .split(/\r?\n/, 1)[0]
    .split(',')
    .map((c) => c.trim().replace(/^"|"$/g, ''));
  return {
    rows,
    body: (slice) => ({
      type: 'text/csv',
      text: [header.join(','), ...slice.map((r) => header.map((c) => csvCell(r.value[c] ?? '')).join(','))].join('\n'),
      // Line 1 of a batch is its header; line k + 1 is the k-th row of the slice.
      lineOf: (l) => slice[l - 2]?.line,
    }),
  };
}

function progress(done, total, totals, started) {
  const width = 30;
  const share = total === 0 ? 1 : done / total;
  const bar = '█'.repeat(Math.round(share * width)).padEnd(width, '░');
  const rate = done / Math.max((Date.now() - started) / 1000, 0.001);
  const line = `${bar} ${(share * 100).toFixed(0).padStart(3)}% ${done}/${total} 行 rows · ${Math.round(rate)} 行/秒 rows/s · 入库 stored ${totals.accepted} · 重复 duplicates ${totals.duplicates} · 拒收 rejected ${totals.rejected}`;
  if (process.stderr.isTTY) process.stderr.write(`\r${line}`);
  else process.stderr.write(`${line}\n`);
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.help || options.files.length === 0) {
    console.error(
      '用法 / usage: npm run ingest -- [--url URL] [--token TOKEN] [--batch-rows N] [--report FILE] [--no-release] FILE…',
    );
    return options.help ? 0 : 1;
  }
  if (!options.token) throw new Error('an API token is required: --token or DISCLOSURE_INGEST_TOKEN');
  const totals = { rows: 0, accepted: 0, duplicates: 0, rejected: 0 };
  const rejected = [];
  const started = Date.now();
  for (const file of options.files) {
    const { rows, body } = readRows(file);
    process.stderr.write(`${path.basename(file)}: ${rows.length} 行 rows\n`);
    let done = 0;
    for (let i = 0; i < rows.length; i += options.batchRows) {
      const slice = rows.slice(i, i + options.batchRows);
      const { type, text, lineOf } = body(slice);
      const response = await fetch(
        `${options.url.replace(/\/$/, '')}/api/ingest/measurements?detail=rejected${options.release ? '' : '&release=false'}`,
        {
          method: 'POST',
          headers: { 'Content-Type': type, Authorization: `Bearer ${options.token}` },
          body: text,
        },
      );
      const answer = await response.json().catch(() => ({}));
      const batch = response.ok ? answer.data : answer.error?.details?.batch;
      if (!batch) {
        const error = answer.error ?? {};
        throw new Error(`HTTP ${response.status} ${error.details?.code ?? ''}: ${error.message ?? 'no answer'}`);
      }
      totals.accepted += batch.accepted;
      totals.duplicates += batch.duplicates;
      totals.rejected += batch.rejected;
      for (const row of batch.rows.rejected) rejected.push({ file, ...row, line: lineOf(row.line) ?? row.line });
      done += slice.length;
      totals.rows += slice.length;
      progress(done, rows.length, totals, started);
    }
    if (process.stderr.isTTY) process.stderr.write('\n');
  }
  const seconds = (Date.now() - started) / 1000;
  for (const row of rejected.slice(0, 20))
    console.error(`${row.file}:${row.line} ${row.code} ${row.field ?? ''} ${row.message}`);
  if (rejected.length > 20)
    console.error(`… ${rejected.length - 20} more rejected rows${options.report ? ` in ${options.report}` : ''}`);
  if (options.report) writeFileSync(options.report, JSON.stringify(rejected, null, 2));
  console.log(
    JSON.stringify({
      ...totals,
      seconds: Number(seconds.toFixed(2)),
      rowsPerSecond: Math.round(totals.rows / seconds),
    }),
  );
  return rejected.length > 0 ? 2 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(
      `\n导入失败 / ingest failed: ${error instanceof CsvBatchError ? `${error.code} ${error.message}` : error.message}`,
    );
    process.exit(1);
  },
);
