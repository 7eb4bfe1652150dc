import fc from 'fast-check';
import { describe, it } from 'vitest';
import { chinchillaFrontier } from '../../src/lib/chinchillaFrontier';
import {
  CHINCHILLA_PARAMETER_SETS,
  type ChinchillaSetName,
  predictChinchillaLoss,
} from '../../src/lib/chinchillaLoss';
import { countParameters, type DecoderConfig } from '../../src/lib/countParameters';
import { computeEffectiveData, MUENNIGHOFF_2023 } from '../../src/lib/dataConstrained';
import { predictKaplanLossN } from '../../src/lib/kaplanLoss';
import { computeOverfittingPenalty, type KaplanNDSet } from '../../src/lib/kaplanLossND';
import { allocateByTokensPerParam } from '../../src/lib/tokensPerParamRule';

const SEED = { seed: 42, numRuns: 500 };
const sets = Object.keys(CHINCHILLA_PARAMETER_SETS) as ChinchillaSetName[];
const budget = fc.double({ min: 1e15, max: 1e30, noNaN: true });

describe('compute-optimal frontiers', () => {
  it('chinchillaFrontier(C, set) puts 6·N_opt·D_opt = C for every parameter set', () => {
    fc.assert(
      fc.property(budget, fc.constantFrom(...sets), (C, set) => {
        const { params, tokens } = chinchillaFrontier(C, set);
        return Math.abs((6 * params * tokens) / C - 1) < 1e-12;
      }),
      SEED,
    );
  });
  it('the frontier is the minimum of L̂ along C = 6ND for every parameter set', () => {
    fc.assert(
      fc.property(
        budget,
        fc.constantFrom(...sets),
        fc.double({ min: 0.2, max: 5, noNaN: true }),
        (C, set, f) => {
          const opt = chinchillaFrontier(C, set);
          const N = opt.params * f;
          return predictChinchillaLoss(N, C / (6 * N), set) >= opt.loss - 1e-12 * opt.loss;
        },
      ),
      SEED,
    );
  });
  it('allocateByTokensPerParam(C, r) puts 6·N·D = C and D = r·N', () => {
    fc.assert(
      fc.property(budget, fc.double({ min: 0.1, max: 1e4, noNaN: true }), (C, r) => {
        const { params, tokens } = allocateByTokensPerParam(C, r);
        return (
          Math.abs((6 * params * tokens) / C - 1) < 1e-12 &&
          Math.abs(tokens / params / r - 1) < 1e-12
        );
      }),
      SEED,
    );
  });
});

describe('parameter counts', () => {
  const config = fc.record({
    nLayer: fc.integer({ min: 1, max: 200 }),
    nKvHeads: fc.integer({ min: 1, max: 16 }),
    group: fc.integer({ min: 1, max: 8 }),
    headDim: fc.integer({ min: 1, max: 256 }),
    dModel: fc.integer({ min: 1, max: 32_768 }),
    dFf: fc.integer({ min: 1, max: 131_072 }),
    nVocab: fc.integer({ min: 1, max: 300_000 }),
    nCtx: fc.integer({ min: 1, max: 131_072 }),
    ffn: fc.constantFrom('mlp' as const, 'swiglu' as const),
    positionEmbedding: fc.constantFrom('learned' as const, 'none' as const, 'relative' as const),
    norm: fc.constantFrom('layernorm' as const, 'rmsnorm' as const),
    biases: fc.boolean(),
    tiedEmbeddings: fc.boolean(),
  });
  type Raw = typeof config extends fc.Arbitrary<infer T> ? T : never;
  const toConfig = (c: Raw): DecoderConfig => ({
    nLayer: c.nLayer,
    dModel: c.dModel,
    nHeads: c.nKvHeads * c.group,
    nKvHeads: c.nKvHeads,
    headDim: c.headDim,
    dFf: c.dFf,
    ffn: c.ffn,
    nVocab: c.nVocab,
    nCtx: c.nCtx,
    positionEmbedding: c.positionEmbedding,
    norm: c.norm,
    biases: c.biases,
    tiedEmbeddings: c.tiedEmbeddings,
  });
  const grows: [string, (c: DecoderConfig) => DecoderConfig][] = [
    ['nLayer', (c) => ({ ...c, nLayer: c.nLayer + 1 })],
    ['dModel', (c) => ({ ...c, dModel: c.dModel + 1 })],
    ['dFf', (c) => ({ ...c, dFf: c.dFf + 1 })],
    ['headDim', (c) => ({ ...c, headDim: c.headDim! + 1 })],
    ['nHeads', (c) => ({ ...c, nHeads: c.nHeads + c.nKvHeads! })],
    ['nKvHeads', (c) => ({ ...c, nKvHeads: c.nHeads, nHeads: c.nHeads })],
    ['nVocab', (c) => ({ ...c, nVocab: c.nVocab + 1 })],
  ];
  for (const [name, grow] of grows) {
    it(`countParameters(config).total does not shrink when ${name} grows (and grows when it adds weights)`, () => {
      fc.assert(
        fc.property(config, (raw) => {
          const c = toConfig(raw);
          const before = countParameters(c).total;
          const after = countParameters(grow(c)).total;
          return name === 'nKvHeads' ? after >= before : after > before;
        }),
        SEED,
      );
    });
  }
  it('countParameters(config).total grows with nCtx when positions are learned', () => {
    fc.assert(
      fc.property(config, (raw) => {
        const c = { ...toConfig(raw), positionEmbedding: 'learned' as const };
        return countParameters({ ...c, nCtx: c.nCtx + 1 }).total > countParameters(c).total;
      }),
      SEED,
    );
  });
  it('nonEmbedding + embedding = total, every part ≥ 0', () => {
    fc.assert(
      fc.property(config, (raw) => {
        const b = countParameters(toConfig(raw));
        return b.nonEmbedding + b.embedding === b.total && Object.values(b).every((v) => v >= 0);
      }),
      SEED,
    );
  });
});

describe('Kaplan laws', () => {
  const n = fc.double({ min: 1, max: 1e15, noNaN: true });
  it('predictKaplanLossN(N) decreases in N', () => {
    fc.assert(
      fc.property(
        n,
        fc.double({ min: 1.001, max: 1e3, noNaN: true }),
        (N, f) => predictKaplanLossN(N * f) < predictKaplanLossN(N),
      ),
      SEED,
    );
  });
  it('computeOverfittingPenalty(N, D) ≥ 0 for both constant sets', () => {
    fc.assert(
      fc.property(
        n,
        fc.double({ min: 1, max: 1e20, noNaN: true }),
        fc.constantFrom<KaplanNDSet>('sec4.2', 'sec1'),
        (N, D, set) => computeOverfittingPenalty(N, D, set) >= 0,
      ),
      SEED,
    );
  });
});

describe('data-constrained scaling', () => {
  it('U ≤ computeEffectiveData(D, U) ≤ D', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e15, noNaN: true }),
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        fc.constantFrom(MUENNIGHOFF_2023.rDStar, 1, 100),
        (U, epochs, r) => {
          const D = U * epochs;
          const eff = computeEffectiveData(D, U, r);
          return eff >= U * (1 - 1e-12) && eff <= D * (1 + 1e-12);
        },
      ),
      SEED,
    );
  });
});
