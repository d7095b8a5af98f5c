// CBS Regionale kerncijfers (70072ned) and Bevolking (03759ned) exports as budget officers get
// them: the CSV as downloaded, pasted split and unsplit, both layouts, two periods. Every figure
// is checked against the independent reference (fractions and a plain largest remainder).
import { allocate } from "../../src/allocation/allocate";
import { parseSchedule } from "../../src/allocation/schema";
import type { KeyPart, Schedule } from "../../src/allocation/types";
import { toPlainAmounts } from "../../src/allocation/plain-amounts";
import { readCsv, describeCsv, CsvError } from "../../src/workbook/csv-file";
import { detectTable } from "../../src/workbook/detect";
import { detectOptionsFor } from "../../src/workbook/detect-options";
import { hasErrors } from "../../src/workbook/findings";
import { formatFinding } from "../../src/workbook/messages";
import { toMunicipalities } from "../../src/workbook/plan-findings";
import type { DetectResult, Finding, Grid } from "../../src/workbook/types";
import { add, div, frac, largestRemainder, mul, parseFraction, type Fraction } from "../allocation/reference";
import { exportBytes, exportLines, formerIn, municipalitiesIn, pastedSplit, pastedUnsplit, type Layout } from "./cbs-files";

const KEY: KeyPart[] = [
  { measure: "inwoners", weight: "0.5" },
  { measure: "woningen", weight: "0.3" },
  { measure: "oppervlakte", weight: "0.2" },
];

function weighted(populationDate?: string): Schedule {
  return parseSchedule({
    id: "gr-test",
    title: "GR",
    region: "Gooi",
    year: 2025,
    source: "test",
    ...(populationDate ? { populationDate } : {}),
    rounding: { unit: "cent", mode: "half-up" },
    components: [{ id: "aandeel", label: "Aandeel", kind: "share-of-total", total: "250000", key: KEY }],
  });
}

/** What every municipality of the period must pay: T × Σ w × m / S, largest remainder, in cents. */
function expectedCents(period: string): string[] {
  const munis = municipalitiesIn(period);
  const value = (m: (typeof munis)[number], measure: string): Fraction =>
    measure === "inwoners" ? frac(BigInt(m.figures.population)) : measure === "woningen" ? frac(BigInt(m.figures.dwellings)) : frac(BigInt(m.figures.areaHundredths), 100n);
  const sums = KEY.map((k) => munis.reduce((s, m) => add(s, value(m, k.measure)), frac(0n)));
  const total = 25_000_000n;
  const shares = munis.map((m) => KEY.reduce((s, k, j) => add(s, mul(frac(total), mul(parseFraction(k.weight), div(value(m, k.measure), sums[j])))), frac(0n)));
  const units = largestRemainder(total, shares, munis.map((m) => ({ name: m.name, code: m.code, population: m.figures.population })));
  return units.map((u) => (Number(u) / 100).toFixed(2));
}

const codes = (r: DetectResult, code: Finding["code"]): Finding[] => r.findings.filter((f) => f.code === code);

function checkPeriod(grid: Grid, period: string, schedule: Schedule, withCodes: boolean): DetectResult {
  const r = detectTable(grid, undefined, detectOptionsFor(schedule));
  expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
  const table = r.table!;
  expect(table.period).toBe(period);
  const munis = municipalitiesIn(period);
  expect(table.rows.map((x) => x.name)).toEqual(munis.map((m) => m.name));
  expect(table.rows.map((x) => x.population)).toEqual(munis.map((m) => m.figures.population));
  expect(table.rows.map((x) => x.measures)).toEqual(
    munis.map((m) => ({ woningen: String(m.figures.dwellings), oppervlakte: String(m.figures.areaHundredths / 100) })),
  );
  if (withCodes) expect(table.rows.map((x) => x.code?.trim())).toEqual(munis.map((m) => m.code));
  // Former municipalities: one note with their number, the names on the table (for the audit sheet).
  const former = codes(r, "cbs-former-municipalities");
  expect(former).toHaveLength(1);
  expect(former[0].params.count).toBe(formerIn(period).length);
  expect(table.formerMunicipalities).toEqual(formerIn(period));
  expect(codes(r, "cbs-row-skipped").map((f) => f.params.kind)).toEqual(["NL", "LD", "PV", "CR"]);
  // Every figure of the weighted key, exact.
  const allocation = allocate(schedule, toMunicipalities(table));
  expect(toPlainAmounts(allocation.components[0].units!, "cent")).toEqual(expectedCents(period));
  return r;
}

