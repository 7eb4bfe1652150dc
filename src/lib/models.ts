/** A published training run: its parameter count and training tokens, with where they are printed. */
export interface TrainingRun {
  id: string;
  name: string;
  /** Parameters, N. */
  params: number;
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
];

/**
 * Looks a training run up by id; undefined when unknown.
 * @example findTrainingRun('chinchilla')?.tokens // 1.4e12
 */
export function findTrainingRun(id: string): TrainingRun | undefined {
  return TRAINING_RUNS.find((run) => run.id === id);
}
