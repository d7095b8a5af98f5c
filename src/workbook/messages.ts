// formatFinding: one sentence pair per finding, Dutch and English. Every message names the
// sheet and the cell, says what is wrong, and what to do about it.
import { domainWords, type Lang } from "../allocation";
import { formatDecimalText } from "./text-format";
import type { Finding, FindingCode } from "./types";

/** Every finding code, for hosts and tests; the compiler checks it is complete. */
export const ALL_FINDING_CODES = [
  "no-header",
  "column-not-found",
  "column-ambiguous",
  "population-text",
  "population-blank",
  "population-error",
  "population-decimal",
  "population-too-large",
  "population-negative",
  "name-blank",
  "name-formula-like",
  "duplicate-municipality",
  "totals-row",
  "blank-row",
  "hidden-row",
  "filter-active",
  "merged-cells",
  "sheet-protected",
  "target-not-empty",
  "cbs-period-chosen",
  "period-not-found",
  "cbs-row-skipped",
  "note-row",
  "no-data",
  "fixed-amount-unmatched",
  "check-column-not-found",
  "check-not-a-number",
  "check-blank",
  "check-error",
  "check-formula",
  "measure-text",
  "measure-blank",
  "measure-error",
  "measure-decimal",
  "measure-negative",
  "measure-too-large",
  "cbs-former-municipalities",
  "period-differs",
  "row-total-mismatch",
  "totals-row-mismatch",
] as const satisfies readonly FindingCode[];
type MissingCode = Exclude<FindingCode, (typeof ALL_FINDING_CODES)[number]>;
const complete: [MissingCode] extends [never] ? true : MissingCode = true;
void complete;


function p(f: Finding, key: string): string {
  const v = f.params[key];
  return v === undefined || v === null ? "" : String(v);
}

function has(f: Finding, key: string): boolean {
  const v = f.params[key];
  return v !== undefined && v !== null && v !== "" && v !== 0;
}

/** A column's role in a sentence ("geen kolom voor de gemeentecode"). */
const ROLE: Record<Lang, Record<string, string>> = {
  nl: { name: "gemeente", population: "inwoners", code: "gemeentecode", period: "periode" },
  en: { name: "municipality", population: "population", code: "municipality code", period: "period" },
};

function role(f: Finding, lang: Lang): string {
  if (p(f, "role") === "measure") return measureName(p(f, "measure"), lang);
  return ROLE[lang][p(f, "role")] ?? p(f, "role");
}

/** "het aantal woningen", "de oppervlakte", or the measure's own id ("maatstaf clienten"). */
export function measureName(measure: string, lang: Lang): string {
  return domainWords(lang).measureName(measure);
}

/** Example headers of a measure, for "no column found". */
const MEASURE_EXAMPLES: Record<string, string> = {
  woningen: "Woningen, Aantal woningen, Woningvoorraad",
  huishoudens: "Huishoudens, Aantal huishoudens",
  oppervlakte: "Oppervlakte, Totale oppervlakte (km²)",
};

