import type { Recompute } from './activationMemory';
import { allocateForServing } from './allocateForServing';
import { type Allocation, type OptimalFit, allocate } from './calculators/chinchillaOptimal';
import { predictChinchillaLoss } from './chinchillaLoss';
import { withFields } from './calculator';
import { chooseLayout } from './chooseLayout';
import { flopsToPfDays } from './computeUnits';
import { computeEffectiveData } from './dataConstrained';
import { type DesignedDecoder, designDecoder } from './designDecoder';
import { computeDollarsPerFlop } from './dollarsPerFlop';
import { InputError } from './errors';
import { gpusForDays } from './gpusForDays';
import type { Gpu } from './hardware';
import { type ZeroStage, bytesPerParam } from './modelStateMemory';
import { allocateByTokensPerParam } from './tokensPerParamRule';
import { trainingCost } from './trainingCost';
import { trainingFlops } from './trainingFlops';

/** Everything the planner is asked: a budget, a law, the data, the architecture and the cluster. */
export interface PlanInput {
  /** Exactly one: FLOPs, dollars (at the cluster's price, peak and MFU), or a model size. */
  budget: { C: number } | { dollars: number } | { N: number };
  fit: OptimalFit;
  /** Train past the optimum on purpose: D = r·N. */
  tokensPerParam?: number | undefined;
  /** Lifetime inference tokens: Sardana et al. 2023's inference-aware optimum. */
  served?: number | undefined;
  /** Unique tokens available: repeats cost what Muennighoff et al. 2023 say. */
  unique?: number | undefined;
  moe?: { experts: number; topK: number } | undefined;
  gpu: Gpu;
  mfu: number;
  price: number;
  days: number;
  zero: ZeroStage;
  recompute: Recompute;
  seq: number;
}

/** The model the budget buys before any cluster is chosen. */
export interface PlannedModel extends Allocation {
  /** The compute-optimal model of the same law and budget, when the plan moved away from it. */
  optimal?: { params: number; tokens: number };
}

/** The budget field an error about the budget belongs on. */
const budgetField = (budget: PlanInput['budget']) =>
  'C' in budget ? 'C' : 'dollars' in budget ? 'dollars' : 'N';

/** Compute-optimal by the fit, or over-trained (tokensPerParam), or inference-aware (served). */
function planModel(input: PlanInput, C: number | undefined): PlannedModel {
  const { fit, tokensPerParam: r, served } = input;
  if (r !== undefined && served !== undefined && served > 0)
    throw new InputError(
      'Give tokens per parameter or lifetime demand, not both: each sets how far past the optimum to train',
      'tokensPerParam',
    );
  const given = C === undefined ? { N: (input.budget as { N: number }).N } : { C };
  const optimal = allocate(fit, given);
  const lossAt = (N: number, D: number) =>
    fit === 'tokens20' ? undefined : predictChinchillaLoss(N, D, fit);
  if (r !== undefined) {
    const { params, tokens } =
      C === undefined
        ? { params: optimal.params, tokens: r * optimal.params }
        : allocateByTokensPerParam(C, r);
    const loss = lossAt(params, tokens);
    return {
      params,
      tokens,
      tokensPerParam: tokens / params,
      flops: trainingFlops(params, tokens),
      ...(loss === undefined ? {} : { loss }),
      optimal: { params: optimal.params, tokens: optimal.tokens },
    };
  }
  if (served !== undefined && served > 0 && C !== undefined) {
    if (fit === 'tokens20')
      throw new InputError(
        'The inference-aware rule holds the loss fixed, so it needs a fit that predicts loss: choose Hoffmann’s or Epoch’s',
        'served',
      );
    const s = allocateForServing(C, served, fit);
    return {
      params: s.params,
      tokens: s.tokens,
      tokensPerParam: s.tokens / s.params,
      flops: s.trainingFlops,
      loss: s.loss,
      optimal: { params: optimal.params, tokens: optimal.tokens },
    };
  }
  return optimal;
}

