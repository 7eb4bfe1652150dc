import { For, Show } from 'solid-js';
import type { Outcome } from '../../lib/calculator';
import {
  THREE_APPROACHES_RESULTS,
  type ThreeApproachesResults,
  threeApproachesParams,
} from '../../lib/labs/threeApproaches';
import CalculatorForm from '../CalculatorForm';
import CopyLink from '../CopyLink';
import ResultCard from '../ResultCard';
import UrlNotices from '../UrlNotices';
import { createUrlState } from '../createUrlState';
import { createFitWorkerCall } from './createFitWorkerCall';

const show = (a: number | null) => (a === null ? 'no fit' : a.toFixed(4));

/** /labs/three-approaches/: simulates a study from a known law in a worker and recovers a three ways. */
export default function ThreeApproachesLab() {
  const state = createUrlState(threeApproachesParams);
  const { call, errors, results } = createFitWorkerCall<ThreeApproachesResults>(
    state,
    async (api, raw) => (await api.threeApproaches(raw)) as Outcome<ThreeApproachesResults>,
    'The study failed',
  );
  return (
    <div
      class="sl-calc not-content"
      data-lab="three-approaches"
      data-ready={state.ready() && !call.pending() && call.settled() ? 'true' : undefined}
      aria-busy={call.pending() ? 'true' : 'false'}
    >
      <UrlNotices notices={state.notices()} />
      <CalculatorForm
        params={threeApproachesParams}
        presets={[]}
        raw={state.raw()}
        errorFor={(name) => errors()[name]}
        setField={state.setField}
        setMany={state.setMany}
      />
      <Show when={errors()['_']}>
        <p class="sl-field__msg sl-form-error" role="alert" data-error-for="_">
          {errors()['_']}
        </p>
      </Show>
      <ResultCard
        specs={THREE_APPROACHES_RESULTS}
        results={results()}
        message={
          call.pending()
            ? 'Simulating the study and fitting it three ways…'
            : 'Fix the highlighted input to see the study.'
        }
      />
      <CopyLink />
      <Show when={results()}>
        {(r) => (
          <div
            class="sl-table-scroll"
            tabIndex={0}
            role="region"
            aria-label="Gaps by noise and runs"
          >
            <table data-gaps>
              <caption>
                Recovered a minus the true {r().aTrue.toFixed(4)}, same seed, one setting changed
              </caption>
              <thead>
                <tr>
                  <th scope="col">Noise</th>
                  <th scope="col">Runs per budget</th>
                  <th scope="col">Approach 1</th>
                  <th scope="col">Approach 2</th>
                  <th scope="col">Approach 3</th>
                </tr>
              </thead>
              <tbody>
                <For each={r().gaps}>
                  {(g) => (
                    <tr>
                      <td>{g.noise}</td>
                      <td>{g.perBudget}</td>
                      <For each={[g.a1, g.a2, g.a3]}>
                        {(a) => <td>{a === null ? show(a) : (a - r().aTrue).toFixed(4)}</td>}
                      </For>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </div>
        )}
      </Show>
    </div>
  );
}
