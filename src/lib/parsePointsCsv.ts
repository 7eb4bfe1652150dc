import Papa from 'papaparse';
import { InputError } from './errors';
import { parseQuantity } from './parseQuantity';
import { MAX_RUNS } from './parseRunsCsv';

/**
 * Parses (size, loss) pairs pasted as two columns (comma, tab, semicolon or space separated, found
 * by papaparse); a header row is skipped when its cells are not numbers. Cells accept 70B, 1e9.
 * Throws an InputError naming the line of the first bad cell.
 * @example parsePointsCsv('N,loss\n1e6,3.5\n1e7,3.1') // [{ N: 1e6, loss: 3.5 }, { N: 1e7, loss: 3.1 }]
 */
export function parsePointsCsv(text: string, field = 'csv'): { N: number; loss: number }[] {
  const parsed = Papa.parse<string[]>(
    text.trim().replace(/[ \t]+/g, (s) => (s.includes('\t') ? '\t' : ',')),
    { skipEmptyLines: 'greedy' },
  );
  const rows = parsed.data.map((r) => r.map((c) => c.trim()).filter((c) => c !== ''));
  const isHeader = (row: string[] | undefined) =>
    !!row && row.some((c) => Number.isNaN(Number(c.replace(/[kmbgtp%]$/i, ''))));
  const body = isHeader(rows[0]) ? rows.slice(1) : rows;
  const offset = rows.length - body.length + 1;
  if (body.length === 0)
    throw new InputError('The pasted points are empty: one line per model, size then loss', field);
  if (body.length > MAX_RUNS)
    throw new InputError(
      `There are ${body.length} points; at most ${MAX_RUNS} are accepted`,
      field,
    );
  return body.map((row, i) => {
    const line = i + offset;
    if (row.length !== 2)
      throw new InputError(`Line ${line} has ${row.length} values; give two: size and loss`, field);
    try {
      return {
        N: parseQuantity(row[0] ?? '', `Line ${line}, size`),
        loss: parseQuantity(row[1] ?? '', `Line ${line}, loss`),
      };
    } catch (error) {
      if (error instanceof InputError) throw new InputError(error.message, field);
      throw error;
    }
  });
}
