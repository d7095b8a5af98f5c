/// <reference types="office-js" />
/// <reference types="custom-functions-runtime" />
// Excel's custom functions, namespace VERDEEL. The JSDoc of each exported function is the source
// of functions.json: Microsoft's metadata tool (custom-functions-metadata-plugin, in webpack)
// reads it, and appends the CustomFunctions.associate calls to this file at build time. The
// JSDoc is Dutch, the manifest's default locale; functions.en.json takes the English names and
// descriptions from metadata-en.json (scripts/functions-metadata.js). Parameter names are the
// names Excel shows, so here they are Dutch.
//
// Functions that name a schedule stream their result: they recalculate when the task pane hands
// over a changed list of the user's own schedules (shared runtime, schedules.ts).
//
// This file is loaded with the pane's page, because Excel needs the functions registered then; what
// they compute (bodies.ts: reading the cells, the lookups, the catalogues) is loaded on the first
// call, as the chunk `functions-impl`. Until it has loaded, a streaming function sets no result
// (Excel shows #BUSY!) and AANDEEL's promise is pending; once loaded, every call computes at once.
import { functionsLanguage, languageOf, setFunctionsLanguage } from "./i18n/language";
import { loadingMessages } from "./i18n/loading";

type Bodies = typeof import("./bodies");

let bodies: Bodies | undefined;
let loading: Promise<Bodies> | undefined;

