// One way to say things: every catalogue has a Dutch and an English object of one shape. The
// compiler refuses a missing key; this test also catches an empty text, a key one language has
// only through a cast, and a parameterised text whose languages take different arguments.
import { ALLOCATION_MESSAGES, DOMAIN_WORDS } from "../../src/allocation";
import { SHAPE_MESSAGES } from "../../src/allocation/i18n/shape";
import { CLI_MESSAGES } from "../../src/cli/i18n";
import { EXCEL_HOST_MESSAGES } from "../../src/excel/i18n";
import { en as functionsEn } from "../../src/functions/i18n/en";
import { LOADING_MESSAGES } from "../../src/functions/i18n/loading";
import { nl as functionsNl } from "../../src/functions/i18n/nl";
import { PREVIEW_MESSAGES } from "../../src/preview/i18n";
import { en as editorEn, nl as editorNl } from "../../src/taskpane/editor/messages";
import { en as paneEn } from "../../src/taskpane/i18n/en";
import { nl as paneNl } from "../../src/taskpane/i18n/nl";
import { WORKBOOK_MESSAGES } from "../../src/workbook/i18n";
import { PLANNER_MESSAGES } from "../../src/workbook/i18n/planner";
import { catalogueProblems } from "./catalogue-shape";

const CATALOGUES: [string, unknown, unknown][] = [
  ["domain words (allocation)", DOMAIN_WORDS.nl, DOMAIN_WORDS.en],
  ["allocation core", ALLOCATION_MESSAGES.nl, ALLOCATION_MESSAGES.en],
  ["schedule shape (allocation, with the parser)", SHAPE_MESSAGES.nl, SHAPE_MESSAGES.en],
  ["workbook", WORKBOOK_MESSAGES.nl, WORKBOOK_MESSAGES.en],
  ["workbook planners", PLANNER_MESSAGES.nl, PLANNER_MESSAGES.en],
  ["command (verdeel)", CLI_MESSAGES.nl, CLI_MESSAGES.en],
  ["Office host", EXCEL_HOST_MESSAGES.nl, EXCEL_HOST_MESSAGES.en],
  ["worksheet functions", functionsNl, functionsEn],
  ["worksheet functions before their code has loaded", LOADING_MESSAGES.nl, LOADING_MESSAGES.en],
  ["task pane", paneNl, paneEn],
  ["schedule editor", editorNl, editorEn],
  ["preview page", PREVIEW_MESSAGES.nl, PREVIEW_MESSAGES.en],
];

describe("every catalogue has the same texts in Dutch and English", () => {
  test.each(CATALOGUES)("%s", (_name, nl, en) => {
    expect(catalogueProblems(nl, en)).toEqual([]);
  });
});

describe("the comparison itself", () => {
  const nl = { a: "een", group: { b: "twee" }, f: (x: string) => `drie ${x}` };
  const en = { a: "one", group: { b: "two" }, f: (x: string) => `three ${x}` };

  test("finds nothing in matching catalogues", () => {
    expect(catalogueProblems(nl, en)).toEqual([]);
  });

  test("names a key missing in one language, at any depth", () => {
    expect(catalogueProblems(nl, { ...en, group: {} })).toEqual(["group.b: missing in en"]);
    expect(catalogueProblems({ a: "een" }, { a: "one", extra: "x" })).toEqual(["extra: missing in nl"]);
  });

  test("names an empty text, also one a function gives", () => {
    expect(catalogueProblems(nl, { ...en, a: " " })).toEqual(["a: empty in en"]);
    expect(catalogueProblems({ f: (x: string) => x.slice(9) }, { f: (x: string) => `three ${x}` })).toEqual(["f(…): empty in nl"]);
    expect(catalogueProblems({ f: (x: string) => `drie ${x}` }, { f: () => "" })).toEqual(["f: takes 1 parameters in nl, 0 in en"]);
  });

  test("names a text that is a function in one language only", () => {
    expect(catalogueProblems(nl, { ...en, f: "three" })).toEqual(["f: function in nl, string in en"]);
  });
});
