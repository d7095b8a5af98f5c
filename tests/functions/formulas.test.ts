// Real formulas in a spreadsheet engine (HyperFormula) with the VERDEEL functions, as Dutch and
// English Excel write them. Expected figures: allocate's, and where a test checks arithmetic, an
// independent exact computation (BigInt cents).
import type { HyperFormula } from "hyperformula";
import { allocate, applyOverrides, Decimal } from "../../src/allocation";
import { shareUserSchedules } from "../../src/functions/schedules";
import { NML_MUNICIPALITIES } from "../../src/preview/example-data";
import { findSchedule } from "../../src/schedules";
import { GOOI_MUNICIPALITIES } from "../../examples/make-weighted-example";
import { testSchedule } from "./arbitraries";
import { largestRemainder, unitsToNumber, weightedShares } from "./exact";
import { dutchSheet, englishSheet } from "./hyperformula";

const nhn = findSchedule("nhn-2020")!;
const value = (hf: HyperFormula, a1: string) => hf.getCellValue(hf.simpleCellAddressFromString(a1, 0)!);

/** Gemeente | Inwoners in A1:B16, the 15 municipalities of Noord- en Midden-Limburg. */
function nmlRows(): (string | number | null)[][] {
  return [["Gemeente", "Inwoners"], ...NML_MUNICIPALITIES.map((m) => [m.name, m.population])];
}

describe("VERDEEL.AANDEEL in a sheet", () => {
  test("=VERDEEL.AANDEEL(B2:B16;90000) spills 15 amounts that add up to 90.000 and equal allocate's", async () => {
    const rows = nmlRows();
    rows[1][2] = "=VERDEEL.AANDEEL(B2:B16;90000)";
    rows.push([], [null, null, "=SOM(C2:C16)"]);
    const hf = await dutchSheet(rows);
    const spilled = Array.from({ length: 15 }, (_, i) => value(hf, `C${i + 2}`));
    expect(spilled.every((v) => typeof v === "number")).toBe(true);
    const expected = allocate(nhn, NML_MUNICIPALITIES.map((m) => ({ name: "", population: m.population }))).components[0].amounts;
    expect(spilled).toEqual(expected.map((a) => a.toNumber()));
    const cents = spilled.reduce((s: bigint, v) => s + BigInt(new Decimal(v as number).times(100).toFixed(0)), 0n);
    expect(cents).toBe(9_000_000n);
    expect(value(hf, "C18")).toBeCloseTo(90000, 6);
    expect(value(hf, "C17")).toBeNull(); // the spill ends where the range ends
  });

  test("recalculates when a population changes, and still adds up", async () => {
    const rows = nmlRows();
    rows[1][2] = "=VERDEEL.AANDEEL(B2:B16;90000;\"euro\";A2:A16)";
    const hf = await dutchSheet(rows);
    hf.setCellContents(hf.simpleCellAddressFromString("B8", 0)!, [[104321]]);
    const spilled = Array.from({ length: 15 }, (_, i) => value(hf, `C${i + 2}`) as number);
    const munis = NML_MUNICIPALITIES.map((m) => ({ name: m.name, population: m.name === "Venlo" ? 104321 : m.population }));
    expect(spilled).toEqual(allocate({ ...nhn, rounding: { unit: "euro", mode: "half-up" } }, munis).components[0].amounts.map((a) => a.toNumber()));
    expect(spilled.reduce((s, v) => s + v, 0)).toBe(90000);
  });

  test("an English sheet: =VERDEEL.SHARE(B2:B16,90000) gives the same shares", async () => {
    const rows = nmlRows();
    rows[1][2] = "=VERDEEL.SHARE(B2:B16,90000)";
    rows[1][3] = "=VERDEEL.AANDEEL(B2:B16,90000)"; // the Dutch name is not an English function
    const hf = await englishSheet(rows);
    const expected = allocate(nhn, NML_MUNICIPALITIES.map((m) => ({ name: "", population: m.population }))).components[0].amounts;
    expect(Array.from({ length: 15 }, (_, i) => value(hf, `C${i + 2}`))).toEqual(expected.map((a) => a.toNumber()));
    expect(value(hf, "D2")).toMatchObject({ type: "NAME" });
  });

  test("text in the population range: #WAARDE! naming the row", async () => {
    const rows = nmlRows();
    rows[4][1] = "'42.500"; // text, as a pasted "42.500" in a cell formatted as text
    rows[1][2] = "=VERDEEL.AANDEEL(B2:B16;90000)";
    const hf = await dutchSheet(rows);
    expect(value(hf, "C2")).toMatchObject({ value: "#WAARDE!", message: expect.stringContaining("inwoners_bereik, rij 4") });
  });

  test("a total with more decimals than the unit: #WAARDE!, never rounded", async () => {
    const rows = nmlRows();
    rows[1][2] = "=VERDEEL.AANDEEL(B2:B16;90000,5;\"euro\")";
    const hf = await dutchSheet(rows);
    expect(value(hf, "C2")).toMatchObject({ value: "#WAARDE!", message: expect.stringMatching(/^totaal: 90000,5 heeft meer decimalen dan de eenheid euro/) });
  });
});

