// Training throughput of the lab's ladder per tfjs backend available in Node (cpu, wasm):
// ms per step, tokens/s and achieved FLOP/s, next to a 512³ matrix multiply on the same backend.
// Benchmarks print numbers; they never pass or fail on timing.
import { register } from 'node:module';

// tfjs-core's ESM gradient files import './gradients/Abs_grad' without an extension, which plain
// Node rejects (STACK-NOTES); Vite and Vitest resolve it. This hook adds the '.js' for files
// inside @tensorflow only, before the training modules are loaded dynamically below.
const RESOLVE_HOOK = `export async function resolve(specifier, context, next) {
  try { return await next(specifier, context); } catch (error) {
    if (/^\\.\\.?\\//.test(specifier) && context.parentURL && context.parentURL.includes('/@tensorflow/')) {
      try { return await next(specifier + '.js', context); } catch { return await next(specifier + '/index.js', context); }
    }
    throw error;
  }
}`;

/** Median of the wall times of `runs` awaited calls of `fn`, in ms, after one warm-up call. */
async function medianMs(fn: () => Promise<void>, runs: number): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const fmt = (x: number) => (x >= 1e9 ? `${(x / 1e9).toFixed(2)} G` : `${(x / 1e6).toFixed(0)} M`);

/** Prints the table for each backend. */
export async function run(): Promise<void> {
  register(`data:text/javascript,${encodeURIComponent(RESOLVE_HOOK)}`);
  const tf = await import('@tensorflow/tfjs-core');
  await import('@tensorflow/tfjs-backend-cpu');
  await import('@tensorflow/tfjs-backend-wasm');
  const { DEFAULT_LADDER, HELD_OUT_RUN } = await import('../src/training/config');
  const { createModel, disposeModel, trainableVariables, listWeights, summariseWeights } = await import('../src/training/model');
  const { createAdamW, disposeAdamW } = await import('../src/training/adamw');
  const { trainStep } = await import('../src/training/trainLoop');
  const { makeBatchSampler } = await import('../src/training/data');
  const { makeRng } = await import('../src/training/random');
  const ladder = [...DEFAULT_LADDER, HELD_OUT_RUN];

  for (const backend of ['wasm', 'cpu'] as const) {
    if (!(await tf.setBackend(backend))) continue;
    await tf.ready();
    const a = tf.randomNormal([512, 512]);
    const mmMs = await medianMs(async () => {
      const c = tf.matMul(a, a);
      await c.data();
      c.dispose();
    }, 9);
    a.dispose();
    const ceiling = (2 * 512 ** 3) / (mmMs / 1000);
    console.log(`\n### ${backend}: matMul 512×512×512 ${mmMs.toFixed(1)} ms = ${fmt(ceiling)}FLOP/s (the practical ceiling)`);
    console.log('model  N (non-emb)  ms/step  tokens/s  6N FLOP/s  (% ceil)  +attn FLOP/s  (% ceil)');
    for (const r of ladder) {
      const { model: mc, train: tc } = r;
      const model = createModel(mc, 1);
      const opt = createAdamW(trainableVariables(model), tc);
      const rng = makeRng(1);
      const tokens = Uint8Array.from({ length: 65_536 }, () => Math.floor(rng() * mc.vocabSize));
      const next = makeBatchSampler(tokens, [{ start: 0, length: tokens.length }], tc.batchSize, mc.contextLength, 1);
      const ms = await medianMs(async () => {
        const loss = trainStep(model, opt, next(), tc.learningRate);
        await loss.data();
        loss.dispose();
      }, backend === 'cpu' ? 3 : 9);
      const N = summariseWeights(listWeights(model)).nonEmbedding;
      const tokensPerSecond = (tc.batchSize * mc.contextLength * 1000) / ms;
      // Kaplan et al. 2020, Table 1: C_forward ≈ 2N + 2·n_layer·n_ctx·d_attn per token; training ≈ 3× forward.
      const flops = 6 * N * tokensPerSecond;
      const withAttention = (6 * N + 6 * mc.nLayer * mc.contextLength * mc.dModel) * tokensPerSecond;
      const pct = (x: number) => `${((100 * x) / ceiling).toFixed(1)}%`.padStart(8);
      console.log(
        `${r.name.padEnd(6)} ${String(N).padStart(11)} ${ms.toFixed(1).padStart(8)} ${tokensPerSecond.toFixed(0).padStart(9)} ${fmt(flops).padStart(10)} ${pct(flops)} ${fmt(withAttention).padStart(13)} ${pct(withAttention)}`,
      );
      disposeAdamW(opt);
      disposeModel(model);
    }
  }
}
