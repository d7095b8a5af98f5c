// VERDEEL.SLEUTEL's input: the table's columns found by header as the pane finds them (CBS's
// headers included, any order), and every refusal naming what is wrong and where.
import { keyShareOf } from "../../src/functions/key-share";
import { shareUserSchedules } from "../../src/functions/schedules";
import { GOOI_MUNICIPALITIES } from "../../examples/make-weighted-example";
import { testSchedule } from "./arbitraries";
import { failing } from "./failing";

const GOOI = "gooi-vechtstreek-voorbeeld";

/** The example workbook's sheet (examples/gooi-en-vechtstreek-sleutel.xlsx), with its headers. */
function gooiTable(headers = ["Gemeente", "Gemeentecode", "Inwoners", "Woningen", "Oppervlakte (km²)"]): unknown[][] {
  return [headers, ...GOOI_MUNICIPALITIES.map((m) => [m.name, m.code, m.population, m.dwellings, Number(m.area)])];
}

const shares = (table: unknown[][], weights: unknown = null, total: unknown = null) => keyShareOf(table, GOOI, null, total, weights).map((r) => r[0]);

afterEach(() => shareUserSchedules([]));

describe("the table's columns", () => {
  const plain = shares(gooiTable());

  test("add up to the total, one per row", () => {
    expect(plain).toHaveLength(7);
    expect(plain.reduce((a, b) => a + b, 0)).toBe(250000);
  });

  test("CBS Regionale kerncijfers headers, and columns in another order with others between, give the same split", () => {
    const cbs = gooiTable([
      "Regio's",
      "RegioS",
      "Bevolking/Bevolkingssamenstelling op 1 januari/Totale bevolking (aantal)",
      "Bouwen en wonen/Woningvoorraad/Voorraad op 1 januari (aantal)",
      "Milieu en bodemgebruik/Bodemgebruik/Oppervlakte/Totale oppervlakte (km²)",
    ]);
    expect(shares(cbs)).toEqual(plain);
    const moved = gooiTable().map((r, i) => [r[4], i === 0 ? "Provincie" : "Noord-Holland", r[3], r[0], r[2], r[1]]);
    expect(shares(moved)).toEqual(plain);
  });

  test("a measure of the arrangement's own is found by its id, whatever its case and accents", () => {
    const own = testSchedule("ggd-test", { unit: "euro", mode: "half-up" }, [{ id: "aandeel", label: "Aandeel", kind: "share-of-total", total: "1000", key: [{ measure: "clienten", weight: "1" }] }]);
    shareUserSchedules([own]);
    expect(keyShareOf([["Gemeente", "Cliënten"], ["A", 1], ["B", 3]], "ggd-test", null, null, null)).toEqual([[250], [750]]);
  });
});

