import { type CalculatorDef, list, need, withFields } from '../calculator';
import { applyThresholdMetric, predictExactMatch } from '../emergence';
import { InputError } from '../errors';
import { formatQuantity } from '../formatQuantity';
import { measureLateRise } from '../measureLateRise';
import { POSITIVE, type ParamTable } from '../paramTable';
import type { Point } from './kaplan';

/** URL parameters of /calculators/emergence/: a smooth per-token accuracy over model sizes, an answer length and a threshold. */
export const emergenceParams: ParamTable = [
  {
    kind: 'list',
    name: 'x',
    label: 'Model sizes',
    unit: 'parameters',
    default: '1e8, 3e8, 1e9, 3e9, 1e10, 3e10, 1e11, 3e11, 1e12',
    ...POSITIVE,
    max: 1e21,
    minItems: 2,
    maxItems: 200,
    help: 'Increasing, one per model.',
  },
  {
    kind: 'list',
    name: 'p',
    label: 'Per-token accuracy',
    unit: '0–1',
    default: '0.5, 0.64, 0.75, 0.832, 0.888, 0.927, 0.952, 0.969, 0.98',
    min: 0,
    max: 1,
    minItems: 2,
    maxItems: 200,
    help: 'Chance each answer token is right, one per size.',
  },
  {
    kind: 'quantity',
    name: 'k',
    label: 'Answer length (k)',
    unit: 'tokens',
    default: '20',
    min: 1,
    max: 10000,
    integer: true,
    style: 'plain',
    help: 'Exact match needs all k tokens right.',
  },
  {
    kind: 'quantity',
    name: 'threshold',
    label: 'Threshold',
    unit: '0–1',
    default: '0.9',
    min: 0,
    max: 1,
    style: 'plain',
    help: 'The thresholded metric scores 1 where p reaches it, else 0.',
  },
];

export type EmergenceResults = Record<
  'exactMatchAtSmallest' | 'exactMatchAtLargest' | 'lateRisePerToken',
  number
> & {
  /** Share of the exact-match rise above the middle size; absent when exact match does not rise (underflow to 0). */
  lateRiseExactMatch?: number;
  /** First size where the thresholded metric is 1; absent when p never reaches the threshold. */
  emergenceSize?: number;
  /** Why emergenceSize is absent, in words. */
  note?: string;
  /** Per-token accuracy, exact match and the thresholded metric over model size. */
  curves: { name: string; points: Point[] }[];
};

/** Schaeffer et al. 2023: one smooth per-token skill seen through three metrics. */
export const emergence: CalculatorDef<EmergenceResults> = {
  slug: 'emergence',
  title: 'Emergence and the metric',
  params: emergenceParams,
  results: [
    {
      name: 'exactMatchAtSmallest',
      label: 'Exact match, smallest model',
      style: 'plain',
      help: 'p^k',
    },
    {
      name: 'exactMatchAtLargest',
      label: 'Exact match, largest model',
      style: 'plain',
      help: 'p^k',
    },
    {
      name: 'lateRisePerToken',
      label: 'Per-token accuracy: share of its rise in the larger half',
      style: 'plain',
      help: 'Above the middle size on a log axis; 0.5 is a steady climb',
    },
    {
      name: 'lateRiseExactMatch',
      label: 'Exact match: share of its rise in the larger half',
      style: 'plain',
      help: 'Near 1 looks like a sudden jump',
    },
    {
      name: 'emergenceSize',
      label: 'Where the thresholded metric “emerges”',
      unit: 'parameters',
      style: 'si',
      help: 'First size with p ≥ threshold',
    },
  ],
  presets: [
    {
      id: 'k1',
      label: 'One-token answers (k = 1)',
      values: { k: '1' },
      source:
        'Schaeffer et al. 2023, Sec. 2: with k = 1 exact match is the per-token accuracy itself',
    },
    {
      id: 'k5',
      label: 'Five-digit addition (k = 5)',
      values: { k: '5' },
      source:
        'Schaeffer et al. 2023, Sec. 3: integer arithmetic with multi-digit answers, scored by exact match',
    },
    {
      id: 'k30',
      label: 'Long answers (k = 30)',
      values: { k: '30' },
      source: 'Schaeffer et al. 2023, Sec. 2: the longer the answer, the sharper p^k',
    },
  ],
  compute(values) {
    const x = list(values, 'x') ?? [];
    const p = list(values, 'p') ?? [];
    const k = need(values, 'k');
    const threshold = need(values, 'threshold');
    if (x.length !== p.length)
      throw new InputError(
        `Give one accuracy per model size: ${x.length} sizes but ${p.length} accuracies`,
        'p',
      );
    x.forEach((v, i) => {
      if (i > 0 && !(v > x[i - 1]!))
        throw new InputError(
          `Model sizes must increase: item ${i + 1} (${formatQuantity(v, 'si')}) is not larger than item ${i} (${formatQuantity(x[i - 1]!, 'si')})`,
          'x',
        );
    });
    const exact = p.map((pi) => withFields('k', () => predictExactMatch(pi, k)));
    const passed = applyThresholdMetric(p, threshold);
    const first = passed.indexOf(1);
    const shareExact = measureLateRise(x, exact);
    const sharePerToken = measureLateRise(x, p);
    if (sharePerToken === null)
      throw new InputError(
        'Per-token accuracy must rise from the smallest to the largest model to show anything',
        'p',
      );
    // A step drawn as a step: the metric holds its value until the next size, then jumps.
    const steps = passed.flatMap((m, i) =>
      i > 0 && m !== passed[i - 1]
        ? [
            { x: x[i]!, y: passed[i - 1]! },
            { x: x[i]!, y: m },
          ]
        : [{ x: x[i]!, y: m }],
    );
    return {
      exactMatchAtSmallest: exact[0]!,
      exactMatchAtLargest: exact[exact.length - 1]!,
      lateRisePerToken: sharePerToken,
      ...(shareExact === null ? {} : { lateRiseExactMatch: shareExact }),
      ...(first < 0
        ? {
            note: `Per-token accuracy never reaches the threshold ${threshold}: the thresholded metric is 0 at every size, so nothing “emerges” in this range.`,
          }
        : { emergenceSize: x[first]! }),
      curves: [
        { name: 'Per-token accuracy p', points: x.map((xi, i) => ({ x: xi, y: p[i]! })) },
        { name: `Exact match p^${k}`, points: x.map((xi, i) => ({ x: xi, y: exact[i]! })) },
        { name: `Thresholded: p ≥ ${threshold}`, points: steps },
      ],
    };
  },
};
