// planControleReport: the Controle sheet a controller files.
import { allocate } from "../../src/allocation";
import type { Schedule } from "../../src/allocation/types";
import { detectTable } from "../../src/workbook/detect";
import { EURO_CENTS_FORMAT, EURO_WHOLE_FORMAT } from "../../src/workbook/euro-format";
import { planControleReport, type ControleCheck, type ControleReportArgs } from "../../src/workbook/plan-controle-report";
import { toMunicipalities } from "../../src/workbook/plan-findings";
import { planVerify, verifyReport } from "../../src/workbook/plan-verify";
import type { CellValue, Grid, PlannedCell } from "../../src/workbook/types";
import { err, LIMBURG_2020, makeGrid, NML_2023 } from "./grid-helpers";

// Local time, so the expected text does not depend on the machine's time zone.
const NOW = new Date(2024, 2, 1, 11, 5);

function reportFor(grid: Grid, schedule: Schedule, checks: ControleCheck[], extra: Partial<ControleReportArgs> = {}): PlannedCell[][] {
  const { table } = detectTable(grid);
  if (!table) throw new Error("no table");
  const plan = planVerify({ grid, table, checks });
  const report = verifyReport({ ...plan, allocation: allocate(schedule, toMunicipalities(table)), table, tolerance: extra.tolerance ?? "0" });
  return planControleReport({ report, schedule, checks, sheet: grid.sheet, tolerance: "0", now: NOW, lang: "nl", ...extra });
}

const NML_SHEET = (): Grid =>
  makeGrid(
    [
      ["Gemeente", "Inwoners", "Bijdrage uitbreiding 2023", "Bijdrage totaal 2023"],
      ["Beesel", 13478, 943, 2021],
      ["Weert", 50020, 3501.4, "7.503"],
      ["Venlo", 100000, null, err("#N/A")],
      ["Horst aan de Maas", 42000, 2520, 6300],
    ],
    { formulas: [[], [], [], [], [null, null, "=B5*0,06"]] },
  );
const CHECKS: ControleCheck[] = [
  { target: "uitbreiding", header: "Bijdrage uitbreiding 2023", column: 2 },
  { target: "total", header: "Bijdrage totaal 2023", column: 3 },
];

const S: PlannedCell = { kind: "skip" };
const t = (value: string): PlannedCell => ({ kind: "text", value });
const n = (value: string, format = EURO_WHOLE_FORMAT): PlannedCell => ({ kind: "number", value, format });
/** A difference: its sign always shown (€ +0,4, € -420). */
const d = (value: string, decimals = 0): PlannedCell => {
  const digits = decimals > 0 ? `#,##0.${"0".repeat(decimals)}` : "#,##0";
  const zero = decimals > 0 ? `0.${"0".repeat(decimals)}` : "0";
  return { kind: "number", value, format: `€ +${digits};€ -${digits};€ ${zero}` };
};
const c = (value: number): PlannedCell => ({ kind: "number", value: String(value), format: "#,##0" });
const row = (...cells: PlannedCell[]): PlannedCell[] => [...cells, ...new Array<PlannedCell>(6 - cells.length).fill(S)];

