// Dutch: the command's first language.
import type { BookProblem } from "../xlsx/errors";
import { formatCount } from "../lang";
import type { CliMessages } from "./types";

const RESAVE = "Open het in Excel of LibreOffice en sla het op als Excel-werkmap (.xlsx).";

const damaged = (shown: string, what: string): string => `${shown} is beschadigd: ${what} Gebruik een andere kopie of sla het opnieuw op in Excel.`;

function bookProblem(problem: BookProblem, shown: string): string {
  switch (problem.kind) {
    case "not-a-zip":
      return `${shown} is geen .xlsx-werkmap (leeg, beschadigd of een ander soort bestand).`;
    case "damaged-entry":
      return damaged(shown, `het onderdeel ${problem.part} klopt niet met zijn controlegetal.`);
    case "duplicate":
      return damaged(shown, `het onderdeel ${problem.part} staat er twee keer in.`);
    case "encrypted":
      return `${shown}: het onderdeel ${problem.part} is versleuteld; dat kan verdeel niet lezen.`;
    case "unsupported-method":
      return `${shown}: het onderdeel ${problem.part} is gecomprimeerd op een manier die verdeel niet kan lezen (methode ${problem.method}). ${RESAVE}`;
    case "not-ooxml":
      if (problem.opendocument?.includes("spreadsheet")) return `${shown} is een OpenDocument-rekenblad (.ods), geen .xlsx-werkmap. ${RESAVE}`;
      if (problem.opendocument) return `${shown} is een OpenDocument-bestand (${problem.opendocument}), geen .xlsx-werkmap.`;
      return `${shown} is een zip-bestand, maar geen .xlsx-werkmap.`;
    case "other-office":
      switch (problem.what) {
        case "xlsb":
          return `${shown} is een binaire Excel-werkmap (.xlsb), geen .xlsx-werkmap. ${RESAVE}`;
        case "word":
          return `${shown} is een Word-document, geen .xlsx-werkmap.`;
        case "powerpoint":
          return `${shown} is een PowerPoint-presentatie, geen .xlsx-werkmap.`;
        default:
          return `${shown} is een Office-bestand van een ander soort (${problem.contentType}), geen .xlsx-werkmap.`;
      }
    case "no-workbook":
      return damaged(shown, "er staat geen werkmap in het pakket.");
    case "bad-xml":
      return damaged(shown, `het onderdeel ${problem.part} is geen geldige XML (regel ${problem.line}, kolom ${problem.column}).`);
    case "bad-encoding":
      return damaged(shown, `de tekst van het onderdeel ${problem.part} is niet goed gecodeerd.`);
    case "bad-sheet":
      return damaged(shown, `in ${problem.part} staan rijen of cellen niet op hun plaats${problem.where ? ` (bij ${problem.where})` : ""}.`);
  }
}

/** Why a file could not be written, by the file system's error code. */
const WRITE_WHY: Record<string, string> = {
  EACCES: "geen schrijfrechten in die map",
  EPERM: "geen schrijfrechten in die map",
  EROFS: "de map staat op een alleen-lezen schijf",
  ENAMETOOLONG: "de naam is te lang voor het bestandssysteem",
  ENOSPC: "de schijf is vol",
  EDQUOT: "de schijfruimte (quota) is op",
  ENOENT: "de map bestaat niet (meer) of kan geen bestanden bevatten",
  ENOTDIR: "een deel van het pad is geen map",
  EISDIR: "dat is een map",
  EXDEV: "de tijdelijke kopie kan daar niet neergezet worden",
};

const NOTHING_DONE = { apply: "er is niets geschreven", verify: "er is niets gecontroleerd" } as const;
const count = (n: number): string => formatCount(n, "nl");
const bedragen = (n: number): string => `${count(n)} bedrag${n === 1 ? "" : "en"}`;

