// Mocha's spec reporter plus one plain closing line per suite: "unit: N passed, N failed".
// CI reads that line; the suite name comes from `--reporter-option suite=NAME`.
'use strict';
const Mocha = require('mocha');
const { EVENT_RUN_END } = Mocha.Runner.constants;

class SummaryReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    const suite = (options && options.reporterOptions && options.reporterOptions.suite) || 'tests';
    runner.once(EVENT_RUN_END, () => {
      const { passes, failures, pending } = runner.stats;
      process.stdout.write(`${suite}: ${passes} passed, ${failures} failed${pending ? `, ${pending} skipped` : ''}\n`);
    });
  }
}
module.exports = SummaryReporter;
