// The GitHub Action's entry point (bundled to dist/index.js; action.yml runs it on node24). The
// logic is in main.ts, which tests import and run in-process.
import { run } from './main.js';

await run();
