/**
 * An input a person gave cannot be used. `field` names the input (a URL parameter or
 * function argument) so an island can show the message beside it.
 * @example new InputError('N must be a positive number of parameters, got -3', 'N')
 */
export class InputError extends Error {
  readonly field: string | undefined;
  constructor(message: string, field?: string) {
    super(message);
    this.name = 'InputError';
    this.field = field;
  }
}

/** A numerical method did not converge; the message says which and why. */
export class ConvergenceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConvergenceError';
  }
}
