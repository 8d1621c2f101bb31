import type { RunContext } from './context.js';
import type { ActionInputs } from './inputs.js';

/** What each mode of the action (`lint`, `report`) runs with. */
export interface ModeRun {
  inputs: ActionInputs;
  context: RunContext;
}
