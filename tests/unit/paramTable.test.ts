import { listUrlNotices } from '../../src/lib/listUrlNotices';
import { describe, expect, it } from 'vitest';
import { runCalculator } from '../../src/lib/calculator';
import { isoflop } from '../../src/lib/calculators/isoflop';
import {
  type ParamTable,
  describeBounds,
  parseParam,
  parseParams,
  readParams,
  writeParams,
} from '../../src/lib/paramTable';
import { closeTo } from '../tolerance';

const table: ParamTable = [
  {
    kind: 'quantity',
    name: 'N',
    label: 'Parameters (N)',
    unit: 'parameters',
    default: '175e9',
    optional: true,
    group: 'CND',
    min: 0,
    minExclusive: true,
  },
  {
    kind: 'quantity',
    name: 'C',
    label: 'Compute (C)',
    unit: 'FLOPs',
    optional: true,
    group: 'CND',
    min: 0,
    minExclusive: true,
  },
  {
    kind: 'quantity',
    name: 'mfu',
    label: 'MFU',
    unit: '0–1',
    default: '0.4',
    min: 0,
    minExclusive: true,
    max: 1,
  },
  {
    kind: 'quantity',
    name: 'gpus',
    label: 'GPUs',
    unit: 'GPUs',
    default: '8',
    min: 1,
    integer: true,
  },
  {
    kind: 'list',
    name: 'x',
    label: 'Sizes (x)',
    unit: 'parameters',
    optional: true,
    min: 0,
    minExclusive: true,
    minItems: 2,
  },
  {
    kind: 'choice',
    name: 'gpu',
    label: 'GPU',
    default: 'a100',
    options: [
      { value: 'a100', label: 'A100' },
      { value: 'h100', label: 'H100' },
    ],
  },
];

describe('readParams(table, search)', () => {
  it('fills defaults for absent parameters and ignores unknown ones', () => {
    expect(readParams(table, new URLSearchParams('evil=<script>'))).toEqual({
      N: '175e9',
      C: '',
      mfu: '0.4',
      gpus: '8',
      x: '',
      gpu: 'a100',
    });
  });
  it('drops a group’s defaults once the URL names any member of the group', () => {
    expect(readParams(table, new URLSearchParams('C=3e23')).N).toBe('');
  });
  it('keeps an explicitly empty parameter empty', () => {
    expect(readParams(table, new URLSearchParams('mfu=')).mfu).toBe('');
  });
  it('truncates absurdly long values to 200 characters', () => {
    expect(readParams(table, new URLSearchParams(`N=${'9'.repeat(5000)}`)).N).toHaveLength(200);
  });
});

describe('readParams(table, search) with showIf', () => {
  const custom: ParamTable = [
    ...table,
    {
      kind: 'quantity',
      name: 'peak',
      label: 'Peak',
      unit: 'FLOP/s',
      optional: true,
      showIf: { param: 'gpu', equals: 'custom' },
    },
  ];
  it('a parameter that counts only under another’s value selects that value when the link leaves it out', () => {
    expect(readParams(custom, new URLSearchParams('peak=1e15')).gpu).toBe('custom');
  });
  it('an explicit choice in the link wins, and an empty hidden parameter selects nothing', () => {
    expect(readParams(custom, new URLSearchParams('gpu=h100&peak=1e15')).gpu).toBe('h100');
    expect(readParams(custom, new URLSearchParams('peak=')).gpu).toBe('a100');
  });
  it('/calculators/isoflop/?C=1e22&E=1.6&A=5.248&B=10&alpha=0.08&beta=0.1 uses the custom constants, not Hoffmann’s', () => {
    const raw = readParams(
      isoflop.params,
      new URLSearchParams('C=1e22&E=1.6&A=5.248&B=10&alpha=0.08&beta=0.1'),
    );
    expect(raw['fit']).toBe('custom');
    const custom = runCalculator(isoflop, raw);
    const hoffmann = runCalculator(
      isoflop,
      readParams(isoflop.params, new URLSearchParams('C=1e22')),
    );
    expect(custom.ok && hoffmann.ok).toBe(true);
    if (!custom.ok || !hoffmann.ok) return;
    // Eq. 4 with the custom constants: a = β/(α+β) = 0.1/0.18, G = (αA/(βB))^(1/(α+β)).
    const G = ((0.08 * 5.248) / (0.1 * 10)) ** (1 / 0.18);
    closeTo(custom.results.nOpt, G * (1e22 / 6) ** (0.1 / 0.18));
    expect(Math.abs(custom.results.nOpt / hoffmann.results.nOpt - 1)).toBeGreaterThan(0.01);
  });
});