/** The plan: model, shape, data, cluster and serving, each from the library the calculators use. */
export interface Plan {
  model: PlannedModel;
  budgetFlops: number;
  pfDays: number;
  design: DesignedDecoder;
  data?: { unique: number; epochs: number; effectiveTokens: number; lossWithRepeats?: number };
  cluster: {
    gpuHours: number;
    gpusForTime: number;
    days: number;
    cost: number;
    layout: ReturnType<typeof chooseLayout>;
  };
  serving: { flopsPerToken: number; costPerMillionTokens: number; lifetimeCost?: number };
}

/** The smallest model the shape rule builds: two layers of width 64 hold about 10⁵ parameters. */
const MIN_PLAN_PARAMS = 1e5;

/**
 * Plans a training run end to end: the budget in FLOPs (dollars → C = $/price·3600·peak·MFU), the
 * model (`allocate`, `allocateByTokensPerParam` or `allocateForServing`), its shape
 * (`designDecoder`), GPU-hours and cost (`trainingCost`), the cluster (`gpusForDays`,
 * `chooseLayout`), the data (`computeEffectiveData`) and serving (2N FLOPs per token, Kaplan et
 * al. 2020 Sec. 2.1). Throws an InputError naming the field at fault.
 * @example planRun({ budget: { C: 5.76e23 }, fit: 'tokens20', … }).model.params // ≈ 69.3e9
 */
export function planRun(input: PlanInput): Plan {
  const field = budgetField(input.budget);
  const perFlop = computeDollarsPerFlop(input.gpu.peakFlops, input.mfu, input.price);
  let C: number | undefined;
  if ('C' in input.budget) C = input.budget.C;
  else if ('dollars' in input.budget) {
    if (!(input.price > 0))
      throw new InputError('A dollar budget needs a price above $0 per GPU-hour', 'price');
    C = input.budget.dollars / perFlop;
  }
  const model = withFields({ C: field, N: field }, () => planModel(input, C));
  if (model.params < MIN_PLAN_PARAMS)
    throw new InputError(
      `This budget buys ${model.params.toPrecision(3)} parameters: too small for a transformer of two layers of width 64 (about 10⁵)`,
      field,
    );
  if (model.tokens < input.seq)
    throw new InputError(
      `This budget trains on ${Math.floor(model.tokens)} tokens: less than one ${input.seq}-token sequence, so not one step`,
      field,
    );
  const design = designDecoder(model.params, input.moe);
  const run = trainingCost({
    flops: model.flops,
    peakFlops: input.gpu.peakFlops,
    mfu: input.mfu,
    gpus: 1,
    pricePerGpuHour: input.price,
  });
  const gpusForTime = gpusForDays(run.gpuHours, input.days);
  const layout = chooseLayout({
    params: design.total,
    bytes: bytesPerParam('bf16', 'adamw'),
    zero: input.zero,
    config: design.config,
    seq: input.seq,
    recompute: input.recompute,
    gpuMemory: input.gpu.memoryBytes,
    gpusForTime,
  });
  const serveFlops = 2 * model.params;
  const served = input.served ?? 0;
  return {
    model,
    budgetFlops: C ?? model.flops,
    pfDays: flopsToPfDays(model.flops),
    design,
    ...(input.unique === undefined ? {} : { data: planData(input, model) }),
    cluster: {
      gpuHours: run.gpuHours,
      gpusForTime,
      days: run.gpuHours / layout.gpus / 24,
      cost: run.cost,
      layout,
    },
    serving: {
      flopsPerToken: serveFlops,
      costPerMillionTokens: 1e6 * serveFlops * perFlop,
      ...(input.served === undefined
        ? {}
        : { lifetimeCost: run.cost + served * serveFlops * perFlop }),
    },
  };
}

/** Epochs over the unique tokens and what the repeats are worth (Muennighoff et al. 2023). */
function planData(input: PlanInput, model: PlannedModel): NonNullable<Plan['data']> {
  const unique = input.unique!;
  const epochs = model.tokens / unique;
  if (epochs <= 1) return { unique, epochs, effectiveTokens: model.tokens };
  const effectiveTokens = computeEffectiveData(model.tokens, unique);
  const lossWithRepeats =
    input.fit === 'tokens20'
      ? undefined
      : predictChinchillaLoss(model.params, effectiveTokens, input.fit);
  return {
    unique,
    epochs,
    effectiveTokens,
    ...(lossWithRepeats === undefined ? {} : { lossWithRepeats }),
  };
}
