// The manifest asks for the smallest ExcelApi set the code needs, and the code needs no more:
// every Office API member src/excel and src/taskpane use is looked up in @types/office-js
// (scripts/api-sets.js). Anything newer than the manifest's set must be one of the optional
// sets the host checks with isSetSupported first (src/excel/requirements.ts).
import * as fs from "node:fs";
import * as path from "node:path";
import { apiSetUses, compareVersions, type ApiSetUse } from "../../scripts/api-sets";
import { MIN_EXCEL_API, OPTIONAL_EXCEL_API } from "../../src/excel/requirements";

const ROOT = path.resolve(__dirname, "../..");
let codeUses: ApiSetUse[] | undefined;
/** The uses in src/excel and src/taskpane (one TypeScript program, a few seconds: made once). */
const usesInCode = () => (codeUses ??= apiSetUses());
const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const manifestSet = (name: string) => new RegExp(`<Set Name="${name}" MinVersion="([0-9.]+)"\\s*/>`).exec(MANIFEST)?.[1];
const manifestExcelApi = manifestSet("ExcelApi");

test("the manifest asks for the ExcelApi version the host checks at run time", () => {
  expect(manifestExcelApi).toBe(MIN_EXCEL_API);
});

test("the checker finds requirement sets through calls, properties, load strings and options", () => {
  const uses = apiSetUses(["tests/manifest/fixtures"]).map((u) => `${u.set} ${u.version} ${u.member}`);
  expect(uses).toEqual(
    expect.arrayContaining([
      "ExcelApi 1.20 RunOptions.mergeUndoGroup",
      "ExcelApi 1.9 Worksheet.autoFilter",
      "ExcelApi 1.9 AutoFilter.enabled",
      "ExcelApi 1.9 AutoFilter.isDataFiltered",
      "ExcelApi 1.7 Range.getSurroundingRegion",
      "ExcelApi 1.1 Range.values",
    ]),
  );
});

test(`the add-in's code needs nothing newer than ExcelApi ${MIN_EXCEL_API}, except the optional sets it checks first`, () => {
  const optional = new Set<string>(Object.values(OPTIONAL_EXCEL_API));
  const beyond = usesInCode().filter(
    (u) => u.set !== "ExcelApi" || !u.version || (compareVersions(u.version, MIN_EXCEL_API) > 0 && !optional.has(u.version)),
  );
  const report = beyond.map((u) => `${u.at}: ${u.member} needs ${u.set} ${u.version || "(preview)"}`);
  // Raise the manifest's set (and MIN_EXCEL_API, docs/addin.md), or use it only after
  // isSetSupported and add its set to OPTIONAL_EXCEL_API.
  expect(report).toEqual([]);
});

test(`ExcelApi ${MIN_EXCEL_API} is the smallest set that covers the code (it uses members of that set)`, () => {
  const optional = new Set<string>(Object.values(OPTIONAL_EXCEL_API));
  const needed = usesInCode().filter((u) => u.set === "ExcelApi" && u.version && !optional.has(u.version));
  const highest = needed.reduce((h, u) => (compareVersions(u.version, h) > 0 ? u.version : h), "1.1");
  expect(highest).toBe(MIN_EXCEL_API);
});

test("the worksheet functions need the CustomFunctionsRuntime version the manifest asks for, and no Excel API", () => {
  const uses = apiSetUses(["src/functions"]);
  const sets = [...new Set(uses.map((u) => u.set))];
  expect(sets).toEqual(["CustomFunctionsRuntime"]);
  const highest = uses.reduce((h, u) => (compareVersions(u.version, h) > 0 ? u.version : h), "1.1");
  // ErrorCode (1.3) for the cells' #VALUE! with a message; Error itself is 1.2, streaming 1.1.
  expect(uses.filter((u) => u.version === highest).map((u) => u.member)).toContain("ErrorCode.invalidValue");
  expect(highest).toBe(manifestSet("CustomFunctionsRuntime"));
});
