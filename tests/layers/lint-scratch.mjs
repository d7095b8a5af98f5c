// Lints scratch files with the repository's own ESLint configuration (eslint.config.mjs) and
// prints each file's messages as JSON. Run by tests/layers/layers.test.ts in a child process
// (ESLint loads its ES-module configuration, which Jest's module system cannot).
// stdin: [{ "filePath": "src/workbook/scratch.ts", "code": "…" }, …]; the files are never written.
import { readFileSync } from "node:fs";
import path from "node:path";
import { ESLint } from "eslint";

const root = path.resolve(import.meta.dirname, "..", "..");
const cases = JSON.parse(readFileSync(0, "utf8"));
const eslint = new ESLint({ cwd: root });
const out = [];
for (const c of cases) {
  const [result] = await eslint.lintText(c.code, { filePath: path.join(root, c.filePath) });
  out.push({ filePath: c.filePath, messages: result.messages.map((m) => ({ ruleId: m.ruleId, message: m.message })) });
}
process.stdout.write(JSON.stringify(out));
