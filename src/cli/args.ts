// The command line: which command, its book, and its options. Usage errors exit 2.
import { parseArgs } from "node:util";
import { CliError } from "./errors";
import { tr, type Lang } from "./lang";

export type CommandName = "schedules" | "apply" | "verify" | "help" | "version";

export interface ParsedArgs {
  command: CommandName;
  /** For `help COMMAND`: which command to explain. */
  helpTopic?: "schedules" | "apply" | "verify";
  book?: string;
  schedule?: string;
  sheet?: string;
  nameColumn?: string;
  populationColumn?: string;
  /** --rate COMPONENT=DECIMAL, in the order given; the decimal is still as typed. */
  rates: { component: string; value: string }[];
  /** --budget-line COMPONENT=CODE. */
  budgetLines: { component: string; value: string }[];
  /** --measure-column MEASURE=HEADER: the column of a measure the schedule uses (woningen, clienten, …). */
  measureColumns: { component: string; value: string }[];
  /** --check [COMPONENT=]HEADER, as typed: split against the schedule's components later. */
  checks: string[];
  tolerance?: string;
  out?: string;
  force: boolean;
  json: boolean;
}

type OptionSpec = { type: "string" | "boolean"; multiple?: boolean; short?: string };

const COMMON: Record<string, OptionSpec> = {
  help: { type: "boolean", short: "h" },
};

const OPTIONS: Record<"schedules" | "apply" | "verify", Record<string, OptionSpec>> = {
  schedules: { ...COMMON, json: { type: "boolean" } },
  apply: {
    ...COMMON,
    schedule: { type: "string" },
    sheet: { type: "string" },
    "name-column": { type: "string" },
    "population-column": { type: "string" },
    "measure-column": { type: "string", multiple: true },
    rate: { type: "string", multiple: true },
    "budget-line": { type: "string", multiple: true },
    out: { type: "string" },
    force: { type: "boolean" },
    json: { type: "boolean" },
  },
  verify: {
    ...COMMON,
    schedule: { type: "string" },
    sheet: { type: "string" },
    "name-column": { type: "string" },
    "population-column": { type: "string" },
    "measure-column": { type: "string", multiple: true },
    check: { type: "string", multiple: true },
    tolerance: { type: "string" },
    out: { type: "string" },
    force: { type: "boolean" },
    json: { type: "boolean" },
  },
};

