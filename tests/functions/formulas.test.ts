// Real formulas in a spreadsheet engine (HyperFormula) with the VERDEEL functions, as Dutch and
// English Excel write them. Expected figures: allocate's, and where a test checks arithmetic, an
// independent exact computation (BigInt cents).
import type { HyperFormula } from "hyperformula";
import { allocate, Decimal } from "../../src/allocation";
import { NML_MUNICIPALITIES } from "../../src/preview/example-data";
import { findSchedule } from "../../src/schedules";
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