describe('listUrlNotices(table, search)', () => {
  const custom: ParamTable = [
    ...table,
    {
      kind: 'quantity',
      name: 'peak',
      label: 'Peak',
      unit: 'FLOP/s',
      optional: true,
      showIf: { param: 'gpu', equals: 'custom' },
    },
  ];
  it('names each unknown key once, as plain quoted text', () => {
    expect(
      listUrlNotices(table, new URLSearchParams('N=1&foo=1&foo=2&%3Cimg%20src%3Dx%3E=1')),
    ).toEqual([
      'The link’s “foo” is not a setting of this page; it is ignored.',
      'The link’s “<img src=x>” is not a setting of this page; it is ignored.',
    ]);
  });
  it('says when a known parameter is ignored because the link chose another option', () => {
    expect(listUrlNotices(custom, new URLSearchParams('gpu=h100&peak=1e15'))).toEqual([
      'Peak (peak) counts only when gpu is custom, and the link sets gpu to “h100”; it is ignored.',
    ]);
  });
  it('is empty for a link of known, used parameters', () => {
    expect(listUrlNotices(custom, new URLSearchParams('N=70B&gpu=custom&peak=1e15'))).toEqual([]);
  });
  it('caps a flood of unknown keys at five lines and a count', () => {
    const flood = new URLSearchParams(Array.from({ length: 50 }, (_, i) => [`k${i}`, '1']));
    const notices = listUrlNotices(table, flood);
    expect(notices).toHaveLength(6);
    expect(notices[5]).toBe('45 more unknown settings in the link are ignored.');
  });
});

describe('writeParams(table, raw)', () => {
  it('writes known non-empty parameters in table order', () => {
    expect(writeParams(table, { gpu: 'h100', N: '70B', C: '', zzz: '1', mfu: ' 0.5 ' })).toBe(
      'N=70B&mfu=0.5&gpu=h100',
    );
  });
  it('round-trips through readParams', () => {
    const raw = { N: '70B', C: '', mfu: '0.5', gpus: '16', x: '1e6,1e7', gpu: 'h100' };
    expect(readParams(table, new URLSearchParams(writeParams(table, raw)))).toEqual(raw);
  });
});

describe('parseParam(spec, text)', () => {
  const [N, , mfu, gpus, x, gpu] = table;
  it.each([
    [N, '175B', 175e9],
    [N, '', undefined],
    [mfu, '40%', 0.4],
    [gpus, '1,024', 1024],
    [x, '1e6, 1e7 1e8', [1e6, 1e7, 1e8]],
    [gpu, 'h100', 'h100'],
  ])('parseParam(%o, %j) is %o', (spec, text, expected) => {
    expect(parseParam(spec!, text)).toEqual(expected);
  });
  it.each([
    [mfu, '', /MFU is empty/],
    [mfu, '1.5', /MFU must be greater than 0 and at most 1, got 1.5/],
    [mfu, '0', /greater than 0/],
    [gpus, '2.5', /whole number/],
    [N, '<script>', /must be a number/],
    [N, '1e999', /too large/],
    [x, '1e6', /at least 2 items, got 1/],
    [x, '1e6, abc', /Sizes \(x\), item 2 must be a number/],
    [x, '1e6, -1', /Sizes \(x\), item 2 must be greater than 0, got -1/],
    [gpu, 'tpu', /GPU must be one of a100, h100/],
  ])('parseParam(%o, %j) throws %s', (spec, text, message) => {
    expect(() => parseParam(spec!, text)).toThrow(message);
  });
});

describe('parseParams(table, raw)', () => {
  it('collects every failing field’s message, keyed by name', () => {
    const { errors } = parseParams(table, {
      N: 'abc',
      C: '',
      mfu: '2',
      gpus: '8',
      x: '',
      gpu: 'a100',
    });
    expect(Object.keys(errors).sort()).toEqual(['N', 'mfu']);
  });
});

describe('describeBounds(spec)', () => {
  it.each([
    [{ min: 0, minExclusive: true }, 'must be greater than 0'],
    [{ min: 1 }, 'must be at least 1'],
    [{ max: 5 }, 'must be at most 5'],
    [{}, 'may be any number'],
    [{ min: 1, max: 1e7 }, 'must be at least 1 and at most 10M'],
    [{ max: 1e21 }, 'must be at most 1 × 10²¹'],
  ])('describeBounds(%o) is "%s"', (bounds, text) => {
    expect(describeBounds({ kind: 'quantity', name: 'v', label: 'v', unit: '', ...bounds })).toBe(
      text,
    );
  });
});

describe('writeParams(table, raw) with text', () => {
  it('leaves a paste longer than its urlLimit out of the link', () => {
    const textTable: ParamTable = [{ kind: 'text', name: 'csv', label: 'CSV', urlLimit: 10 }];
    expect(writeParams(textTable, { csv: 'N,loss' })).toBe('csv=N%2Closs');
    expect(writeParams(textTable, { csv: 'N,loss\n1,2\n3,4' })).toBe('');
  });
});

describe('describeAccepted(spec)', () => {
  it('words bounds, whole numbers, lists, choices and text the same way for every guide', async () => {
    const { describeAccepted } = await import('../../src/lib/paramTable');
    expect(
      describeAccepted({
        kind: 'quantity',
        name: 'l',
        label: 'L',
        unit: '',
        min: 1,
        max: 96,
        integer: true,
      }),
    ).toBe('at least 1 and at most 96, whole number');
    expect(
      describeAccepted({
        kind: 'list',
        name: 'x',
        label: 'X',
        unit: '',
        min: 0,
        minExclusive: true,
        optional: true,
      }),
    ).toBe('greater than 0 (each item, comma-separated); may be empty');
    expect(
      describeAccepted({
        kind: 'choice',
        name: 'c',
        label: 'C',
        default: 'a',
        options: [{ value: 'a', label: 'A' }],
      }),
    ).toBe('one of the values');
    expect(describeAccepted({ kind: 'quantity', name: 'q', label: 'Q', unit: '' })).toBe(
      'any number',
    );
  });
});
