// Measuring aid, not a test: with VERDEEL_CPU_LOG=<file>, each test file appends the CPU seconds
// (user + sys) its Jest worker spent on it, from set-up to its last afterAll, and its path.
// `node scripts/test-cpu.js [jest arguments]` runs the suite this way and sums it up.
import { appendFileSync } from "node:fs";

const log = process.env.VERDEEL_CPU_LOG;
if (log) {
  const start = process.cpuUsage();
  afterAll(() => {
    const used = process.cpuUsage(start);
    appendFileSync(log, `${((used.user + used.system) / 1e6).toFixed(2)}\t${expect.getState().testPath}\n`);
  });
}
