import { detectTable } from "../../src/workbook/detect";
import { ALL_FINDING_CODES, formatFinding } from "../../src/workbook/messages";
import type { Finding, FindingCode } from "../../src/workbook/types";
import { err, SHEET, simpleGrid } from "./grid-helpers";

const f = (code: FindingCode, cell: string | undefined, params: Finding["params"] = {}, severity: Finding["severity"] = "error"): Finding => {
  const x: Finding = { code, severity, sheet: SHEET, params };
  if (cell !== undefined) x.cell = cell;
  return x;
};

/** One realistic finding per code. */
const SAMPLES: Record<FindingCode, Finding> = {
  "no-header": f("no-header", undefined, { rows: 20, headerRow: 1, headers: "A: Iets, B: Anders" }),
  "column-not-found": f("column-not-found", undefined, { role: "population", asked: "Bevolking", headerRow: 1, headers: "A: Gemeente, B: Inw." }),
  "column-ambiguous": f("column-ambiguous", "A1:C1", { role: "population", headers: "B1: Inwoners 2022, C1: Inwoners 2023" }),
  "population-text": f("population-text", "C5", { text: "13.478", suggestion: "13478", type: "text" }),
  "population-blank": f("population-blank", "C6", { name: "Weert" }),
  "population-error": f("population-error", "C7", { error: "#N/A" }),
  "population-decimal": f("population-decimal", "C8", { value: "13478.5" }),
  "population-negative": f("population-negative", "C9", { value: "-5" }),
  "population-too-large": f("population-too-large", "C9", { value: "9007199254740992" }),
  "name-blank": f("name-blank", "A10", { population: 50020 }),
  "name-formula-like": f("name-formula-like", "A11", { name: "=Beesel" }),
  "duplicate-municipality": f("duplicate-municipality", "A12", { by: "name", name: "Beesel", other: "A2" }),
  "totals-row": f("totals-row", "A13:C13", { by: "name", name: "Totaal" }, "info"),
  "blank-row": f("blank-row", "A14:C15", { from: 14, to: 15 }, "info"),
  "hidden-row": f("hidden-row", "A16:C16", { from: 16, to: 16 }),
  "filter-active": f("filter-active", undefined),
  "merged-cells": f("merged-cells", "B1:C1"),
  "sheet-protected": f("sheet-protected", undefined),
  "target-not-empty": f("target-not-empty", "E2:E16"),
  "cbs-period-chosen": f("cbs-period-chosen", "B3", { period: "2023*", available: "2022, 2023*", provisional: 1, byChoice: 0, otherRows: 5 }, "info"),
  "period-not-found": f("period-not-found", "B3", { asked: "2021", available: "2022, 2023*" }),
  "cbs-row-skipped": f("cbs-row-skipped", "A5", { name: "Limburg (PV)", kind: "PV" }, "info"),
  "note-row": f("note-row", "A20", { text: "Bron: CBS" }, "info"),
  "no-data": f("no-data", "A1:B1", { headerRow: 1 }),
  "fixed-amount-unmatched": f("fixed-amount-unmatched", undefined, { key: "Alkmaar", component: "vast" }, "warning"),
  "check-column-not-found": f("check-column-not-found", undefined, { header: "Bijdrage 2024", headerRow: 1, headers: "A: Gemeente" }),
  "check-not-a-number": f("check-not-a-number", "D3", { text: "7.503", name: "Weert", expected: "7503" }, "warning"),
  "check-blank": f("check-blank", "C4", { name: "Venlo", expected: "7000" }, "warning"),
  "check-error": f("check-error", "D4", { error: "#DEEL/0!", name: "Venlo", expected: "15000" }, "warning"),
  "check-formula": f("check-formula", "C6", { formula: "=B6*0,06", found: "2520", expected: "2940", name: "Horst" }, "info"),
  "measure-text": f("measure-text", "D5", { measure: "woningen", text: "45.001", suggestion: "45001", type: "text", name: "Venlo" }),
  "measure-blank": f("measure-blank", "D6", { measure: "oppervlakte", name: "Weert" }),
  "measure-error": f("measure-error", "D7", { measure: "clienten", error: "#N/A" }),
  "measure-decimal": f("measure-decimal", "D8", { measure: "woningen", value: "45001.5" }),
  "measure-negative": f("measure-negative", "D9", { measure: "huishoudens", value: "-3" }),
  "measure-too-large": f("measure-too-large", "D10", { measure: "woningen", value: "9007199254740993" }),
  "cbs-former-municipalities": f("cbs-former-municipalities", "A30", { count: 367, period: "2020", names: "Aalburg, Bussum" }, "info"),
  "period-differs": f("period-differs", "B1", { askedYear: "2022", asked: "CBS, 1 januari 2022", period: "2023", year: "2023" }, "warning"),
  "row-total-mismatch": f("row-total-mismatch", "F8", { name: "Venlo", found: "15300", terms: "D8 + E8", sum: "15570", difference: "-270" }, "warning"),
  "totals-row-mismatch": f("totals-row-mismatch", "F17", { header: "F (Bijdrage totaal 2023)", found: "100000", sum: "99730", difference: "270" }, "warning"),
};

