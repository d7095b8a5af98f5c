// The add-in's version, written into every audit record. Kept equal to package.json's "version"
// by a test (tests/taskpane/version.test.ts): the pane is bundled, it cannot read package.json.
export const TOOL_VERSION = "0.1.0";
