/** @jest-environment jsdom */
// Export and import as JSON: the command's format and the command's messages. Fluent's dialog
// in jsdom: queries inside it pass `hidden: true` (see openDialog in ../helpers.tsx).
import "../dom-setup";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { scheduleToJson } from "../../../src/allocation";
import { findSchedule } from "../../../src/schedules";
import { FULL } from "./helpers";
import { click, message, renderEditor, textbox, type } from "./ui";

async function dialog(name: string): Promise<HTMLElement> {
  return waitFor(() => screen.getByRole("dialog", { name, hidden: true }));
}

function setClipboard(writeText: (text: string) => Promise<void>): void {
  Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
}

afterEach(() => {
  Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true });
});

describe("export", () => {
  test("only a valid schedule can be exported; the button says why not", () => {
    renderEditor();
    const button = screen.getByRole("button", { name: "Exporteren (JSON)" });
    expect(button.getAttribute("aria-disabled")).toBe("true");
    expect(document.getElementById(button.getAttribute("aria-describedby") ?? "")?.textContent).toBe(
      "Exporteren kan zodra het schema geen meldingen meer heeft.",
    );
    click(button);
    expect(screen.queryByRole("dialog", { hidden: true })).toBeNull();
  });

  test("the JSON of scheduleToJson, read-only, with Kopiëren and a download link", async () => {
    const writeText = jest.fn((_text: string) => Promise.resolve());
    setClipboard(writeText);
    renderEditor({ initial: FULL });
    click(screen.getByRole("button", { name: "Exporteren (JSON)" }));
    const d = await dialog("Verdeelschema exporteren");
    const area = within(d).getByRole("textbox", { name: "JSON van het verdeelschema", hidden: true }) as HTMLTextAreaElement;
    expect(area.value).toBe(scheduleToJson(FULL));
    expect(area.readOnly).toBe(true);
    const link = within(d).getByRole("link", { name: "Downloaden", hidden: true });
    expect(link.getAttribute("download")).toBe("proef-2022.json");
    const href = link.getAttribute("href") ?? "";
    expect(decodeURIComponent(href.replace(/^data:application\/json;charset=utf-8,/, ""))).toBe(scheduleToJson(FULL));
    click(within(d).getByRole("button", { name: "Kopiëren", hidden: true }));
    await waitFor(() =>
      expect(within(d).getByRole("status", { hidden: true }).textContent).toBe("Gekopieerd naar het klembord."),
    );
    expect(writeText).toHaveBeenCalledWith(scheduleToJson(FULL));
    click(within(d).getByRole("button", { name: "Sluiten", hidden: true }));
    await waitFor(() => expect(screen.queryByRole("dialog", { hidden: true })).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Exporteren (JSON)" }));
  });

  test("a blocked clipboard falls back to selecting and copying the text, and says so when that fails too", async () => {
    setClipboard(() => Promise.reject(new DOMException("blocked by permissions policy", "NotAllowedError")));
    const execCommand = jest.fn((_command: string) => false);
    Object.defineProperty(document, "execCommand", { value: execCommand, configurable: true });
    renderEditor({ initial: FULL });
    click(screen.getByRole("button", { name: "Exporteren (JSON)" }));
    const d = await dialog("Verdeelschema exporteren");
    click(within(d).getByRole("button", { name: "Kopiëren", hidden: true }));
    await waitFor(() =>
      expect(within(d).getByRole("status", { hidden: true }).textContent).toBe(
        "Kopiëren lukte niet. Selecteer de tekst in het vak en kopieer met Ctrl+C (Cmd+C op een Mac).",
      ),
    );
    expect(execCommand).toHaveBeenCalledWith("copy");
    execCommand.mockReturnValue(true);
    click(within(d).getByRole("button", { name: "Kopiëren", hidden: true }));
    await waitFor(() =>
      expect(within(d).getByRole("status", { hidden: true }).textContent).toBe("Gekopieerd naar het klembord."),
    );
  });
});

describe("import", () => {
  test("an invalid file: every message names the file and the field, and nothing is loaded", async () => {
    renderEditor();
    click(screen.getByRole("button", { name: "Importeren (JSON)" }));
    const d = await dialog("Verdeelschema importeren");
    const json = JSON.parse(scheduleToJson(FULL)) as { components: Record<string, unknown>[] };
    json.components[0].rate = 0.08;
    json.components[2].kind = "share";
    const file = new File([JSON.stringify(json)], "regio.json", { type: "application/json" });
    const input = within(d).getByLabelText(/^JSON-bestand/);
    act(() => {
      fireEvent.change(input, { target: { files: [file] } });
    });
    expect(await within(d).findByText("Niet ingelezen: 2 meldingen.")).toBeTruthy();
    expect(
      within(d).getByText(
        'regio.json, components[0].rate: schrijf het bedrag als tekst tussen aanhalingstekens, bijvoorbeeld "0.08" in plaats van 0.08: een JSON-getal is een binair getal en niet exact.',
      ),
    ).toBeTruthy();
    expect(
      within(d).getByText(
        'regio.json, components[2].kind: onbekende soort "share"; kies "per-inhabitant", "share-of-total", "fixed-amount", "fixed-percentage" of "per-unit".',
      ),
    ).toBeTruthy();
    // The editor behind the open dialog is hidden from the accessibility tree (how soon Tabster
    // marks it depends on the machine's load), so look behind the modal explicitly.
    expect((screen.getByRole("textbox", { name: "Id", hidden: true }) as HTMLInputElement).value).toBe("");
  });

  test("text that is no JSON at all", async () => {
    renderEditor();
    click(screen.getByRole("button", { name: "Importeren (JSON)" }));
    const d = await dialog("Verdeelschema importeren");
    type(within(d).getByRole("textbox", { name: /^Of plak de JSON hier/, hidden: true }), "{ id: nml }");
    click(within(d).getByRole("button", { name: "Geplakte tekst inlezen", hidden: true }));
    expect(within(d).getByText(/^geplakte tekst: geen geldige JSON \(.+\)\.$/)).toBeTruthy();
  });

  test("export, then import into a new editor: the same schedule, loaded and saved", async () => {
    const { onSave } = renderEditor();
    click(screen.getByRole("button", { name: "Importeren (JSON)" }));
    const d = await dialog("Verdeelschema importeren");
    type(within(d).getByRole("textbox", { name: /^Of plak de JSON hier/, hidden: true }), scheduleToJson(FULL));
    click(within(d).getByRole("button", { name: "Geplakte tekst inlezen", hidden: true }));
    await waitFor(() => expect(screen.queryByRole("dialog", { hidden: true })).toBeNull());
    expect(screen.getByText("Verdeelschema proef-2022 ingelezen uit geplakte tekst. Controleer het en sla het op.")).toBeTruthy();
    // Tabster gives the editor back to the accessibility tree after the dialog closes: wait for it.
    await waitFor(() => expect(textbox("Id").value).toBe("proef-2022"));
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Importeren (JSON)" }));
    expect(screen.getAllByRole("heading", { level: 4 }).map((h) => h.textContent)).toEqual([
      "Onderdeel 1: Basis",
      "Onderdeel 2: Uitbreiding",
      "Onderdeel 3: Aandeel",
      "Onderdeel 4: Vast bedrag",
    ]);
    click(screen.getByRole("button", { name: "Opslaan" }));
    expect(scheduleToJson(onSave.mock.calls[0][0])).toBe(scheduleToJson(FULL));
  });

  test("an imported bundled schedule loads, and its id is named at once as taken", async () => {
    const nml = findSchedule("nml-2022");
    if (!nml) throw new Error("nml-2022 is bundled");
    const { onSave } = renderEditor();
    click(screen.getByRole("button", { name: "Importeren (JSON)" }));
    const d = await dialog("Verdeelschema importeren");
    const file = new File([scheduleToJson(nml)], "nml-2022.json", { type: "application/json" });
    act(() => {
      fireEvent.change(within(d).getByLabelText(/^JSON-bestand/), { target: { files: [file] } });
    });
    await waitFor(() => expect(textbox("Id").value).toBe("nml-2022"));
    expect(message(textbox("Id"))).toContain('"nml-2022" is al de id van een meegeleverd verdeelschema');
    click(screen.getByRole("button", { name: "Opslaan" }));
    expect(onSave).not.toHaveBeenCalled();
  });
});
