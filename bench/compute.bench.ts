import { trainingCompute } from '../src/lib/calculators/trainingCompute';
import { formatQuantity } from '../src/lib/formatQuantity';
import { parseParams, readParams } from '../src/lib/paramTable';
import { parseQuantity } from '../src/lib/parseQuantity';
import { trainingFlops } from '../src/lib/trainingFlops';
import { microsPerCall } from './timing';

/** Closed-form costs: what one keystroke in the training-compute calculator costs. */
export async function run(): Promise<void> {
  const query = new URLSearchParams('N=174.6e9&D=300e9&gpu=a100&mfu=0.4&gpus=1024&price=2');
  const rows: [string, number][] = [
    ['trainingFlops(N, D)', microsPerCall(() => trainingFlops(174.6e9, 300e9))],
    ['parseQuantity("1.4T")', microsPerCall(() => parseQuantity('1.4T'))],
    [
      'formatQuantity(3.14e23, scientific)',
      microsPerCall(() => formatQuantity(3.1428e23, 'scientific')),
    ],
    [
      'training-compute: read URL + parse + compute',
      microsPerCall(() =>
        trainingCompute.compute(
          parseParams(trainingCompute.params, readParams(trainingCompute.params, query)).values,
        ),
      ),
    ],
  ];
  for (const [name, us] of rows)
    console.log(`${name.padEnd(48)} ${us.toFixed(3).padStart(9)} µs/call`);
}
