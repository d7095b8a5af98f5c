// Every text of the schedule editor, Dutch first and English second: the same shape, checked by
// the compiler. The messages about a schedule's fields come from the allocation core's schema
// (src/allocation); the ones here are the editor's own (labels, buttons, and the few checks the
// form makes before the schema sees it).
import { DOMAIN_WORDS } from "../../allocation";
import type { ComponentKind, Lang, Prorate } from "../../allocation/types";


export interface EditorMessages {
  headingNew: string;
  headingEdit: (id: string) => string;
  intro: string;

  general: string;
  id: string;
  idHint: string;
  titleNl: string;
  titleEn: string;
  region: string;
  year: string;
  source: string;
  sourceHint: string;
  populationDate: string;
  populationDateHint: string;
  note: string;
  noteHint: string;
  roundingUnit: string;
  unitCent: string;
  unitEuro: string;
  roundingMode: string;
  modeHalfUp: string;
  modeHalfEven: string;

  components: string;
  componentHeading: (n: number, label: string) => string;
  unnamed: string;
  /** The label of a new schedule's first component; both languages fill its Dutch and English name. */
  firstComponentLabel: string;
  kind: string;
  kinds: Record<ComponentKind, string>;
  componentId: string;
  componentIdHint: string;
  labelNl: string;
  labelEn: string;
  rate: string;
  rateHint: string;
  total: string;
  totalHint: string;
  amounts: string;
  amountsEmpty: string;
  percentages: string;
  percentagesEmpty: string;
  rowPercentage: string;
  unitRate: string;
  unitRateHint: string;
  measure: string;
  measureHint: string;
  measureNames: Record<"inwoners" | "woningen" | "huishoudens" | "oppervlakte", string>;
  keyHeading: string;
  keyByPopulation: string;
  keyWeighted: string;
  keyRowGroup: (n: number, measure: string) => string;
  keyWeight: string;
  keyRowRemove: (n: number, measure: string) => string;
  keyRowAdd: string;
  keySum: (sum: string, ok: boolean) => string;
  rowGroup: (n: number, name: string) => string;
  rowName: string;
  rowAmount: string;
  rowRemove: (n: number, name: string) => string;
  rowAdd: string;
  bulkHeading: string;
  bulkNames: string;
  bulkNamesHint: string;
  bulkAmount: string;
  bulkAmountHint: string;
  bulkAdd: string;
  bulkAdded: (n: number) => string;
  bulkNothing: string;
  hasPeriod: string;
  periodFrom: string;
  periodTo: string;
  prorate: string;
  prorates: Record<Prorate, string>;
  budgetLine: string;
  budgetLineHint: string;
  moveUp: (label: string) => string;
  moveDown: (label: string) => string;
  remove: (label: string) => string;
  up: string;
  down: string;
  removeText: string;

  add: string;
  addKinds: Record<ComponentKind | "base-plus-rate", string>;
  baseLabel: { nl: string; en: string };
  perInhabitantLabel: { nl: string; en: string };
  shareLabel: { nl: string; en: string };
  fixedLabel: { nl: string; en: string };
  percentageLabel: { nl: string; en: string };
  perUnitLabel: { nl: string; en: string };

  save: string;
  cancel: string;
  notSaved: (n: number) => string;
  otherProblems: string;

  importJson: string;
  exportJson: string;
  exportDisabled: string;
  importTitle: string;
  importFile: string;
  importFileHint: string;
  importText: string;
  importTextHint: string;
  importRead: string;
  importFailed: (n: number) => string;
  imported: (id: string, origin: string) => string;
  pastedOrigin: string;
  exportTitle: string;
  exportText: string;
  copy: string;
  copied: string;
  copyFailed: string;
  download: string;
  close: string;

  // The editor's own checks, in both languages so an issue carries nl and en like the core's.
  notAnAmount: (text: string) => string;
  emptyAmount: string;
  duplicateRow: (name: string) => string;
  idTaken: (id: string) => string;
  notJson: (detail: string) => string;
  emptyJson: string;
}

