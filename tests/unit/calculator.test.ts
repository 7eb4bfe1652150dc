import { describe, expect, it } from 'vitest';
import { kaplan } from '../../src/lib/calculators/kaplan';
import { servingCost } from '../../src/lib/calculators/servingCost';
import { trainingCompute } from '../../src/lib/calculators/trainingCompute';
import { type CalculatorDef, list, need, num, runCalculator } from '../../src/lib/calculator';
import { computeDollarsPerFlop } from '../../src/lib/dollarsPerFlop';
import { InputError } from '../../src/lib/errors';
import { predictKaplanLossCmin, predictKaplanLossN } from '../../src/lib/kaplanLoss';
import { parseParam, readParams } from '../../src/lib/paramTable';
import { trainingCost } from '../../src/lib/trainingCost';

// runCalculator, runPlan and withFields have their own files (calculators/*, labs/*, withFields.test.ts).

describe('num(values, name), list(values, name)', () => {
  it.each([
    [{ N: 1e9 }, 'N', 1e9],
    [{ N: undefined }, 'N', undefined],
    [{ N: 'text' }, 'N', undefined],
    [{ N: [1, 2] }, 'N', undefined],
    [{}, 'N', undefined],
  ])('num(%j, %s) is %s', (values, name, expected) => {
    expect(num(values, name)).toBe(expected);
  });
  it('list reads a parsed list and nothing else', () => {
    expect(list({ x: [1e6, 1e7] }, 'x')).toEqual([1e6, 1e7]);
    expect(list({ x: 3 }, 'x')).toBeUndefined();
    expect(list({}, 'x')).toBeUndefined();
  });
});

describe('need(values, name)', () => {
  it('returns a parsed number', () => {
    expect(need({ N: 1e9 }, 'N')).toBe(1e9);
    expect(need({ price: 0 }, 'price')).toBe(0);
  });
  it.each([[{}], [{ N: undefined }], [{ N: 'seven' }], [{ N: [1] }], [{ N: NaN }]])(
    'need(%j, "N") throws an InputError on N, never NaN',
    (values) => {
      expect(() => need(values, 'N')).toThrow(new InputError('N needs a number', 'N'));
      try {
        need(values, 'N');
      } catch (error) {
        expect((error as InputError).field).toBe('N');
      }
    },
  );
});

/** The messages of a run that must fail, reading raw values as the page does from a link. */
function errorsFor<R extends Record<string, unknown>>(
  def: CalculatorDef<R>,
  query: string,
): Record<string, string> {
  const outcome = runCalculator(def, readParams(def.params, new URLSearchParams(query)));
  if (outcome.ok) throw new Error(`expected an error for ?${query}`);
  return outcome.errors;
}

/** The message a library function throws for the same value. */
function libraryMessage(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the library accepted the value');
}

/** The message the table alone gives for one raw value: what the page must show. */
function tableMessage(
  def: CalculatorDef<Record<string, unknown>>,
  name: string,
  text: string,
): string {
  return libraryMessage(() =>
    parseParam(
      def.params.find((spec) => spec.name === name)!,
      text,
    ),
  );
}

describe('runCalculator(def, raw): a bound both the table and the library check shows the table’s message', () => {
  const gpt3 = { flops: 3.14e23, peakFlops: 312e12, mfu: 0.4, gpus: 1024, pricePerGpuHour: 2 };
  const defs = {
    'training-compute': trainingCompute,
    'serving-cost': servingCost,
    kaplan,
  } as Record<string, CalculatorDef<Record<string, unknown>>>;
  it.each([
    [
      'training-compute',
      'mfu',
      '1.5',
      /^Utilisation \(MFU\) must be greater than 0 and at most 1, got 1\.5$/,
      () => trainingCost({ ...gpt3, mfu: 1.5 }),
    ],
    [
      'training-compute',
      'mfu',
      '0',
      /^Utilisation \(MFU\) must be greater than 0/,
      () => trainingCost({ ...gpt3, mfu: 0 }),
    ],
    [
      'training-compute',
      'gpus',
      '0',
      /^GPUs must be at least 1 and at most .*, got 0$/,
      () => trainingCost({ ...gpt3, gpus: 0 }),
    ],
    [
      'training-compute',
      'price',
      '-1',
      /^Price must be at least 0 and at most .*, got -1$/,
      () => trainingCost({ ...gpt3, pricePerGpuHour: -1 }),
    ],
    [
      'serving-cost',
      'mfu',
      '2',
      /^Utilisation \(MFU\) must be greater than 0 and at most 1, got 2$/,
      () => computeDollarsPerFlop(989e12, 2, 2),
    ],
    [
      'kaplan',
      'Cmin',
      '-1',
      /^Compute \(C_min\) must be greater than 0 and at most 1 × 10²¹, got -1$/,
      () => predictKaplanLossCmin(-1),
    ],
    [
      'kaplan',
      'N',
      '0',
      /^Non-embedding parameters \(N\) must be at least 1 and at most 1 × 10²¹, got 0$/,
      () => predictKaplanLossN(0),
    ],
  ] as const)('%s ?%s=%s: the message is the table’s', (slug, field, text, wording, library) => {
    const def = defs[slug]!;
    const message = tableMessage(def, field, text);
    expect(message).toMatch(wording);
    expect(errorsFor(def, `${field}=${text}`)).toEqual({ [field]: message });
    expect(libraryMessage(library)).not.toBe(message);
  });
});
