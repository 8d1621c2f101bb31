// Prints the plain closing line that CI reads ("N passed, N failed") and fails a run that
// executed no test at all, so an empty or mis-configured suite can never look green.
export default class SummaryReporter {
  onRunComplete(_contexts, results) {
    const passed = results.numPassedTests;
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const skipped = results.numPendingTests + results.numTodoTests;
    process.stdout.write(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
    if (results.numTotalTests === 0) {
      process.stdout.write('No test was executed: failing the run.\n');
      process.exitCode = 1;
    }
  }
}