describe.each<[Layout, string]>([
  ["2020", "2020"],
  ["2025", "2025"],
])("Regionale kerncijfers, %s layout", (layout, period) => {
  const lines = exportLines(layout, [period]);

  it("the CSV as downloaded: UTF-8 with BOM, CRLF, ';', quoted fields", () => {
    const read = readCsv(exportBytes(lines), "70072ned");
    expect(read).toMatchObject({ encoding: "utf-8", bom: true, separator: ";", decimalComma: layout === "2025", lines: lines.length });
    checkPeriod(read.grid, period, weighted(), false);
    expect(describeCsv(read, "nl")).toBe(
      `UTF-8 met BOM, gescheiden door puntkomma, ${layout === "2025" ? "decimale komma" : "decimale punt (of alleen hele getallen)"}, ${lines.length} regels`,
    );
  });

  it("pasted split into columns", () => {
    checkPeriod({ sheet: "Blad1", top: 0, left: 0, values: pastedSplit(lines, layout === "2025") }, period, weighted(), false);
  });

  it("pasted unsplit, one line per cell", () => {
    const r = checkPeriod({ sheet: "Blad1", top: 0, left: 0, values: pastedUnsplit(lines) }, period, weighted(), false);
    expect(r.table?.split?.measureFields).toEqual({ woningen: 4, oppervlakte: 5 });
  });

  it("with the Codering column the CBS codes are kept", () => {
    const withCodes = exportLines(layout, [period], { code: true });
    checkPeriod(readCsv(exportBytes(withCodes), "70072ned").grid, period, weighted(), true);
    checkPeriod({ sheet: "Blad1", top: 0, left: 0, values: pastedSplit(withCodes, layout === "2025") }, period, weighted(), true);
  });
});

describe("an export with two periods", () => {
  const lines = exportLines("2025", ["2024", "2025"], { code: true, periodFirst: true });
  const grid = readCsv(exportBytes(lines), "70072ned").grid;

  it("uses the latest without a population date, and says so", () => {
    const r = checkPeriod(grid, "2025", weighted(), true);
    expect(codes(r, "cbs-period-chosen")[0].params).toMatchObject({ period: "2025", available: "2024, 2025", byDate: 0 });
    expect(r.table?.periodBy).toBe("latest");
  });

  it("follows the schedule's population date", () => {
    const r = checkPeriod(grid, "2024", weighted("CBS, 1 januari 2024"), true);
    expect(codes(r, "cbs-period-chosen")[0].params).toMatchObject({ period: "2024", byDate: 1 });
    expect(codes(r, "period-differs")).toEqual([]);
    expect(r.table?.periodBy).toBe("population-date");
  });

  it("warns when the schedule asks for a period the file does not have", () => {
    const r = detectTable(grid, undefined, detectOptionsFor(weighted("1 januari 2022")));
    const w = codes(r, "period-differs");
    expect(w).toHaveLength(1);
    expect(w[0].severity).toBe("warning");
    expect(formatFinding(w[0], "nl")).toBe(
      "Blad '70072ned', cel A1: de verdeelsleutel vraagt inwoners op 1 januari 2022 (peildatum: 1 januari 2022); het bestand heeft 1 januari 2025 (periode 2025). Controleer of dat zo bedoeld is, of gebruik een bestand met de gevraagde periode.",
    );
    expect(hasErrors(r.findings)).toBe(false);
  });

  it("a period chosen by hand wins, without a warning", () => {
    const r = detectTable(grid, { period: "2024" }, detectOptionsFor(weighted("1 januari 2025")));
    expect(r.table?.period).toBe("2024");
    expect(codes(r, "period-differs")).toEqual([]);
  });
});

