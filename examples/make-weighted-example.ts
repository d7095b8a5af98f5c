// Writes examples/gooi-en-vechtstreek-sleutel.xlsx: the seven municipalities of Gooi en
// Vechtstreek (as on 1 January 2020, Weesp still one of them) with inhabitants, dwellings and area,
// for the illustrative weighted-key schedule gooi-vechtstreek-voorbeeld.
// Inhabitants: CBS, population on 1 January 2020 (real). Dwellings and area: illustrative.
// Run: VERDEEL_UPDATE_EXAMPLES=1 npx jest tests/examples
import path from "node:path";
import { newWorkbook, save } from "./make-examples";

export interface GooiMunicipality {
  name: string;
  code: string;
  /** CBS, 1 January 2020. */
  population: number;
  /** Illustrative. */
  dwellings: number;
  /** Illustrative, km² with two decimals. */
  area: string;
}

export const GOOI_FILE = "gooi-en-vechtstreek-sleutel.xlsx";

export const GOOI_MUNICIPALITIES: GooiMunicipality[] = [
  { name: "Blaricum", code: "GM0376", population: 11536, dwellings: 4702, area: "11.21" },
  { name: "Gooise Meren", code: "GM1942", population: 58041, dwellings: 26044, area: "75.22" },
  { name: "Hilversum", code: "GM0402", population: 90883, dwellings: 41321, area: "46.37" },
  { name: "Huizen", code: "GM0406", population: 41273, dwellings: 18110, area: "55.90" },
  { name: "Laren", code: "GM0417", population: 11274, dwellings: 4606, area: "12.42" },
  { name: "Weesp", code: "GM0457", population: 19729, dwellings: 8530, area: "22.36" },
  { name: "Wijdemeren", code: "GM1696", population: 24360, dwellings: 10040, area: "73.68" },
];

export const GOOI_SOURCE_NOTE =
  "Bron: inwoners CBS, bevolking op 1 januari 2020 (StatLine, Bevolking op 1 januari, 03759ned; ook in Regionale kerncijfers Nederland, 70072ned, periode 2020). " +
  "Woningen en oppervlakte zijn illustratief, geen CBS-cijfers.";

export async function makeWeightedExample(dir: string): Promise<string> {
  const { wb, ws } = newWorkbook([
    { header: "Gemeente", key: "name", width: 18 },
    { header: "Gemeentecode", key: "code", width: 14 },
    { header: "Inwoners", key: "population", width: 12 },
    { header: "Woningen", key: "dwellings", width: 12 },
    { header: "Oppervlakte (km²)", key: "area", width: 18 },
  ]);
  for (const m of GOOI_MUNICIPALITIES) ws.addRow({ name: m.name, code: m.code, population: m.population, dwellings: m.dwellings, area: Number(m.area) });
  ws.getColumn(3).numFmt = "#,##0";
  ws.getColumn(4).numFmt = "#,##0";
  ws.getColumn(5).numFmt = "#,##0.00";
  const noteRow = GOOI_MUNICIPALITIES.length + 3;
  ws.getCell(`A${noteRow}`).value = GOOI_SOURCE_NOTE;
  ws.getCell(`A${noteRow}`).font = { italic: true };
  const bron = wb.addWorksheet("Bron");
  bron.getColumn(1).width = 22;
  bron.getColumn(2).width = 90;
  bron.addRow(["Kolom", "Herkomst"]).font = { bold: true };
  bron.addRow(["Inwoners", "CBS, bevolking op 1 januari 2020 (echte cijfers; StatLine-tabel 03759ned, ook in 70072ned, periode 2020)"]);
  bron.addRow(["Woningen", "Illustratief: aannemelijke getallen, geen CBS-cijfers"]);
  bron.addRow(["Oppervlakte (km²)", "Illustratief: aannemelijke getallen, geen CBS-cijfers"]);
  bron.addRow(["Verdeelsleutel", "gooi-vechtstreek-voorbeeld: € 250.000 naar 50 % inwoners, 30 % woningen, 20 % oppervlakte (illustratief)"]);
  const file = path.join(dir, GOOI_FILE);
  await save(wb, file);
  return file;
}
