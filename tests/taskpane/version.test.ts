// The version the pane writes into the audit record is the package's version.
import { readFileSync } from "node:fs";
import path from "node:path";
import { TOOL_VERSION } from "../../src/taskpane/version";

test("TOOL_VERSION equals package.json's version", () => {
  const pkg = JSON.parse(readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string };
  expect(TOOL_VERSION).toBe(pkg.version);
});
