/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // A guard against a hang, not a speed requirement: on a shared, busy machine a test that
  // writes workbooks can take longer than Jest's default 5 s (speed is measured by npm run bench).
  testTimeout: 30_000,
  // Transpile only (tsconfig.jest.json: isolatedModules): `npm test` type-checks everything,
  // tests included, once with tsc before jest runs, so checking each file again here only costs
  // time (about a fifth of the CPU of a run without a cache, as CI runs).
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }],
  },
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/tests/stubs/office-addin-manifest.js",
  },
};
