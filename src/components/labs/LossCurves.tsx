import type { SweepRun } from '../../lib/labs/sweepResults';
import { lineChartOptions } from '../../charts/lineChart';
import PlotFigure from '../PlotFigure';
import type { LiveRun } from './createTrainingRunner';

/** Training loss against tokens seen, one line per run (finished ones and the one training). */
export default function LossCurves(props: {
  runs: readonly Pick<SweepRun, 'name' | 'curve'>[];
  live?: LiveRun | undefined;
  caption?: string;
  height?: number;
}) {
  const curves = () => {
    const all = props.live ? [...props.runs, props.live] : props.runs;
    return all.map((r) => ({
      name: r.name,
      points: r.curve.map((c) => ({ x: c.tokens, y: c.loss })),
    }));
  };
  return (
    <PlotFigure
      caption={props.caption ?? 'Training loss against tokens seen, one curve per model (log-log)'}
      options={(ctx) =>
        curves().some((c) => c.points.length > 0)
          ? lineChartOptions(ctx, {
              x: { label: 'Tokens seen', log: true },
              y: { label: 'Training loss (nats/token)', log: true },
              series: curves(),
            })
          : undefined
      }
      fallback={
        <p>
          {curves()
            .map((c) => `${c.name}: ${c.points.at(-1)?.y.toFixed(3) ?? '–'}`)
            .join('; ') || 'No runs yet.'}
        </p>
      }
      height={props.height ?? 260}
    />
  );
}