function measureBody(f: Finding, lang: Lang): string {
  const nl = lang === "nl";
  const what = measureName(p(f, "measure"), lang);
  const who = has(f, "name") ? (nl ? ` van ${p(f, "name")}` : ` of ${p(f, "name")}`) : "";
  switch (f.code) {
    case "measure-text":
      if (has(f, "suggestion")) {
        return nl ? `${what}${who} is tekst ("${p(f, "text")}"). Typ het als getal (${p(f, "suggestion")}).` : `${what}${who} is text ("${p(f, "text")}"). Type it as a number (${p(f, "suggestion")}).`;
      }
      return nl ? `${what}${who} is tekst ("${p(f, "text")}"), geen getal. Typ het als getal.` : `${what}${who} is text ("${p(f, "text")}"), not a number. Type it as a number.`;
    case "measure-blank":
      return nl ? `${what}${who} ontbreekt. Vul het in, of haal de rij weg als de gemeente niet meedoet.` : `${what}${who} is missing. Fill it in, or remove the row if the municipality does not take part.`;
    case "measure-error":
      return nl ? `${what}${who} is een foutwaarde (${p(f, "error")}). Herstel de formule of de bron.` : `${what}${who} is an error value (${p(f, "error")}). Fix the formula or its source.`;
    case "measure-decimal":
      if (has(f, "tooMany")) {
        return nl ? `${what}${who} heeft te veel decimalen (${p(f, "value")}); hooguit 10.` : `${what}${who} has too many decimals (${p(f, "value")}); at most 10.`;
      }
      return nl ? `${what}${who} is geen geheel getal (${p(f, "value")}). Het is een aantal: neem het getal uit de bron over.` : `${what}${who} is not a whole number (${p(f, "value")}). It is a count: copy the figure from the source.`;
    case "measure-too-large":
      return nl
        ? `${what}${who} is te groot om exact te rekenen (${p(f, "value")}). Controleer het getal in de bron.`
        : `${what}${who} is too large to compute exactly (${p(f, "value")}). Check the figure in the source.`;
    default:
      return nl ? `${what}${who} is negatief (${p(f, "value")}). Vul het juiste getal in.` : `${what}${who} is negative (${p(f, "value")}). Fill in the correct figure.`;
  }
}

function where(f: Finding, lang: Lang): string {
  const sheet = `'${f.sheet}'`;
  if (!f.cell) return lang === "nl" ? `Blad ${sheet}: ` : `Sheet ${sheet}: `;
  const range = f.cell.includes(":");
  if (lang === "nl") return `Blad ${sheet}, ${range ? "cellen" : "cel"} ${f.cell}: `;
  return `Sheet ${sheet}, ${range ? "cells" : "cell"} ${f.cell}: `;
}

function rows(f: Finding, lang: Lang): string {
  const from = p(f, "from");
  const to = p(f, "to");
  if (from === to || to === "") return lang === "nl" ? `rij ${from}` : `row ${from}`;
  return lang === "nl" ? `rijen ${from} t/m ${to}` : `rows ${from} to ${to}`;
}

