// Jest's order (failed first, then slowest, else largest), with the end-to-end files last: their
// builds run in the main process while the unit files run (tests/e2e/preview-build.ts), so a
// worker that takes an end-to-end file early would only wait for them.
const Sequencer = require("@jest/test-sequencer").default;

class EndToEndLast extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    const e2e = (t) => t.context.config.displayName?.name === "e2e";
    return [...sorted.filter((t) => !e2e(t)), ...sorted.filter(e2e)];
  }
}

module.exports = EndToEndLast;
