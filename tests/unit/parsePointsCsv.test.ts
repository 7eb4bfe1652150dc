import { describe, expect, it } from 'vitest';
import { parsePointsCsv } from '../../src/lib/parsePointsCsv';

describe('parsePointsCsv(text)', () => {
  it.each([
    [
      'N,loss\n1e6,3.5\n1e7,3.1',
      [
        { N: 1e6, loss: 3.5 },
        { N: 1e7, loss: 3.1 },
      ],
    ],
    [
      '1M 3.5\n10M 3.1',
      [
        { N: 1e6, loss: 3.5 },
        { N: 1e7, loss: 3.1 },
      ],
    ],
    [
      '1e6\t3.5\n1e7\t3.1\n',
      [
        { N: 1e6, loss: 3.5 },
        { N: 1e7, loss: 3.1 },
      ],
    ],
  ])('parsePointsCsv(%j)', (text, points) => {
    expect(parsePointsCsv(text)).toEqual(points);
  });
  it.each([
    ['', /empty/],
    ['size,loss', /empty/],
    ['1e6,3.5,9', /Line 1 has 3 values/],
    ['N,loss\n1e6,3.5\n1e7,abc', /Line 3, loss must be a number/],
  ])('parsePointsCsv(%j) throws %s', (text, message) => {
    expect(() => parsePointsCsv(text)).toThrow(message);
  });
});
