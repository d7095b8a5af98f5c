// The opening budget of the pane's JavaScript (scripts/bundle-budget.js): a production build over it
// fails, one under it passes; development and preview builds carry no budget.
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { gzipSync } from "node:zlib";
import webpack from "webpack";
import { BundleBudgetPlugin, OPENING_BUDGET_KB } from "../../scripts/bundle-budget";

type ConfigFactory = (env: Record<string, unknown>, argv: { mode?: string }) => Promise<{ plugins: object[] }>;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig: ConfigFactory = require("../../webpack.config.js");

/** A one-file build (entry "taskpane", no minifying) with the plugin; its errors' messages. */
async function build(dir: string, budgetKb: number): Promise<string[]> {
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    webpack(
      {
        mode: "none",
        context: dir,
        entry: { taskpane: "./taskpane.js" },
        output: { path: path.join(dir, "out") },
        plugins: [new BundleBudgetPlugin({ entries: ["taskpane", "functions"], budgetKb })],
      },
      (err, s) => (err || !s ? reject(err) : resolve(s)),
    ),
  );
  return stats.compilation.errors.map((e) => e.message);
}

describe("the opening budget", () => {
  let dir: string;
  let gzipKb: number;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "verdeel-budget-"));
    // Random hex text: gzip cannot shrink it below half, so the script is a few KB gzip whatever webpack adds.
    fs.writeFileSync(path.join(dir, "taskpane.js"), `console.log(${JSON.stringify(randomBytes(6000).toString("hex"))});\n`);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("a build over the budget fails, naming the size, the budget and the file", async () => {
    const errors = await build(dir, 1);
    const out = fs.readdirSync(path.join(dir, "out")).filter((f) => f.endsWith(".js"));
    gzipKb = gzipSync(fs.readFileSync(path.join(dir, "out", out[0])), { level: 9 }).length / 1024;
    expect(gzipKb).toBeGreaterThan(1);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`is ${gzipKb.toFixed(1)} KB gzip, over its budget of 1 KB`);
    expect(errors[0]).toContain(out[0]);
  });

  test("a build under the budget passes", async () => {
    expect(await build(dir, 100)).toEqual([]);
  });

  test("only the production build of the pane carries it, at the documented budget", async () => {
    const budgets = async (env: Record<string, unknown>, mode: string) =>
      (await makeConfig(env, { mode })).plugins.filter((p): p is BundleBudgetPlugin => p instanceof BundleBudgetPlugin);
    const production = await budgets({}, "production");
    expect(production.map((p) => [p.entries, p.budgetKb])).toEqual([[["taskpane", "functions"], OPENING_BUDGET_KB]]);
    expect(await budgets({}, "development")).toEqual([]);
    expect(await budgets({ preview: true }, "production")).toEqual([]);
  });
});