/** The synopsis of each command, with placeholders in the reader's language. */
const SYNOPSIS: Record<Lang, Record<"schedules" | "apply" | "verify" | "help", string>> = {
  nl: {
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
  en: {
    schedules: "verdeel schedules [--json]",
    apply:
      "verdeel apply BOOK.xlsx --schedule ID|FILE.json [--sheet NAME] [--name-column HEADER]\n" +
      "      [--population-column HEADER] [--measure-column MEASURE=HEADER]...\n" +
      "      [--rate COMPONENT=DECIMAL]... [--budget-line COMPONENT=CODE]... [--out OUT.xlsx]\n" +
      "      [--force] [--json]",
    verify:
      "verdeel verify BOOK.xlsx --schedule ID|FILE.json --check [COMPONENT=]HEADER ...\n" +
      "      [--tolerance EUROS] [--sheet NAME] [--name-column HEADER] [--population-column HEADER]\n" +
      "      [--measure-column MEASURE=HEADER]... [--out REPORT.xlsx] [--force] [--json]",
    help: "verdeel help [COMMAND] | verdeel --help | verdeel --version",
  },
};

export function usage(lang: Lang, topic?: "schedules" | "apply" | "verify"): string {
  const lines = SYNOPSIS[lang];
  const explain = {
    schedules: tr(lang, "Toont de meegeleverde verdeelsleutels.", "Lists the bundled schedules."),
    apply: tr(
      lang,
      "Berekent de bijdragen en schrijft een nieuwe werkmap (standaard WERKMAP.verdeeld.xlsx);\n" +
        "      het invoerbestand blijft ongewijzigd. --force overschrijft een bestaande KOPIE en\n" +
        "      gevulde doelcellen in de kopie. Een CSV-bestand (zoals CBS het levert) wordt een nieuwe\n" +
        "      werkmap met de tabel en de bijdragen.",
      "Computes the contributions and writes a new workbook (default BOOK.verdeeld.xlsx);\n" +
        "      the input file is never changed. --force overwrites an existing OUT file and filled\n" +
        "      target cells in the copy. A CSV file (as CBS delivers it) becomes a new workbook with\n" +
        "      the table and the contributions.",
    ),
    verify: tr(
      lang,
      "Rekent na en vergelijkt met de bestaande kolom(men); wijzigt niets. --check zonder\n" +
        "      ONDERDEEL= controleert het totaal (of het enige onderdeel).",
      "Recomputes and compares with the existing column(s); changes nothing. --check without\n" +
        "      COMPONENT= checks the total (or the single component).",
    ),
  };
  const topics = topic ? [topic] : (["schedules", "apply", "verify"] as const);
  const out: string[] = [tr(lang, "Gebruik:", "Usage:")];
  for (const t of topics) {
    out.push(`  ${lines[t]}`, `      ${explain[t]}`);
  }
  if (!topic) {
    out.push(`  ${lines.help}`);
  }
  out.push(
    "",
    tr(
      lang,
      "Afsluitcodes: 0 klaar (verify: alles klopt), 1 verify vond afwijkingen of totalen die niet\n" +
        "optellen, 2 onjuiste invoer of aanroep.\n" +
        "Bedragen: punt of komma als decimaalteken (0,09 of 0.09). Engelse teksten: VERDEEL_LANG=en.\n" +
        "--measure-column woningen=\"Aantal woningen\": de kolom van een maatstaf die de verdeelsleutel gebruikt.",
      "Exit codes: 0 done (verify: all match), 1 verify found mismatches or totals that do not add up,\n" +
        "2 bad input or usage.\n" +
        "Amounts: point or comma as decimal separator (0.09 or 0,09). Dutch texts: unset VERDEEL_LANG.\n" +
        "--measure-column woningen=\"Number of dwellings\": the column of a measure the schedule uses.",
    ),
  );
  return out.join("\n") + "\n";
}

function usageError(message: string): CliError {
  return new CliError(message, { showUsage: true });
}

/** What each KEY=VALUE option expects, and an example, per language. */
const PAIRS: Record<"rate" | "budget-line" | "measure-column", Record<Lang, { form: string; example: string }>> = {
  rate: { nl: { form: "ONDERDEEL=BEDRAG", example: "uitbreiding=0,09" }, en: { form: "COMPONENT=DECIMAL", example: "uitbreiding=0.09" } },
  "budget-line": { nl: { form: "ONDERDEEL=CODE", example: "uitbreiding=6700001" }, en: { form: "COMPONENT=CODE", example: "uitbreiding=6700001" } },
  "measure-column": { nl: { form: "MAATSTAF=KOLOMKOP", example: 'clienten="Aantal cliënten"' }, en: { form: "MEASURE=HEADER", example: 'clienten="Number of clients"' } },
};

/** Splits KEY=VALUE (COMPONENT=DECIMAL, MEASURE=HEADER, …); both sides must be non-empty. */
function splitPair(lang: Lang, option: keyof typeof PAIRS, raw: string): { component: string; value: string } {
  const { form, example } = PAIRS[option][lang];
  const at = raw.indexOf("=");
  const component = at < 0 ? "" : raw.slice(0, at).trim();
  const value = at < 0 ? "" : raw.slice(at + 1).trim();
  if (!component || !value) {
    throw usageError(
      tr(lang, `--${option} verwacht ${form}, bijvoorbeeld --${option} ${example}; gekregen: "${raw}".`, `--${option} expects ${form}, e.g. --${option} ${example}; got: "${raw}".`),
    );
  }
  return { component, value };
}

export function parseCommandLine(argv: string[], lang: Lang): ParsedArgs {
  const empty: ParsedArgs = { command: "help", rates: [], budgetLines: [], measureColumns: [], checks: [], force: false, json: false };
  const [first, ...rest] = argv;
  if (first === undefined) {
    throw usageError(tr(lang, "Geen opdracht gegeven.", "No command given."));
  }
  if (first === "--help" || first === "-h" || first === "help") {
    const topic = first === "help" ? rest[0] : undefined;
    if (topic !== undefined && topic !== "schedules" && topic !== "apply" && topic !== "verify") {
      throw usageError(tr(lang, `Onbekende opdracht "${topic}".`, `Unknown command "${topic}".`));
    }
    return { ...empty, command: "help", helpTopic: topic };
  }
  if (first === "--version" || first === "-v") {
    return { ...empty, command: "version" };
  }
  if (first !== "schedules" && first !== "apply" && first !== "verify") {
    throw usageError(
      first.startsWith("-")
        ? tr(lang, `Eerst een opdracht (schedules, apply of verify), dan de opties; gekregen: "${first}".`, `A command (schedules, apply or verify) comes first, then the options; got: "${first}".`)
        : tr(lang, `Onbekende opdracht "${first}".`, `Unknown command "${first}".`),
    );
  }
  const command = first;
  let parsed: { values: Record<string, string | boolean | (string | boolean)[] | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({ args: rest, options: OPTIONS[command], allowPositionals: true, strict: true });
  } catch (e) {
    const text = e instanceof Error ? e.message : String(e);
    const unknown = /Unknown option '([^']+)'/.exec(text);
    const missing = /Option '(?:-\w, )?(--[\w-]+)(?: <value>)?' argument missing/.exec(text);
    if (unknown) {
      throw usageError(tr(lang, `Onbekende optie ${unknown[1]} bij "verdeel ${command}".`, `Unknown option ${unknown[1]} for "verdeel ${command}".`));
    }
    const ambiguous = /Option '(?:-\w, )?(--[\w-]+)' argument is ambiguous/.exec(text);
    if (ambiguous) {
      throw usageError(
        tr(
          lang,
          `Optie ${ambiguous[1]}: een waarde die met "-" begint schrijf je vast aan de optie, bijvoorbeeld ${ambiguous[1]}=-1.`,
          `Option ${ambiguous[1]}: write a value that begins with "-" joined to the option, e.g. ${ambiguous[1]}=-1.`,
        ),
      );
    }
    if (missing) {
      throw usageError(tr(lang, `Optie ${missing[1]} verwacht een waarde.`, `Option ${missing[1]} expects a value.`));
    }
    throw usageError(tr(lang, `Onjuiste aanroep: ${text}`, `Invalid usage: ${text}`));
  }
  const v = parsed.values;
  const str = (name: string): string | undefined => (typeof v[name] === "string" ? (v[name] as string) : undefined);
  const list = (name: string): string[] => (Array.isArray(v[name]) ? (v[name] as string[]) : []);
  const result: ParsedArgs = {
    ...empty,
    command,
    schedule: str("schedule"),
    sheet: str("sheet"),
    nameColumn: str("name-column"),
    populationColumn: str("population-column"),
    rates: list("rate").map((r) => splitPair(lang, "rate", r)),
    budgetLines: list("budget-line").map((r) => splitPair(lang, "budget-line", r)),
    measureColumns: list("measure-column").map((r) => splitPair(lang, "measure-column", r)),
    checks: list("check"),
    tolerance: str("tolerance"),
    out: str("out"),
    force: v.force === true,
    json: v.json === true,
  };
  if (v.help === true) {
    return { ...empty, command: "help", helpTopic: command };
  }
  const positionals = parsed.positionals;
  if (command === "schedules") {
    if (positionals.length > 0) {
      throw usageError(tr(lang, `"verdeel schedules" neemt geen bestand; gekregen: "${positionals[0]}".`, `"verdeel schedules" takes no file; got: "${positionals[0]}".`));
    }
    return result;
  }
  if (positionals.length === 0) {
    throw usageError(tr(lang, `"verdeel ${command}" verwacht een werkmap (WERKMAP.xlsx).`, `"verdeel ${command}" expects a workbook (BOOK.xlsx).`));
  }
  if (positionals.length > 1) {
    throw usageError(
      tr(lang, `"verdeel ${command}" neemt één werkmap; te veel: ${positionals.slice(1).map((p) => `"${p}"`).join(", ")}.`, `"verdeel ${command}" takes one workbook; too many: ${positionals.slice(1).map((p) => `"${p}"`).join(", ")}.`),
    );
  }
  result.book = positionals[0];
  if (!result.schedule) {
    throw usageError(tr(lang, `"verdeel ${command}" verwacht --schedule ID of --schedule BESTAND.json (zie "verdeel schedules").`, `"verdeel ${command}" expects --schedule ID or --schedule FILE.json (see "verdeel schedules").`));
  }
  if (command === "verify" && result.checks.length === 0) {
    throw usageError(tr(lang, `"verdeel verify" verwacht ten minste één --check [ONDERDEEL=]KOLOMKOP.`, `"verdeel verify" expects at least one --check [COMPONENT=]HEADER.`));
  }
  for (const [name, value] of [["sheet", result.sheet], ["name-column", result.nameColumn], ["population-column", result.populationColumn], ["out", result.out], ["tolerance", result.tolerance]] as const) {
    if (value !== undefined && value.trim() === "") {
      throw usageError(tr(lang, `Optie --${name} verwacht een waarde.`, `Option --${name} expects a value.`));
    }
  }
  return result;
}
