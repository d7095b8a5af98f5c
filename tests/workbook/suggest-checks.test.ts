// suggestChecks: which column holds which component's figures, and which the total.
import type { Schedule } from "../../src/allocation/types";
import { detectTable } from "../../src/workbook/detect";
import { suggestChecks, type CheckSuggestions } from "../../src/workbook/suggest-checks";
import type { CellValue, Grid } from "../../src/workbook/types";
import { LIMBURG_2020, makeGrid, NHN_2020, NML_2023 } from "./grid-helpers";

function suggest(headers: CellValue[], schedule: Schedule, lang: "nl" | "en" = "nl", extra: Partial<Grid> = {}): CheckSuggestions {
  const row: CellValue[] = headers.map((h) => (h === "Gemeente" ? "Beesel" : h === "Inwoners" ? 13478 : h === "Gemeentecode" ? "GM0889" : 1));
  const grid = makeGrid([headers, row, row.map((v) => (v === "Beesel" ? "Weert" : v === "GM0889" ? "GM0988" : v))], extra);
  const { table } = detectTable(grid);
  if (!table) throw new Error("no table");
  return suggestChecks({ grid, table, schedule, lang });
}

/** target -> suggested header, "-" for none. */
const picks = (s: CheckSuggestions): Record<string, string> => Object.fromEntries(s.targets.map((t) => [t.target, t.header ?? "-"]));

