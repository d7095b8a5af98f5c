/** @jest-environment jsdom */
// Formula mode from Invullen: per-inhabitant amounts written as formulas on a Tarieven rates
// block, with the same figures as value mode, and one Ongedaan maken taking all of it away.
import "./dom-setup";
import { screen, waitFor } from "@testing-library/react";
import { NML_MUNICIPALITIES } from "../../src/preview/example-data";
import { click, pickSchedule, renderPane } from "./helpers";

const euros = (population: number, cents: number): number => Math.floor((population * cents + 50) / 100);

test("Toepassen with formulas: ROUND formulas on Tarieven, the figures of value mode, undone completely", async () => {
  const { excel } = await renderPane();
  const before = excel.snapshot();
  await pickSchedule("nml-2023");
  const box = screen.getByRole("checkbox", { name: /als formules/ });
  click(box);
  const apply = screen.getByRole("button", { name: "Toepassen" });
  await waitFor(() => expect(apply.getAttribute("aria-disabled")).not.toBe("true"));
  click(apply);
  await screen.findByText(/Toegepast: \d+ cellen geschreven/);

  // The simulated Excel calculates the formulas: the figures are Excel's own, checked against an
  // independent computation.
  NML_MUNICIPALITIES.forEach((m, i) => {
    const basis = excel.cell("Gemeenten", `D${i + 2}`);
    const extension = excel.cell("Gemeenten", `E${i + 2}`);
    expect(basis.f).toMatch(new RegExp(`^=ROUND\\(.*C${i + 2}\\*Tarieven!`));
    expect(extension.f).toMatch(new RegExp(`^=ROUND\\(.*C${i + 2}\\*Tarieven!`));
    expect([basis.v, extension.v]).toEqual([euros(m.population, 8), euros(m.population, 7)]);
  });
  const rates = excel.sheet("Tarieven").entries().map((e) => e.cell.v);
  expect(rates).toEqual(expect.arrayContaining([0.08, 0.07, "nml-2023"]));

  const undo = screen.getByRole("button", { name: "Ongedaan maken" });
  await waitFor(() => expect(undo.getAttribute("aria-disabled")).not.toBe("true"));
  click(undo);
  await screen.findByText(/Ongedaan gemaakt/);
  expect(excel.snapshot()).toEqual(before);
});
