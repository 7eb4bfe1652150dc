import type { ExerciseDef } from '../types';

/** Planning track, exercise 10: the four checks before trusting a scaling forecast, as choices. */
export const forecastChecklistExercise: ExerciseDef = {
  id: 'planning/10-forecast-checklist',
  track: 'planning',
  title: 'Forecast checklist',
  difficulty: 2,
  params: [],
  givens: () => [
    { label: 'Fit runs', value: 'eight models, 10M to 1B parameters, one tokenizer and data mix' },
    { label: 'Forecast', value: 'the loss of a 30B model before you pay for it' },
  ],
  answers: [
    {
      kind: 'choice',
      name: 'setup',
      label: 'The big run will use a new tokenizer. What now?',
      options: [
        { value: 'trust', label: 'Keep the fit: tokenizers do not change exponents' },
        {
          value: 'refit',
          label: 'Refit on small runs with the same tokenizer, data and recipe as the big run',
        },
        { value: 'shift', label: 'Shift the forecast by the difference in vocabulary size' },
      ],
    },
    {
      kind: 'choice',
      name: 'heldOut',
      label: 'Which loss should every point of the fit be?',
      options: [
        { value: 'train', label: 'The training loss at the last step' },
        { value: 'best', label: 'The best validation loss each run reported, on its own split' },
        { value: 'fixed', label: 'Loss on one fixed held-out set, the same for every run' },
      ],
    },
    {
      kind: 'choice',
      name: 'residuals',
      label: 'How do you test the law before using it?',
      options: [
        {
          value: 'withheld',
          label: 'Fit without the largest runs and check the residuals on them',
        },
        { value: 'r2', label: 'Check that R² on the fitted runs is above 0.99' },
        { value: 'more', label: 'Add more runs at the smallest size' },
      ],
    },
    {
      kind: 'choice',
      name: 'uncertainty',
      label: 'What should the forecast come with?',
      options: [
        { value: 'digits', label: 'The predicted loss to four decimals' },
        {
          value: 'interval',
          label:
            'An interval, and a stop condition: the loss at a checkpoint that would halt the run',
        },
        { value: 'second', label: 'A second forecast from a different law' },
      ],
    },
  ],
  solve: () => ({
    setup: 'refit',
    heldOut: 'fixed',
    residuals: 'withheld',
    uncertainty: 'interval',
  }),
  hints: [
    'A law describes one setup: change the tokenizer, data or recipe and the constants move.',
    'Points compared on different sets, or on training loss, measure different things.',
    'A fit always looks good on the runs it was fitted to; only runs it has not seen test it.',
  ],
};
