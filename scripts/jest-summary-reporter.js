// Prints the run's real totals as one plain line, `N passed, N failed`, and appends them to
// $TEST_SUMMARY_FILE when set, so .ci/run can add up several Jest runs.
const { appendFileSync } = require('node:fs');

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const passed = results.numPassedTests;
    // A suite that fails to run (syntax error, failed beforeAll) has no failed tests of its own: count it.
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
    process.stdout.write(`\n${line}\n`);
    if (process.env.TEST_SUMMARY_FILE) {
      appendFileSync(process.env.TEST_SUMMARY_FILE, `${passed} ${failed} ${skipped}\n`);
    }
  }
}

module.exports = SummaryReporter;
