/** @jest-environment jsdom */
// Controleren in the task pane, on the controle example in the simulated Excel (Venlo's extension in E8 is
// 7.410 instead of 7.140): the suggested columns, exactly that cell listed, nothing changed by
// checking, marks that come off exactly, and the Controle report sheet.
import "./dom-setup";
import { screen, waitFor, within } from "@testing-library/react";
import { controleBook, CONTROLE_HEADERS } from "../../src/preview/example-book";
import { CONTROLE_ERROR } from "../../src/preview/example-data";
import { MARK_FILL } from "../../src/excel/marks";
import type { SimulatedExcel } from "../../src/simulated-excel";
import { chosenText, click, pickSchedule, renderPane, type } from "./helpers";

async function openVerify(): Promise<void> {
  await pickSchedule("nml-2023");
  click(screen.getByRole("tab", { name: "Controleren" }));
  await screen.findByRole("button", { name: "Controleren" });
}

async function runCheck(): Promise<HTMLElement> {
  const button = screen.getByRole("button", { name: "Controleren" });
  await waitFor(() => expect(button.getAttribute("aria-disabled")).not.toBe("true"));
  click(button);
  return screen.findByRole("region", { name: "Uitkomst van de controle" });
}

function mismatchRows(): string[][] {
  const table = screen.queryByRole("table", { name: /afwijking/ });
  if (!table) return [];
  return within(table)
    .getAllByRole("row")
    .slice(1)
    .map((tr) => within(tr).getAllByRole("cell").map((c) => c.textContent ?? ""));
}