describe("rows of a CBS export", () => {
  it("a row with other figures but no population stays an error naming its cell", () => {
    const lines = exportLines("2025", ["2025"]);
    const hilversum = lines.findIndex((l) => l.startsWith('"Hilversum"'));
    lines[hilversum] = lines[hilversum].replace(/^("Hilversum";"2025";)"[^"]*"/, '$1"."');
    const r = detectTable(readCsv(exportBytes(lines), "70072ned").grid, undefined, detectOptionsFor(weighted()));
    const blank = codes(r, "population-blank");
    expect(blank).toHaveLength(1);
    expect(blank[0]).toMatchObject({ severity: "error", cell: `C${hilversum + 1}`, params: { name: "Hilversum" } });
    expect(hasErrors(r.findings)).toBe(true);
  });

  it("a measure cell that is text, negative or blank is an error naming the cell", () => {
    const values = pastedSplit(exportLines("2025", ["2025"]), true);
    const row = values.findIndex((v) => v[0] === "Laren");
    values[row][4] = "4.720";
    values[row][5] = -3;
    const other = values.findIndex((v) => v[0] === "Huizen");
    values[other][4] = null;
    const r = detectTable({ sheet: "Blad1", top: 0, left: 0, values }, undefined, detectOptionsFor(weighted()));
    expect(r.findings.filter((f) => f.severity === "error").map((f) => [f.code, f.cell, f.params.measure])).toEqual([
      ["measure-blank", `E${other + 1}`, "woningen"],
      ["measure-text", `E${row + 1}`, "woningen"],
      ["measure-negative", `F${row + 1}`, "oppervlakte"],
    ]);
    expect(formatFinding(codes(r, "measure-text")[0], "nl")).toBe(
      `Blad 'Blad1', cel E${row + 1}: het aantal woningen van Laren is tekst ("4.720"). Typ het als getal (4720).`,
    );
  });

  it("a measure whose column is not there, or named by hand", () => {
    const lines = exportLines("2025", ["2025"]);
    const schedule = parseSchedule({
      id: "gr",
      title: "GR",
      region: "R",
      year: 2025,
      source: "s",
      rounding: { unit: "euro", mode: "half-up" },
      components: [{ id: "c", label: "Cliënten", kind: "per-unit", measure: "clienten", rate: "10" }],
    });
    const grid = readCsv(exportBytes(lines), "x").grid;
    const missing = detectTable(grid, undefined, detectOptionsFor(schedule));
    expect(codes(missing, "column-not-found")[0].params).toMatchObject({ role: "measure", measure: "clienten", asked: "" });
    const named = detectTable(grid, { measureColumns: { clienten: DWELLINGS_LEAF_HEADER } }, detectOptionsFor(schedule));
    expect(named.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(named.table?.rows[0].measures).toEqual({ clienten: String(municipalitiesIn("2025")[0].figures.dwellings) });
  });
});

const DWELLINGS_LEAF_HEADER = "Bouwen en wonen/Woningvoorraad/Voorraad op 1 januari (aantal)";

describe("Bevolking op 1 januari (03759ned)", () => {
  it("the StatLine CSV with (gemeente) names and a typed export with padded codes", () => {
    const text = [
      '"Regio\'s";"Perioden";"Bevolking op 1 januari (aantal)"',
      '"Nederland";"2023";"17811291"',
      '"Groningen (PV)";"2023";"596075"',
      '"Groningen (gemeente)";"2023";"238147"',
      '"Haaren";"2023";""',
      '"Weert";"2023";"50020"',
    ].join("\r\n");
    const r = detectTable(readCsv(text, "03759ned").grid);
    expect(r.table?.rows.map((x) => [x.name, x.population])).toEqual([
      ["Groningen", 238147],
      ["Weert", 50020],
    ]);
    expect(codes(r, "cbs-former-municipalities")[0].params).toMatchObject({ count: 1, names: "Haaren" });
    const typed = ["ID;RegioS;Perioden;BevolkingOp1Januari_1", "0;NL01      ;2023JJ00;17811291", "1;GM0988    ;2023JJ00;50020"].join("\n");
    const t = detectTable(readCsv(typed, "typed").grid);
    expect(t.table?.rows).toEqual([{ row: 2, name: "GM0988", code: "GM0988", population: 50020 }]);
  });

  it("periods as columns under Regio's: the schedule's year, else the latest", () => {
    const values = [
      ["Regio's", "2022", "2023*"],
      ["Nederland", 17590672, 17811291],
      ["Weert", 49900, 50020],
    ];
    const grid: Grid = { sheet: "B", top: 0, left: 0, values };
    const latest = detectTable(grid);
    expect(latest.table).toMatchObject({ populationColumn: 2, period: "2023*", periodBy: "latest" });
    expect(codes(latest, "cbs-period-chosen")[0].params).toMatchObject({ columns: 1 });
    const asked = detectTable(grid, undefined, { populationYear: "2022", populationDate: "1-1-2022" });
    expect(asked.table?.rows).toEqual([{ row: 2, name: "Weert", population: 49900 }]);
  });
});

describe("CSV files that are not understood, or other encodings", () => {
  it("names the line of a quote never closed, or of too many fields", () => {
    expect(() => readCsv('Gemeente;Inwoners\r\nWeert;50020\r\n"Venlo;101000\r\n', "x")).toThrow(CsvError);
    try {
      readCsv("Gemeente;Inwoners\nWeert;50020\nVenlo;101;000\n", "x");
    } catch (e) {
      expect((e as CsvError).line).toBe(3);
      expect((e as CsvError).message).toBe('regel 3: 3 velden, terwijl de kopregel er 2 heeft (scheidingsteken ";"). Controleer die regel.');
    }
    expect(() => readCsv("", "x")).toThrow("het bestand is leeg.");
  });

  it("a plain list in ',' form, Windows-1252 and UTF-16", () => {
    const plain = readCsv("Gemeente,Inwoners\nWeert,50020\nBeesel,13478\n", "x");
    expect(plain.separator).toBe(",");
    expect(detectTable(plain.grid).table?.rows.map((x) => x.population)).toEqual([50020, 13478]);
    const latin = new Uint8Array([...new TextEncoder().encode("Gemeente;Inwoners\nS"), 0xfa, ...new TextEncoder().encode("dwest-Frysl"), 0xe2, ...new TextEncoder().encode("n;90000\n")]);
    const read = readCsv(latin, "x");
    expect(read.encoding).toBe("windows-1252");
    expect(detectTable(read.grid).table?.rows[0].name).toBe("Súdwest-Fryslân");
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from("Gemeente\tInwoners\r\nWeert\t50020\r\n").flatMap((c) => [c.charCodeAt(0), 0])]);
    const u = readCsv(utf16, "x");
    expect(u).toMatchObject({ encoding: "utf-16le", separator: "\t" });
    expect(detectTable(u.grid).table?.rows).toEqual([{ row: 1, name: "Weert", population: 50020 }]);
  });
});



