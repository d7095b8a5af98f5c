// Helpers for the task pane's tests: the pane on the production Office host, with Microsoft's
// office.js and the simulated Excel behind it (as on the preview page), and the few gestures
// the tests repeat (pick a schedule, read a preview row, edit a rate).
import { act, fireEvent, render, screen, waitFor, within, type RenderResult } from "@testing-library/react";
import { createOfficeHost } from "../../src/excel/office-host";
import { CHOICES_KEY } from "../../src/excel/settings";
import type { ApplyOptions, Lang, SavedChoices, UndoRecord, WorkbookHost } from "../../src/host";
import { exampleBook } from "../../src/preview/example-book";
import type { SimulatedExcel } from "../../src/simulated-excel";
import { App } from "../../src/taskpane/App";
import { rectToA1 } from "../../src/workbook";
import { startExcel, type ExcelHarness } from "../office-js/harness";
// What the pane loads on the first write in a browser (the host's writes, the planners) is loaded
// with the helpers here, as a browser that has fetched those chunks before: otherwise ts-jest
// compiles them inside a test's first apply, and that test's waiting goes to the compiler.
import "../../src/excel/office-writes";
import "../../src/taskpane/model/plans";

export interface Setup {
  excel: SimulatedExcel;
  host: WorkbookHost;
  harness: ExcelHarness;
  view: RenderResult;
  /** Settings written while an apply or undo was under way (saving clears Excel's undo stack: must stay 0). */
  savesDuringAction(): number;
}

export interface PaneOptions {
  lang?: Lang;
  /** Choices the document holds when it is opened. */
  choices?: SavedChoices;
  /** Builds the workbook (default: the example workbook). */
  book?: (excel: SimulatedExcel) => void;
  saveDelayMs?: number;
}

/** The Office host, and a count of settings written while one of its actions runs. */
function watchedHost(excel: SimulatedExcel): { host: WorkbookHost; savesDuringAction(): number } {
  const host = createOfficeHost();
  let during = 0;
  const watch =
    <A extends unknown[], R>(f: (...a: A) => Promise<R>) =>
    async (...a: A): Promise<R> => {
      const before = excel.settingsWrites;
      try {
        return await f(...a);
      } finally {
        during += excel.settingsWrites - before;
      }
    };
  return {
    host: {
      ...host,
      apply: watch((plan: Parameters<WorkbookHost["apply"]>[0], audit: Parameters<WorkbookHost["apply"]>[1], options: ApplyOptions) => host.apply(plan, audit, options)),
      undo: watch((record: UndoRecord, options?: { force?: boolean }) => host.undo(record, options)),
    },
    savesDuringAction: () => during,
  };
}

/** The pane on the example workbook (or another), Dutch unless asked otherwise; waits for the first read. */
export async function renderPane(options: PaneOptions = {}): Promise<Setup> {
  const harness = await startExcel({ displayLanguage: options.lang === "en" ? "en-US" : "nl-NL" });
  const excel = harness.excel;
  (options.book ?? exampleBook)(excel);
  if (options.choices) {
    // office.js keeps each setting as JSON; the host's value is itself a JSON text.
    excel.settings[CHOICES_KEY] = JSON.stringify(JSON.stringify(options.choices));
    await harness.reopen();
  }
  const { host, savesDuringAction } = watchedHost(excel);
  const view = render(<App host={host} saveDelayMs={options.saveDelayMs ?? 50} />);
  const heading = options.lang === "en" ? "Data" : "Gegevens";
  await screen.findByRole("heading", { name: heading });
  await waitFor(() => expect(screen.queryByRole("progressbar")).toBeNull());
  return { excel, host, harness, view, savesDuringAction };
}

/** The choices the document holds now (what the pane last saved), or undefined. */
export function savedChoices(excel: SimulatedExcel): SavedChoices | undefined {
  const raw = excel.setting(CHOICES_KEY);
  return typeof raw === "string" ? (JSON.parse(raw) as SavedChoices) : undefined;
}

/** The active sheet and the selected range, as the user sees them ("Gemeenten", "C3"). */
export function selection(excel: SimulatedExcel): { sheet: string; address: string } {
  return { sheet: excel.book.activeSheet, address: rectToA1(excel.book.selection) };
}

/** The text a select shows: its chosen option's ("" when none). */
export function chosenText(select: HTMLElement): string {
  if (!(select instanceof HTMLSelectElement)) throw new Error(`Not a select: ${select.tagName}`);
  return select.selectedOptions[0]?.textContent ?? "";
}

