import type { ActivationShape, Recompute } from '../activationMemory';
import type { BytesPerParam, ZeroStage } from '../modelStateMemory';
import { computeTrainingMemory } from '../trainingMemory';

/** One training layout: what computeTrainingMemory takes. */
export interface Setting {
  params: number;
  bytes: BytesPerParam;
  sharding: { dp: number; tp: number; pp: number; zero: ZeroStage };
  activation: ActivationShape | undefined;
  memory: number;
}

const fitsWith = (s: Setting) =>
  computeTrainingMemory(s.params, s.bytes, s.sharding, s.activation, s.memory).fits === 1;

/** The single changes that would make a layout fit: the next ZeRO stage, twice the tp, sequence parallelism, more recomputation. */
export function findRemedies(
  s: Setting,
  heads: number | undefined,
  kvHeads: number | undefined,
): string[] {
  const out: string[] = [];
  for (let zero = s.sharding.zero + 1; zero <= 3; zero++) {
    if (fitsWith({ ...s, sharding: { ...s.sharding, zero: zero as ZeroStage } })) {
      out.push(`ZeRO stage ${zero}`);
      break;
    }
  }
  const tp = s.sharding.tp * 2;
  if (
    tp <= 8 &&
    (heads === undefined || heads % tp === 0) &&
    (kvHeads === undefined || kvHeads % tp === 0) &&
    fitsWith({ ...s, sharding: { ...s.sharding, tp } })
  )
    out.push(`tensor parallelism ${tp}`);
  if (s.activation) {
    if (
      !s.activation.sp &&
      s.sharding.tp > 1 &&
      fitsWith({ ...s, activation: { ...s.activation, sp: true } })
    )
      out.push('sequence parallelism');
    const next: Recompute | undefined =
      s.activation.recompute === 'none'
        ? 'selective'
        : s.activation.recompute === 'selective'
          ? 'full'
          : undefined;
    if (next && fitsWith({ ...s, activation: { ...s.activation, recompute: next } }))
      out.push(`${next} recomputation`);
    if (s.activation.micro > 1 && fitsWith({ ...s, activation: { ...s.activation, micro: 1 } }))
      out.push('micro-batch 1');
  }
  return out;
}
