import { num } from '../calculator';
import { flopsToPfDays } from '../computeUnits';
import { formatQuantity } from '../formatQuantity';
import type { ParamTable } from '../paramTable';
import { tokensFromFlops, trainingFlops } from '../trainingFlops';
import type { ExerciseDef } from './types';

const POSITIVE = { min: 0, minExclusive: true } as const;
const q = (name: string, label: string, unit: string, value: string): ParamTable[number] => ({ kind: 'quantity', name, label, unit, default: value, ...POSITIVE });
const n = (values: Parameters<ExerciseDef['solve']>[0], name: string) => num(values, name) ?? NaN;

/** Planning track, exercise 2: training FLOPs from C = 6ND (Kaplan et al. 2020, Sec. 2.1). */
export const trainingFlopsExercise: ExerciseDef = {
  id: 'planning/02-training-flops',
  track: 'planning',
  title: 'Training FLOPs',
  difficulty: 1,
  params: [q('N', 'Parameters', 'parameters', '3e9'), q('D', 'Training tokens', 'tokens', '100e9')],
  givens: (v) => [
    { label: 'Parameters N', value: formatQuantity(n(v, 'N'), 'si', 4) },
    { label: 'Training tokens D', value: formatQuantity(n(v, 'D'), 'si', 4) },
  ],
  answers: [
    { kind: 'number', name: 'C', label: 'Training compute C', unit: 'FLOPs', style: 'scientific', tolerance: { rel: 0.01 } },
    { kind: 'number', name: 'pfDays', label: 'The same in PF-days', unit: 'PF-days', style: 'plain', tolerance: { rel: 0.01 } },
  ],
  solve: (v) => {
    const C = trainingFlops(n(v, 'N'), n(v, 'D'));
    return { C, pfDays: flopsToPfDays(C) };
  },
  hints: [
    'Each parameter costs 2 FLOPs per token forward and 4 backward.',
    'Multiply 6 by N and by D; keep the powers of ten apart: 6 × 3 × 1 and 10⁹ × 10¹¹.',
    'A PF-day is 10¹⁵ FLOP/s for 86,400 seconds: divide C by 8.64 × 10¹⁹.',
  ],
};

/** Planning track, exercise 3: the token budget a compute budget allows, D = C / 6N. */
export const tokensFromComputeExercise: ExerciseDef = {
  id: 'planning/03-tokens-from-compute',
  track: 'planning',
  title: 'Tokens from compute',
  difficulty: 1,
  params: [q('C', 'Compute budget', 'FLOPs', '9e21'), q('N', 'Parameters', 'parameters', '1.5e9')],
  givens: (v) => [
    { label: 'Compute budget C', value: `${formatQuantity(n(v, 'C'), 'scientific', 4)} FLOPs` },
    { label: 'Parameters N', value: formatQuantity(n(v, 'N'), 'si', 4) },
  ],
  answers: [
    { kind: 'number', name: 'D', label: 'Training tokens D', unit: 'tokens', style: 'si', tolerance: { rel: 0.01 } },
    { kind: 'number', name: 'ratio', label: 'Tokens per parameter', style: 'plain', tolerance: { rel: 0.01 } },
  ],
  solve: (v) => {
    const D = tokensFromFlops(n(v, 'C'), n(v, 'N'));
    return { D, ratio: D / n(v, 'N') };
  },
  hints: ['Start from C = 6ND and solve for D.', 'D = C / (6N): divide the budget by six times the parameter count.'],
};