/** The texts of a select's options, in order (a group's label is not an option). */
export function optionTexts(select: HTMLElement): string[] {
  return within(select).getAllByRole("option").map((o) => o.textContent ?? "");
}

/**
 * Chooses, in the select (role combobox) named `name`, the option named `option`, as the
 * browser does when the user picks it: the select's value changes and it fires `change`. A
 * disabled option cannot be chosen.
 */
export function chooseOption(name: string, option: string | RegExp): HTMLSelectElement {
  const select = screen.getByRole("combobox", { name });
  if (!(select instanceof HTMLSelectElement)) throw new Error(`${name} is not a select`);
  const choice = within(select).getByRole("option", { name: option }) as HTMLOptionElement;
  if (choice.disabled) throw new Error(`${choice.textContent} cannot be chosen`);
  act(() => {
    fireEvent.change(select, { target: { value: choice.value } });
  });
  return select;
}

/** Chooses, in the Verdeelschema select, the schedule whose option text starts with the id. */
export async function pickSchedule(id: string, name = "Verdeelschema"): Promise<void> {
  const select = chooseOption(name, new RegExp(`^${id.replace(/[-]/g, "\\-")} `));
  await waitFor(() => expect(chosenText(select).startsWith(`${id} `)).toBe(true));
}

/**
 * The cells of the preview row of a municipality, as text. Plain DOM queries (role queries are
 * slow on 342 rows); the table's accessible name is checked by role in the tests that need it.
 */
export function previewRow(name: string, tableName = "Voorbeeld van de bijdragen"): string[] {
  const table = document.querySelector(`table[aria-label="${tableName}"]`);
  if (!table) throw new Error(`No table ${tableName}`);
  for (const tr of Array.from(table.querySelectorAll("tbody tr"))) {
    const cells = Array.from(tr.querySelectorAll("td")).map((c) => c.textContent ?? "");
    if (cells[0] === name) return cells;
  }
  throw new Error(`No preview row for ${name}`);
}

/** The rate field of a component, found through its group (the component's label). */
export function rateField(componentLabel: string, fieldName: RegExp = /Tarief|Rate/): HTMLInputElement {
  const group = screen.getByRole("group", { name: componentLabel });
  return within(group).getByRole("textbox", { name: fieldName }) as HTMLInputElement;
}

export function budgetLineField(componentLabel: string, fieldName: RegExp = /Begrotingspost|Budget line/): HTMLInputElement {
  const group = screen.getByRole("group", { name: componentLabel });
  return within(group).getByRole("textbox", { name: fieldName }) as HTMLInputElement;
}

export function type(input: HTMLElement, value: string): void {
  act(() => {
    fireEvent.change(input, { target: { value } });
  });
}

/** A cell's value (number, text, error text) or null when empty. */
export function cellValue(excel: SimulatedExcel, sheet: string, address: string): unknown {
  const c = excel.cell(sheet, address);
  return c.err ?? c.v ?? null;
}

export function click(el: HTMLElement): void {
  act(() => {
    fireEvent.click(el);
  });
}

/** The audit sheet's rows as label → value, by the header row (row 1), oldest first. */
export function auditRows(excel: SimulatedExcel): Record<string, string>[] {
  const sheet = excel.book.sheet("Verantwoording");
  const used = sheet?.usedRect(true);
  if (!sheet || !used) return [];
  const out: Record<string, string>[] = [];
  for (let row = 1; row <= used.bottom; row++) {
    const record: Record<string, string> = {};
    for (let col = 0; col <= used.right; col++) {
      const label = sheet.get(0, col)?.v;
      const value = sheet.get(row, col)?.v;
      if (typeof label === "string" && value !== undefined) record[label] = String(value);
    }
    out.push(record);
  }
  return out;
}

/**
 * The open question dialog. In a browser Fluent moves focus into it and Tabster keeps the rest
 * of the page inert; in jsdom that focus can lag, and Tabster may then mark the dialog itself
 * aria-hidden for a moment. So queries inside the dialog pass `hidden: true`; its role, name and
 * buttons are checked here, and the real accessibility tree in Chromium by tests/e2e.
 */
export async function openDialog(): Promise<HTMLElement> {
  return waitFor(
    () => {
      const d = screen.getByRole("alertdialog", { hidden: true });
      expect(d.getAttribute("aria-modal")).toBe("true");
      expect(within(d).getAllByRole("button", { hidden: true }).length).toBeGreaterThanOrEqual(2);
      return d;
    },
    // No timeout of its own: dom-setup's (15 s) holds on a busy machine, where 5 s did not.
  );
}
