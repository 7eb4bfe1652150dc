import { type CalculatorDef, need, num, withFields } from '../calculator';
import { flopsToPfDays } from '../computeUnits';
import { InputError } from '../errors';
import { formatQuantity } from '../formatQuantity';
import { findGpu } from '../hardware';
import { TRAINING_RUNS } from '../models';
import { findTransformerPreset } from '../transformerPresets';
import { gpusForDays } from '../gpusForDays';
import { impliedMfu } from '../impliedMfu';
import { trainingFlopsPerToken } from '../forwardFlops';
import { FLOPS_PER_PARAM_PER_TOKEN, solveTrainingCompute, trainingFlops } from '../trainingFlops';
import { trainingCost } from '../trainingCost';
import { peakFlopsOf } from './gpuPeak';
import { trainingComputeParams } from './trainingComputeParams';

export { trainingComputeParams } from './trainingComputeParams';

/** Architecture presets (layers, context, attention width) for the training-run presets. */
const SHAPES: Readonly<Record<string, string>> = {
  gpt3: 'gpt3-175b',
  chinchilla: 'chinchilla-70b',
  'llama3-405b': 'llama3-405b',
};

/** A report's cluster as field text, at the MFU its GPU-hours imply (so the calculator gives those hours back). */
function reportedCluster(
  run: NonNullable<(typeof TRAINING_RUNS)[number]['reported']>,
  flops: number,
): Record<string, string> {
  const mfu = impliedMfu(flops, findGpu(run.gpu)!.peakFlops, run.gpuHours);
  return {
    gpu: run.gpu,
    mfu: mfu.toPrecision(6),
    gpus: String(run.gpus),
    days: '',
    price: String(run.pricePerGpuHour),
  };
}

/** The cluster: the GPUs given, or the fewest that finish within the target days (gpusForDays). */
function gpusFor(
  values: Parameters<CalculatorDef<TrainingComputeResults>['compute']>[0],
  gpuHours: number,
): number {
  const gpus = num(values, 'gpus');
  const days = num(values, 'days');
  if (gpus !== undefined && days !== undefined)
    throw new InputError(
      'Give GPUs or target days, not both: leave GPUs empty to solve for the cluster that finishes in time',
      'days',
    );
  if (gpus !== undefined) return gpus;
  if (days === undefined)
    throw new InputError('Give the number of GPUs, or target days to solve for it', 'gpus');
  return withFields('days', () => gpusForDays(gpuHours, days));
}

/** Per-token training FLOPs with Kaplan's attention term, when the shape is given (Table 1: 3 × C_forward). */
function kaplanPerToken(
  values: Parameters<CalculatorDef<TrainingComputeResults>['compute']>[0],
  N: number,
) {
  const shape = {
    nLayer: num(values, 'layers'),
    nCtx: num(values, 'ctx'),
    dAttn: num(values, 'dAttn'),
  };
  const given = Object.entries(shape).filter(([, v]) => v !== undefined);
  if (given.length === 0) return {};
  if (given.length < 3) {
    const field =
      shape.nLayer === undefined ? 'layers' : shape.nCtx === undefined ? 'ctx' : 'dAttn';
    throw new InputError(
      'Give layers, context and attention width together for Kaplan’s per-token cost, or none of them',
      field,
    );
  }
  const perToken = trainingFlopsPerToken({
    N,
    nLayer: shape.nLayer!,
    nCtx: shape.nCtx!,
    dAttn: shape.dAttn!,
  });
  return {
    flopsPerTokenKaplan: perToken,
    attentionShare: 1 - (FLOPS_PER_PARAM_PER_TOKEN * N) / perToken,
  };
}

export type TrainingComputeResults = Record<
  | 'flops'
  | 'params'
  | 'tokens'
  | 'pfDays'
  | 'tokensPerParam'
  | 'gpuHours'
  | 'gpus'
  | 'days'
  | 'cost'
  | 'flopsPerToken6N',
  number
> & { flopsPerTokenKaplan?: number; attentionShare?: number };

/** C = 6ND completed from any two, then PF-days, tokens per parameter and the cluster's time and cost. */
export const trainingCompute: CalculatorDef<TrainingComputeResults> = {
  slug: 'training-compute',
  title: 'Training compute',
  params: trainingComputeParams,
  results: [
    { name: 'flops', label: 'Training compute', unit: 'FLOPs', style: 'scientific' },
    {
      name: 'pfDays',
      label: 'PF-days',
      unit: 'PF-days',
      style: 'plain',
      help: '1 PF-day = 8.64 × 10¹⁹ FLOPs',
    },
    { name: 'params', label: 'Parameters', style: 'si' },
    { name: 'tokens', label: 'Tokens', style: 'si' },
    {
      name: 'tokensPerParam',
      label: 'Tokens per parameter',
      style: 'plain',
      help: 'Chinchilla-optimal is about 20',
    },
    { name: 'gpuHours', label: 'GPU-hours', style: 'si' },
    {
      name: 'gpus',
      label: 'GPUs',
      style: 'plain',
      help: 'given, or the fewest that finish in the target days',
    },
    { name: 'days', label: 'Wall-clock', unit: 'days', style: 'plain' },
    { name: 'cost', label: 'Cost', style: 'currency' },
    { name: 'flopsPerToken6N', label: 'Training FLOPs per token, 6N', style: 'scientific' },
    {
      name: 'flopsPerTokenKaplan',
      label: 'Per token with attention',
      style: 'scientific',
      help: '6N + 6·n_layer·n_ctx·d_attn (Kaplan Table 1)',
    },
    {
      name: 'attentionShare',
      label: 'Attention’s share',
      style: 'plain',
      help: 'of the per-token cost, missed by 6N',
    },
  ],
  presets: TRAINING_RUNS.filter((r) => r.id !== 'gopher').map((r) => {
    const shape = findTransformerPreset(SHAPES[r.id] ?? '');
    return {
      id: r.id,
      label: r.name,
      values: {
        N: formatQuantity(r.params, 'si', 6),
        D: formatQuantity(r.tokens, 'si', 6),
        C: '',
        layers: shape ? String(shape.config.nLayer) : '',
        ctx: shape ? String(shape.config.nCtx) : '',
        dAttn: shape
          ? String(
              shape.config.nHeads *
                (shape.config.headDim ?? shape.config.dModel / shape.config.nHeads),
            )
          : '',
        ...(r.reported ? reportedCluster(r.reported, trainingFlops(r.params, r.tokens)) : {}),
      },
      source: r.source,
    };
  }),
  compute(values) {
    const { C, N, D } = solveTrainingCompute({
      C: num(values, 'C'),
      N: num(values, 'N'),
      D: num(values, 'D'),
    });
    const peakFlops = peakFlopsOf(values);
    const cluster = trainingCost({
      flops: C,
      peakFlops,
      mfu: need(values, 'mfu'),
      gpus: gpusFor(values, C / (peakFlops * need(values, 'mfu')) / 3600),
      pricePerGpuHour: need(values, 'price'),
    });
    return {
      gpus: gpusFor(values, cluster.gpuHours),
      flops: C,
      params: N,
      tokens: D,
      pfDays: flopsToPfDays(C),
      tokensPerParam: D / N,
      ...cluster,
      flopsPerToken6N: FLOPS_PER_PARAM_PER_TOKEN * N,
      ...kaplanPerToken(values, N),
    };
  },
};
