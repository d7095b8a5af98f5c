// A schedule of the user's own, as the pane keeps it in the document: a fixed € 10.000 split by
// population in whole euros. Shared by the tests of the user's schedules.
export const OWN_SHARE = {
  id: "eigen-aandeel",
  title: { nl: "Eigen verdeling van € 10.000", en: "Own split of € 10,000" },
  region: "Noord- en Midden-Limburg",
  year: 2024,
  source: "Testbesluit",
  rounding: { unit: "euro", mode: "half-up" },
  components: [{ id: "aandeel", label: { nl: "Aandeel", en: "Share" }, kind: "share-of-total", total: "10000" }],
};