function body(f: Finding, lang: Lang): string {
  const nl = lang === "nl";
  switch (f.code) {
    case "no-header": {
      const seen = has(f, "headers")
        ? nl
          ? ` Rij ${p(f, "headerRow")} bevat: ${p(f, "headers")}.`
          : ` Row ${p(f, "headerRow")} holds: ${p(f, "headers")}.`
        : "";
      return nl
        ? `geen kopregel gevonden met een kolom voor de gemeente (Gemeente, Naam, Gemeentecode) én een kolom voor het inwonertal (Inwoners, Aantal inwoners, Bevolking) in de eerste ${p(f, "rows")} rijen.${seen} Zet kopjes boven de kolommen of kies de kolommen zelf.`
        : `no header row with a column for the municipality (Gemeente, Name, Code) and a column for the population (Inwoners, Population, Bevolking) in the first ${p(f, "rows")} rows.${seen} Put headers above the columns or choose the columns yourself.`;
    }
    case "column-not-found":
      if (p(f, "role") === "measure" && !has(f, "asked")) {
        const examples = MEASURE_EXAMPLES[p(f, "measure")];
        return nl
          ? `de verdeelsleutel gebruikt ${role(f, lang)}, maar er is geen kolom voor gevonden${examples ? ` (bijvoorbeeld ${examples})` : ""}. Gevonden kopjes in rij ${p(f, "headerRow")}: ${p(f, "headers")}. Kies de kolom zelf.`
          : `the schedule uses ${role(f, lang)}, but no column for it was found${examples ? ` (for example ${examples})` : ""}. Headers found in row ${p(f, "headerRow")}: ${p(f, "headers")}. Choose the column yourself.`;
      }
      if (has(f, "asked")) {
        return nl
          ? `de gekozen kolom "${p(f, "asked")}" (${role(f, lang)}) staat niet in de kopregel. Gevonden kopjes in rij ${p(f, "headerRow")}: ${p(f, "headers")}. Kies een van deze kopjes.`
          : `the chosen column "${p(f, "asked")}" (${role(f, lang)}) is not in the header row. Headers found in row ${p(f, "headerRow")}: ${p(f, "headers")}. Choose one of these headers.`;
      }
      return nl
        ? `geen kolom voor ${role(f, lang) === "inwoners" ? "het inwonertal" : `de ${role(f, lang)}`} gevonden (bijvoorbeeld Inwoners, Aantal inwoners, Bevolking). Gevonden kopjes in rij ${p(f, "headerRow")}: ${p(f, "headers")}. Kies de kolom zelf.`
        : `no ${role(f, lang)} column found (for example Inwoners, Population, Bevolking). Headers found in row ${p(f, "headerRow")}: ${p(f, "headers")}. Choose the column yourself.`;
    case "column-ambiguous":
      if (p(f, "role") === "measure") {
        return nl
          ? `meerdere kolommen lijken ${role(f, lang)} te bevatten (${p(f, "headers")}). Kies zelf de kolom; er wordt niets geschreven tot dan.`
          : `several columns look like ${role(f, lang)} (${p(f, "headers")}). Choose the column yourself; nothing is written until then.`;
      }
      return nl
        ? `meerdere kolommen lijken het inwonertal te bevatten (${p(f, "headers")}). Kies zelf welke kolom de inwoners bevat; er wordt niets geschreven tot dan.`
        : `several columns look like the population (${p(f, "headers")}). Choose the population column yourself; nothing is written until then.`;
    case "population-text": {
      const text = p(f, "text");
      const type = p(f, "type");
      if (type === "date") {
        return nl
          ? `het inwonertal is een datum (${text}), geen aantal. Typ het aantal inwoners als getal.`
          : `the population is a date (${text}), not a count. Type the number of inhabitants as a number.`;
      }
      if (type === "boolean") {
        return nl
          ? `het inwonertal is een waarheidswaarde (${text}), geen aantal. Typ het aantal inwoners als getal.`
          : `the population is a logical value (${text}), not a count. Type the number of inhabitants as a number.`;
      }
      if (has(f, "suggestion")) {
        return nl
          ? `het inwonertal is tekst ("${text}"). Typ het als getal (${p(f, "suggestion")}).`
          : `the population is text ("${text}"). Type it as a number (${p(f, "suggestion")}).`;
      }
      return nl
        ? `het inwonertal is tekst ("${text}"), geen getal. Typ het aantal inwoners als getal.`
        : `the population is text ("${text}"), not a number. Type the number of inhabitants as a number.`;
    }
    case "population-blank": {
      const who = has(f, "name") ? (nl ? ` van ${p(f, "name")}` : ` of ${p(f, "name")}`) : "";
      const marker = has(f, "marker")
        ? nl
          ? ` (CBS-teken "${p(f, "marker")}": geen gegevens)`
          : ` (CBS mark "${p(f, "marker")}": no data)`
        : "";
      if (has(f, "formula")) {
        return nl
          ? `het inwonertal${who} komt uit een formule (${p(f, "formula")}) die nooit is uitgerekend: het bestand bevat er geen uitkomst van. Open de werkmap in Excel, laat hem rekenen en sla hem op.`
          : `the population${who} comes from a formula (${p(f, "formula")}) that was never calculated: the file holds no result for it. Open the workbook in Excel, let it calculate and save it.`;
      }
      return nl
        ? `het inwonertal${who} ontbreekt${marker}. Vul het aantal inwoners in, of haal de rij weg als de gemeente niet meedoet.`
        : `the population${who} is missing${marker}. Fill in the number of inhabitants, or remove the row if the municipality does not take part.`;
    }
    case "population-error":
      return nl
        ? `het inwonertal is een foutwaarde (${p(f, "error")}). Herstel de formule of de bron zodat er een getal staat.`
        : `the population is an error value (${p(f, "error")}). Fix the formula or its source so that the cell holds a number.`;
    case "population-decimal":
      return nl
        ? `het inwonertal is geen geheel getal (${p(f, "value")}). Een inwonertal is een heel aantal: neem het getal uit de bron over.`
        : `the population is not a whole number (${p(f, "value")}). A population is a whole count: copy the figure from the source.`;
    case "population-too-large":
      return nl
        ? `het inwonertal is te groot (${p(f, "value")}); geen gemeente heeft zoveel inwoners en zo'n getal is in een cel niet exact. Neem het aantal inwoners over uit de bron.`
        : `the population is too large (${p(f, "value")}); no municipality has that many inhabitants and a cell cannot hold such a number exactly. Copy the number of inhabitants from the source.`;
    case "population-negative":
      return nl
        ? `het inwonertal is negatief (${p(f, "value")}). Vul het juiste aantal inwoners in.`
        : `the population is negative (${p(f, "value")}). Fill in the correct number of inhabitants.`;
    case "name-blank": {
      if (has(f, "error")) {
        return nl
          ? `de naam van de gemeente is een foutwaarde (${p(f, "error")}). Herstel de formule of typ de naam.`
          : `the municipality's name is an error value (${p(f, "error")}). Fix the formula or type the name.`;
      }
      const pop = f.params.population !== undefined ? (nl ? ` (inwonertal ${p(f, "population")})` : ` (population ${p(f, "population")})`) : "";
      return nl
        ? `de naam van de gemeente ontbreekt${pop}. Vul de naam in, of haal de rij weg.`
        : `the municipality's name is missing${pop}. Fill in the name, or remove the row.`;
    }
    case "name-formula-like":
      return nl
        ? `de naam "${p(f, "name")}" begint met "${p(f, "name").charAt(0)}" en kan als formule gelezen worden. Verbeter de naam zonder dat teken aan het begin.`
        : `the name "${p(f, "name")}" begins with "${p(f, "name").charAt(0)}" and may be read as a formula. Correct the name without that first character.`;
    case "duplicate-municipality":
      if (p(f, "by") === "code") {
        return nl
          ? `de gemeentecode ${p(f, "code")} (${p(f, "name")}) staat er twee keer in; ook in cel ${p(f, "other")} (${p(f, "otherName")}). Haal een van beide rijen weg, anders betaalt de gemeente dubbel.`
          : `the municipality code ${p(f, "code")} (${p(f, "name")}) appears twice; also in cell ${p(f, "other")} (${p(f, "otherName")}). Remove one of the rows, or the municipality pays twice.`;
      }
      return nl
        ? `de gemeente ${p(f, "name")} staat er twee keer in; ook in cel ${p(f, "other")}. Haal een van beide rijen weg, anders betaalt de gemeente dubbel.`
        : `the municipality ${p(f, "name")} appears twice; also in cell ${p(f, "other")}. Remove one of the rows, or the municipality pays twice.`;
    case "totals-row":
      if (p(f, "position") === "middle") {
        return nl
          ? `"${p(f, "name")}" lijkt een (sub)totaalregel, maar staat tussen de gemeenten. Een totaal hoort onderaan: haal de regel weg of zet hem onder de laatste gemeente.`
          : `"${p(f, "name")}" looks like a (sub)total row but sits between the municipalities. A total belongs at the bottom: remove the row or move it below the last municipality.`;
      }
      if (p(f, "position") === "named") {
        return nl
          ? `het inwonertal van "${p(f, "name")}" is precies de som van de rijen erboven (${p(f, "sum")}). Is dit een totaalregel, noem hem dan "Totaal" of maak de naam leeg; is het een gemeente, controleer dan het inwonertal.`
          : `the population of "${p(f, "name")}" is exactly the sum of the rows above (${p(f, "sum")}). If it is a totals row, name it "Totaal" or clear the name; if it is a municipality, check its population.`;
      }
      if (p(f, "by") === "table") {
        return nl
          ? `dit is de totaalrij van de Excel-tabel; die telt niet mee als gemeente. Geen actie nodig.`
          : `this is the Excel table's totals row; it is not counted as a municipality. No action needed.`;
      }
      if (p(f, "by") === "sum") {
        return nl
          ? `deze regel is de som van de rijen erboven (${p(f, "sum")} inwoners) en is dus een totaalregel; die telt niet mee als gemeente. Geen actie nodig.`
          : `this row is the sum of the rows above (${p(f, "sum")} inhabitants), so it is a totals row; it is not counted as a municipality. No action needed.`;
      }
      return nl
        ? `"${p(f, "name")}" is een totaalregel; die telt niet mee als gemeente. Geen actie nodig.`
        : `"${p(f, "name")}" is a totals row; it is not counted as a municipality. No action needed.`;
    case "blank-row":
      return nl
        ? `lege ${rows(f, lang)} tussen de gegevens overgeslagen. Geen actie nodig.`
        : `empty ${rows(f, lang)} within the data skipped. No action needed.`;
    case "hidden-row":
      return nl
        ? `${rows(f, lang)} ${p(f, "from") === p(f, "to") ? "is" : "zijn"} verborgen. Een verborgen gemeente zou ongezien meebetalen: maak de rij zichtbaar (of haal hem weg) en probeer opnieuw.`
        : `${rows(f, lang)} ${p(f, "from") === p(f, "to") ? "is" : "are"} hidden. A hidden municipality would be charged unseen: unhide the row (or remove it) and try again.`;
    case "filter-active":
      return nl
        ? `er staat een filter aan dat rijen verbergt. Schrijven terwijl een filter rijen verbergt haalt de gegevens door elkaar: wis het filter en probeer opnieuw.`
        : `a filter is hiding rows. Writing while a filter hides rows scrambles the data: clear the filter and try again.`;
    case "merged-cells":
      return nl
        ? `samengevoegde cellen in de kopregel of de gegevens. Maak de samenvoeging ongedaan en probeer opnieuw.`
        : `merged cells in the header row or the data. Unmerge them and try again.`;
    case "sheet-protected":
      return nl
        ? `het blad is beveiligd, er kan niets worden geschreven. Hef de beveiliging van het blad op en probeer opnieuw.`
        : `the sheet is protected, nothing can be written. Unprotect the sheet and try again.`;
    case "target-not-empty":
      if (has(f, "overwritten")) {
        return nl
          ? `deze cel bevatte al een waarde of formule; die is op uw uitdrukkelijke verzoek overschreven.`
          : `this cell already held a value or formula; it was overwritten at your explicit request.`;
      }
      return nl
        ? `hier zou een bijdrage komen, maar de cel bevat al een waarde of formule. Er wordt niets overschreven zonder uw uitdrukkelijke toestemming: maak de cellen leeg of bevestig het overschrijven.`
        : `a contribution would go here, but the cell already holds a value or formula. Nothing is overwritten without your explicit consent: clear the cells or confirm overwriting.`;
    case "cbs-period-chosen": {
      const prov = has(f, "provisional") ? (nl ? " (voorlopig cijfer)" : " (provisional figure)") : "";
      const how = has(f, "byChoice")
        ? nl ? "gekozen" : "chosen"
        : has(f, "byDate")
          ? nl ? "gebruikt volgens de peildatum van de verdeelsleutel" : "using the schedule's population date"
          : nl ? "de laatste gebruikt" : "using the latest";
      const rest = has(f, "columns")
        ? nl ? "De kolommen van andere perioden tellen niet mee." : "The columns of other periods are not counted."
        : nl ? `De ${p(f, "otherRows")} rijen van andere perioden tellen niet mee.` : `The ${p(f, "otherRows")} rows of other periods are not counted.`;
      return nl
        ? `de gegevens bevatten meerdere perioden (${p(f, "available")}); ${how}: ${p(f, "period")}${prov}. ${rest} Kies zelf een periode als u een andere wilt.`
        : `the data hold several periods (${p(f, "available")}); ${how}: ${p(f, "period")}${prov}. ${rest} Choose a period yourself if you want another one.`;
    }
    case "period-differs":
      return nl
        ? `de verdeelsleutel vraagt inwoners op 1 januari ${p(f, "askedYear")} (peildatum: ${p(f, "asked")}); het bestand heeft 1 januari ${p(f, "year")} (periode ${p(f, "period")}). Controleer of dat zo bedoeld is, of gebruik een bestand met de gevraagde periode.`
        : `the schedule asks for the population on 1 January ${p(f, "askedYear")} (reference date: ${p(f, "asked")}); the file has 1 January ${p(f, "year")} (period ${p(f, "period")}). Check that this is intended, or use a file with the period asked for.`;
    case "cbs-former-municipalities": {
      const period = has(f, "period") ? (nl ? ` voor periode ${p(f, "period")}` : ` for period ${p(f, "period")}`) : "";
      const n = Number(p(f, "count"));
      return nl
        ? `${n === 1 ? "1 rij" : `${n} rijen`} van het CBS-bestand ${n === 1 ? "heeft" : "hebben"} geen cijfers${period}: gemeenten die toen niet (meer) bestonden (onder andere ${p(f, "names")}). Ze zijn overgeslagen; de volledige lijst staat op het verantwoordingsblad. Geen actie nodig.`
        : `${n === 1 ? "1 row" : `${n} rows`} of the CBS file ${n === 1 ? "has" : "have"} no figures${period}: municipalities that did not exist (any more) then (among them ${p(f, "names")}). They are skipped; the full list is on the audit sheet. No action needed.`;
    }
    case "measure-text":
    case "measure-blank":
    case "measure-error":
    case "measure-decimal":
    case "measure-negative":
    case "measure-too-large":
      return measureBody(f, lang);
    case "row-total-mismatch":
      return nl
        ? `het totaal${who(f, lang)} (${euro(f, "found", lang)}) is niet de som van de bijdragen in de rij (${p(f, "terms")} = ${euro(f, "sum", lang)}); verschil ${euro(f, "difference", lang)}. Controleer het totaal of de bijdragen.`
        : `the total${who(f, lang)} (${euro(f, "found", lang)}) is not the sum of the contributions in the row (${p(f, "terms")} = ${euro(f, "sum", lang)}); difference ${euro(f, "difference", lang)}. Check the total or the contributions.`;
    case "totals-row-mismatch":
      return nl
        ? `de totaalregel van kolom ${p(f, "header")} (${euro(f, "found", lang)}) is niet de som van de kolom (${euro(f, "sum", lang)}); verschil ${euro(f, "difference", lang)}. Controleer de totaalregel.`
        : `the totals row of column ${p(f, "header")} (${euro(f, "found", lang)}) is not the sum of the column (${euro(f, "sum", lang)}); difference ${euro(f, "difference", lang)}. Check the totals row.`;
    case "period-not-found":
      if (!has(f, "available")) {
        return nl
          ? `de gekozen periode "${p(f, "asked")}" is gevraagd, maar de gegevens hebben geen kolom Perioden. Laat de periodekeuze weg of gebruik een CBS-export met perioden.`
          : `period "${p(f, "asked")}" was asked for, but the data have no Perioden column. Drop the period choice or use a CBS export with periods.`;
      }
      return nl
        ? `de gekozen periode "${p(f, "asked")}" staat niet in de gegevens (wel: ${p(f, "available")}). Kies een van die perioden.`
        : `the chosen period "${p(f, "asked")}" is not in the data (present: ${p(f, "available")}). Choose one of those periods.`;
    case "cbs-row-skipped": {
      const kind = p(f, "kind");
      const what: Record<string, [string, string]> = {
        PV: ["een provincie", "a province"],
        LD: ["een landsdeel", "a part of the country"],
        CR: ["een COROP-gebied", "a COROP area"],
        NL: ["heel Nederland", "the whole country"],
        WK: ["een wijk", "a district"],
        BU: ["een buurt", "a neighbourhood"],
      };
      const w = what[kind] ?? ["geen gemeente", "not a municipality"];
      return nl
        ? `"${p(f, "name")}" is ${w[0]} (CBS), geen gemeente, en wordt overgeslagen. Geen actie nodig.`
        : `"${p(f, "name")}" is ${w[1]} (CBS), not a municipality, and is skipped. No action needed.`;
    }
    case "note-row":
      return nl
        ? `"${p(f, "text")}" is een bronvermelding of opmerking onder de gegevens en telt niet mee. Geen actie nodig.`
        : `"${p(f, "text")}" is a source note or remark below the data and is not counted. No action needed.`;
    case "no-data":
      return nl
        ? `onder de kopregel (rij ${p(f, "headerRow")}) staan geen gemeenten met een inwonertal. Vul de gemeenten en inwoners in onder de kopjes.`
        : `there are no municipalities with a population below the header row (row ${p(f, "headerRow")}). Fill in the municipalities and populations below the headers.`;
    case "fixed-amount-unmatched":
      return nl
        ? `het vaste bedrag voor "${p(f, "key")}" (onderdeel ${p(f, "component")}) hoort bij geen gemeente in de tabel en wordt dus niet in rekening gebracht. Controleer de naam of de code in de tabel.`
        : `the fixed amount for "${p(f, "key")}" (component ${p(f, "component")}) matches no municipality in the table and is therefore not charged. Check the name or code in the table.`;
    case "check-column-not-found":
      return nl
        ? `de te controleren kolom "${p(f, "header")}" staat niet in de kopregel (rij ${p(f, "headerRow")}). Gevonden kopjes: ${p(f, "headers")}. Kies een van deze kopjes.`
        : `the column to check, "${p(f, "header")}", is not in the header row (row ${p(f, "headerRow")}). Headers found: ${p(f, "headers")}. Choose one of these headers.`;
    case "check-not-a-number":
      return nl
        ? `de gecontroleerde bijdrage${who(f, lang)} is tekst ("${p(f, "text")}"), geen getal${expected(f, lang)}. Typ het bedrag als getal.`
        : `the checked contribution${who(f, lang)} is text ("${p(f, "text")}"), not a number${expected(f, lang)}. Type the amount as a number.`;
    case "check-blank":
      return nl
        ? `de gecontroleerde bijdrage${who(f, lang)} ontbreekt${expected(f, lang)}. Vul het bedrag in.`
        : `the checked contribution${who(f, lang)} is missing${expected(f, lang)}. Fill in the amount.`;
    case "check-error":
      return nl
        ? `de gecontroleerde bijdrage${who(f, lang)} is een foutwaarde (${p(f, "error")})${expected(f, lang)}. Herstel de formule.`
        : `the checked contribution${who(f, lang)} is an error value (${p(f, "error")})${expected(f, lang)}. Fix the formula.`;
    case "check-formula":
      return nl
        ? `de bijdrage${who(f, lang)} komt uit een formule (${p(f, "formula")}) met uitkomst ${p(f, "found")}; verwacht ${p(f, "expected")}. Controleer de formule en het tarief daarin.`
        : `the contribution${who(f, lang)} comes from a formula (${p(f, "formula")}) that gives ${p(f, "found")}; expected ${p(f, "expected")}. Check the formula and the rate in it.`;
    default: {
      const never: never = f.code;
      return String(never);
    }
  }
}

/** A decimal param as money: "€ 15.300" (nl), "€ 15,300" (en); the digits as found. */
function euro(f: Finding, key: string, lang: Lang): string {
  return `€ ${formatDecimalText(p(f, key), lang)}`;
}

function expected(f: Finding, lang: Lang): string {
  if (!has(f, "expected")) return "";
  return lang === "nl" ? `; verwacht ${p(f, "expected")}` : `; expected ${p(f, "expected")}`;
}

function who(f: Finding, lang: Lang): string {
  if (!has(f, "name")) return "";
  return lang === "nl" ? ` van ${p(f, "name")}` : ` of ${p(f, "name")}`;
}

/** One message, e.g. `Blad 'Gemeenten', cel C5: het inwonertal is tekst ("13.478"). Typ het als getal (13478).` */
export function formatFinding(f: Finding, lang: Lang): string {
  return where(f, lang) + body(f, lang);
}
