// The pane's pure helpers: cell ranges for dialogs, what-if rate input, budget lines, the preview
// model (identity kept for unchanged rows), and how the preview sheet shows numbers.
import { allocate, applyOverrides } from "../../src/allocation";
import { displayCell, formatNumber } from "../../src/preview/cell-format";
import { NML_MUNICIPALITIES } from "../../src/preview/example-data";
import { findSchedule } from "../../src/schedules";
import { cellRuns } from "../../src/taskpane/model/cells";
import { buildPreview } from "../../src/taskpane/model/preview";
import { decimalText, effectiveBudgetLines, readRateInput, validSavedRates } from "../../src/taskpane/model/rates";
import type { DetectedTable } from "../../src/workbook/types";
import { EURO_CENTS_FORMAT, EURO_WHOLE_FORMAT } from "../../src/workbook";

describe("cellRuns", () => {
  test("joins consecutive cells of a column, keeps ranges, orders by column", () => {
    expect(cellRuns(["E2", "E3", "E4", "D9", "E6", "A1:B2", "D10"])).toEqual(["A1:B2", "D9:D10", "E2:E4", "E6"]);
    expect(cellRuns([])).toEqual([]);
    expect(cellRuns(["E2", "E2"])).toEqual(["E2"]);
  });
});

describe("what-if rates", () => {
  test("reads 0,07 and 0.07 alike; equal to the agreed value is no override; text is invalid", () => {
    expect(readRateInput("0,09", "0.07")).toEqual({ kind: "override", value: "0.09" });
    expect(readRateInput("0.09", "0.07")).toEqual({ kind: "override", value: "0.09" });
    expect(readRateInput(" 0,070 ", "0.07")).toEqual({ kind: "agreed" });
    expect(readRateInput("0,0x", "0.07")).toEqual({ kind: "invalid", reason: "number" });
    expect(readRateInput("-1", "0.07")).toEqual({ kind: "invalid", reason: "number" });
    expect(readRateInput("90.000", "90000")).toEqual({ kind: "invalid", reason: "number" });
    // A total with more decimals than the rounding unit is refused, not rounded: 90000,49 in euros.
    expect(readRateInput("90000,49", "90000", 0)).toEqual({ kind: "invalid", reason: "decimals" });
    expect(readRateInput("90000,00", "90000", 0)).toEqual({ kind: "agreed" });
    expect(readRateInput("90000,5", "90000", 2)).toEqual({ kind: "override", value: "90000.5" });
    expect(decimalText("0.07", "nl")).toBe("0,07");
    expect(decimalText("0.07", "en")).toBe("0.07");
  });

  test("saved rates are kept only for editable components that exist, and only when they differ", () => {
    const s = findSchedule("nml-2023")!;
    expect(validSavedRates(s, { uitbreiding: "0.09", basis: "0.08", extra: "1", x: "y" })).toEqual({ uitbreiding: "0.09" });
  });

  test("budget lines: the user's (trimmed, '' = none), else the schedule's default", () => {
    const s = applyOverrides(findSchedule("nml-2023")!, { budgetLines: { basis: "6700001" } });
    expect(effectiveBudgetLines(s, {})).toEqual({ basis: "6700001", uitbreiding: "" });
    expect(effectiveBudgetLines(s, { basis: "", uitbreiding: " 56814/44320 " })).toEqual({
      basis: "",
      uitbreiding: "56814/44320",
    });
  });
});