describe("VERDEEL.BIJDRAGE and VERDEEL.SCHEMA in a sheet", () => {
  test('Beesel: =VERDEEL.BIJDRAGE(13478;"limburg-2020") is 1.078,24 (13.478 × 0,08, exact in cents)', async () => {
    const hf = await dutchSheet([['=VERDEEL.BIJDRAGE(13478;"limburg-2020")']]);
    const cents = 13478n * 8n; // € 0,08 is 8 cents: the product is whole cents, nothing to round
    expect(value(hf, "A1")).toBe(Number(cents) / 100);
    expect(value(hf, "A1")).toBe(1078.24); // the figure in the decision paper
  });

  test("a column of contributions with a what-if rate from a cell, and the schedule's figures beside it", async () => {
    const rows: (string | number | null)[][] = [["Gemeente", "Inwoners", "Uitbreiding", "Wat als", "Tarief"]];
    NML_MUNICIPALITIES.forEach((m, i) => rows.push([m.name, m.population, `=VERDEEL.BIJDRAGE(B${i + 2};"nml-2023";"uitbreiding")`, `=VERDEEL.BIJDRAGE(B${i + 2};"nml-2023";"uitbreiding";$E$2)`, null]));
    rows[1][4] = 0.09;
    rows[1][5] = '=VERDEEL.SCHEMA("nml-2023";"uitbreiding")';
    rows[2][5] = '=VERDEEL.SCHEMA("nml-2023";;"eenheid")';
    const hf = await dutchSheet(rows);
    const schedule = findSchedule("nml-2023")!;
    const munis = NML_MUNICIPALITIES.map((m) => ({ name: m.name, population: m.population }));
    const agreed = allocate(schedule, munis).components.find((c) => c.componentId === "uitbreiding")!.amounts;
    expect(NML_MUNICIPALITIES.map((_, i) => value(hf, `C${i + 2}`))).toEqual(agreed.map((a) => a.toNumber()));
    // Weert: 50.020 × 0,07 = 3.501,40 → € 3.501; with 0,09: 4.501,80 → € 4.502 (whole euros, half up).
    expect(value(hf, "C16")).toBe(3501);
    expect(value(hf, "D16")).toBe(4502);
    expect(value(hf, "F2")).toBe(0.07);
    expect(value(hf, "F3")).toBe("euro");
  });

  test("English names with English separators", async () => {
    const hf = await englishSheet([
      ['=VERDEEL.CONTRIBUTION(13478,"limburg-2020")', '=VERDEEL.SCHEDULE("limburg-2020","basis","rate")', '=VERDEEL.CONTRIBUTION(-1,"limburg-2020")'],
    ]);
    expect(value(hf, "A1")).toBe(1078.24);
    expect(value(hf, "B1")).toBe(0.08);
    expect(value(hf, "C1")).toMatchObject({ value: "#VALUE!", message: "population: -1 is negative; a number of inhabitants is 0 or more." });
  });

  test("an unknown schedule: #WAARDE! with the known ones", async () => {
    const hf = await dutchSheet([['=VERDEEL.BIJDRAGE(13478;"limburg-2021")']]);
    expect(value(hf, "A1")).toMatchObject({ value: "#WAARDE!", message: expect.stringMatching(/^Onbekend verdeelschema "limburg-2021"\. Bekend: .*limburg-2020/) });
  });
});

