// Nederlands: de eerste taal van het taakvenster.
import { DOMAIN_WORDS } from "../../allocation";
import type { Messages, WriteAction } from "./types";

const words = DOMAIN_WORDS.nl;

const gemeenten = (n: number): string => (n === 1 ? "1 gemeente" : `${n.toLocaleString("nl-NL")} gemeenten`);
/** The button a write reason names. */
const ACTION: Record<WriteAction, string> = { apply: "Toepassen", saveScenario: "Opslaan als scenario" };
const cellen = (n: number): string => (n === 1 ? "1 cel" : `${n.toLocaleString("nl-NL")} cellen`);

/** Excel's error values as Dutch Excel shows them. */
const DUTCH_EXCEL_ERRORS: Readonly<Record<string, string>> = {
  "#VALUE!": "#WAARDE!",
  "#NUM!": "#GETAL!",
  "#NAME?": "#NAAM?",
  "#N/A": "#N/B",
  "#DIV/0!": "#DEEL/0!",
  "#REF!": "#VERW!",
  "#NULL!": "#LEEG!",
  "#SPILL!": "#OVERLOOP!",
  "#CALC!": "#BEREKENEN!",
  "#BUSY!": "#BEZIG!",
};

export const nl: Messages = {
  lang: "nl",
  locale: "nl-NL",

  loadingTab: "Tabblad laden…",
  loading: "Gegevens lezen…",
  readAgain: "Gegevens opnieuw lezen",
  readFailed: (e) => `De gegevens konden niet worden gelezen: ${e}`,

  dataHeading: "Gegevens",
  dataFound: (sheet, range, rows) => `Blad ${sheet}, ${range}: ${gemeenten(rows)}.`,
  sourceTable: "Gevonden in de Excel-tabel van de selectie.",
  sourceSelectionBlock: "Gevonden in het blok rond de selectie.",
  sourceUsedRange: "Gevonden in het gebruikte bereik van het blad.",
  noTable:
    "Geen tabel met gemeenten en inwoners gevonden. Selecteer een cel in de tabel en lees de gegevens opnieuw, of kies de kolommen hieronder.",
  nameColumn: "Kolom met gemeenten",
  populationColumn: "Kolom met inwoners",
  measureColumn: (m) => `Kolom met ${words.measureHeader(m).toLowerCase()}`,
  columnPlaceholder: "Kies een kolom",
  columnOption: (letters, header) => `${header} (kolom ${letters})`,

  scheduleHeading: "Verdeelschema",
  scheduleLabel: "Verdeelschema",
  schedulePlaceholder: "Kies een verdeelschema",
  scheduleGroupBundled: "Meegeleverde verdeelschema's",
  scheduleGroupOwn: "Eigen verdeelschema's in deze werkmap",
  region: "Regio",
  year: "Jaar",
  source: "Bron",
  rounding: "Afronding",
  roundingCent: words.roundedTo.cent,
  roundingEuro: words.roundedTo.euro,
  note: "Toelichting",
  component: "Onderdeel",
  ratePerInhabitant: "Tarief per inwoner (€)",
  totalToSplit: "Totaal te verdelen naar inwoners (€)",
  totalToSplitByKey: "Totaal te verdelen naar de gewogen sleutel (€)",
  totalByPercentages: "Totaal te verdelen naar vaste percentages (€)",
  ratePerUnit: (m) => `Bedrag per eenheid ${m} (€)`,
  totalDecimals: (euros) =>
    euros
      ? "Het schema rondt af op hele euro's; een totaal met centen wordt niet stilzwijgend afgerond. Typ een bedrag in hele euro's."
      : "Het schema rondt af op centen; typ het totaal met hoogstens twee decimalen.",
  weight: (m) => `Gewicht ${m}`,
  weightsSum: (sum, ok) => (ok ? `De gewichten zijn samen ${sum}.` : `De gewichten zijn samen ${sum}; ze moeten samen precies 1 zijn.`),
  percentagesHeading: (n) => `Percentages (${n} gemeenten)`,
  percentage: (key) => `Percentage ${key} (%)`,
  percentagesSum: (sum, ok) => (ok ? `De percentages zijn samen ${sum}.` : `De percentages zijn samen ${sum}; ze moeten samen precies 100 zijn.`),
  numberInvalid: "Schrijf een getal als 0,3 of 0.3.",
  fixedAmounts: (n) => `Vaste bedragen voor ${gemeenten(n)} (niet aan te passen).`,
  agreed: (amount) => `vastgesteld ${amount}`,
  rateInvalid: "Schrijf een bedrag als 0,07 of 0.07 (zonder scheiding voor duizendtallen: 90000).",
  rateReset: (label) => `Vastgesteld tarief ${label} terugzetten`,
  reset: "Terugzetten",
  budgetLine: "Begrotingspost",
  budgetLinePlaceholder: "bijv. 56814/44320",
  budgetLineDefault: (code) => `voorstel uit het schema: ${code}`,
  period: (from, to, how) => `Periode ${from} t/m ${to}, ${how}.`,
  prorateNone: "tarief geldt voor de periode",
  prorateMonths: words.prorate.months,
  prorateDays: words.prorate.days,

  previewHeading: "Voorbeeld",
  previewLabel: "Voorbeeld van de bijdragen",
  previewSummary: (rows, total) => `${gemeenten(rows)}, totaal ${total}.`,
  previewEmpty: "Kies een verdeelschema om de bijdragen te zien.",
  colMunicipality: "Gemeente",
  colPopulation: "Inwoners",
  colTotal: "Totaal",
  totalsRow: "Totaal",
  editedBadge: (value) => `gewijzigd ${value}`,
  editList: (edits) => edits.map((e) => `${e.label} ${e.value} (vastgesteld ${e.agreed})`).join("; "),
  scrollBox: (name) => `${name}, schuift opzij`,
  previewHeadingEdited: "Voorbeeld met gewijzigd tarief",
  previewEdited: (list) => `Niet de vastgestelde bedragen: ${list}. Toepassen zet de wijziging ook in de kolomkoppen.`,

  findingsHeading: (n) => (n === 1 ? "1 melding" : `${n} meldingen`),
  findingsErrors: (n) =>
    n === 1
      ? "1 fout in de gegevens: er wordt niets geschreven tot die is opgelost."
      : `${n} fouten in de gegevens: er wordt niets geschreven tot ze zijn opgelost.`,
  findingsMore: (n) => `… en nog ${n} meldingen.`,
  severityError: "fout",
  severityWarning: "waarschuwing",
  severityInfo: "info",
  selectFailed: (e) => `De cel kon niet worden geselecteerd: ${e}`,

  apply: "Toepassen",
  undo: "Ongedaan maken",
  undoCount: (n) => (n === 1 ? "1 actie kan ongedaan worden gemaakt." : `${n} acties kunnen ongedaan worden gemaakt.`),
  busyApplying: "Bezig met schrijven…",
  busyUndoing: "Bezig met herstellen…",
  reasonNoTable: (a) => `${ACTION[a]} kan nog niet: er is geen tabel met gemeenten gevonden.`,
  reasonNoSchedule: (a) => `${ACTION[a]} kan nog niet: kies eerst een verdeelschema.`,
  reasonErrors: (a, n) =>
    n === 1
      ? `${ACTION[a]} kan niet: los eerst de fout in de gegevens op.`
      : `${ACTION[a]} kan niet: los eerst de ${n} fouten in de gegevens op.`,
  reasonRate: (a, labels) => `${ACTION[a]} kan niet: het bedrag bij ${labels} is ongeldig.`,
  reasonSchedule: (a, m) => `${ACTION[a]} kan niet: ${m}`,
  reasonNoRows: (a) => `${ACTION[a]} kan niet: er zijn geen gemeenten om te berekenen.`,
  reasonNothingToUndo: "Er is nog niets om ongedaan te maken.",
  applied: (cells, where) => `Toegepast: ${cellen(cells)} geschreven (${where}).`,
  undone: (where) => `Ongedaan gemaakt: ${where} is hersteld.`,
  applyFailed: (e) => `Toepassen is mislukt; er is niets geschreven of alles is teruggedraaid. ${e}`,
  undoFailed: (e) => `Ongedaan maken is mislukt: ${e}`,
  protectedSheet: (sheet) =>
    `Het blad ${sheet} is beveiligd: er is niets geschreven. Hef de beveiliging op (Controleren > Beveiliging blad opheffen) en probeer het opnieuw.`,
  cancelled: "Niets geschreven.",
  undoCancelled: "Niets hersteld.",
  saveFailed: (e) => `Uw keuzes konden niet in de werkmap worden bewaard: ${e}`,

  conflictsTitle: "Cellen overschrijven?",
  conflictsBody: "Deze cellen bevatten al gegevens:",
  conflictsQuestion: "Overschrijven? Met Ongedaan maken zet u ze daarna terug.",
  conflictsEdited: (list) => `Let op: gewijzigd tarief, niet vastgesteld: ${list}.`,
  overwrite: "Overschrijven",
  cancel: "Annuleren",
  filteredTitle: "Filter tijdelijk opheffen?",
  filteredBody: (sheet) =>
    `Op het blad ${sheet} verbergt een filter rijen. Schrijven door een filter heen haalt gegevens door elkaar. Zal ik het filter opheffen, schrijven en het filter daarna terugzetten?`,
  clearFilter: "Filter opheffen en schrijven",
  editedTitle: "Toch herstellen?",
  editedBody: "Deze cellen zijn na het toepassen gewijzigd:",
  editedQuestion: "Herstellen zet ook deze cellen terug zoals ze vóór het toepassen waren. Toch herstellen?",
  restoreAnyway: "Toch herstellen",
  cellsMore: (n) => `… en nog ${n}.`,

  modesLabel: "Werkwijze",
  modeApply: "Invullen",
  modeVerify: "Controleren",
  modeScenario: "Scenario",
  modeSchedules: "Schema's",

  verifyIntro: (s) =>
    `Vergelijk de bedragen in de werkmap met ${s}, zoals vastgesteld (gewijzigde tarieven tellen hier niet mee). Controleren verandert geen enkel getal.`,
  verifyColumnFor: (label) => `Kolom met ${label}`,
  verifyTotalLabel: "het totaal per gemeente",
  verifyNoColumn: "Niet controleren",
  tolerance: "Tolerantie in euro",
  toleranceHint: "0 is exact; 0,50 laat afwijkingen tot en met 50 cent toe.",
  toleranceInvalid: "Vul een bedrag van 0 of meer in, bijvoorbeeld 0 of 0,50.",
  verifyButton: "Controleren",
  busyVerifying: "Bezig met controleren…",
  verifyReasonNoChecks: "Kies ten minste één kolom om te controleren.",
  verifyReasonNoSchedule: "Controleren kan nog niet: kies eerst een verdeelschema.",
  verifyReasonNoTable: "Controleren kan nog niet: er is geen tabel met gemeenten gevonden.",
  verifyWithinTolerance: (n, sum) =>
    n === 1
      ? `1 bedrag klopt alleen binnen de tolerantie (verschil ${sum}).`
      : `${n} bedragen kloppen alleen binnen de tolerantie (verschillen samen ${sum}).`,
  verifySummary: (checked, correct, wrong, sum) =>
    `${checked} bedragen gecontroleerd: ${correct} juist, ${wrong} onjuist. Som van de verschillen: ${sum}.`,
  verifyAllCorrect: (checked) => `Alle ${checked} bedragen kloppen.`,
  verifyResultLabel: "Uitkomst van de controle",
  mismatchesHeading: (n) => (n === 1 ? "1 afwijking" : `${n} afwijkingen`),
  mismatchesMore: (n) => `… en nog ${n} ${n === 1 ? "afwijking" : "afwijkingen"}: het controleverslag noemt ze allemaal.`,
  colCell: "Cel",
  colComponent: "Onderdeel",
  colExpected: "Verwacht",
  colFound: "Gevonden",
  colDifference: "Verschil",
  noNumber: "geen getal",
  selectCell: (cell, name) => `Ga naar ${cell} (${name})`,
  markCells: "Onjuiste cellen markeren",
  unmarkCells: "Markering weghalen",
  marked: (n) => `${cellen(n)} gemarkeerd (lichtrood). Met Markering weghalen krijgen ze hun eigen opmaak terug.`,
  unmarked: "Markering weggehaald: de cellen hebben hun eigen opmaak terug.",
  writeReport: "Controleverslag maken",
  reportWritten: (sheet) => `Het controleverslag staat op het blad ${sheet}.`,
  verifyFailed: (e) => `Controleren lukte niet: ${e}`,
  verifyStale: "De werkmap of de keuzes zijn gewijzigd sinds deze controle. Controleer opnieuw voor een actuele uitkomst.",

  scenarioIntro:
    "Wijzig hierboven een tarief of totaal: per gemeente ziet u direct het nieuwe bedrag, het vastgestelde bedrag en het verschil.",
  scenarioNoEdits: "Nog geen tarief gewijzigd: het scenario is gelijk aan het vastgestelde schema.",
  scenarioLabel: "Scenario tegenover vastgesteld",
  colScenario: "Scenario",
  colAgreed: "Vastgesteld",
  scenarioSummary: (changed, difference) =>
    `${gemeenten(changed)} ${changed === 1 ? "betaalt" : "betalen"} anders; verschil in totaal ${difference}.`,
  saveScenario: "Opslaan als scenario",
  backToAgreed: "Terug naar vastgesteld",
  asFormulas: "Bedragen per inwoner en per eenheid als formules (tarieven op blad Tarieven)",
  asFormulasHint:
    "Een tarief wijzigen op het blad Tarieven rekent de bedragen dan opnieuw uit, ook zonder Verdeelsleutel. Aandelen in een vast totaal (ook met een gewogen sleutel) en vaste percentages blijven getallen: de verdeling met de grootste rest heeft de hele kolom nodig.",
  reasonNoEdits: "Wijzig eerst een tarief of totaal; een scenario zonder wijziging is het vastgestelde schema.",

  userSchedulesHeading: "Eigen verdeelschema's in deze werkmap",
  userSchedulesNone: "Nog geen eigen verdeelschema's. Maak er een of lees een JSON-bestand in.",
  newSchedule: "Nieuw verdeelschema",
  editSchedule: (id) => `${id} bewerken`,
  deleteSchedule: (id) => `${id} verwijderen`,
  userScheduleSaved: (id) => `Verdeelschema ${id} is in deze werkmap bewaard en te kiezen bij Verdeelschema.`,
  userScheduleDeleted: (id) => `Verdeelschema ${id} is uit deze werkmap verwijderd.`,
  userScheduleSkipped: (m) => `Een eigen verdeelschema in deze werkmap is ongeldig en overgeslagen: ${m}`,
  userScheduleOrigin: (n) => `eigen schema ${n}`,
  userSchedulesUnread: (n) =>
    `${n === 1 ? "Het eigen verdeelschema" : `De ${n} eigen verdeelschema's`} in deze werkmap ${n === 1 ? "kon" : "konden"} niet worden geladen. ${n === 1 ? "Het blijft" : "Ze blijven"} ongewijzigd in de werkmap staan; sluit het deelvenster en open het opnieuw om het nog eens te proberen.`,
  userScheduleIdTaken: (id) => `${id}: deze id is al in gebruik.`,
  userScheduleTag: "eigen schema",

  tooOldTitle: "Deze versie van Excel is te oud",
  tooOldBody: (missing) =>
    `Verdeelsleutel heeft ${missing} nodig. Werk Office bij, of gebruik Excel op het web of het commando verdeel.`,
  notInExcel: "Open Verdeelsleutel vanuit Excel (Start > Verdeelsleutel).",

  sheetError: (code) => DUTCH_EXCEL_ERRORS[code] ?? code,
  sheetSpillBlocked: "Het overloopbereik is niet leeg: maak de cellen eronder leeg.",
  sheetFormulaHint: "Een formule zoals in Nederlandse Excel: =VERDEEL.AANDEEL(C2:C16;90000), decimalen met een komma.",
};
