/** Median wall time of `fn` in milliseconds over `runs` runs after `warmup` unmeasured ones. */
export function medianMs(fn: () => unknown, runs = 7, warmup = 1): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? NaN;
}

/** Mean cost of one call of `fn` in microseconds, over enough calls to take ~200 ms. */
export function microsPerCall(fn: () => unknown): number {
  let calls = 1;
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < calls; i++) fn();
    const elapsed = performance.now() - t0;
    if (elapsed > 200) return (elapsed * 1000) / calls;
    calls *= 4;
  }
}