/** The functions' code: loaded on the first call; after a failed load, the next call tries again. */
function loadBodies(): Promise<Bodies> {
  loading ??= import(/* webpackChunkName: "functions-impl" */ "./bodies").then(
    (loaded) => (bodies = loaded),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** What a cell shows when the code did not load (offline, say): #VALUE! with a plain sentence. */
function notLoaded(error: unknown): CustomFunctions.Error {
  console.error("VERDEEL: the functions' code did not load:", error); // for a developer's console
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, loadingMessages(functionsLanguage()).codeNotLoaded);
}

/** The functions' code for a function that returns a promise; its failure to load is the cell's error. */
async function loadedBodies(): Promise<Bodies> {
  if (bodies) return bodies;
  try {
    return await loadBodies();
  } catch (error) {
    throw notLoaded(error);
  }
}

/**
 * Starts a streaming function with the functions' code: at once when it is loaded, else when it
 * has loaded, unless Excel cancelled the formula meanwhile.
 */
function withBodies<T>(invocation: CustomFunctions.StreamingInvocation<T>, start: (code: Bodies) => void): void {
  if (bodies) return start(bodies);
  let canceled = false;
  invocation.onCanceled = () => {
    canceled = true;
  };
  loadBodies().then(
    (code) => {
      if (!canceled) start(code);
    },
    (error: unknown) => {
      if (!canceled) invocation.setResult(notLoaded(error));
    },
  );
}

/**
 * De bijdrage van één gemeente volgens een verdeelschema: het aantal inwoners (of woningen, km², …) maal het tarief, afgerond zoals het schema zegt; zonder onderdeel het totaal van alle onderdelen per inwoner (of per eenheid).
 * @customfunction CONTRIBUTION BIJDRAGE
 * @param inwoners Het aantal inwoners van de gemeente (een geheel getal, 0 of meer); bij een onderdeel per eenheid de waarde van die maatstaf (het aantal woningen, de oppervlakte in km², …).
 * @param schema Het verdeelschema: een meegeleverd schema (bijvoorbeeld "limburg-2020") of een eigen schema uit het tabblad Schema's.
 * @param [onderdeel] Het onderdeel van het schema (bijvoorbeeld "uitbreiding"); weglaten: alle onderdelen per inwoner (of per eenheid van één maatstaf) samen.
 * @param [tarief] Een ander tarief per inwoner (of per eenheid) om mee te rekenen (wat als), bijvoorbeeld 0,09; weglaten: het tarief van het schema.
 * @param invocation Excel's aanroep: het resultaat, opnieuw als de schema's veranderen.
 */
export function contribution(
  inwoners: unknown,
  schema: unknown,
  onderdeel: unknown,
  tarief: unknown,
  invocation: CustomFunctions.StreamingInvocation<number>,
): void {
  withBodies(invocation, (code) => code.streamToCell(invocation, "contribution", () => code.contributionOf(inwoners, schema, onderdeel, tarief)));
}

/**
 * Verdeelt een vast totaal naar inwoners met de grootste-restmethode: elk aandeel afgerond, samen precies het totaal. Geeft een kolom (of rij) met één bedrag per gemeente.
 * @customfunction SHARE AANDEEL
 * @param inwoners_bereik De inwoners per gemeente: één kolom of één rij.
 * @param totaal Het te verdelen totaal, bijvoorbeeld 90000.
 * @param [eenheid] "cent" (standaard) of "euro": waarop de aandelen worden afgerond.
 * @param [namen_bereik] De namen of CBS-codes (GM0889) in dezelfde volgorde; die beslissen bij gelijke resten, na het aantal inwoners.
 * @returns Het aandeel van elke gemeente, in de vorm van inwoners_bereik.
 */
export async function share(inwoners_bereik: unknown[][], totaal: unknown, eenheid?: unknown, namen_bereik?: unknown[][]): Promise<number[][]> {
  return (await loadedBodies()).shareCell(inwoners_bereik, totaal, eenheid, namen_bereik);
}

/**
 * Verdeelt het vaste totaal van een verdeelschema over een tabel van gemeenten volgens de sleutel van het schema (inwoners, of een gewogen sleutel van inwoners, woningen, oppervlakte, …) of zijn vaste percentages, met de grootste-restmethode: samen precies het totaal. Geeft een kolom met één bedrag per rij onder de kopjes.
 * @customfunction KEY SLEUTEL
 * @param tabel De gemeenten met de kopjes in de eerste rij (zoals bij DBSOM): Gemeente en/of Gemeentecode, Inwoners en elke maatstaf van de sleutel (Woningen, Oppervlakte, …), in elke volgorde.
 * @param schema Het verdeelschema: een meegeleverd schema (bijvoorbeeld "gooi-vechtstreek-voorbeeld") of een eigen schema uit het tabblad Schema's.
 * @param [onderdeel] Het onderdeel dat een vast totaal verdeelt; weglaten als het schema er één heeft.
 * @param [totaal] Een ander totaal per jaar om te verdelen (wat als), bijvoorbeeld 300000; weglaten: het totaal van het schema.
 * @param [gewichten] Andere gewichten (wat als): twee kolommen of rijen met de maatstaf en zijn gewicht (samen 1), of bij vaste percentages de gemeente en haar percentage (samen 100).
 * @param invocation Excel's aanroep: het resultaat, opnieuw als de schema's veranderen.
 */
export function keyShare(
  tabel: unknown[][],
  schema: unknown,
  onderdeel: unknown,
  totaal: unknown,
  gewichten: unknown[][],
  invocation: CustomFunctions.StreamingInvocation<number[][]>,
): void {
  withBodies(invocation, (code) => code.streamToCell(invocation, "key", () => code.keyShareOf(tabel, schema, onderdeel, totaal, gewichten)));
}

/**
 * Een gegeven uit een verdeelschema: tarief, totaal, periodefactor, begrotingspost, gewicht, percentage, titel en meer, zodat een blad laat zien waar een bedrag vandaan komt.
 * @customfunction SCHEDULE SCHEMA
 * @param schema Het verdeelschema: een meegeleverd schema (bijvoorbeeld "limburg-2020") of een eigen schema uit het tabblad Schema's.
 * @param [onderdeel] Het onderdeel (bijvoorbeeld "basis"); nodig voor de gegevens van een onderdeel als het schema er meer heeft.
 * @param [veld] Welk gegeven: "tarief", "totaal", "periodefactor", "begrotingspost", "naam", "soort", "maatstaven", "gewicht", "percentage", "titel", "regio", "jaar", "bron", "eenheid", "afronding", "peildatum" of "onderdelen" (de Engelse namen werken ook).
 * @param [maatstaf_of_gemeente] Bij "gewicht" de maatstaf (bijvoorbeeld "woningen"), bij "percentage" de gemeente (naam of CBS-code).
 * @param invocation Excel's aanroep: het resultaat, opnieuw als de schema's veranderen.
 */
export function scheduleField(
  schema: unknown,
  onderdeel: unknown,
  veld: unknown,
  maatstaf_of_gemeente: unknown,
  invocation: CustomFunctions.StreamingInvocation<number | string>,
): void {
  withBodies(invocation, (code) => code.streamToCell(invocation, "schedule", () => code.scheduleFieldOf(schema, onderdeel, veld, maatstaf_of_gemeente)));
}

// The messages follow Office's display language (Dutch for nl-*, English otherwise).
if (typeof Office !== "undefined") {
  void Office.onReady(() => setFunctionsLanguage(languageOf(Office.context.displayLanguage)));
}
