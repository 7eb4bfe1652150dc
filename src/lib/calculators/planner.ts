import type { Recompute } from '../activationMemory';
import { type CalculatorDef, need, num } from '../calculator';
import { InputError } from '../errors';
import { findGpu } from '../hardware';
import { findTrainingRun } from '../models';
import type { ZeroStage } from '../modelStateMemory';
import { type PlanInput, planRun } from '../planRun';
import { formatQuantity } from '../formatQuantity';
import { trainingFlops } from '../trainingFlops';
import type { OptimalFit } from './chinchillaOptimal';
import { type PlanWarning, listPlanWarnings } from './plannerWarnings';
import { plannerParams } from './plannerParams';
import { PLANNER_RESULTS } from './plannerResults';

export { plannerParams } from './plannerParams';

/** The planner's numbers (each in [data-result]), its warnings and the notes on fields. */
export type PlannerResults = Record<string, unknown> & {
  warnings: PlanWarning[];
  /** Informational messages on a field (not errors): e.g. unique tokens that cover the run. */
  notes: Record<string, string>;
  fit: OptimalFit;
  /** The real run to compare with, when one is chosen. */
  real?: { name: string; params: number; tokens: number; flops: number; text: string };
};

type Values = Parameters<CalculatorDef<PlannerResults>['compute']>[0];

/** The budget the link gives: exactly one of C, dollars and N. */
function budgetOf(values: Values): PlanInput['budget'] {
  const given = (['C', 'dollars', 'N'] as const).filter((k) => num(values, k) !== undefined);
  if (given.length === 0)
    throw new InputError('Give a budget: FLOPs (C), dollars, or a model size (N)', 'C');
  if (given.length > 1)
    throw new InputError(
      `Give one budget, not ${given.join(' and ')}: clear all but one`,
      given[given.length - 1]!,
    );
  const k = given[0]!;
  return k === 'C'
    ? { C: need(values, 'C') }
    : k === 'dollars'
      ? { dollars: need(values, 'dollars') }
      : { N: need(values, 'N') };
}

/** Reads the parsed values into a PlanInput. */
export function readPlanInput(values: Values): PlanInput {
  const gpu = findGpu(String(values['gpu']));
  if (!gpu) throw new InputError(`Unknown GPU ${String(values['gpu'])}`, 'gpu');
  return {
    budget: budgetOf(values),
    fit: String(values['fit']) as OptimalFit,
    tokensPerParam: num(values, 'tokensPerParam'),
    served: num(values, 'served'),
    unique: num(values, 'unique'),
    moe:
      values['arch'] === 'moe'
        ? { experts: need(values, 'experts'), topK: need(values, 'topK') }
        : undefined,
    gpu,
    mfu: need(values, 'mfu'),
    price: need(values, 'price'),
    days: need(values, 'days'),
    zero: Number(values['zero']) as ZeroStage,
    recompute: String(values['recompute']) as Recompute,
    seq: need(values, 'seq'),
  };
}