export const nl: EditorMessages = {
  headingNew: "Nieuw verdeelschema",
  headingEdit: (id) => `Verdeelschema ${id} bewerken`,
  intro:
    "Vul de velden in; wat niet klopt, staat meteen onder het veld. Bedragen mogen met een komma of een punt: 0,07 of 0.07. Schrijf duizendtallen zonder punt: 90000.",

  general: "Algemeen",
  id: "Id",
  idHint: "Kleine letters, cijfers en -, bijvoorbeeld gooi-vechtstreek-2023.",
  titleNl: "Titel (Nederlands)",
  titleEn: "Titel (Engels, optioneel)",
  region: "Regio",
  year: "Jaar",
  source: "Bron",
  sourceHint: "Welk besluit of voorstel: orgaan, datum en kenmerk. Geen namen van personen.",
  populationDate: "Peildatum inwoners (optioneel)",
  populationDateHint: "Bijvoorbeeld: CBS, 1 januari 2023.",
  note: "Toelichting (optioneel)",
  noteHint: "Aannames, bijvoorbeeld dat het stuk geen verdeelsleutel noemt.",
  roundingUnit: "Afronden op",
  unitCent: DOMAIN_WORDS.nl.unit.cent,
  unitEuro: DOMAIN_WORDS.nl.unit.euro,
  roundingMode: "Bij precies de helft",
  modeHalfUp: "rekenkundig: van nul af (2,5 → 3)",
  modeHalfEven: "naar even (2,5 → 2; 3,5 → 4)",

  components: "Onderdelen",
  componentHeading: (n, label) => `Onderdeel ${n}: ${label}`,
  unnamed: "(zonder naam)",
  firstComponentLabel: "Basis",
  kind: "Soort",
  kinds: {
    "per-inhabitant": "Per inwoner (tarief)",
    "share-of-total": "Aandeel in een vast totaal, naar inwoners of een gewogen sleutel",
    "fixed-amount": "Vast bedrag per genoemde gemeente",
    "fixed-percentage": "Vast percentage per gemeente, van een totaal",
    "per-unit": "Bedrag per eenheid van een maatstaf (bijvoorbeeld per woning)",
  },
  componentId: "Id van het onderdeel",
  componentIdHint: "Kleine letters, cijfers en -, beginnend met een letter, bijvoorbeeld basis.",
  labelNl: "Naam (Nederlands)",
  labelEn: "Naam (Engels, optioneel)",
  rate: "Tarief per inwoner (€)",
  rateHint: "Per jaar, of voor de periode als er niet wordt omgerekend. Bijvoorbeeld 0,08.",
  total: "Totaal te verdelen (€)",
  totalHint: "Per jaar, of voor de periode als er niet wordt omgerekend. Bijvoorbeeld 90000.",
  amounts: "Gemeenten en bedragen",
  amountsEmpty:
    "Nog geen gemeenten. Voeg rijen toe, of plak hieronder een lijst gemeenten met één bedrag voor allemaal (zoals een vaste voet).",
  percentages: "Gemeenten en percentages",
  percentagesEmpty:
    "Nog geen gemeenten. Voeg rijen toe, of plak hieronder gemeenten met hun percentage naast elkaar (tab of ;). Samen precies 100.",
  rowPercentage: "Percentage (%)",
  unitRate: "Bedrag per eenheid (€)",
  unitRateHint: "Per jaar, of voor de periode als er niet wordt omgerekend. Bijvoorbeeld 1,25 per woning.",
  measure: "Maatstaf",
  measureHint: "inwoners, woningen, huishoudens, oppervlakte (km²), of een eigen maatstaf in kleine letters (zoals clienten); de kolom kies je bij Gegevens.",
  measureNames: { inwoners: "Inwoners", woningen: "Woningen", huishoudens: "Huishoudens", oppervlakte: "Oppervlakte (km²)" },
  keyHeading: "Verdelen naar",
  keyByPopulation: "Inwoners",
  keyWeighted: "Een gewogen sleutel (bijvoorbeeld 50 % inwoners, 30 % woningen, 20 % oppervlakte)",
  keyRowGroup: (n, measure) => `Maatstaf ${n}${measure ? `: ${measure}` : ""}`,
  keyWeight: "Gewicht",
  keyRowRemove: (n, measure) => `Maatstaf ${n}${measure ? ` (${measure})` : ""} verwijderen`,
  keyRowAdd: "Maatstaf toevoegen",
  keySum: (sum, ok) => (ok ? `Samen ${sum}: klopt.` : `Samen ${sum}; de gewichten moeten samen precies 1 zijn.`),
  rowGroup: (n, name) => `Rij ${n}${name ? `: ${name}` : ""}`,
  rowName: "Gemeente of CBS-code",
  rowAmount: "Bedrag (€)",
  rowRemove: (n, name) => `Rij ${n}${name ? ` (${name})` : ""} verwijderen`,
  rowAdd: "Rij toevoegen",
  bulkHeading: "Meer gemeenten tegelijk",
  bulkNames: "Gemeenten, één per regel",
  bulkNamesHint: "Namen of CBS-codes. Uit Excel geplakt mag ook naam en bedrag naast elkaar (tab of ;).",
  bulkAmount: "Bedrag voor elke gemeente zonder eigen bedrag (€)",
  bulkAmountHint: "Bijvoorbeeld de vaste voet: 2500.",
  bulkAdd: "Gemeenten toevoegen",
  bulkAdded: (n) => (n === 1 ? "1 rij toegevoegd." : `${n} rijen toegevoegd.`),
  bulkNothing: "Geen gemeenten gevonden in de lijst.",
  hasPeriod: "Geldt voor een deel van het jaar",
  periodFrom: "Van",
  periodTo: "Tot en met",
  prorate: "Omrekenen naar de periode",
  prorates: {
    none: "Niet: het bedrag geldt al voor de periode",
    months: "Naar hele maanden (maanden / 12)",
    days: "Naar dagen (dagen / dagen in het jaar)",
  },
  budgetLine: "Begrotingspost (optioneel)",
  budgetLineHint: "Alleen als voorstel; elke gemeente kan haar eigen post kiezen.",
  moveUp: (label) => `Onderdeel ${label} omhoog`,
  moveDown: (label) => `Onderdeel ${label} omlaag`,
  remove: (label) => `Onderdeel ${label} verwijderen`,
  up: "Omhoog",
  down: "Omlaag",
  removeText: "Verwijderen",

  add: "Onderdeel toevoegen",
  addKinds: {
    "per-inhabitant": "Per inwoner",
    "share-of-total": "Aandeel in een vast totaal",
    "fixed-amount": "Vast bedrag per gemeente",
    "fixed-percentage": "Vast percentage per gemeente",
    "per-unit": "Per eenheid (woning, km², …)",
    "base-plus-rate": "Vaste voet + per inwoner",
  },
  baseLabel: { nl: "Vaste voet", en: "Fixed base" },
  perInhabitantLabel: { nl: "Per inwoner", en: "Per inhabitant" },
  shareLabel: { nl: "Aandeel", en: "Share" },
  fixedLabel: { nl: "Vast bedrag", en: "Fixed amount" },
  percentageLabel: { nl: "Bijdrage", en: "Contribution" },
  perUnitLabel: { nl: "Per woning", en: "Per dwelling" },

  save: "Opslaan",
  cancel: "Annuleren",
  notSaved: (n) =>
    n === 1
      ? "Niet opgeslagen: 1 melding. Zie het veld met de melding."
      : `Niet opgeslagen: ${n} meldingen. Zie de velden met een melding.`,
  otherProblems: "Meldingen over het hele schema",

  importJson: "Importeren (JSON)",
  exportJson: "Exporteren (JSON)",
  exportDisabled: "Exporteren kan zodra het schema geen meldingen meer heeft.",
  importTitle: "Verdeelschema importeren",
  importFile: "JSON-bestand",
  importFileHint: "Een .json-bestand in het formaat van het commando verdeel.",
  importText: "Of plak de JSON hier",
  importTextHint: "De tekst van een verdeelschema, zoals Exporteren die geeft.",
  importRead: "Geplakte tekst inlezen",
  importFailed: (n) => (n === 1 ? "Niet ingelezen: 1 melding." : `Niet ingelezen: ${n} meldingen.`),
  imported: (id, origin) => `Verdeelschema ${id} ingelezen uit ${origin}. Controleer het en sla het op.`,
  pastedOrigin: "geplakte tekst",
  exportTitle: "Verdeelschema exporteren",
  exportText: "JSON van het verdeelschema",
  copy: "Kopiëren",
  copied: "Gekopieerd naar het klembord.",
  copyFailed: "Kopiëren lukte niet. Selecteer de tekst in het vak en kopieer met Ctrl+C (Cmd+C op een Mac).",
  download: "Downloaden",
  close: "Sluiten",

  notAnAmount: (text) =>
    `"${text}" is geen bedrag; schrijf bijvoorbeeld 0,08 of 0.08, zonder € en zonder scheidingsteken voor duizendtallen (90000).`,
  emptyAmount: "vul een bedrag in, bijvoorbeeld 0,08.",
  duplicateRow: (name) => `"${name}" staat al in een eerdere rij; elke gemeente mag één keer voorkomen.`,
  idTaken: (id) => `"${id}" is al de id van een meegeleverd verdeelschema; kies een andere, bijvoorbeeld ${id}-eigen.`,
  notJson: (detail) => `geen geldige JSON (${detail}).`,
  emptyJson: "leeg; kies een bestand of plak de JSON van een verdeelschema.",
};

