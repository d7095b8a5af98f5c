// Helpers for the task pane's tests: the pane on an in-memory workbook, and the few gestures
// the tests repeat (pick a schedule, read a preview row, edit a rate).
import { act, fireEvent, render, screen, waitFor, within, type RenderResult } from "@testing-library/react";
import type { Lang, SavedChoices } from "../../src/host";
import { exampleBook } from "../../src/preview/example-book";
import { MemoryHost, type MemoryWorkbook } from "../../src/preview/memory-host";
import { App } from "../../src/taskpane/App";

export interface Setup {
  host: MemoryHost;
  book: MemoryWorkbook;
  view: RenderResult;
}

/** The pane on the example workbook (or another), Dutch unless asked otherwise; waits for the first read. */
export async function renderPane(
  options: { lang?: Lang; choices?: SavedChoices; book?: MemoryWorkbook; host?: MemoryHost; saveDelayMs?: number } = {},
): Promise<Setup> {
  const book = options.book ?? options.host?.book ?? exampleBook();
  const host = options.host ?? new MemoryHost(book, { language: options.lang ?? "nl", choices: options.choices });
  const view = render(<App host={host} saveDelayMs={options.saveDelayMs ?? 50} />);
  const heading = options.lang === "en" || host.language() === "en" ? "Data" : "Gegevens";
  await screen.findByRole("heading", { name: heading });
  await waitFor(() => expect(screen.queryByRole("progressbar")).toBeNull());
  return { host, book, view };
}

/** Opens the Verdeelschema combobox and clicks the option whose text starts with the id. */
export async function pickSchedule(id: string, name = "Verdeelschema"): Promise<void> {
  const combo = screen.getByRole("combobox", { name });
  act(() => {
    fireEvent.click(combo);
  });
  const option = await screen.findByRole("option", { name: new RegExp(`^${id.replace(/[-]/g, "\\-")} `) });
  act(() => {
    fireEvent.click(option);
  });
  await waitFor(() => expect((combo as HTMLInputElement).value.startsWith(`${id} `)).toBe(true));
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

/** Text of a cell of the in-memory sheet, as a value (number, text or null). */
export function cellValue(book: MemoryWorkbook, sheet: string, address: string): unknown {
  return book.cell(sheet, address)?.value ?? null;
}

export function click(el: HTMLElement): void {
  act(() => {
    fireEvent.click(el);
  });
}

/** The audit sheet's rows as label → value, by the header row (row 1), oldest first. */
export function auditRows(book: MemoryWorkbook): Record<string, string>[] {
  const sheet = book.sheet("Verantwoording");
  const used = sheet?.usedRect();
  if (!sheet || !used) return [];
  const out: Record<string, string>[] = [];
  for (let row = 1; row <= used.bottom; row++) {
    const record: Record<string, string> = {};
    for (let col = 0; col <= used.right; col++) {
      const label = sheet.get(0, col)?.value;
      const value = sheet.get(row, col)?.value;
      if (typeof label === "string" && value !== undefined && value !== null) record[label] = String(value);
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
    { timeout: 5000 },
  );
}