describe("VERDEEL.SLEUTEL in a sheet: the weighted key of gooi-vechtstreek-voorbeeld", () => {
  const gooi = findSchedule("gooi-vechtstreek-voorbeeld")!;
  const munis = GOOI_MUNICIPALITIES.map((m) => ({ name: m.name, code: m.code, population: m.population, measures: { woningen: String(m.dwellings), oppervlakte: m.area } }));
  /** The example workbook's sheet in A1:E8, a result column F. */
  function gooiRows(): (string | number | null)[][] {
    return [["Gemeente", "Gemeentecode", "Inwoners", "Woningen", "Oppervlakte (km²)", "Aandeel"], ...GOOI_MUNICIPALITIES.map((m) => [m.name, m.code, m.population, m.dwellings, Number(m.area), null])];
  }
  /** € 250.000 by 50 % inhabitants, 30 % dwellings, 20 % area, computed exactly in whole euros. */
  const exact = (weights = ["0.5", "0.3", "0.2"], total = 250000n) =>
    largestRemainder(
      weightedShares(total, [
        { weight: weights[0], values: munis.map((m) => String(m.population)) },
        { weight: weights[1], values: munis.map((m) => m.measures.woningen) },
        { weight: weights[2], values: munis.map((m) => m.measures.oppervlakte) },
      ]),
      munis,
    ).map((u) => unitsToNumber(u, 0));
  const spilled = (hf: HyperFormula, column = "F") => Array.from({ length: 7 }, (_, i) => value(hf, `${column}${i + 2}`));

  test('=VERDEEL.SLEUTEL(A1:E8;"gooi-vechtstreek-voorbeeld") spills 7 shares that add up to 250.000, equal to allocate\'s and the exact split', async () => {
    const rows = gooiRows();
    rows[1][5] = '=VERDEEL.SLEUTEL(A1:E8;"gooi-vechtstreek-voorbeeld")';
    rows.push([], [null, null, null, null, null, "=SOM(F2:F8)"]);
    const hf = await dutchSheet(rows);
    expect(spilled(hf)).toEqual(allocate(gooi, munis).components[0].amounts.map((a) => a.toNumber()));
    expect(spilled(hf)).toEqual(exact());
    expect(value(hf, "F10")).toBe(250000);
    expect(value(hf, "F9")).toBeNull(); // the spill ends with the table
  });

  test("what-if weights and total from cells, recalculated when a weight changes", async () => {
    const rows = gooiRows();
    rows[0].push(null, "Inwoners", "Woningen", "Oppervlakte");
    rows[1].push(null, 0.4, 0.4, 0.2);
    rows[2].push(null, 300000);
    rows[1][5] = '=VERDEEL.SLEUTEL(A1:E8;"gooi-vechtstreek-voorbeeld";;H3;H1:J2)';
    const hf = await dutchSheet(rows);
    const overridden = (w: [string, string]) => applyOverrides(gooi, { rates: { aandeel: "300000" }, weights: { aandeel: { inwoners: w[0], woningen: w[1] } } });
    expect(spilled(hf)).toEqual(allocate(overridden(["0.4", "0.4"]), munis).components[0].amounts.map((a) => a.toNumber()));
    expect(spilled(hf)).toEqual(exact(["0.4", "0.4", "0.2"], 300000n));
    hf.setCellContents(hf.simpleCellAddressFromString("H2", 0)!, [[0.6, 0.2]]);
    expect(spilled(hf)).toEqual(exact(["0.6", "0.2", "0.2"], 300000n));
    hf.setCellContents(hf.simpleCellAddressFromString("H2", 0)!, [[0.6, 0.3]]);
    expect(value(hf, "F2")).toMatchObject({ value: "#WAARDE!", message: "gewichten: de gewichten tellen op tot 1,1; samen moeten ze precies 1 zijn." });
  });

  test("an English sheet: =VERDEEL.KEY(A1:E8,…) gives the same split", async () => {
    const rows = gooiRows();
    rows[1][5] = '=VERDEEL.KEY(A1:E8,"gooi-vechtstreek-voorbeeld")';
    const hf = await englishSheet(rows);
    expect(spilled(hf)).toEqual(exact());
  });

  test("text in a dwellings cell: #WAARDE! naming the row and column of the table", async () => {
    const rows = gooiRows();
    rows[3][3] = "'41.321";
    rows[1][5] = '=VERDEEL.SLEUTEL(A1:E8;"gooi-vechtstreek-voorbeeld")';
    const hf = await dutchSheet(rows);
    expect(value(hf, "F2")).toMatchObject({ value: "#WAARDE!", message: 'tabel, rij 4, kolom 4 (Woningen): "41.321" is tekst, geen getal. Typ het aantal woningen als getal.' });
  });

  test("the schedule's key beside it: VERDEEL.SCHEMA's weights and measures", async () => {
    const hf = await dutchSheet([
      [
        '=VERDEEL.SCHEMA("gooi-vechtstreek-voorbeeld";"aandeel";"gewicht";"woningen")',
        '=VERDEEL.SCHEMA("gooi-vechtstreek-voorbeeld";;"maatstaven")',
        '=VERDEEL.SCHEMA("gooi-vechtstreek-voorbeeld";;"totaal")',
      ],
    ]);
    expect([value(hf, "A1"), value(hf, "B1"), value(hf, "C1")]).toEqual([0.3, "inwoners, woningen, oppervlakte", 250000]);
  });
});

describe("VERDEEL.BIJDRAGE per unit in a sheet", () => {
  afterEach(() => shareUserSchedules([]));

  test("€ 1,25 per dwelling of a schedule of the user's own, filled down a column of dwellings", async () => {
    const own = testSchedule("per-woning", { unit: "cent", mode: "half-up" }, [{ id: "woningen", label: "Per woning", kind: "per-unit", measure: "woningen", rate: "1.25" }]);
    shareUserSchedules([own]);
    const rows = [["Gemeente", "Woningen", "Bijdrage"], ...GOOI_MUNICIPALITIES.map((m, i) => [m.name, m.dwellings, `=VERDEEL.BIJDRAGE(B${i + 2};"per-woning")`])];
    const hf = await dutchSheet(rows);
    // 1,25 euro is 125 cents: the product is whole cents, nothing to round.
    expect(GOOI_MUNICIPALITIES.map((_, i) => value(hf, `C${i + 2}`))).toEqual(GOOI_MUNICIPALITIES.map((m) => Number(BigInt(m.dwellings) * 125n) / 100));
  });
});
