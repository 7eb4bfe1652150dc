import { KAPLAN_DATA_RULE, minTokensToAvoidOverfitting } from './kaplanLossND';
import { CHINCHILLA_TOKENS_PER_PARAM } from './tokensPerParamRule';
import { requireFiniteResult, requirePositive } from './validate';

/**
 * Model size at which Kaplan's data rule D ≳ 5·10³·N^0.74 (Kaplan et al. 2020, Sec. 4.2) asks for
 * as many tokens as r tokens per parameter (Chinchilla's ≈ 20, Hoffmann et al. 2022 Table 3):
 * 5·10³·N^0.74 = r·N, so N* = (5·10³/r)^(1/(1 − 0.74)). Below N* Kaplan's rule asks for more
 * tokens than r·N, above it for fewer. Unit: parameters.
 * @example findDataRuleCrossover() // ≈ 1.67e9
 */
export function findDataRuleCrossover(
  tokensPerParam: number = CHINCHILLA_TOKENS_PER_PARAM,
): number {
  requirePositive(tokensPerParam, 'tokensPerParam', 'ratio of tokens to parameters');
  const { coefficient, exponent } = KAPLAN_DATA_RULE;
  return requireFiniteResult((coefficient / tokensPerParam) ** (1 / (1 - exponent)), 'N');
}

/**
 * Tokens each rule asks for at N parameters: Kaplan's 5·10³·N^0.74 (Sec. 4.2) and r·N (Chinchilla's
 * ≈ 20 per parameter), with their ratio kaplan/ratioRule. Units: tokens.
 * @example compareDataRules(175e9).kaplan // ≈ 1.04e12 (against 3.5e12 at 20 per parameter)
 */
export function compareDataRules(
  N: number,
  tokensPerParam: number = CHINCHILLA_TOKENS_PER_PARAM,
): { kaplan: number; ratioRule: number; ratio: number } {
  requirePositive(N, 'N', 'number of parameters');
  requirePositive(tokensPerParam, 'tokensPerParam', 'ratio of tokens to parameters');
  const kaplan = minTokensToAvoidOverfitting(N);
  const ratioRule = requireFiniteResult(tokensPerParam * N, 'D');
  return { kaplan, ratioRule, ratio: kaplan / ratioRule };
}