describe("Controleren", () => {
  test("without a schedule the button waits, and the reason names Controleren", async () => {
    await renderPane({ book: controleBook });
    await screen.findByText(/15 gemeenten/);
    click(screen.getByRole("tab", { name: "Controleren" }));
    const button = await screen.findByRole("button", { name: "Controleren" });
    expect(button.getAttribute("aria-disabled")).toBe("true");
    expect(screen.getByText("Controleren kan nog niet: kies eerst een verdeelschema.")).toBeTruthy();
    expect(screen.queryByText(/Toepassen kan/)).toBeNull();
  });

  test("suggests the column of each component and the total by header", async () => {
    await renderPane({ book: controleBook });
    await openVerify();
    expect(chosenText(screen.getByRole("combobox", { name: "Kolom met Basis" }))).toBe(`${CONTROLE_HEADERS[0]} (kolom D)`);
    expect(chosenText(screen.getByRole("combobox", { name: "Kolom met Uitbreiding" }))).toBe(`${CONTROLE_HEADERS[1]} (kolom E)`);
    expect(chosenText(screen.getByRole("combobox", { name: "Kolom met het totaal per gemeente" }))).toBe(`${CONTROLE_HEADERS[2]} (kolom F)`);
  });

  test("lists exactly the wrong cell, with the summary, and changes nothing in the workbook", async () => {
    const { excel } = await renderPane({ book: controleBook });
    const before = excel.snapshot();
    await openVerify();
    await runCheck();
    expect(screen.getByText("45 bedragen gecontroleerd: 44 juist, 1 onjuist. Som van de verschillen: € +270.")).toBeTruthy();
    expect(mismatchRows()).toEqual([[CONTROLE_ERROR.cell, "Venlo", "Uitbreiding", "€ 7.140", "€ 7.410", "€ +270"]]);
    expect(excel.snapshot()).toEqual(before);
  });

  test("activating a difference selects its cell in the sheet", async () => {
    const { excel } = await renderPane({ book: controleBook });
    await openVerify();
    await runCheck();
    click(screen.getByRole("button", { name: `Ga naar ${CONTROLE_ERROR.cell} (Venlo)` }));
    await waitFor(() => expect(excel.selections.at(-1)).toEqual({ sheet: "Gemeenten", address: CONTROLE_ERROR.cell }));
  });

  test("marks only the wrong cell and unmarking restores every format exactly", async () => {
    // The wrong cell already has a yellow fill of the user's own.
    const book = (excel: SimulatedExcel): void => {
      controleBook(excel);
      excel.setCells("Gemeenten", CONTROLE_ERROR.cell, [[{ v: CONTROLE_ERROR.wrong, nf: '"€" #,##0;"€" -#,##0', fill: { color: "#FFFF00" } }]]);
    };
    const { excel } = await renderPane({ book });
    const before = excel.snapshot();
    await openVerify();
    await runCheck();
    click(screen.getByRole("button", { name: "Onjuiste cellen markeren" }));
    await screen.findByText(/1 cel gemarkeerd/);
    const filled = excel.sheet("Gemeenten").entries().filter((e) => e.cell.fill !== undefined);
    expect(filled.map((e) => [e.row, e.col, e.cell.fill?.pattern, e.cell.fill?.color])).toEqual([[7, 4, "Solid", MARK_FILL]]);
    click(screen.getByRole("button", { name: "Markering weghalen" }));
    await screen.findByText(/Markering weggehaald/);
    expect(excel.snapshot()).toEqual(before);
  });

  test("flags a formula that does not match, text where a number belongs, and a blank", async () => {
    const book = (excel: SimulatedExcel): void => {
      controleBook(excel);
      // A formula that computes another figure, a text that looks like a number, a blank.
      excel.setCells("Gemeenten", "E3", [[{ f: "=ROUND(C3*0.07-10,0)" }], ["1.234"], [null]]);
    };
    await renderPane({ book });
    await openVerify();
    await runCheck();
    expect(mismatchRows().map((r) => r[0])).toEqual(["E3", "E4", "E5", CONTROLE_ERROR.cell]);
    expect(mismatchRows()[1].slice(3)).toEqual([expect.stringMatching(/^€ /), "geen getal", "—"]);
    const findings = screen.getByRole("list", { name: /meldingen/i });
    const texts = within(findings)
      .getAllByRole("listitem")
      .map((li) => li.textContent ?? "");
    expect(texts.some((x) => x.includes("E3") && /formule/i.test(x))).toBe(true);
    expect(texts.some((x) => x.includes("E4") && x.includes("1.234"))).toBe(true);
    expect(texts.some((x) => x.includes("E5"))).toBe(true);
  });

  test("a tolerance of 300 euro accepts Venlo's difference; an invalid tolerance blocks the check", async () => {
    await renderPane({ book: controleBook });
    await openVerify();
    const tolerance = screen.getByRole("textbox", { name: "Tolerantie in euro" });
    type(tolerance, "-1");
    expect(screen.getAllByText("Vul een bedrag van 0 of meer in, bijvoorbeeld 0 of 0,50.").length).toBeGreaterThan(0);
    expect(screen.getByRole("button", { name: "Controleren" }).getAttribute("aria-disabled")).toBe("true");
    type(tolerance, "300");
    await runCheck();
    // Venlo's € 270 is accepted, and said: not hidden behind "all correct". Nothing to mark.
    expect(screen.getByText("Alle 45 bedragen kloppen. 1 bedrag klopt alleen binnen de tolerantie (verschil € +270).")).toBeTruthy();
    expect(mismatchRows()).toEqual([]);
    expect(screen.getByRole("button", { name: "Onjuiste cellen markeren" }).getAttribute("aria-disabled")).toBe("true");
  });

  test("writes a Controle report sheet with the summary and the difference, and touches no other sheet", async () => {
    const { excel } = await renderPane({ book: controleBook });
    const gemeenten = JSON.stringify((excel.snapshot() as { name: string }[]).find((s) => s.name === "Gemeenten"));
    await openVerify();
    await runCheck();
    click(screen.getByRole("button", { name: "Controleverslag maken" }));
    await screen.findByText("Het controleverslag staat op het blad Controle.");
    const report = excel.sheet("Controle");
    const texts = report.entries().map((e) => String(e.cell.v));
    expect(texts.some((x) => x.startsWith("nml-2023 — "))).toBe(true);
    expect(texts).toContain(CONTROLE_ERROR.cell);
    expect(texts).toContain("Venlo");
    expect(report.entries().some((e) => e.cell.v === 270)).toBe(true);
    expect(JSON.stringify((excel.snapshot() as { name: string }[]).find((s) => s.name === "Gemeenten"))).toBe(gemeenten);
  });

  test("Venlo's row does not add up (F8 € 15.300, D8 + E8 = € 15.570): its own finding, in the pane and on the Controle sheet", async () => {
    const { excel } = await renderPane({ book: controleBook });
    await openVerify();
    const outcome = await runCheck();
    // The schedule's check names only E8; the row's arithmetic is a separate finding on F8.
    expect(mismatchRows().map((r) => r[0])).toEqual([CONTROLE_ERROR.cell]);
    const said = within(outcome).getByText(/is niet de som van de bijdragen in de rij \(D8 \+ E8 = € 15\.570\); verschil € -270/);
    expect(said.textContent).toMatch(/€ 15\.300/);
    click(screen.getByRole("button", { name: "Controleverslag maken" }));
    await screen.findByText("Het controleverslag staat op het blad Controle.");
    const texts = excel.sheet("Controle").entries().map((e) => String(e.cell.v));
    expect(texts).toContain("F8");
    expect(texts.some((x) => /is niet de som van de bijdragen in de rij \(D8 \+ E8 = € 15\.570\)/.test(x))).toBe(true);
  });
});
