/** A published training run: its parameter count and training tokens, with where they are printed. */
export interface TrainingRun {
  id: string;
  name: string;
  /** Parameters, N; for a mixture of experts the active ones, which compute counts (6·N_active·D). */
  params: number;
  /** A mixture of experts' total parameters, which memory holds; absent for a dense model. */
  totalParams?: number;
  /** The cluster the report names: GPU id, GPU count, GPU-hours and the price it assumes ($ per GPU-hour). */
  reported?: { gpu: string; gpus: number; gpuHours: number; pricePerGpuHour: number };
  /** Training tokens, D. */
  tokens: number;
  source: string;
}

/** Real models as their papers report them; used for presets and for placing models on charts. */
export const TRAINING_RUNS: readonly TrainingRun[] = [
  {
    id: 'gpt3',
    name: 'GPT-3 175B',
    params: 175e9,
    tokens: 300e9,
    source: 'Brown et al. 2020, Table 2.1 (300B tokens for every size)',
  },
  {
    id: 'gopher',
    name: 'Gopher 280B',
    params: 280e9,
    tokens: 300e9,
    source: 'Hoffmann et al. 2022, Table 1',
  },
  {
    id: 'chinchilla',
    name: 'Chinchilla 70B',
    params: 70e9,
    tokens: 1.4e12,
    source: 'Hoffmann et al. 2022, Table 1 and Sec. 4.1',
  },
  {
    id: 'llama3-405b',
    name: 'Llama 3 405B',
    params: 405e9,
    tokens: 15.6e12,
    source: 'Llama Team 2024, The Llama 3 Herd of Models, Sec. 3 (3.8e25 FLOPs on 15.6T tokens)',
  },
  {
    id: 'deepseek-v3',
    name: 'DeepSeek-V3 (37B active of 671B)',
    params: 37e9,
    totalParams: 671e9,
    tokens: 14.8e12,
    reported: { gpu: 'h800', gpus: 2048, gpuHours: 2.788e6, pricePerGpuHour: 2 },
    source:
      'DeepSeek-AI 2024, DeepSeek-V3 Technical Report, Sec. 1 and Table 1 (671B parameters, 37B activated, 14.8T tokens, 2.788M H800 GPU-hours)',
  },
];

/**
 * Looks a training run up by id; undefined when unknown.
 * @example findTrainingRun('chinchilla')?.tokens // 1.4e12
 */
export function findTrainingRun(id: string): TrainingRun | undefined {
  return TRAINING_RUNS.find((run) => run.id === id);
}
