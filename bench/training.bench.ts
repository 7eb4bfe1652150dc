// Training throughput of the lab's ladder per tfjs backend available in Node (cpu, wasm):
// ms per step, tokens/s and achieved FLOP/s, next to a 512³ matrix multiply on the same backend.
// Benchmarks print numbers; they never pass or fail on timing.
import { register } from 'node:module';

// tfjs-core's ESM gradient files import './gradients/Abs_grad' without an extension, which plain
// Node rejects (its ESM loader needs whole file names: ERR_MODULE_NOT_FOUND); Vite and Vitest
// resolve it. This hook adds the '.js' for files inside @tensorflow only, before the training
// modules are loaded dynamically below.
const RESOLVE_HOOK = `export async function resolve(specifier, context, next) {
  try { return await next(specifier, context); } catch (error) {
    if (/^\\.\\.?\\//.test(specifier) && context.parentURL && context.parentURL.includes('/@tensorflow/')) {
      try { return await next(specifier + '.js', context); } catch { return await next(specifier + '/index.js', context); }
    }
    throw error;
  }
}`;

const fmt = (x: number) => (x >= 1e9 ? `${(x / 1e9).toFixed(2)} G` : `${(x / 1e6).toFixed(0)} M`);

/** Prints the table for each backend. */
export async function run(): Promise<void> {
  register(`data:text/javascript,${encodeURIComponent(RESOLVE_HOOK)}`);
  const tf = await import('@tensorflow/tfjs-core');
  await import('@tensorflow/tfjs-backend-cpu');
  await import('@tensorflow/tfjs-backend-wasm');
  await import('../src/training/wasmKernels');
  const { DEFAULT_LADDER, HELD_OUT_RUN } = await import('../src/lib/labs/ladder');
  const { measureMatmul, measureStep } = await import('../src/training/throughput');
  const ladder = [...DEFAULT_LADDER, HELD_OUT_RUN];

  for (const backend of ['wasm', 'cpu'] as const) {
    if (!(await tf.setBackend(backend))) continue;
    await tf.ready();
    const mm = await measureMatmul(512, 9);
    const ceiling = mm.flopsPerSecond;
    console.log(
      `\n### ${backend} (Node): matMul 512×512×512 ${mm.ms.toFixed(1)} ms = ${fmt(ceiling)}FLOP/s (the practical ceiling)`,
    );
    console.log(
      'model  N (non-emb)  ms/step  tokens/s  6N FLOP/s  (% ceil)  +attn FLOP/s  (% ceil)',
    );
    const pct = (x: number) => `${((100 * x) / ceiling).toFixed(1)}%`.padStart(8);
    for (const r of ladder) {
      const t = await measureStep(r, backend === 'cpu' ? 3 : 9);
      console.log(
        `${r.name.padEnd(6)} ${String(t.N).padStart(11)} ${t.msPerStep.toFixed(1).padStart(8)} ${t.tokensPerSecond.toFixed(0).padStart(9)} ${fmt(t.flopsPerSecond).padStart(10)} ${pct(t.flopsPerSecond)} ${fmt(t.flopsPerSecondWithAttention).padStart(13)} ${pct(t.flopsPerSecondWithAttention)}`,
      );
    }
  }
}
