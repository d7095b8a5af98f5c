import { matchHeaderRole, normalizeHeader, sameHeader } from "../../src/workbook/headers";
import { detectTable } from "../../src/workbook/detect";
import { makeGrid } from "./grid-helpers";

const role = (h: string): string | undefined => matchHeaderRole(h)?.role;

describe("normalizeHeader", () => {
  it("trims, strips BOM and unit remarks, folds case, accents and spaces", () => {
    expect(normalizeHeader("\uFEFFRegio's")).toBe("regio's");
    expect(normalizeHeader("  Aantal   Inwoners  ")).toBe("aantal inwoners");
    expect(normalizeHeader("Bevolking op 1 januari (aantal)")).toBe("bevolking op 1 januari");
    expect(normalizeHeader("Inwonertal (Aantal)")).toBe("inwonertal");
    expect(normalizeHeader("Gemeente:")).toBe("gemeente");
    expect(normalizeHeader("Zorgcoördinatie")).toBe("zorgcoordinatie");
    expect(normalizeHeader("Regio\u2019s")).toBe("regio's");
    expect(normalizeHeader("Inwoners\u00A02022")).toBe("inwoners 2022");
    expect(normalizeHeader(null)).toBe("");
    expect(normalizeHeader(2023)).toBe("2023");
  });

  it("keeps parentheses that tell columns apart", () => {
    expect(normalizeHeader("Inwoners (2022)")).not.toBe(normalizeHeader("Inwoners (2023)"));
  });

  it("compares headers the same way", () => {
    expect(sameHeader("BIJDRAGE  Uitbreiding 2023", "Bijdrage uitbreiding 2023")).toBe(true);
    expect(sameHeader("", "")).toBe(false);
  });
});

describe("matchHeaderRole", () => {
  it("recognises name headers in Dutch, English and CBS", () => {
    for (const h of ["Gemeente", "GEMEENTE", "Gemeentenaam", "Naam", "Municipality", "Name", "Regio's", "Regio", " gemeente "]) {
      expect(role(h)).toBe("name");
    }
  });

  it("recognises population headers, also with a date after them", () => {
    for (const h of [
      "Inwoners",
      "Aantal inwoners",
      "Inwonertal",
      "Bevolking",
      "Population",
      "Inhabitants",
      "Bevolking op 1 januari (aantal)",
      "Inwoners 1-1-2022",
      "Aantal inwoners per 1 januari 2023",
      "BevolkingOp1Januari_1",
      "INWONERS",
    ]) {
      expect(role(h)).toBe("population");
    }
  });

  it("does not take density, growth or shares for a population", () => {
    for (const h of ["Inwoners per km2", "Bevolkingsdichtheid", "Bevolkingsgroei", "Inwoners %", "Inwonersgroei", "Bijdrage per inwoner"]) {
      expect(role(h)).toBeUndefined();
    }
  });

  it("recognises code and period headers", () => {
    for (const h of ["Gemeentecode", "Code", "CBS-code", "GM-code", "RegioS", "CBS code"]) expect(role(h)).toBe("code");
    for (const h of ["Perioden", "Periode", "Jaar"]) expect(role(h)).toBe("period");
  });

  it("keeps Regio's (names) and RegioS (codes) apart", () => {
    expect(role("Regio's")).toBe("name");
    expect(role("RegioS")).toBe("code");
  });

  it("ranks exact headers before prefixed ones", () => {
    const exact = matchHeaderRole("Inwoners");
    const prefixed = matchHeaderRole("Inwoners 2022");
    expect(exact && prefixed && exact.rank < prefixed.rank).toBe(true);
    expect((matchHeaderRole("Gemeente")?.rank ?? 99) < (matchHeaderRole("Regio")?.rank ?? 0)).toBe(true);
  });
});

describe("measure columns found by header, in Dutch and in English", () => {
  const measures = ["woningen", "huishoudens", "oppervlakte"];
  it.each([
    [["Gemeente", "Inwoners", "Aantal woningen", "Particuliere huishoudens", "Totale oppervlakte (km²)"]],
    [["Municipality", "Population", "Number of dwellings", "Households", "Total area (km²)"]],
    [["Gemeente", "Inwoners", "Woningvoorraad", "Huishoudens", "Oppervlakte"]],
    [["Municipality", "Population", "Housing stock", "Number of households", "Area"]],
  ])("%j", (headers) => {
    const r = detectTable(makeGrid([headers, ["Beesel", 13478, 6121, 5912, 27.93]]), undefined, { measures });
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(r.table?.measureColumns).toEqual({ woningen: 2, huishoudens: 3, oppervlakte: 4 });
    expect(r.table?.rows[0].measures).toEqual({ woningen: "6121", huishoudens: "5912", oppervlakte: "27.93" });
  });
});