describe("buildPreview", () => {
  const table: DetectedTable = {
    sheet: "Gemeenten",
    headerRow: 0,
    firstRow: 1,
    lastRow: 15,
    nameColumn: 0,
    populationColumn: 2,
    lastColumn: 2,
    headers: { 0: "Gemeente", 2: "Inwoners" },
    rows: NML_MUNICIPALITIES.map((m, i) => ({ row: i + 1, name: m.name, code: m.code, population: m.population })),
  };
  const municipalities = table.rows.map((r) => ({ name: r.name, code: r.code, population: r.population }));
  const agreed = findSchedule("nml-2023")!;

  test("formats every row and the totals in the UI language", () => {
    const nl = buildPreview(allocate(agreed, municipalities), table, "nl", "nl-NL", "Totaal");
    expect(nl.rows[14]).toEqual({
      key: "15",
      name: "Weert",
      population: "50.020",
      amounts: ["€ 4.002", "€ 3.501"],
      total: "€ 7.503",
    });
    expect(nl.columns).toEqual([
      { id: "basis", label: "Basis" },
      { id: "uitbreiding", label: "Uitbreiding" },
    ]);
    expect(nl.totals.name).toBe("Totaal");
    const en = buildPreview(allocate(agreed, municipalities), table, "en", "en-GB", "Total");
    expect(en.rows[14]).toMatchObject({ population: "50,020", amounts: ["€4,002", "€3,501"], total: "€7,503" });
  });

  test("keeps the identity of rows whose texts did not change, so memoized rows skip rendering", () => {
    const first = buildPreview(allocate(agreed, municipalities), table, "nl", "nl-NL", "Totaal");
    const same = buildPreview(
      allocate(applyOverrides(agreed, { rates: { uitbreiding: "0.0700001" } }), municipalities),
      table,
      "nl",
      "nl-NL",
      "Totaal",
      first,
    );
    expect(same.rows.every((r, i) => r === first.rows[i])).toBe(true);
    expect(same.totals).toBe(first.totals);
    const changed = buildPreview(
      allocate(applyOverrides(agreed, { rates: { uitbreiding: "0.09" } }), municipalities),
      table,
      "nl",
      "nl-NL",
      "Totaal",
      same,
    );
    expect(changed.rows.filter((r, i) => r === same.rows[i])).toHaveLength(0);
    expect(changed.rows[14].amounts).toEqual(["€ 4.002", "€ 4.502"]);
  });
});

describe("the preview sheet shows cells as Excel would", () => {
  test("number formats in Dutch and English", () => {
    expect(formatNumber(7503, EURO_WHOLE_FORMAT, "nl")).toBe("€ 7.503");
    expect(formatNumber(-7503, EURO_WHOLE_FORMAT, "nl")).toBe("€ -7.503");
    expect(formatNumber(1078.24, EURO_CENTS_FORMAT, "nl")).toBe("€ 1.078,24");
    expect(formatNumber(1078.24, EURO_CENTS_FORMAT, "en")).toBe("€ 1,078.24");
    expect(formatNumber(7503, '"€" #,##0;"€" -#,##0', "nl")).toBe("€ 7.503");
    expect(formatNumber(50020, "#,##0", "nl")).toBe("50.020");
    expect(formatNumber(-5, "#,##0", "nl")).toBe("-5");
    expect(formatNumber(0.5, "0%", "nl")).toBe("50%");
    expect(formatNumber(3501.4, "General", "nl")).toBe("3501,4");
    expect(formatNumber(3501.4, undefined, "en")).toBe("3501.4");
    expect(formatNumber(0.1 + 0.2, "General", "en")).toBe("0.3");
    expect(formatNumber(1234.5, "[$€-413] #,##0.00", "nl")).toBe("€ 1.234,50");
  });

  test("text, booleans, errors and empty cells", () => {
    expect(displayCell({ v: "=6700001", nf: "@" }, "nl")).toEqual({ text: "=6700001", numeric: false });
    expect(displayCell({ v: true }, "nl").text).toBe("WAAR");
    expect(displayCell({ v: false }, "en").text).toBe("FALSE");
    expect(displayCell({ err: "#N/A" }, "nl").text).toBe("#N/A");
    expect(displayCell(undefined, "nl")).toEqual({ text: "", numeric: false });
    expect(displayCell({ v: 7503, nf: EURO_WHOLE_FORMAT }, "nl")).toEqual({ text: "€ 7.503", numeric: true });
  });
});
