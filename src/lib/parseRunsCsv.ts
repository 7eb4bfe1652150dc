import Papa from 'papaparse';
import { InputError } from './errors';
import { parseQuantity } from './parseQuantity';

/** One training run: N parameters, D tokens, final loss in nats per token. */
export interface Run {
  N: number;
  D: number;
  loss: number;
}

/** Most rows a pasted CSV may have: a fit over more would keep the page busy for minutes. */
export const MAX_RUNS = 5000;

/** Loose header names, after lower-casing and dropping everything but letters and digits. */
const HEADERS: Readonly<Record<'N' | 'D' | 'C' | 'loss', readonly string[]>> = {
  N: ['n', 'params', 'parameters', 'nparams', 'numparams', 'modelsize', 'size', 'model'],
  D: ['d', 'tokens', 'ntokens', 'trainingtokens', 'data', 'datasetsize'],
  C: ['c', 'flops', 'flop', 'compute', 'trainingflop', 'trainingflops', 'trainingcompute'],
  loss: ['loss', 'l', 'finalloss', 'evalloss', 'valloss', 'validationloss', 'testloss'],
};

const normalise = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * Parses training runs from CSV text (comma, tab or semicolon separated, found by papaparse):
 * a header row with N and D, or N and C (then D = C / 6N, Kaplan et al. 2020 Sec. 2.1), and loss.
 * Headers match loosely ("Model Size", "Training FLOP", "params"); cells accept 70B, 1.4T, 3e23.
 * Throws an InputError that names the line and column of the first bad cell.
 * @example parseRunsCsv('N,D,loss\n70B,1.4T,1.94') // [{ N: 7e10, D: 1.4e12, loss: 1.94 }]
 */
export function parseRunsCsv(text: string): Run[] {
  if (text.trim() === '')
    throw new InputError(
      'The CSV is empty: paste a header row (N, D, loss) and one row per run',
      'csv',
    );
  const parsed = Papa.parse<string[]>(text.trim(), { skipEmptyLines: 'greedy' });
  const rows = parsed.data;
  const header = (rows[0] ?? []).map(normalise);
  const find = (key: keyof typeof HEADERS) => header.findIndex((h) => HEADERS[key].includes(h));
  const col = { N: find('N'), D: find('D'), C: find('C'), loss: find('loss') };
  const missing = [
    col.N < 0 && 'N (parameters)',
    col.D < 0 && col.C < 0 && 'D (tokens) or C (FLOPs)',
    col.loss < 0 && 'loss',
  ]
    .filter(Boolean)
    .join(', ');
  if (missing) {
    throw new InputError(
      `The header row needs columns for ${missing}; found: ${(rows[0] ?? []).join(', ') || 'nothing'}`,
      'csv',
    );
  }
  const body = rows.slice(1);
  if (body.length === 0) throw new InputError('The CSV has a header but no runs', 'csv');
  if (body.length > MAX_RUNS)
    throw new InputError(
      `The CSV has ${body.length} runs; at most ${MAX_RUNS} can be fitted here`,
      'csv',
    );
  const names = rows[0] ?? [];
  return body.map((row, i) => {
    const line = i + 2;
    if (row.length !== names.length) {
      throw new InputError(
        `Line ${line} has ${row.length} cells but the header has ${names.length}`,
        'csv',
      );
    }
    const cell = (index: number) => {
      const name = `Line ${line}, column "${names[index] ?? index + 1}"`;
      const value = parseQuantity(row[index] ?? '', name);
      if (value <= 0) throw new InputError(`${name} must be positive, got ${row[index]}`, 'csv');
      return value;
    };
    try {
      const N = cell(col.N);
      const D = col.D >= 0 ? cell(col.D) : cell(col.C) / (6 * N);
      return { N, D, loss: cell(col.loss) };
    } catch (error) {
      if (error instanceof InputError) throw new InputError(error.message, 'csv');
      throw error;
    }
  });
}