describe("planControleReport", () => {
  it("heading, checked columns, summary, mismatches and other findings, in Dutch", () => {
    const cells = reportFor(NML_SHEET(), NML_2023, CHECKS, { book: "begroting.xlsx", toolVersion: "0.2.0" });
    expect(cells).toEqual([
      row(t("Controle van bijdragen")),
      row(),
      row(t("Datum en tijd"), t("1-3-2024 11:05")),
      row(t("Werkmap"), t("begroting.xlsx")),
      row(t("Blad"), t("Gemeenten")),
      row(t("Verdeelsleutel"), t("nml-2023 — Noord- en Midden-Limburg, vanaf 2023")),
      row(t("Bron"), t("001")),
      row(t("Tolerantie"), n("0")),
      row(t("Gecontroleerde kolommen"), t("C: Bijdrage uitbreiding 2023"), t("Uitbreiding")),
      row(S, t("D: Bijdrage totaal 2023"), t("totaal")),
      row(t("Versie"), t("0.2.0")),
      row(),
      row(t("Samenvatting")),
      row(t("Gecontroleerd"), c(8)),
      row(t("Juist"), c(3)),
      row(t("Onjuist"), c(5)),
      // 0,4 − 420; Horst's total 6300 is right (2940 + 3360), only its uitbreiding formula is off.
      row(t("Som van de verschillen"), d("-419.6", 1)),
      row(),
      row(t("Afwijkingen")),
      row(t("Cel"), t("Gemeente"), t("Onderdeel"), t("Verwacht"), t("Gevonden"), t("Verschil")),
      row(t("C3"), t("Weert"), t("Uitbreiding"), n("3501"), n("3501.4", "€ #,##0.0;€ -#,##0.0"), d("0.4", 1)),
      row(t("C4"), t("Venlo"), t("Uitbreiding"), n("7000"), t("(leeg)")),
      row(t("C5"), t("Horst aan de Maas"), t("Uitbreiding"), n("2940"), n("2520"), d("-420")),
      row(t("D3"), t("Weert"), t("totaal"), n("7503"), t('tekst "7.503"')),
      row(t("D4"), t("Venlo"), t("totaal"), n("15000"), t("foutwaarde #N/A")),
      row(),
      row(t("Andere meldingen")),
      row(t("Cel"), t("Melding")),
      row(t("C4"), t("Blad 'Gemeenten', cel C4: de gecontroleerde bijdrage van Venlo ontbreekt; verwacht 7000. Vul het bedrag in.")),
      row(t("D3"), t('Blad \'Gemeenten\', cel D3: de gecontroleerde bijdrage van Weert is tekst ("7.503"), geen getal; verwacht 7503. Typ het bedrag als getal.')),
      row(t("D4"), t("Blad 'Gemeenten', cel D4: de gecontroleerde bijdrage van Venlo is een foutwaarde (#N/A); verwacht 15000. Herstel de formule.")),
      row(
        t("C5"),
        t("Blad 'Gemeenten', cel C5: de bijdrage van Horst aan de Maas komt uit een formule (=B5*0,06) met uitkomst 2520; verwacht 2940. Controleer de formule en het tarief daarin."),
      ),
    ]);
  });

  it("English, and a check without a known column", () => {
    const cells = reportFor(NML_SHEET(), NML_2023, [{ target: "total", header: "Bijdrage totaal 2023" }], { lang: "en" });
    const labels = cells.map((r) => (r[0].kind === "text" ? r[0].value : ""));
    expect(labels.slice(0, 8)).toEqual(["Check of contributions", "", "Date and time", "Sheet", "Schedule", "Source", "Tolerance", "Checked columns"]);
    expect(cells[2][1]).toEqual(t("2024-03-01 11:05"));
    expect(cells[4][1]).toEqual(t("nml-2023 — Noord- en Midden-Limburg, from 2023"));
    expect(cells[7].slice(1, 3)).toEqual([t("Bijdrage totaal 2023"), t("total")]);
    expect(labels).toEqual(expect.arrayContaining(["Summary", "Checked", "Correct", "Wrong", "Sum of differences", "Mismatches", "Other findings"]));
    const head = cells.findIndex((r) => r[0].kind === "text" && r[0].value === "Mismatches");
    expect(cells[head + 1].map((x) => (x.kind === "text" ? x.value : ""))).toEqual(["Cell", "Municipality", "Component", "Expected", "Found", "Difference"]);
    expect(cells[head + 2].slice(0, 5)).toEqual([t("D3"), t("Weert"), t("total"), n("7503", "€#,##0;-€#,##0"), t('text "7.503"')]);
    expect(cells.flat().some((x) => x.kind === "text" && x.value.startsWith("Sheet 'Gemeenten', cell D4: the checked contribution of Venlo is an error value"))).toBe(true);
  });

  it("all figures right: the tables say so; cents and the tolerance in the cents format", () => {
    const grid = makeGrid([
      ["Gemeente", "Inwoners", "Bijdrage"],
      ["Beesel", 13478, 1078.24],
      ["Weert", 50020, 4001.6],
    ]);
    const cells = reportFor(grid, LIMBURG_2020, [{ target: "zorgcoordinatie", header: "Bijdrage" }], { tolerance: "0.5" });
    const find = (label: string): PlannedCell[] => cells.find((r) => r[0].kind === "text" && r[0].value === label) ?? [];
    expect(find("Tolerantie")[1]).toEqual(n("0.5", EURO_CENTS_FORMAT));
    expect(find("Som van de verschillen")[1]).toEqual(d("0.00", 2));
    // Weert 4001.6 is expected 4001.60: exact. Nothing matched only within the tolerance, so no such line.
    expect(find("waarvan alleen binnen de tolerantie juist")).toEqual([]);
    expect(find("Onjuist")[1]).toEqual(c(0));
    expect(cells.flat().filter((x) => x.kind === "text" && (x.value === "Geen afwijkingen." || x.value === "Geen meldingen."))).toHaveLength(2);
  });

  it("figures right only within the tolerance: counted and summed under Juist", () => {
    const grid = makeGrid([
      ["Gemeente", "Inwoners", "Bijdrage"],
      ["Beesel", 13478, 1078.5],
      ["Weert", 50020, 4001.3],
    ]);
    // Expected 1078.24 and 4001.60: +0.26 and -0.30, both within 0.50.
    const cells = reportFor(grid, LIMBURG_2020, [{ target: "zorgcoordinatie", header: "Bijdrage" }], { tolerance: "0.5" });
    const find = (label: string): PlannedCell[] => cells.find((r) => r[0].kind === "text" && r[0].value === label) ?? [];
    expect(find("Juist")[1]).toEqual(c(2));
    expect(find("waarvan alleen binnen de tolerantie juist")[1]).toEqual(c(2));
    expect(find("Som van die verschillen")[1]).toEqual(d("-0.04", 2));
    expect(find("Onjuist")[1]).toEqual(c(0));
  });

  it("every row is six cells wide; names and cells are text, even a name beginning with =", () => {
    const values: CellValue[][] = [
      ["Gemeente", "Inwoners", "Bijdrage"],
      ["=Beesel", 13478, 1],
    ];
    const { table, findings } = detectTable(makeGrid(values));
    expect(findings.map((f) => f.code)).toEqual(["name-formula-like"]);
    if (!table) throw new Error("no table");
    // The name error keeps the row out of the check; a report of a hand-made mismatch shows it as text.
    const cells = planControleReport({
      report: {
        checked: 1,
        matched: 0,
        wrong: 1,
        mismatches: [{ row: 2, cell: "C2", name: "=Beesel", component: "zorgcoordinatie", expected: "1078.24", found: "1", difference: "-1077.24" }],
        sumOfDifferences: "-1077.24",
        withinTolerance: 0,
        sumWithinTolerance: "0",
        findings: findings,
      },
      schedule: LIMBURG_2020,
      checks: [{ target: "zorgcoordinatie", header: "Bijdrage" }],
      sheet: "Gemeenten",
      tolerance: "0",
      now: NOW,
      lang: "nl",
    });
    expect(cells.every((r) => r.length === 6)).toBe(true);
    expect(cells.flat().some((x) => x.kind === "formula")).toBe(false);
    expect(cells.flat()).toContainEqual(t("=Beesel"));
    expect(cells.flat()).toContainEqual(d("-1077.24", 2));
    expect(cells.flat().filter((x) => x.kind === "text" && x.value.startsWith("Blad 'Gemeenten', cel A2:"))).toHaveLength(1);
  });
});
