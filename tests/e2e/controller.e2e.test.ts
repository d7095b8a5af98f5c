// End to end in real headless Chromium, on the preview page: the controller checks the controle
// example and sees exactly its one wrong cell; someone builds the Gooi en Vechtstreek schedule
// in the editor (a fixed total split by population) and applies it.
import type { Page } from "playwright-core";
import { GOOI_EN_VECHTSTREEK } from "../../src/preview/example-data";
import {
  chosenText,
  enabled,
  expectEventually,
  makeShareSchedule,
  pickSchedule,
  sheetRow,
  sheetTexts,
  tableRows,
  watchErrors,
  previewBrowserPerFile,
} from "./preview-browser";

const preview = previewBrowserPerFile();

/** The fill the Werkblad table draws for a cell (its data-fill), by row number and column letter. */
async function fillOf(page: Page, row: number, column: string): Promise<string | null> {
  return page.getByRole("table", { name: "Werkblad" }).evaluate(
    (el, at) => {
      const header = Array.from(el.querySelectorAll("thead th, thead td")).map((th) => (th.textContent ?? "").trim());
      const col = header.indexOf(at.column);
      const tr = Array.from(el.querySelectorAll("tbody tr")).find((r) => (r.querySelector("th")?.textContent ?? "").trim() === String(at.row));
      return tr?.querySelectorAll("th, td")[col]?.getAttribute("data-fill") ?? null;
    },
    { row, column },
  );
}

test("Controleren on the controle example lists exactly Venlo's E8, selects it, marks it and takes the mark off", async () => {
  const page = await preview().context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${preview().url}?example=controle`);
  await page.getByText("Blad Gemeenten, A1:F16: 15 gemeenten.").waitFor();
  const original = await sheetTexts(page);
  await pickSchedule(page, "nml-2023");
  await page.getByRole("tab", { name: "Controleren" }).click();
  const check = page.getByRole("button", { name: "Controleren" });
  await enabled(check);
  await check.click();
  await page.getByText("45 bedragen gecontroleerd: 44 juist, 1 onjuist. Som van de verschillen: € +270.").waitFor();
  const rows = await tableRows(page.getByRole("table", { name: "1 afwijking" }));
  expect(rows.slice(1)).toEqual([["E8", "Venlo", "Uitbreiding", "€ 7.140", "€ 7.410", "€ +270"]]);
  expect(await sheetTexts(page)).toEqual(original);

  await page.getByRole("button", { name: "Ga naar E8 (Venlo)" }).click();
  await page.getByText("Selectie: Gemeenten!E8").waitFor();

  await page.getByRole("button", { name: "Onjuiste cellen markeren" }).click();
  await expectEventually(async () => (await fillOf(page, 8, "E")) !== null);
  expect(await fillOf(page, 9, "E")).toBeNull();
  await page.getByRole("button", { name: "Markering weghalen" }).click();
  await expectEventually(async () => (await fillOf(page, 8, "E")) === null);
  expect(await sheetTexts(page)).toEqual(original);
  expect(errors).toEqual([]);
  await page.close();
});

/** Each municipality's share of € 50.000 in cents by the largest remainder, in integers (independent of the core). */
function expectedShares(): string[] {
  const total = 5_000_000n;
  const pops = GOOI_EN_VECHTSTREEK.map((m) => BigInt(m.population));
  const sum = pops.reduce((a, b) => a + b, 0n);
  const floors = pops.map((p) => (total * p) / sum);
  const rests = pops.map((p, i) => ({ i, rest: (total * p) % sum }));
  let left = total - floors.reduce((a, b) => a + b, 0n);
  for (const r of [...rests].sort((a, b) => (a.rest === b.rest ? 0 : a.rest > b.rest ? -1 : 1))) {
    if (left === 0n) break;
    floors[r.i] += 1n;
    left -= 1n;
  }
  return floors.map((c) => {
    const euros = Number(c / 100n).toLocaleString("nl-NL");
    return `€ ${euros},${String(c % 100n).padStart(2, "0")}`;
  });
}

test("Gooi en Vechtstreek: a schedule made in the editor, chosen, applied to the six municipalities", async () => {
  const page = await preview().context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${preview().url}?example=gooi`);
  await page.getByText("Blad Gemeenten, A1:C7: 6 gemeenten.").waitFor();

  await makeShareSchedule(page, {
    id: "gooi-vechtstreek-2023",
    title: "Gooi en Vechtstreek: aanpak mensenhandel (illustratief)",
    region: "Gooi en Vechtstreek",
    year: "2023",
    source: "Regionaal voorstel inbedding aanpak mensenhandel (bedrag illustratief)",
    total: "50000",
  });
  expect(await chosenText(page.getByRole("combobox", { name: "Verdeelschema" }))).toBe(
    "gooi-vechtstreek-2023 — Gooi en Vechtstreek: aanpak mensenhandel (illustratief)",
  );

  await page.getByRole("tab", { name: "Invullen" }).click();
  const apply = page.getByRole("button", { name: "Toepassen" });
  await enabled(apply);
  await apply.click();
  await page.getByText(/Toegepast: \d+ cellen geschreven/).waitFor();
  const shares = expectedShares();
  for (const [i, m] of GOOI_EN_VECHTSTREEK.entries()) {
    await expectEventually(async () => (await sheetRow(page, m.name))[4] === shares[i]);
  }
  expect((await sheetRow(page, "Totaal"))[4]).toBe("€ 50.000,00");
  expect(errors).toEqual([]);
  await page.close();
});