export const nl: CliMessages = {
  synopsis: {
    schedules: "verdeel schedules [--json]",
    apply:
      "verdeel apply WERKMAP.xlsx --schedule ID|SCHEMA.json [--sheet BLAD] [--name-column KOLOMKOP]\n" +
      "      [--population-column KOLOMKOP] [--measure-column MAATSTAF=KOLOMKOP]...\n" +
      "      [--rate ONDERDEEL=BEDRAG]... [--budget-line ONDERDEEL=CODE]... [--out KOPIE.xlsx]\n" +
      "      [--force] [--json]",
    verify:
      "verdeel verify WERKMAP.xlsx --schedule ID|SCHEMA.json --check [ONDERDEEL=]KOLOMKOP ...\n" +
      "      [--tolerance EURO] [--sheet BLAD] [--name-column KOLOMKOP] [--population-column KOLOMKOP]\n" +
      "      [--measure-column MAATSTAF=KOLOMKOP]... [--out VERSLAG.xlsx] [--force] [--json]",
    help: "verdeel help [OPDRACHT] | verdeel --help | verdeel --version",
  },
  explain: {
    schedules: "Toont de meegeleverde verdeelsleutels.",
    apply:
      "Berekent de bijdragen en schrijft een nieuwe werkmap (standaard WERKMAP.verdeeld.xlsx);\n" +
      "      het invoerbestand blijft ongewijzigd. --force overschrijft een bestaande KOPIE en\n" +
      "      gevulde doelcellen in de kopie. Een CSV-bestand (zoals CBS het levert) wordt een nieuwe\n" +
      "      werkmap met de tabel en de bijdragen.",
    verify:
      "Rekent na en vergelijkt met de bestaande kolom(men); wijzigt niets. --check zonder\n" +
      "      ONDERDEEL= controleert het totaal (of het enige onderdeel).",
  },
  usageHeading: "Gebruik:",
  usageFooter:
    "Afsluitcodes: 0 klaar (verify: alles klopt), 1 verify vond afwijkingen of totalen die niet\n" +
    "optellen, 2 onjuiste invoer of aanroep.\n" +
    "Bedragen: punt of komma als decimaalteken (0,09 of 0.09). Engelse teksten: VERDEEL_LANG=en.\n" +
    '--measure-column woningen="Aantal woningen": de kolom van een maatstaf die de verdeelsleutel gebruikt.',
  pair: {
    rate: { form: "ONDERDEEL=BEDRAG", example: "uitbreiding=0,09" },
    "budget-line": { form: "ONDERDEEL=CODE", example: "uitbreiding=6700001" },
    "measure-column": { form: "MAATSTAF=KOLOMKOP", example: 'clienten="Aantal cliënten"' },
  },

  pairExpected: (option, raw) => `--${option} verwacht ${nl.pair[option].form}, bijvoorbeeld --${option} ${nl.pair[option].example}; gekregen: "${raw}".`,
  noCommand: "Geen opdracht gegeven.",
  unknownCommand: (command) => `Onbekende opdracht "${command}".`,
  commandFirst: (got) => `Eerst een opdracht (schedules, apply of verify), dan de opties; gekregen: "${got}".`,
  unknownOption: (option, command) => `Onbekende optie ${option} bij "verdeel ${command}".`,
  ambiguousOption: (option) => `Optie ${option}: een waarde die met "-" begint schrijf je vast aan de optie, bijvoorbeeld ${option}=-1.`,
  optionNeedsValue: (option) => `Optie ${option} verwacht een waarde.`,
  invalidUsage: (detail) => `Onjuiste aanroep: ${detail}`,
  schedulesTakesNoFile: (got) => `"verdeel schedules" neemt geen bestand; gekregen: "${got}".`,
  expectsBook: (command) => `"verdeel ${command}" verwacht een werkmap (WERKMAP.xlsx).`,
  oneBook: (command, extra) => `"verdeel ${command}" neemt één werkmap; te veel: ${extra}.`,
  expectsSchedule: (command) => `"verdeel ${command}" verwacht --schedule ID of --schedule BESTAND.json (zie "verdeel schedules").`,
  expectsCheck: `"verdeel verify" verwacht ten minste één --check [ONDERDEEL=]KOLOMKOP.`,
  checkHeaderAfterEquals: (text) => `--check ${text}: na "=" hoort de kolomkop.`,
  checkExpectsHeader: "--check verwacht een kolomkop.",
  badTolerance: (raw) => `--tolerance ${raw}: verwacht een bedrag in euro's van 0 of meer, bijvoorbeeld 0,01 of 1.`,
  badRate: (component, value) => `--rate ${component}=${value}: "${value}" is geen bedrag (voorbeeld: 0,09).`,
  unknownComponent: (option, id, schedule, ids) => `--${option} ${id}=…: verdeelsleutel ${schedule} heeft geen onderdeel "${id}". Onderdelen: ${ids}.`,
  contradiction: (option, id, first, second) =>
    `--${option} ${id} staat er twee keer met verschillende waarden (${first} en ${second}); welke bedoeld is, raadt verdeel niet. Geef hem één keer.`,
  measureIsPopulation: (measure, header) => `--measure-column ${measure}=…: de kolom met inwoners kies je met --population-column "${header}".`,
  unknownMeasure: (measure, schedule, list) =>
    `--measure-column ${measure}=…: verdeelsleutel ${schedule} gebruikt geen maatstaf "${measure}". Maatstaven naast inwoners: ${list}.`,
  noOtherMeasures: "geen (alleen inwoners)",

  bookProblem,
  isFolder: (shown) => `${shown} is een map, geen .xlsx-bestand.`,
  fileNotFound: (shown) => `Bestand ${shown} bestaat niet.`,
  cannotRead: (shown, code) => `Kan ${shown} niet lezen (${code}).`,
  oldXlsOrEncrypted: (shown) =>
    `${shown} is geen .xlsx-werkmap: het is een oud .xls-bestand of een met een wachtwoord versleutelde werkmap. Sla het in Excel op als .xlsx zonder wachtwoord.`,
  noWorksheets: (shown) => `${shown} bevat geen werkbladen.`,
  sheetOutOfPlace: (shown, sheet, where) =>
    `${shown}, werkblad ${sheet}: de rijen of cellen staan niet op hun plaats in het bestand${where ? ` (bij ${where})` : ""}. Sla de werkmap opnieuw op in Excel.`,
  notAWorksheet: (shown, sheet, list) => `${shown}: "${sheet}" is een grafiekblad of ander soort blad, geen werkblad met cellen. Werkbladen: ${list}.`,
  noSuchSheet: (shown, sheet, list) => `${shown} heeft geen werkblad "${sheet}". Werkbladen: ${list}.`,
  noVisibleSheet: (shown) => `${shown} heeft geen zichtbaar werkblad; kies er een met --sheet.`,
  scheduleFileNotFound: (shown) => `Verdeelsleutelbestand ${shown} bestaat niet.`,
  cannotReadScheduleFile: (shown, code) => `Kan verdeelsleutelbestand ${shown} niet lezen (${code}).`,
  notJson: (shown, why) => `${shown} is geen geldige JSON: ${why}.`,
  unknownSchedule: (arg, ids) => `Onbekende verdeelsleutel "${arg}". Meegeleverd: ${ids}; of geef een bestand BESTAND.json.`,
  csvRead: (shown, description) => `${shown} gelezen als CSV-bestand: ${description}.\n`,
  csvHasNoSheets: (shown) => `${shown} is een CSV-bestand: dat heeft geen werkbladen om te kiezen; laat --sheet weg.`,
  csvNeedsXlsxOut: (shown, out) =>
    `${shown} is een CSV-bestand: apply schrijft een nieuwe werkmap met de tabel en de bijdragen, dus --out moet op .xlsx eindigen (niet ${out}); er is niets geschreven.`,
  inputFile: "Invoerbestand",
  nothingDone: NOTHING_DONE,
  cellsRefused: (shown, sheet, cells, why, outcome) => `${shown}, werkblad ${sheet}, cellen ${cells.join(" en ")}: ${why}; ${NOTHING_DONE[outcome]}.`,
  sheetErrors: (shown, sheet, errors, outcome) => `${shown}, werkblad ${sheet}: ${errors} fout(en); ${NOTHING_DONE[outcome]}.`,
  noTableFound: (shown, sheet) => `${shown}, werkblad ${sheet}: geen tabel met gemeenten en inwoners gevonden.`,
  severity: { error: "fout", warning: "let op", info: "info" },

  writeFailed: (shown, code) => `Kan ${shown} niet schrijven: ${(code && WRITE_WHY[code]) || "het bestandssysteem weigert het"}; er is niets geschreven.`,
  interrupted: (shown) => `\nverdeel: onderbroken; ${shown} is niet geschreven.\n`,
  outIsInput: (out) => `${out} is het invoerbestand zelf; dat wordt nooit gewijzigd (ook niet met --force). Kies een ander --out.`,
  outFolderMissing: (folder, out) => `Map ${folder} voor ${out} bestaat niet.`,
  outIsFolder: (out) => `${out} is een map; geef een bestandsnaam.`,
  outExists: (out) => `${out} bestaat al; er is niets geschreven. Kies een ander --out of overschrijf met --force.`,
  macrosNeedXlsm: (book) =>
    `${book} is een werkmap met macro's; de kopie moet ook .xlsm heten (Excel opent macro's niet in een .xlsx). Geef --out een naam die op .xlsm eindigt; er is niets geschreven.`,
  targetsFilled: (shown, sheet) =>
    `${shown}, werkblad ${sheet}: doelcellen zijn al gevuld; er is niets geschreven. Overschrijven in de kopie (het invoerbestand blijft ongewijzigd): --force.`,
  noRoomRight: (shown, sheet, cell) =>
    `${shown}, werkblad ${sheet}: de nieuwe kolommen passen niet rechts van de gegevens; ze zouden voorbij kolom XFD komen, de laatste kolom van Excel (cel ${cell}). Er is niets geschreven. Verplaats de tabel naar links of maak de kolommen rechts ervan vrij.`,
  noRoomBelow: (shown, sheet, row, lastRow, cell) =>
    `${shown}, werkblad ${sheet}: de totaalrij zou op rij ${count(row)} komen, onder de laatste rij van Excel (rij ${count(lastRow)}, cel ${cell}). Er is niets geschreven. Maak onder de gegevens een rij vrij.`,
  tableInTheWay: (shown, sheet, column, table, range, cell) =>
    `${shown}, werkblad ${sheet}: de nieuwe kolom ${column} zou over de tabel ${table} (${range}) heen komen, bij cel ${cell}. Er is niets geschreven. Verplaats die tabel of maak ruimte naast de gegevens.`,
  unexpected: (detail: string) =>
    `verdeel: onverwachte fout, er is niets geschreven (${detail}). Meld dit; met VERDEEL_DEBUG=1 toont de opdracht de technische details.\n`,

  stepReading: "Lezen… klaar,",
  stepComputing: "Berekenen…",
  stepWriting: "Schrijven…",
  stepDone: "Klaar.",
  rows: (n) => ` ${count(n)} rijen`,

  perInhabitant: "per inwoner",
  shareByPopulation: (total) => `aandeel in ${total} naar inwonertal`,
  shareByKey: (total, key) => `aandeel in ${total} naar ${key}`,
  byPercentages: (total, shares) => `${total} naar vaste percentages: ${shares}`,
  fixedAmounts: (amounts) => `vaste bedragen: ${amounts}`,
  schedulesFooter: (n) => `\n${n} verdeelsleutels. Gebruik: verdeel apply WERKMAP.xlsx --schedule ID\n`,

  editedFrom: (label, now, agreed) => `${label} ${now} (vastgesteld ${agreed})`,
  editedTitle: (schedule, edits) => `${schedule} gewijzigd: ${edits}. Wat-als-berekening, niet de vastgestelde bedragen.`,
  agreedTitle: (title) => `Vastgestelde verdeelsleutel: ${title}`,
  colRow: "Rij",
  colMunicipality: "Gemeente",
  colPopulation: "Inwoners",
  colTotal: "Totaal",
  totalsRow: "Totaal",
  applied: (n, total, out, sheet, audit) => `${count(n)} ${n === 1 ? "gemeente" : "gemeenten"}, totaal ${total}; geschreven naar ${out} (werkblad ${sheet} en ${audit}).\n`,
  written: (out) => `Geschreven: ${out}\n`,

  verifyAllMatch: (checked) => `${bedragen(checked)} gecontroleerd: alle kloppen.`,
  verifySummary: (checked, matched, mismatches, sum) =>
    `${bedragen(checked)} gecontroleerd: ${count(matched)} ${matched === 1 ? "klopt" : "kloppen"}, ${count(mismatches)} ${mismatches === 1 ? "wijkt" : "wijken"} af (som van de verschillen ${sum}).`,
  withinTolerance: (n, sum) =>
    n === 1 ? `1 bedrag klopt alleen binnen de tolerantie (verschil ${sum}).` : `${count(n)} bedragen kloppen alleen binnen de tolerantie (verschillen samen ${sum}).`,
  totalsDoNotAddUp: (n) => (n === 1 ? "1 totaal telt niet op." : `${count(n)} totalen tellen niet op.`),
  totalTarget: "totaal",
  colCell: "Cel",
  colComponent: "Onderdeel",
  colExpected: "Verwacht",
  colFound: "Gevonden",
  colDifference: "Verschil",
  colWhat: "Wat",
  colSum: "Som",
  noNumber: "(geen getal)",
  rowTotalOf: (name, terms) => `totaal van ${name} (${terms})`,
  totalsRowOf: (column) => `totaalregel van kolom ${column}`,
  sumsHeading: "Totalen die niet optellen:\n",
  sheetWord: "werkblad",
  reportWritten: (out) => `Controlerapport geschreven: ${out}\n`,
};
