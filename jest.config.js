const { availableParallelism } = require("node:os");

/** @type {import('jest').Config} */
const common = {
  testEnvironment: "node",
  // Transpile only (tsconfig.jest.json: isolatedModules): `npm test` type-checks everything,
  // tests included, once with tsc before jest runs, so checking each file again here only costs
  // time (about a fifth of the CPU of a run without a cache, as CI runs).
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }],
  },
  // Records each file's CPU time when VERDEEL_CPU_LOG is set (scripts/test-cpu.js); otherwise idle.
  setupFilesAfterEnv: ["<rootDir>/tests/cpu-per-file.ts"],
};

module.exports = {
  // Two workers at least: Jest's default (cores - 1) is one on a 2-core machine, which runs every
  // file in Jest's own process, one after another, and leaves the second core idle.
  maxWorkers: Math.max(2, availableParallelism() - 1),
  // End-to-end files last: their builds run meanwhile (tests/e2e/preview-build.ts).
  testSequencer: "<rootDir>/tests/sequencer.js",
  // A guard against a hang, not a speed requirement: on a shared, busy machine a test that
  // writes workbooks can take longer than Jest's default 5 s (speed is measured by npm run bench).
  // Global: Jest does not take it from a project.
  testTimeout: 120_000,
  projects: [
    {
      ...common,
      displayName: "unit",
      roots: ["<rootDir>/tests"],
      testMatch: ["**/*.test.ts", "**/*.test.tsx"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/tests/e2e/"],
    },
    {
      ...common,
      displayName: "e2e",
      roots: ["<rootDir>/tests/e2e"],
      testMatch: ["**/*.e2e.test.ts"],
      // The preview page is built and served once per run (only when an end-to-end test runs).
      globalSetup: "<rootDir>/tests/e2e/global-setup.ts",
      globalTeardown: "<rootDir>/tests/e2e/global-teardown.ts",
    },
  ],
};