describe("refusals name the position", () => {
  test("a missing, doubled or headerless column", () => {
    expect(failing(() => shares(gooiTable().map((r) => r.slice(0, 4))))).toBe(
      'tabel: geen kolom met de oppervlakte (een kopje als "Oppervlakte"); kopjes: "Gemeente", "Gemeentecode", "Inwoners", "Woningen".',
    );
    expect(failing(() => shares(gooiTable().map((r) => r.slice(0, 4)), null), "en")).toBe(
      'table: no column with the area (a header such as "Area"); headers: "Gemeente", "Gemeentecode", "Inwoners", "Woningen".',
    );
    const twice = gooiTable().map((r, i) => [...r, i === 0 ? "Inwoners 2021" : 1]);
    expect(failing(() => shares(twice))).toBe(
      "tabel: het aantal inwoners staat in meer dan één kolom (kolom 3 (Inwoners), kolom 6 (Inwoners 2021)); laat er één over in het bereik of geef de andere een ander kopje.",
    );
    expect(failing(() => shares(gooiTable().slice(1)))).toBe(
      'tabel: de eerste rij moet de kopjes bevatten (bijvoorbeeld Gemeente, Inwoners, Woningen), maar er staat geen bekend kopje in ("Blaricum", "GM0376"); neem de kopregel mee in het bereik.',
    );
    expect(failing(() => shares([[1, 2], [3, 4]]))).toMatch(/maar er staat geen bekend kopje in; neem/);
    expect(failing(() => shares(gooiTable().slice(0, 1)))).toBe("tabel heeft alleen een kopregel; neem ook de rijen van de gemeenten mee.");
  });

  test("a bad cell: row and column in the range, with its header", () => {
    const withCell = (row: number, col: number, value: unknown) => gooiTable().map((r, i) => (i === row - 1 ? r.map((c, j) => (j === col - 1 ? value : c)) : r));
    expect(failing(() => shares(withCell(3, 4, "26.044")))).toBe('tabel, rij 3, kolom 4 (Woningen): "26.044" is tekst, geen getal. Typ het aantal woningen als getal.');
    expect(failing(() => shares(withCell(4, 4, 41321.5)))).toBe("tabel, rij 4, kolom 4 (Woningen): 41321,5 is geen geheel getal, en het aantal woningen is altijd geheel.");
    expect(failing(() => shares(withCell(5, 5, -55.9)))).toBe("tabel, rij 5, kolom 5 (Oppervlakte (km²)): -55,9 is negatief; de oppervlakte is 0 of meer.");
    expect(failing(() => shares(withCell(6, 5, 12.00000000001)))).toBe("tabel, rij 6, kolom 5 (Oppervlakte (km²)): 12,00000000001 heeft meer dan 10 decimalen (de oppervlakte).");
    expect(failing(() => shares(withCell(2, 3, null)))).toBe("tabel, rij 2, kolom 3 (Inwoners): de cel is leeg; vul het aantal inwoners in.");
    expect(failing(() => shares(withCell(2, 1, true)))).toBe("tabel, rij 2, kolom 1 (Gemeente): WAAR is geen naam of CBS-code.");
    expect(failing(() => shares(withCell(3, 4, "26.044")), "en")).toBe('table, row 3, column 4 (Woningen): "26.044" is text, not a number. Type the number of dwellings as a number.');
  });

  test("a measure that adds up to 0 cannot split anything: the core's message", () => {
    const noArea = gooiTable().map((r, i) => (i === 0 ? r : [...r.slice(0, 4), 0]));
    expect(failing(() => shares(noArea))).toBe('Onderdeel "aandeel": het totaal kan niet verdeeld worden, want oppervlakte is bij alle gemeenten samen 0.');
  });

  test("the component", () => {
    expect(failing(() => keyShareOf(gooiTable(), GOOI, "deel", null, null))).toBe('Verdeelschema gooi-vechtstreek-voorbeeld heeft geen onderdeel "deel"; onderdelen: aandeel.');
    expect(failing(() => keyShareOf(gooiTable(), "nml-2023", "uitbreiding", null, null))).toBe(
      "Onderdeel uitbreiding van nml-2023 is per inwoner en hangt niet af van de andere gemeenten; gebruik VERDEEL.BIJDRAGE.",
    );
    shareUserSchedules([
      testSchedule("twee", { unit: "euro", mode: "half-up" }, [
        { id: "a", label: "A", kind: "share-of-total", total: "10" },
        { id: "b", label: "B", kind: "fixed-percentage", total: "10", percentages: { Blaricum: "100" } },
      ]),
    ]);
    expect(failing(() => keyShareOf(gooiTable(), "twee", null, null, null))).toBe("Verdeelschema twee verdeelt meer dan één vast totaal; noem het onderdeel (a, b).");
    expect(failing(() => keyShareOf(gooiTable().map((r) => r.slice(2)), "twee", "b", null, null))).toBe(
      "tabel: onderdeel b verdeelt met vaste percentages per gemeente; de tabel heeft een kolom Gemeente of Gemeentecode nodig.",
    );
  });

  test("a what-if total with more decimals than the schedule's unit is refused, never rounded", () => {
    expect(failing(() => shares(gooiTable(), null, 250000.5))).toBe(
      "totaal: 250000,5 heeft meer decimalen dan de eenheid euro; rond het eerst zelf af (de functie rondt een bedrag nooit stilzwijgend af).",
    );
    expect(failing(() => shares(gooiTable(), null, "250.000"))).toBe('totaal: "250.000" is geen bedrag. Typ een getal, bijvoorbeeld 90000 of 0,07.');
  });

  test("what-if weights", () => {
    expect(failing(() => shares(gooiTable(), [[0.5, 0.3]]))).toBe(
      "gewichten: verwacht twee kolommen of twee rijen: eerst de maatstaven (of gemeenten) als tekst, dan de gewichten (of percentages); dit bereik is 1 bij 2.",
    );
    expect(failing(() => shares(gooiTable(), [["inwoners", 0.5], ["wonigen", 0.3], ["oppervlakte", 0.2]]))).toBe(
      'gewichten, rij 2, kolom 1: "wonigen" is geen maatstaf van de sleutel (inwoners, woningen, oppervlakte).',
    );
    expect(failing(() => shares(gooiTable(), [["Inwoners", "Aantal inwoners"], [0.5, 0.5]]))).toBe('gewichten, rij 1, kolom 2: "Aantal inwoners" staat al eerder in gewichten.');
    expect(failing(() => shares(gooiTable(), [["woningen", 0]]))).toBe("gewichten, rij 1, kolom 2: 0 is geen gewicht; een gewicht is groter dan 0.");
    expect(failing(() => shares(gooiTable(), [["woningen", "0,3"]]))).toBe('gewichten, rij 1, kolom 2: "0,3" is geen getal; typ een getal, bijvoorbeeld 0,5.');
    expect(failing(() => shares(gooiTable(), [["woningen", 0.4]]))).toBe("gewichten: de gewichten tellen op tot 1,1; samen moeten ze precies 1 zijn.");
    expect(failing(() => keyShareOf([["Gemeente", "Inwoners"], ["A", 1]], "nhn-2020", null, null, [["inwoners", 1]]))).toBe(
      "gewichten: onderdeel aandeel is aandeel in een vast totaal zonder gewogen sleutel of vaste percentages; er is geen gewicht om te wijzigen.",
    );
    // 0,4 + 0,4 + 0,2: the change of two weights that keeps the sum.
    expect(shares(gooiTable(), [["Inwoners", 0.4], ["Aantal woningen", 0.4]]).reduce((a, b) => a + b, 0)).toBe(250000);
  });

  test("what-if percentages", () => {
    shareUserSchedules([
      testSchedule("vast", { unit: "cent", mode: "half-up" }, [{ id: "bijdrage", label: "Bijdrage", kind: "fixed-percentage", total: "1000", percentages: { GM0376: "40", Laren: "60" } }]),
    ]);
    const table = [["Gemeente", "Gemeentecode"], ["Blaricum", "GM0376"], ["Laren", "GM0417"]];
    expect(keyShareOf(table, "vast", null, null, null)).toEqual([[400], [600]]);
    expect(keyShareOf(table, "vast", null, null, [["Blaricum", 25], ["GM0417", 75]])).toEqual([[250], [750]]);
    expect(failing(() => keyShareOf(table, "vast", null, null, [["Huizen", 25]]))).toBe('gewichten, rij 1, kolom 1: "Huizen" is geen gemeente uit de tabel (naam of CBS-code).');
    expect(failing(() => keyShareOf(table, "vast", null, null, [["Laren", -5]]))).toBe("gewichten, rij 1, kolom 2: -5 is negatief; een percentage is 0 of meer.");
    expect(failing(() => keyShareOf(table, "vast", null, null, [["Laren", 50]]))).toBe("gewichten: de percentages tellen op tot 90; samen moeten ze precies 100 zijn.");
    expect(failing(() => keyShareOf(table, "vast", null, null, [["Laren", 50], ["laren", 50]]))).toBe('gewichten, rij 2, kolom 1: "laren" staat al eerder in gewichten.');
    // A municipality the schedule has no percentage for: the core names both lists.
    expect(failing(() => keyShareOf([...table, ["Huizen", "GM0406"]], "vast", null, null, null))).toMatch(/^Onderdeel "bijdrage" verdeelt met vaste percentages, en die passen niet .*zonder percentage: "Huizen"/);
  });
});