describe("suggestChecks", () => {
  it("the headers planApply writes, in either language, with every other column as a candidate", () => {
    const s = suggest(
      ["Gemeente", "Inwoners", "Bijdrage basis 2023", "Bijdrage uitbreiding 2023", "Bijdrage totaal 2023", "Begrotingspost basis", "Begrotingspost uitbreiding"],
      NML_2023,
    );
    expect(s.targets).toEqual([
      { target: "basis", label: "Basis", header: "Bijdrage basis 2023", column: 2 },
      { target: "uitbreiding", label: "Uitbreiding", header: "Bijdrage uitbreiding 2023", column: 3 },
      { target: "total", label: "Totaal", header: "Bijdrage totaal 2023", column: 4 },
    ]);
    expect(s.candidates).toEqual([
      { column: 2, header: "Bijdrage basis 2023" },
      { column: 3, header: "Bijdrage uitbreiding 2023" },
      { column: 4, header: "Bijdrage totaal 2023" },
      { column: 5, header: "Begrotingspost basis" },
      { column: 6, header: "Begrotingspost uitbreiding" },
    ]);
    const en = suggest(["Gemeente", "Inwoners", "Contribution base 2023", "Contribution extension 2023", "Contribution total 2023"], NML_2023, "nl");
    expect(picks(en)).toEqual({ basis: "Contribution base 2023", uitbreiding: "Contribution extension 2023", total: "Contribution total 2023" });
    expect(suggest(["Gemeente", "Inwoners"], NML_2023, "en").targets.map((t) => t.label)).toEqual(["Base", "Extension", "Total"]);
  });

  it("case, accents, a money remark and the year do not matter; the label may stand alone or first", () => {
    expect(picks(suggest(["Gemeente", "Inwoners", "BIJDRAGE UITBREIDING", "basis bijdrage (€)", "Totaal"], NML_2023))).toEqual({
      basis: "basis bijdrage (€)",
      uitbreiding: "BIJDRAGE UITBREIDING",
      total: "Totaal",
    });
    expect(picks(suggest(["Gemeente", "Inwoners", "Uitbreiding 2023", "Bijdrage (2023) basis", "Bijdrage totaal in euro"], NML_2023))).toEqual({
      basis: "Bijdrage (2023) basis",
      uitbreiding: "Uitbreiding 2023",
      total: "Bijdrage totaal in euro",
    });
    expect(picks(suggest(["Gemeente", "Inwoners", "Bijdrage Zorgcoordinatie"], { ...LIMBURG_2020 }))).toEqual({ zorgcoordinatie: "Bijdrage Zorgcoordinatie", total: "-" });
  });

  it("the component's year beats no year, which beats another year; another year alone is still suggested", () => {
    expect(picks(suggest(["Gemeente", "Inwoners", "Bijdrage uitbreiding 2022", "Bijdrage uitbreiding", "Bijdrage uitbreiding 2023"], NML_2023)).uitbreiding).toBe(
      "Bijdrage uitbreiding 2023",
    );
    expect(picks(suggest(["Gemeente", "Inwoners", "Bijdrage uitbreiding 2022", "Bijdrage uitbreiding"], NML_2023)).uitbreiding).toBe("Bijdrage uitbreiding");
    expect(picks(suggest(["Gemeente", "Inwoners", "Bijdrage uitbreiding 2022"], NML_2023)).uitbreiding).toBe("Bijdrage uitbreiding 2022");
  });

  it("one component: a bare Bijdrage 2023 is that component, never also the total", () => {
    expect(picks(suggest(["Gemeente", "Inwoners", "Bijdrage 2020"], LIMBURG_2020))).toEqual({ zorgcoordinatie: "Bijdrage 2020", total: "-" });
    expect(picks(suggest(["Gemeente", "Inwoners", "Bijdrage 2020", "Totaal"], LIMBURG_2020))).toEqual({ zorgcoordinatie: "Bijdrage 2020", total: "Totaal" });
    expect(picks(suggest(["Gemeente", "Inwoners", "Aandeel"], NHN_2020))).toEqual({ aandeel: "Aandeel", total: "-" });
  });

  it("several components: a bare Bijdrage 2023 is the total, unless a total column is there", () => {
    expect(picks(suggest(["Gemeente", "Inwoners", "Bijdrage 2023"], NML_2023))).toEqual({ basis: "-", uitbreiding: "-", total: "Bijdrage 2023" });
    expect(picks(suggest(["Gemeente", "Inwoners", "Bijdrage 2023", "Totale bijdrage"], NML_2023)).total).toBe("Totale bijdrage");
  });

  it("never the name, population or code column; never one column for two targets", () => {
    const s = suggest(["Gemeente", "Gemeentecode", "Inwoners", "Bijdrage", "Bijdrage"], LIMBURG_2020);
    expect(s.candidates.map((c) => c.column)).toEqual([3, 4]);
    expect(picks(s)).toEqual({ zorgcoordinatie: "Bijdrage", total: "-" });
    expect(s.targets[0].column).toBe(3);
    // A component labelled like a header role ("Totaal") still cannot take the total's column too.
    const odd: Schedule = { ...NML_2023, components: [{ id: "totaal", label: "Totaal", kind: "per-inhabitant", rate: "0.1" }, NML_2023.components[1]] };
    const t = suggest(["Gemeente", "Inwoners", "Totaal"], odd);
    expect(t.targets.filter((x) => x.header === "Totaal")).toHaveLength(1);
  });

  it("Invullen's edited columns are offered but never suggested: they are not the agreed figures", () => {
    const s = suggest(["Gemeente", "Inwoners", "Bijdrage basis 2023", "Bijdrage uitbreiding 2023 (gewijzigd € 0,09)", "Bijdrage totaal 2023 (gewijzigd uitbreiding € 0,09)"], NML_2023);
    expect(picks(s)).toEqual({ basis: "Bijdrage basis 2023", uitbreiding: "-", total: "-" });
    const en = suggest(["Gemeente", "Inwoners", "Contribution extension 2023 (edited €0.09)"], NML_2023);
    expect(picks(en)).toEqual({ basis: "-", uitbreiding: "-", total: "-" });
  });

  it("scenario columns are offered but never suggested", () => {
    const s = suggest(["Gemeente", "Inwoners", "Bijdrage uitbreiding 2023 (scenario € 0,09)", "Bijdrage totaal 2023 (scenario uitbreiding € 0,09)"], NML_2023);
    expect(picks(s)).toEqual({ basis: "-", uitbreiding: "-", total: "-" });
    expect(s.candidates).toHaveLength(2);
  });

  it("columns beyond the data block and a header row with other words are offered as they are", () => {
    const s = suggest(["Gemeente", "Inwoners", null, "Opmerking", 2023, "Bijdrage uitbreiding"], NML_2023);
    expect(s.candidates).toEqual([
      { column: 3, header: "Opmerking" },
      { column: 4, header: "2023" },
      { column: 5, header: "Bijdrage uitbreiding" },
    ]);
    expect(picks(s)).toEqual({ basis: "-", uitbreiding: "Bijdrage uitbreiding", total: "-" });
  });

  it("an unsplit CSV column is an input column", () => {
    const grid = makeGrid([["Regio's;Perioden;Bevolking op 1 januari (aantal)"], ["Beesel;2022;13478"]]);
    const { table } = detectTable(grid);
    if (!table) throw new Error("no table");
    const s = suggestChecks({ grid, table, schedule: LIMBURG_2020, lang: "nl" });
    expect(s.candidates).toEqual([]);
    expect(picks(s)).toEqual({ zorgcoordinatie: "-", total: "-" });
  });
});
