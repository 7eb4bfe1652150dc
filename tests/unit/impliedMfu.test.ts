import { describe, expect, it } from 'vitest';
import { findGpu } from '../../src/lib/hardware';
import { impliedMfu } from '../../src/lib/impliedMfu';
import { trainingCost } from '../../src/lib/trainingCost';
import { closeTo } from '../tolerance';

/** DeepSeek-V3 (DeepSeek-AI 2024, arXiv 2412.19437): 37B active parameters, 14.8T tokens, 2.788M H800 GPU-hours, $2 per GPU-hour. */
const deepseek = { active: 37e9, tokens: 14.8e12, gpuHours: 2.788e6, price: 2 };

describe('impliedMfu(C, peak, gpuHours)', () => {
  const C = 6 * deepseek.active * deepseek.tokens;
  const peak = findGpu('h800')!.peakFlops;
  it('DeepSeek-V3’s report implies about 0.33 of the H800’s dense BF16 peak', () => {
    const mfu = impliedMfu(C, peak, deepseek.gpuHours);
    expect(Number(mfu.toFixed(2))).toBe(0.33);
    closeTo(mfu, C / (peak * deepseek.gpuHours * 3600));
  });
  it('at that MFU, trainingCost gives back the report’s 2.788M GPU-hours and $5.576M', () => {
    const mfu = impliedMfu(C, peak, deepseek.gpuHours);
    const out = trainingCost({
      flops: C,
      peakFlops: peak,
      mfu,
      gpus: 2048,
      pricePerGpuHour: deepseek.price,
    });
    closeTo(out.gpuHours, 2.788e6);
    closeTo(out.cost, 5.576e6);
  });
});
