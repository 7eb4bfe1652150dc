import { formatQuantity } from '../formatQuantity';
import type { Plan, PlanInput } from '../planRun';
import { CHINCHILLA_TOKENS_PER_PARAM } from '../tokensPerParamRule';

/** One warning on a plan: an id tests can find, and a one-line reason. */
export interface PlanWarning {
  id: 'data-wall' | 'under-trained' | 'no-fit' | 'beyond-fit' | 'mfu';
  text: string;
}

/**
 * Epochs of repeated data that cost almost nothing: "up to 4 epochs of repeated data yields
 * negligible changes to loss compared to having unique data" (Muennighoff et al. 2023, abstract).
 */
export const FREE_EPOCHS = 4;

/** Chinchilla's runs span 70M to 16B parameters (Hoffmann et al. 2022, abstract: "from 70 million to over 16 billion parameters"). */
export const FIT_RANGE = { min: 70e6, max: 16e9 } as const;

/**
 * The highest MFU reported for a large run: 55.2% for a 175B model on 12,288 GPUs (MegaScale,
 * Jiang et al. 2024, abstract). PaLM 540B reached 46.2% (Chowdhery et al. 2022, Table 3) and
 * Llama 3 405B 38–43% (Llama Team 2024, Table 4).
 */
export const MAX_REPORTED_MFU = 0.552;

/**
 * What a plan should be warned about, each with its reason: past the data wall (more than 4 epochs,
 * Muennighoff et al. 2023), under 20 tokens per parameter (Hoffmann et al. 2022, Table 3), no
 * layout that fits memory, a size outside the fit's 70M–16B range, an MFU above what large runs report.
 * @example listPlanWarnings(input, plan).map((w) => w.id) // ['beyond-fit']
 */
export function listPlanWarnings(input: PlanInput, plan: Plan): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  const { model, data, cluster } = plan;
  if (data && data.epochs > FREE_EPOCHS)
    warnings.push({
      id: 'data-wall',
      text: `Past the data wall: ${data.epochs.toPrecision(3)} epochs of the unique data. Up to ${FREE_EPOCHS} epochs repeats are nearly as good as fresh tokens; beyond, each is worth less, so the ${formatQuantity(model.tokens, 'si')} tokens count as ${formatQuantity(data.effectiveTokens, 'si')} (Muennighoff et al. 2023).`,
    });
  if (model.tokensPerParam < CHINCHILLA_TOKENS_PER_PARAM)
    warnings.push({
      id: 'under-trained',
      text: `Fewer than ${CHINCHILLA_TOKENS_PER_PARAM} tokens per parameter (${model.tokensPerParam.toPrecision(3)}): below the ${CHINCHILLA_TOKENS_PER_PARAM} of Chinchilla’s Table 3${model.optimal ? '' : ', though it is this law’s own optimum'}. Laws disagree here; by Table 3 a smaller model on more data would reach a lower loss.`,
    });
  if (!cluster.layout.memory.fits)
    warnings.push({
      id: 'no-fit',
      text: `Does not fit any layout: even with tp ${cluster.layout.tp} and pp ${cluster.layout.pp} a GPU needs ${formatQuantity(cluster.layout.memory.totalPerGpu, 'bytes')} of its ${formatQuantity(cluster.layout.memory.gpuMemory, 'bytes')}. Try ZeRO-3, full recomputation or a shorter sequence.`,
    });
  if (model.params > FIT_RANGE.max || model.params < FIT_RANGE.min)
    warnings.push({
      id: 'beyond-fit',
      text: `Beyond the fit’s range: Chinchilla’s runs span ${formatQuantity(FIT_RANGE.min, 'si')} to ${formatQuantity(FIT_RANGE.max, 'si')} parameters, so ${formatQuantity(model.params, 'si')} is an extrapolation.`,
    });
  if (input.mfu > MAX_REPORTED_MFU)
    warnings.push({
      id: 'mfu',
      text: `MFU ${input.mfu} is above what large runs report (at most ${MAX_REPORTED_MFU}, MegaScale; Llama 3 405B reached 0.38–0.43): the time and cost are likely optimistic.`,
    });
  return warnings;
}
