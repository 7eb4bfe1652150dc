import { computeQualityWeightedTokens } from '../../qualityWeightedTokens';
import { type Values, formatList, listOf, listParam, problemLine, tryInputs } from '../helpers';
import type { ExerciseDef } from '../types';

const effective = (v: Values) =>
  tryInputs(() => computeQualityWeightedTokens(listOf(v, 'tokens'), listOf(v, 'quality')));

/** Planning track, exercise 6: quality-weighted tokens Σ tokensᵢ·qualityᵢ of a data mix. */
export const effectiveTokensExercise: ExerciseDef = {
  id: 'planning/06-effective-tokens',
  track: 'planning',
  title: 'Effective tokens',
  difficulty: 1,
  params: [
    listParam('tokens', 'Tokens per source', 'billion tokens', '100,200,50', {
      minItems: 1,
      minExclusive: false,
    }),
    listParam('quality', 'Quality weight per source', '', '1.2,0.7,1.5', {
      minItems: 1,
      minExclusive: false,
    }),
  ],
  givens: (v) => {
    const sum = effective(v);
    return [
      { label: 'Tokens per source (billions)', value: formatList(listOf(v, 'tokens')) },
      { label: 'Quality weights', value: formatList(listOf(v, 'quality')) },
      ...(sum.ok ? [] : [problemLine(sum.message)]),
    ];
  },
  answers: [
    {
      kind: 'number',
      name: 'effective',
      label: 'Effective tokens',
      unit: 'billion tokens',
      style: 'plain',
      tolerance: { rel: 0.005 },
    },
    {
      kind: 'number',
      name: 'perRaw',
      label: 'Effective tokens per raw token',
      style: 'plain',
      tolerance: { abs: 0.005 },
    },
  ],
  solve: (v) => {
    const sum = effective(v);
    const raw = listOf(v, 'tokens').reduce((a, b) => a + b, 0);
    return sum.ok
      ? { effective: sum.value, perRaw: sum.value / raw }
      : { effective: NaN, perRaw: NaN };
  },
  hints: [
    'Multiply each source’s tokens by its weight, then add.',
    'Divide by the raw total to see whether the mix is worth more or less than its size.',
  ],
};
