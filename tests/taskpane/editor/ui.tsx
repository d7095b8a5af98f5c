// Helpers for the editor's component tests: the editor in a FluentProvider, a field by its
// label (inside a group when asked), the message a field shows (its accessible description).
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, within, type RenderResult } from "@testing-library/react";
import type { Schedule } from "../../../src/allocation/types";
import { ScheduleEditor } from "../../../src/taskpane/editor";
import { bundledSchedules } from "../../../src/schedules";

export const BUNDLED_IDS = bundledSchedules().map((s) => s.id);

export interface EditorSetup {
  view: RenderResult;
  onSave: jest.Mock<void, [Schedule]>;
  onCancel: jest.Mock<void, []>;
}

export function renderEditor(options: { lang?: "nl" | "en"; initial?: Schedule; existingIds?: string[] } = {}): EditorSetup {
  const onSave = jest.fn<void, [Schedule]>();
  const onCancel = jest.fn<void, []>();
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <ScheduleEditor
        lang={options.lang ?? "nl"}
        initial={options.initial}
        existingIds={options.existingIds ?? BUNDLED_IDS}
        onSave={onSave}
        onCancel={onCancel}
      />
    </FluentProvider>,
  );
  return { view, onSave, onCancel };
}

/** The component group whose heading contains `label` ("Onderdeel 2: Uitbreiding"). */
export function componentGroup(label: string | RegExp): HTMLElement {
  return screen.getByRole("group", { name: typeof label === "string" ? new RegExp(`: ${label}$`) : label });
}

/** A text field by its label, in the whole editor or inside a group. */
export function textbox(name: string | RegExp, inside?: HTMLElement): HTMLInputElement {
  const scope = inside ? within(inside) : screen;
  return scope.getByRole("textbox", { name }) as HTMLInputElement;
}

/** What a field says about itself: the text of the elements that describe it (message, hint). */
export function description(el: HTMLElement): string {
  const ids = (el.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" | ");
}

/** The field's validation message, or "" when it shows none. */
export function message(el: HTMLElement): string {
  if (el.getAttribute("aria-invalid") !== "true") return "";
  const ids = (el.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
  // The validation message comes first (Fluent puts it before the hint).
  return document.getElementById(ids[0])?.textContent ?? "";
}

export function type(el: HTMLElement, value: string): void {
  act(() => {
    fireEvent.change(el, { target: { value } });
  });
}

export function click(el: HTMLElement): void {
  act(() => {
    fireEvent.click(el);
  });
}

export function blur(el: HTMLElement): void {
  act(() => {
    fireEvent.blur(el);
  });
}
