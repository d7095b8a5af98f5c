// VERDEEL.AANDEEL: a fixed total split over a range of populations with the largest-remainder
// method, by the allocation core itself (a one-component share-of-total schedule), so the
// spilled shares always add up to the total and equal what allocate gives.
import { allocate, type Municipality, type RoundingUnit, type Schedule } from "../allocation";
import { isOmitted, readAmount, readLine, readPopulation, readUnit, type Line } from "./cells";
import { failure } from "./i18n";

/** A CBS municipality code as the tie-break knows it ("GM0889"); anything else is a name. */
const CBS_CODE = /^GM\d{4}$/i;

function shareSchedule(total: string, unit: RoundingUnit): Schedule {
  return {
    id: "verdeel-aandeel",
    title: "VERDEEL.AANDEEL",
    region: "",
    year: 2000,
    source: "",
    rounding: { unit, mode: "half-up" },
    components: [{ id: "aandeel", label: "", kind: "share-of-total", total }],
  };
}

/** The names (or codes) for the tie-break, checked against the populations' shape. */
function tieNames(value: unknown, populations: Line): { name: string; code?: string }[] {
  if (isOmitted(value)) return populations.cells.map(() => ({ name: "" }));
  const names = readLine(value, "namen_bereik");
  if (names.rows !== populations.rows || names.columns !== populations.columns) {
    throw failure((m) =>
      m.shapesDiffer(m.param("namen_bereik"), m.param("inwoners_bereik"), names.rows, names.columns, populations.rows, populations.columns),
    );
  }
  return names.cells.map((cell, i) => {
    if (isOmitted(cell)) return { name: "" };
    if (typeof cell === "number") return { name: String(cell) };
    if (typeof cell !== "string") throw failure((m) => m.badName(m.at(names.where(i)), m.show(cell)));
    const text = cell.trim();
    return CBS_CODE.test(text) ? { name: text, code: text } : { name: text };
  });
}

/**
 * VERDEEL.AANDEEL(inwoners_bereik; totaal; [eenheid]; [namen_bereik]) on the values Excel passes:
 * one rounded share per cell, in the range's own shape (a column stays a column).
 */
export function shareOf(populationRange: unknown, totalValue: unknown, unitValue: unknown, namesRange: unknown): number[][] {
  const populations = readLine(populationRange, "inwoners_bereik");
  const unit = readUnit(unitValue);
  const total = readAmount(totalValue, "totaal", unit);
  const names = tieNames(namesRange, populations);
  const municipalities: Municipality[] = populations.cells.map((cell, i) => ({
    ...names[i],
    population: readPopulation(cell, populations.where(i)),
  }));
  const amounts = allocate(shareSchedule(total, unit), municipalities).components[0].amounts;
  const numbers = amounts.map((a) => a.toNumber());
  return populations.columns === 1 ? numbers.map((n) => [n]) : [numbers];
}