export const en: EditorMessages = {
  headingNew: "New schedule",
  headingEdit: (id) => `Edit schedule ${id}`,
  intro:
    "Fill in the fields; whatever is wrong shows right below the field. Amounts may use a point or a comma: 0.07 or 0,07. Write thousands without a separator: 90000.",

  general: "General",
  id: "Id",
  idHint: "Lower-case letters, digits and -, e.g. gooi-vechtstreek-2023.",
  titleNl: "Title (Dutch)",
  titleEn: "Title (English, optional)",
  region: "Region",
  year: "Year",
  source: "Source",
  sourceHint: "Which decision or proposal: body, date and reference. No names of people.",
  populationDate: "Population reference date (optional)",
  populationDateHint: "For example: CBS, 1 January 2023.",
  note: "Note (optional)",
  noteHint: "Assumptions, e.g. that the paper states no allocation key.",
  roundingUnit: "Round to",
  unitCent: DOMAIN_WORDS.en.unit.cent,
  unitEuro: DOMAIN_WORDS.en.unit.euro,
  roundingMode: "At exactly half",
  modeHalfUp: "away from zero (2.5 → 3)",
  modeHalfEven: "to even (2.5 → 2; 3.5 → 4)",

  components: "Components",
  componentHeading: (n, label) => `Component ${n}: ${label}`,
  unnamed: "(no name)",
  firstComponentLabel: "Base",
  kind: "Kind",
  kinds: {
    "per-inhabitant": "Per inhabitant (rate)",
    "share-of-total": "Share of a fixed total, by population or a weighted key",
    "fixed-amount": "Fixed amount per named municipality",
    "fixed-percentage": "Fixed percentage per municipality, of a total",
    "per-unit": "Amount per unit of a measure (for example per dwelling)",
  },
  componentId: "Component id",
  componentIdHint: "Lower-case letters, digits and -, starting with a letter, e.g. basis.",
  labelNl: "Name (Dutch)",
  labelEn: "Name (English, optional)",
  rate: "Rate per inhabitant (€)",
  rateHint: "Per year, or for the period when it is not pro-rated. For example 0.08.",
  total: "Total to split (€)",
  totalHint: "Per year, or for the period when it is not pro-rated. For example 90000.",
  amounts: "Municipalities and amounts",
  amountsEmpty:
    "No municipalities yet. Add rows, or paste a list of municipalities below with one amount for all (such as a fixed base).",
  percentages: "Municipalities and percentages",
  percentagesEmpty:
    "No municipalities yet. Add rows, or paste municipalities with their percentage side by side below (tab or ;). Together exactly 100.",
  rowPercentage: "Percentage (%)",
  unitRate: "Amount per unit (€)",
  unitRateHint: "Per year, or for the period when it is not pro-rated. For example 1.25 per dwelling.",
  measure: "Measure",
  measureHint: "inwoners, woningen, huishoudens, oppervlakte (km²), or a measure of your own in lower case (such as clienten); you choose its column under Data.",
  measureNames: { inwoners: "Inhabitants", woningen: "Dwellings", huishoudens: "Households", oppervlakte: "Area (km²)" },
  keyHeading: "Split by",
  keyByPopulation: "Population",
  keyWeighted: "A weighted key (for example 50 % inhabitants, 30 % dwellings, 20 % area)",
  keyRowGroup: (n, measure) => `Measure ${n}${measure ? `: ${measure}` : ""}`,
  keyWeight: "Weight",
  keyRowRemove: (n, measure) => `Remove measure ${n}${measure ? ` (${measure})` : ""}`,
  keyRowAdd: "Add measure",
  keySum: (sum, ok) => (ok ? `Together ${sum}: correct.` : `Together ${sum}; the weights must add up to exactly 1.`),
  rowGroup: (n, name) => `Row ${n}${name ? `: ${name}` : ""}`,
  rowName: "Municipality or CBS code",
  rowAmount: "Amount (€)",
  rowRemove: (n, name) => `Remove row ${n}${name ? ` (${name})` : ""}`,
  rowAdd: "Add row",
  bulkHeading: "Several municipalities at once",
  bulkNames: "Municipalities, one per line",
  bulkNamesHint: "Names or CBS codes. Pasted from Excel, name and amount side by side (tab or ;) also works.",
  bulkAmount: "Amount for every municipality without its own amount (€)",
  bulkAmountHint: "For example the fixed base: 2500.",
  bulkAdd: "Add municipalities",
  bulkAdded: (n) => (n === 1 ? "1 row added." : `${n} rows added.`),
  bulkNothing: "No municipalities found in the list.",
  hasPeriod: "Applies to part of the year",
  periodFrom: "From",
  periodTo: "To (inclusive)",
  prorate: "Pro-rate to the period",
  prorates: {
    none: "No: the amount is already for the period",
    months: "By whole months (months / 12)",
    days: "By days (days / days in the year)",
  },
  budgetLine: "Budget line (optional)",
  budgetLineHint: "A suggestion only; each municipality can choose its own line.",
  moveUp: (label) => `Move component ${label} up`,
  moveDown: (label) => `Move component ${label} down`,
  remove: (label) => `Remove component ${label}`,
  up: "Up",
  down: "Down",
  removeText: "Remove",

  add: "Add component",
  addKinds: {
    "per-inhabitant": "Per inhabitant",
    "share-of-total": "Share of a fixed total",
    "fixed-amount": "Fixed amount per municipality",
    "fixed-percentage": "Fixed percentage per municipality",
    "per-unit": "Per unit (dwelling, km², …)",
    "base-plus-rate": "Fixed base + per inhabitant",
  },
  baseLabel: nl.baseLabel,
  perInhabitantLabel: nl.perInhabitantLabel,
  shareLabel: nl.shareLabel,
  fixedLabel: nl.fixedLabel,
  percentageLabel: nl.percentageLabel,
  perUnitLabel: nl.perUnitLabel,

  save: "Save",
  cancel: "Cancel",
  notSaved: (n) =>
    n === 1 ? "Not saved: 1 problem. See the field with a message." : `Not saved: ${n} problems. See the fields with a message.`,
  otherProblems: "Problems with the whole schedule",

  importJson: "Import (JSON)",
  exportJson: "Export (JSON)",
  exportDisabled: "Export is possible once the schedule has no problems left.",
  importTitle: "Import a schedule",
  importFile: "JSON file",
  importFileHint: "A .json file in the format of the verdeel command.",
  importText: "Or paste the JSON here",
  importTextHint: "The text of a schedule, as Export gives it.",
  importRead: "Read pasted text",
  importFailed: (n) => (n === 1 ? "Not imported: 1 problem." : `Not imported: ${n} problems.`),
  imported: (id, origin) => `Schedule ${id} imported from ${origin}. Check it and save it.`,
  pastedOrigin: "pasted text",
  exportTitle: "Export the schedule",
  exportText: "JSON of the schedule",
  copy: "Copy",
  copied: "Copied to the clipboard.",
  copyFailed: "Copying did not work. Select the text in the box and copy with Ctrl+C (Cmd+C on a Mac).",
  download: "Download",
  close: "Close",

  notAnAmount: (text) =>
    `"${text}" is not an amount; write e.g. 0.08 or 0,08, without € and without a thousands separator (90000).`,
  emptyAmount: "enter an amount, e.g. 0.08.",
  duplicateRow: (name) => `"${name}" is already in an earlier row; each municipality may appear once.`,
  idTaken: (id) => `"${id}" is already the id of a bundled schedule; choose another, e.g. ${id}-own.`,
  notJson: (detail) => `not valid JSON (${detail}).`,
  emptyJson: "empty; choose a file or paste the JSON of a schedule.",
};

export function editorMessages(lang: Lang): EditorMessages {
  return lang === "nl" ? nl : en;
}
