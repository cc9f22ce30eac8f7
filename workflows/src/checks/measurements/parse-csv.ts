/** One data line of a CSV batch: its 1-based line number in the file and its cells by column name. */
export interface CsvRow {
  readonly line: number;
  readonly cells: Readonly<Record<string, string>>;
}

/** Why a CSV batch as a whole cannot be read; per-row problems are reported per row instead. */
export class CsvBatchError extends Error {
  override readonly name = 'CsvBatchError';
  constructor(
    readonly code: 'CSV_EMPTY' | 'CSV_HEADER_MISSING' | 'CSV_HEADER_INVALID' | 'CSV_MALFORMED',
    message: string,
    readonly line: number | null = null,
  ) {
    super(message);
  }
}

/** Splits RFC 4180 text into records of cells, each with the line it starts on. */
function* records(text: string): Generator<{ line: number; cells: string[] }> {
  let line = 1;
  let start = 1;
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let wasQuoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
    } else if (ch === '"') {
      if (cell.trim() !== '' || wasQuoted)
        throw new CsvBatchError('CSV_MALFORMED', `第 ${line} 行引号位置错误 / stray quote on line ${line}`, line);
      quoted = true;
      wasQuoted = true;
      cell = '';
    } else if (ch === ',') {
      cells.push(wasQuoted ? cell : cell.trim());
      cell = '';
      wasQuoted = false;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      cells.push(wasQuoted ? cell : cell.trim());
      yield { line: start, cells };
      cells = [];
      cell = '';
      wasQuoted = false;
      line++;
      start = line;
    } else cell += ch;
  }
  if (quoted)
    throw new CsvBatchError('CSV_MALFORMED', `第 ${start} 行引号未闭合 / unclosed quote from line ${start}`, start);
  if (cell !== '' || cells.length > 0 || wasQuoted) {
    cells.push(wasQuoted ? cell : cell.trim());
    yield { line: start, cells };
  }
}

const isBlank = (cells: string[]) => cells.every((c) => c === '');

/**
 * Reads a CSV batch with a header row. The header must name `station` and `time`; columns must be
 * among `knownColumns`. Blank lines are skipped; a data line with more cells than the header is
 * returned with an `__extra` cell so that the row, not the batch, is refused.
 */
export function parseMeasurementCsv(text: string, knownColumns: readonly string[]): CsvRow[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const iterator = records(body);
  let header: { line: number; cells: string[] } | undefined;
  // Read by hand: leaving a for-of loop early would close the generator.
  for (let next = iterator.next(); !next.done; next = iterator.next()) {
    if (!isBlank(next.value.cells)) {
      header = next.value;
      break;
    }
  }
  if (!header) throw new CsvBatchError('CSV_EMPTY', 'CSV 内容为空 / the CSV batch is empty');
  const columns = header.cells.map((c) => c.trim());
  if (!columns.includes('station') || !columns.includes('time'))
    throw new CsvBatchError(
      'CSV_HEADER_MISSING',
      '第一行须为表头，至少包含 station 和 time 列 / the first line must be a header naming at least station and time',
      header.line,
    );
  const unknown = columns.filter((c) => !knownColumns.includes(c));
  const repeated = columns.filter((c, i) => columns.indexOf(c) !== i);
  if (unknown.length > 0 || repeated.length > 0)
    throw new CsvBatchError(
      'CSV_HEADER_INVALID',
      unknown.length > 0
        ? `表头含未知列 / unknown header columns: ${unknown.join(', ')} (known: ${knownColumns.join(', ')})`
        : `表头列重复 / repeated header columns: ${repeated.join(', ')}`,
      header.line,
    );
  const rows: CsvRow[] = [];
  for (let next = iterator.next(); !next.done; next = iterator.next()) {
    const record = next.value;
    if (isBlank(record.cells)) continue;
    const cells: Record<string, string> = {};
    columns.forEach((column, i) => {
      cells[column] = record.cells[i] ?? '';
    });
    if (record.cells.length > columns.length) cells.__extra = record.cells.slice(columns.length).join(',');
    rows.push({ line: record.line, cells });
  }
  return rows;
}
