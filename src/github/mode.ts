import type { RunContext } from './context.js';
import type { ActionInputs } from './inputs.js';
import type { Rule } from '../rules/types.js';

/** What each mode of the action (`lint`, `report`) runs with. */
export interface ModeRun {
  inputs: ActionInputs;
  context: RunContext;
  /** The rules to lint with (default: the built-in registry); tests pass a rule that throws. */
  rules?: readonly Rule[];
}
