// The layers of design.md are enforced by lint on resolved paths (eslint-layers.mjs): each
// forbidden import below fails `npm run lint` on a scratch file in the layer named, however the
// path is spelt; the allowed ones pass. The scratch files are linted from memory, never written.
import { execFileSync } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");

interface Case {
  filePath: string;
  code: string;
}

function lint(cases: Case[]): { filePath: string; messages: { ruleId: string | null; message: string }[] }[] {
  const out = execFileSync(process.execPath, [path.join(__dirname, "lint-scratch.mjs")], { cwd: ROOT, input: JSON.stringify(cases), encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(out) as ReturnType<typeof lint>;
}

const FORBIDDEN: [string, string, string][] = [
  ["the workbook layer importing the Office host", "src/workbook/scratch.ts", 'import { createOfficeHost } from "../excel";\nexport const x = createOfficeHost;\n'],
  ["the workbook layer importing a host file by a longer path", "src/workbook/scratch.ts", 'import type { HostConfig } from "../excel/host-options";\nexport type X = HostConfig;\n'],
  ["the workbook layer requiring the Office host", "src/workbook/scratch.ts", 'export const x: unknown = require("../excel/index");\n'],
  ["the workbook layer importing the Office host on demand", "src/workbook/scratch.ts", 'export const x = import("../excel");\n'],
  ["allocation importing the workbook layer", "src/allocation/scratch.ts", 'import { detectTable } from "../workbook";\nexport const x = detectTable;\n'],
  ["the workbook layer importing the preview page", "src/workbook/scratch.ts", 'import { exampleBook } from "../preview/example-book";\nexport const x = exampleBook;\n'],
  ["the task pane importing the command", "src/taskpane/scratch.ts", 'import { runCli } from "../cli/main";\nexport const x = runCli;\n'],
  ["the task pane importing node:fs", "src/taskpane/scratch.ts", 'import { readFileSync } from "node:fs";\nexport const x = readFileSync;\n'],
  ["the task pane importing fs", "src/taskpane/scratch.ts", 'import fs from "fs";\nexport const x = fs;\n'],
  ["the task pane importing the simulated Excel", "src/taskpane/scratch.ts", 'import { SimulatedExcel } from "../simulated-excel";\nexport const x = SimulatedExcel;\n'],
  ["the Office host importing exceljs", "src/excel/scratch.ts", 'import ExcelJS from "exceljs";\nexport const x = ExcelJS;\n'],
  ["the command importing exceljs (only the bench's baseline and the tests' reader)", "src/cli/scratch.ts", 'import ExcelJS from "exceljs";\nexport const x = ExcelJS;\n'],
  ["the worksheet functions importing the Office host", "src/functions/scratch.ts", 'import { createOfficeHost } from "../excel";\nexport const x = createOfficeHost;\n'],
  ["the worksheet functions importing the task pane", "src/functions/scratch.ts", 'import { App } from "../taskpane/App";\nexport const x = App;\n'],
  ["the worksheet functions importing the preview page", "src/functions/scratch.ts", 'import { exampleBook } from "../preview/example-book";\nexport const x = exampleBook;\n'],
  ["the Office host importing the command", "src/excel/scratch.ts", 'import { carryOutPlan } from "../cli/xlsx-write";\nexport const x = carryOutPlan;\n'],
  ["the host contract importing the Office host", "src/host/scratch.ts", 'import type { HostConfig } from "../excel/host-options";\nexport type X = HostConfig;\n'],
  ["the workbook layer importing React", "src/workbook/scratch.ts", 'import { useState } from "react";\nexport const x = useState;\n'],
  ["the workbook layer importing node:path", "src/workbook/scratch.ts", 'import path from "node:path";\nexport const x = path;\n'],
  ["the command importing the Office host", "src/cli/scratch.ts", 'import { createOfficeHost } from "../excel/office-host";\nexport const x = createOfficeHost;\n'],
];

const ALLOWED: [string, string, string][] = [
  ["the task pane importing the Office host, the contract and the workbook layer", "src/taskpane/scratch.ts", 'import { createOfficeHost } from "../excel";\nimport type { Lang } from "../host";\nimport { detectTable } from "../workbook";\nexport const x = [createOfficeHost, detectTable];\nexport type L = Lang;\n'],
  ["the workbook layer importing allocation and decimal.js", "src/workbook/scratch.ts", 'import Decimal from "decimal.js";\nimport { allocate } from "../allocation";\nexport const x = [Decimal, allocate];\n'],
  ["the command importing node:fs and saxes", "src/cli/scratch.ts", 'import { readFileSync } from "node:fs";\nimport { SaxesParser } from "saxes";\nexport const x = [readFileSync, SaxesParser];\n'],
  ["the task pane importing the worksheet functions", "src/taskpane/scratch.ts", 'import { shareUserSchedules } from "../functions";\nexport const x = shareUserSchedules;\n'],
  ["the preview page importing the simulated Excel", "src/preview/scratch.ts", 'import { SimulatedExcel } from "../simulated-excel";\nexport const x = SimulatedExcel;\n'],
];

const LAYER_RULE = "boundaries/dependencies";

// One ESLint run for every case (its start-up is the slow part).
const results = lint([...FORBIDDEN, ...ALLOWED].map(([, filePath, code]) => ({ filePath, code })));

test.each(FORBIDDEN.map((c, i) => [c[0], c[1], i] as const))("forbidden: %s (%s) fails lint", (_name, _file, i) => {
  const layer = results[i].messages.filter((m) => m.ruleId === LAYER_RULE);
  expect(layer).toHaveLength(1);
  expect(layer[0].message).toMatch(/^Layers \(design\.md\): \S+ may not import /);
});

test.each(ALLOWED.map((c, i) => [c[0], c[1], FORBIDDEN.length + i] as const))("allowed: %s (%s) passes lint", (_name, _file, i) => {
  expect(results[i].messages).toEqual([]);
});
