import { formatQuantity } from '../../formatQuantity';
import { bytesPerParam, modelStateBytes } from '../../modelStateMemory';
import { quantityParam } from '../../paramTable';
import { numberOf } from '../helpers';
import type { ExerciseDef } from '../types';

const STAGES = [0, 1, 2, 3] as const;

/** Model states per GPU at each ZeRO stage for N parameters on `gpus` GPUs, mixed-precision Adam (Rajbhandari et al. 2020, Sec. 3.1). */
export function zeroStageBytes(N: number, gpus: number): number[] {
  return STAGES.map(
    (zero) =>
      modelStateBytes(N, bytesPerParam('bf16', 'adamw'), { dp: gpus, tp: 1, pp: 1, zero }).total,
  );
}

/** Planning track, exercise 11: the smallest ZeRO stage whose model states fit (ZeRO Fig. 1). */
export const zeroStageExercise: ExerciseDef = {
  id: 'planning/11-zero-stage',
  track: 'planning',
  title: 'Which ZeRO stage fits?',
  difficulty: 2,
  params: [
    quantityParam('N', 'Parameters', 'parameters', '7.5e9', { max: 1e15 }),
    quantityParam('gpus', 'Data-parallel GPUs', 'GPUs', '64', {
      min: 1,
      minExclusive: false,
      integer: true,
      max: 1e6,
    }),
    quantityParam('memory', 'Memory per GPU', 'GB (10⁹ bytes)', '32', { max: 1e4 }),
  ],
  givens: (v) => [
    { label: 'Parameters Ψ', value: formatQuantity(numberOf(v, 'N'), 'si', 4) },
    { label: 'Data-parallel GPUs N_d', value: formatQuantity(numberOf(v, 'gpus'), 'plain') },
    { label: 'Memory per GPU', value: `${formatQuantity(numberOf(v, 'memory'), 'plain')} GB` },
    { label: 'Training', value: 'mixed-precision Adam: 2 + 2 + 12 bytes per parameter' },
  ],
  answers: [
    {
      kind: 'number',
      name: 'stage1',
      label: 'Model states per GPU at ZeRO stage 1',
      unit: 'GB',
      style: 'plain',
      tolerance: { rel: 0.02 },
    },
    {
      kind: 'choice',
      name: 'stage',
      label: 'The smallest stage at which the model states fit',
      options: [
        { value: '0', label: 'Stage 0 (plain data parallelism)' },
        { value: '1', label: 'Stage 1' },
        { value: '2', label: 'Stage 2' },
        { value: '3', label: 'Stage 3' },
        { value: 'none', label: 'None: more GPUs are needed' },
      ],
    },
  ],
  solve: (v) => {
    const bytes = zeroStageBytes(numberOf(v, 'N'), numberOf(v, 'gpus'));
    const memory = numberOf(v, 'memory') * 1e9;
    const stage = bytes.findIndex((b) => b <= memory);
    return { stage1: bytes[1]! / 1e9, stage: stage < 0 ? 'none' : String(stage) };
  },
  hints: [
    'Stage 0 keeps all 16 bytes per parameter on every GPU.',
    'Stage 1 shards the 12 bytes of optimizer state: 2Ψ + 2Ψ + 12Ψ/N_d.',
    'Stage 2 also shards the gradients (2Ψ + 14Ψ/N_d); stage 3 everything (16Ψ/N_d).',
  ],
};
