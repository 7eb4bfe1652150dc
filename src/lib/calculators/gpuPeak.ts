import { num } from '../calculator';
import { InputError } from '../errors';
import { GPUS, findGpu } from '../hardware';
import { type ParamSpec, type ParamValue, quantityParam } from '../paramTable';

/**
 * The GPU choice of the calculators that need a peak FLOP/s (training compute, serving cost):
 * every GPU of the hardware table with its dense peak, or a custom `peak`, shown only for it.
 */
export function gpuPeakParams(defaultGpu: string, peakHelp: string): ParamSpec[] {
  return [
    {
      kind: 'choice',
      name: 'gpu',
      label: 'GPU',
      default: defaultGpu,
      options: [
        ...GPUS.map((g) => ({ value: g.id, label: `${g.name} (${g.peakFlops / 1e12} TFLOP/s)` })),
        { value: 'custom', label: 'Custom peak' },
      ],
    },
    quantityParam('peak', 'Peak per GPU', 'FLOP/s', undefined, {
      optional: true,
      showIf: { param: 'gpu', equals: 'custom' },
      style: 'scientific',
      help: peakHelp,
    }),
  ];
}

/**
 * The peak FLOP/s the values choose: the hardware table's for a known GPU, the `peak` field for
 * a custom one; an InputError on the field at fault otherwise.
 * @example peakFlopsOf({ gpu: 'h100' }) // 989.4e12
 */
export function peakFlopsOf(values: Readonly<Record<string, ParamValue>>): number {
  const id = String(values['gpu']);
  if (id === 'custom') {
    const peak = num(values, 'peak');
    if (peak === undefined)
      throw new InputError('A custom GPU needs its peak FLOP/s, such as 989e12', 'peak');
    return peak;
  }
  const gpu = findGpu(id);
  if (!gpu) throw new InputError(`Unknown GPU ${id}`, 'gpu');
  return gpu.peakFlops;
}

/** The price of one GPU-hour, shared by every calculator that turns GPU-hours into dollars. */
export const GPU_HOUR_PRICE_PARAM: ParamSpec = {
  kind: 'quantity',
  name: 'price',
  label: 'Price',
  unit: '$ per GPU-hour',
  default: '2',
  min: 0,
  max: 1e6,
  style: 'currency',
};
