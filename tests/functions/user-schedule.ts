// A user's own schedule (as the pane keeps it in the document's settings) that no bundled
// schedule has: for the tests of the functions seeing the pane's schedules (shared runtime).
export const GOOI_2024 = {
  id: "gooi-2024",
  title: { nl: "Gooi en Vechtstreek 2024", en: "Gooi and Vechtstreek 2024" },
  region: "Gooi en Vechtstreek",
  year: 2024,
  source: "Testbesluit",
  rounding: { unit: "cent", mode: "half-up" },
  components: [{ id: "basis", label: { nl: "Bijdrage", en: "Contribution" }, kind: "per-inhabitant", rate: "0.05" }],
};
