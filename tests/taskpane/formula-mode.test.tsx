/** @jest-environment jsdom */
// Formula mode from Invullen: per-inhabitant amounts written as formulas on a Tarieven rates
// block, with the same figures as value mode, and one Ongedaan maken taking all of it away.
import "./dom-setup";
import { screen, waitFor } from "@testing-library/react";
import { NML_MUNICIPALITIES } from "../../src/preview/example-data";
import { click, pickSchedule, renderPane } from "./helpers";

const euros = (population: number, cents: number): number => Math.floor((population * cents + 50) / 100);

test("Toepassen with formulas: ROUND formulas on Tarieven, the figures of value mode, undone completely", async () => {
  const { book } = await renderPane();
  const before = book.snapshot();
  await pickSchedule("nml-2023");
  const box = screen.getByRole("checkbox", { name: /als formules/ });
  click(box);
  const apply = screen.getByRole("button", { name: "Toepassen" });
  await waitFor(() => expect(apply.getAttribute("aria-disabled")).not.toBe("true"));
  click(apply);
  await screen.findByText(/Toegepast: \d+ cellen geschreven/);

  const ws = book.sheet("Gemeenten")!;
  NML_MUNICIPALITIES.forEach((m, i) => {
    const basis = ws.get(i + 1, 3)!;
    const extension = ws.get(i + 1, 4)!;
    expect(basis.formula).toMatch(new RegExp(`^=ROUND\\(.*C${i + 2}\\*Tarieven!`));
    expect(extension.formula).toMatch(new RegExp(`^=ROUND\\(.*C${i + 2}\\*Tarieven!`));
    expect([basis.value, extension.value]).toEqual([euros(m.population, 8), euros(m.population, 7)]);
  });
  const rates = book.sheet("Tarieven")!.entries().map((e) => e.cell.value);
  expect(rates).toEqual(expect.arrayContaining([0.08, 0.07, "nml-2023"]));

  const undo = screen.getByRole("button", { name: "Ongedaan maken" });
  await waitFor(() => expect(undo.getAttribute("aria-disabled")).not.toBe("true"));
  click(undo);
  await screen.findByText(/Ongedaan gemaakt/);
  expect(book.snapshot()).toEqual(before);
});
