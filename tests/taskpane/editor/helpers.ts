// Shared by the editor's tests: schedules to build forms from, and forms compared without keys.
import { parseSchedule } from "../../../src/allocation";
import type { Schedule } from "../../../src/allocation/types";
import type { ScheduleForm } from "../../../src/taskpane/editor/form";

/** A schedule with every field and kind: string and two-language texts, period, budget line, fixed amounts. */
export const FULL: Schedule = parseSchedule({
  id: "proef-2022",
  title: "Proef: alle soorten",
  region: "Noord- en Midden-Limburg",
  year: 2022,
  source: "Eigen voorbeeld voor de tests",
  note: "Geen echte afspraak.",
  populationDate: "CBS, 1 januari 2022",
  rounding: { unit: "euro", mode: "half-even" },
  components: [
    { id: "basis", label: { nl: "Basis", en: "Base" }, kind: "per-inhabitant", rate: "0.08", budgetLine: "56814/44320" },
    {
      id: "uitbreiding",
      label: "Uitbreiding",
      kind: "per-inhabitant",
      rate: "0.05",
      period: { from: "2022-05-01", to: "2022-12-31", prorate: "none" },
    },
    {
      id: "aandeel",
      label: { nl: "Aandeel", en: "Share" },
      kind: "share-of-total",
      total: "100000",
      period: { from: "2022-04-01", to: "2022-12-31", prorate: "months" },
    },
    { id: "vast", label: "Vast bedrag", kind: "fixed-amount", amounts: { Weert: "5000", "Bergen (L.)": "250", GM0889: "1" } },
  ],
});

/** The form without its keys: what the user sees. */
export function withoutKeys(form: ScheduleForm): unknown {
  return {
    ...form,
    nextKey: undefined,
    components: form.components.map((c) => ({ ...c, key: undefined, amounts: c.amounts.map((r) => ({ ...r, key: undefined })) })),
  };
}