/** /planner/: from a budget to a trained, served model, every number from the calculators' library. */
export const planner: CalculatorDef<PlannerResults> = {
  slug: 'planner',
  title: 'Planner',
  params: plannerParams,
  results: PLANNER_RESULTS,
  presets: [
    {
      id: 'chinchilla',
      label: 'Chinchilla',
      values: {
        C: trainingFlops(70e9, 1.4e12).toExponential(3),
        dollars: '',
        N: '',
        tokensPerParam: '',
        served: '',
        arch: 'dense',
        gpu: 'a100',
        seq: '2048',
        compare: 'chinchilla',
      },
      source:
        'Hoffmann et al. 2022: 70B parameters on 1.4T tokens, context 2,048 (Table 4; Sec. 4.1). It trained on TPUv3/v4, which the GPU table lacks: A100s stand in',
    },
    {
      id: 'llama3-405b',
      label: 'Llama 3 405B',
      values: {
        C: trainingFlops(405e9, 15.6e12).toExponential(3),
        dollars: '',
        N: '',
        tokensPerParam: (15.6e12 / 405e9).toFixed(2),
        served: '',
        arch: 'dense',
        gpu: 'h100',
        mfu: '0.4',
        seq: '8192',
        compare: 'llama3-405b',
      },
      source:
        'Llama Team 2024: 405B parameters on 15.6T tokens (about 38.5 per parameter), up to 16K H100s at 38–43% MFU (Table 4), context 8,192',
    },
    {
      id: 'deepseek-v3',
      label: 'DeepSeek-V3 (MoE)',
      values: {
        C: trainingFlops(37e9, 14.8e12).toExponential(3),
        dollars: '',
        N: '',
        tokensPerParam: '400',
        served: '',
        arch: 'moe',
        experts: '256',
        topK: '8',
        gpu: 'h800',
        mfu: '0.33',
        days: '57',
        seq: '4096',
        compare: 'deepseek-v3',
      },
      source:
        'DeepSeek-AI 2024: 37B active of 671B parameters, 256 routed experts with 8 per token, 14.8T tokens (Sec. 4.2), 2.788M H800 GPU-hours on 2,048 GPUs (Table 1), which at 6ND is about 33% MFU',
    },
  ],
  compute(values) {
    const input = readPlanInput(values);
    const plan = planRun(input);
    const { model, design, cluster, serving, data } = plan;
    const layout = cluster.layout;
    const run =
      values['compare'] === 'none' ? undefined : findTrainingRun(String(values['compare']));
    const notes: Record<string, string> = {};
    if ('N' in input.budget && (input.served ?? 0) > 0)
      notes['served'] =
        'With a model size as the budget the size is fixed: the demand sets the lifetime cost only.';
    if (data && data.epochs <= 1)
      notes['unique'] =
        `No repeats: ${formatQuantity(data.unique, 'si')} unique tokens cover all ${formatQuantity(model.tokens, 'si')} the run trains on.`;
    return {
      params: model.params,
      tokens: model.tokens,
      tokensPerParam: model.tokensPerParam,
      ...(model.loss === undefined ? {} : { loss: model.loss }),
      flops: model.flops,
      pfDays: plan.pfDays,
      budgetFlops: plan.budgetFlops,
      ...(model.optimal
        ? { optimalParams: model.optimal.params, optimalTokens: model.optimal.tokens }
        : {}),
      layers: design.config.nLayer,
      dModel: design.config.dModel,
      heads: design.config.nHeads,
      headDim: design.config.headDim!,
      dFf: design.config.dFf,
      vocab: design.config.nVocab,
      params12LD2: design.params12LD2,
      shapeNonEmbedding: design.activeNonEmbedding,
      totalParams: design.total,
      gpuHours: cluster.gpuHours,
      gpus: layout.gpus,
      gpusForTime: cluster.gpusForTime,
      days: cluster.days,
      cost: cluster.cost,
      tp: layout.tp,
      pp: layout.pp,
      dp: layout.dp,
      memoryPerGpu: layout.memory.totalPerGpu,
      gpuMemory: layout.memory.gpuMemory,
      fits: layout.memory.fits,
      ...(data
        ? {
            epochs: data.epochs,
            effectiveTokens: data.effectiveTokens,
            ...(data.lossWithRepeats === undefined
              ? {}
              : { lossWithRepeats: data.lossWithRepeats }),
          }
        : {}),
      servingFlopsPerToken: serving.flopsPerToken,
      servingCostPerMillionTokens: serving.costPerMillionTokens,
      ...(serving.lifetimeCost === undefined ? {} : { lifetimeCost: serving.lifetimeCost }),
      warnings: listPlanWarnings(input, plan),
      notes,
      fit: input.fit,
      ...(run
        ? {
            real: {
              name: run.name,
              params: run.params,
              tokens: run.tokens,
              flops: trainingFlops(run.params, run.tokens),
              text: `${run.name} trained ${formatQuantity(run.params, 'si')} parameters on ${formatQuantity(run.tokens, 'si')} tokens (${(run.tokens / run.params).toPrecision(3)} per parameter, ${formatQuantity(trainingFlops(run.params, run.tokens), 'scientific')} FLOPs). This plan trains ${formatQuantity(model.params, 'si')} on ${formatQuantity(model.tokens, 'si')}: the real model is ${(run.params / model.params).toPrecision(3)}× the planned size.`,
            },
          }
        : {}),
    };
  },
};