describe("formatFinding", () => {
  it("gives the example message exactly", () => {
    expect(formatFinding(SAMPLES["population-text"], "nl")).toBe(
      `Blad 'Gemeenten', cel C5: het inwonertal is tekst ("13.478"). Typ het als getal (13478).`,
    );
    expect(formatFinding(SAMPLES["population-text"], "en")).toBe(
      `Sheet 'Gemeenten', cell C5: the population is text ("13.478"). Type it as a number (13478).`,
    );
  });

  it("covers every finding code in both languages, naming sheet and cell", () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...ALL_FINDING_CODES].sort());
    for (const code of ALL_FINDING_CODES) {
      const finding = SAMPLES[code];
      const nl = formatFinding(finding, "nl");
      const en = formatFinding(finding, "en");
      for (const [msg, lang] of [
        [nl, "nl"],
        [en, "en"],
      ] as const) {
        const prefix = lang === "nl" ? "Blad 'Gemeenten'" : "Sheet 'Gemeenten'";
        expect(msg.startsWith(prefix)).toBe(true);
        if (finding.cell) expect(msg).toContain(finding.cell);
        expect(msg).not.toMatch(/undefined|null|NaN|\[object/);
        expect(msg.trim().endsWith(".")).toBe(true);
        expect(msg.length).toBeGreaterThan(40);
      }
      expect(nl).not.toBe(en);
    }
  });

  it("uses cel/cellen and cell/cells", () => {
    expect(formatFinding(SAMPLES["target-not-empty"], "nl")).toMatch(/^Blad 'Gemeenten', cellen E2:E16: /);
    expect(formatFinding(SAMPLES["target-not-empty"], "en")).toMatch(/^Sheet 'Gemeenten', cells E2:E16: /);
    expect(formatFinding(SAMPLES["sheet-protected"], "nl")).toMatch(/^Blad 'Gemeenten': het blad is beveiligd/);
  });

  it("says what to do", () => {
    expect(formatFinding(SAMPLES["hidden-row"], "nl")).toContain("maak de rij zichtbaar");
    expect(formatFinding(SAMPLES["filter-active"], "nl")).toContain("wis het filter");
    expect(formatFinding(SAMPLES["duplicate-municipality"], "nl")).toBe(
      "Blad 'Gemeenten', cel A12: de gemeente Beesel staat er twee keer in; ook in cel A2. Haal een van beide rijen weg, anders betaalt de gemeente dubbel.",
    );
    expect(formatFinding(SAMPLES["column-not-found"], "nl")).toContain('de gekozen kolom "Bevolking" (inwoners) staat niet in de kopregel');
    expect(formatFinding(SAMPLES["check-blank"], "nl")).toBe(
      "Blad 'Gemeenten', cel C4: de gecontroleerde bijdrage van Venlo ontbreekt; verwacht 7000. Vul het bedrag in.",
    );
  });

  it("variants: text without a suggestion, dates, CBS no-data mark, totals by sum, middle totals", () => {
    expect(formatFinding(f("population-text", "B2", { text: "veel", type: "text" }), "nl")).toBe(
      `Blad 'Gemeenten', cel B2: het inwonertal is tekst ("veel"), geen getal. Typ het aantal inwoners als getal.`,
    );
    expect(formatFinding(f("population-text", "B2", { text: "2023-01-01", type: "date" }), "nl")).toContain("is een datum (2023-01-01)");
    expect(formatFinding(f("population-blank", "A7", { marker: "." }), "nl")).toContain('CBS-teken "."');
    expect(formatFinding(f("totals-row", "A4:B4", { by: "sum", sum: 63498 }), "nl")).toContain("som van de rijen erboven (63498 inwoners)");
    expect(formatFinding(f("totals-row", "A3:B3", { by: "name", name: "Subtotaal", position: "middle" }), "nl")).toContain("tussen de gemeenten");
    expect(formatFinding(f("totals-row", "A4:B4", { by: "sum", sum: 3, name: "Venlo", position: "named" }), "en")).toContain("exactly the sum");
    expect(formatFinding(f("blank-row", "A3:B3", { from: 3, to: 3 }), "nl")).toContain("lege rij 3 ");
    expect(formatFinding(f("duplicate-municipality", "B4", { by: "code", code: "GM0889", name: "Beesel", other: "B2", otherName: "Beesel" }), "en")).toContain(
      "municipality code GM0889",
    );
  });

  it("formats every finding a messy sheet produces", () => {
    const grid = simpleGrid([
      ["Beesel", "13.478"],
      ["=Weert", 1],
      [null, 2],
      ["Venlo", err("#N/A")],
      ["Gennep", 1.5],
      ["Venray", -1],
      ["Roermond", 5],
      ["roermond", 6],
      ["Totaal", null],
    ]);
    grid.protected = true;
    grid.filterActive = true;
    grid.hiddenRows = [7];
    grid.merges = [{ top: 0, left: 0, bottom: 0, right: 1 }];
    const r = detectTable(grid);
    expect(r.findings.length).toBeGreaterThanOrEqual(11);
    for (const finding of r.findings) {
      for (const lang of ["nl", "en"] as const) {
        const msg = formatFinding(finding, lang);
        expect(msg).not.toMatch(/undefined|\[object/);
        if (finding.cell) expect(msg).toContain(finding.cell);
      }
    }
  });
});
