// The command line: which command, its book, and its options. Usage errors exit 2.
import { parseArgs } from "node:util";
import { CliError } from "./errors";
import { cliMessages, type HelpTopic, type PairOption } from "./i18n";
import type { Lang } from "./lang";

export type CommandName = "schedules" | "apply" | "verify" | "help" | "version";

export interface ParsedArgs {
  command: CommandName;
  /** For `help COMMAND`: which command to explain. */
  helpTopic?: HelpTopic;
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

export function usage(lang: Lang, topic?: HelpTopic): string {
  const m = cliMessages(lang);
  const topics = topic ? [topic] : (["schedules", "apply", "verify"] as const);
  const out: string[] = [m.usageHeading];
  for (const t of topics) {
    out.push(`  ${m.synopsis[t]}`, `      ${m.explain[t]}`);
  }
  if (!topic) {
    out.push(`  ${m.synopsis.help}`);
  }
  out.push("", m.usageFooter);
  return out.join("\n") + "\n";
}

function usageError(message: string): CliError {
  return new CliError(message, { showUsage: true });
}

/** Splits KEY=VALUE (COMPONENT=DECIMAL, MEASURE=HEADER, …); both sides must be non-empty. */
function splitPair(lang: Lang, option: PairOption, raw: string): { component: string; value: string } {
  const at = raw.indexOf("=");
  const component = at < 0 ? "" : raw.slice(0, at).trim();
  const value = at < 0 ? "" : raw.slice(at + 1).trim();
  if (!component || !value) {
    throw usageError(cliMessages(lang).pairExpected(option, raw));
  }
  return { component, value };
}

export function parseCommandLine(argv: string[], lang: Lang): ParsedArgs {
  const m = cliMessages(lang);
  const empty: ParsedArgs = { command: "help", rates: [], budgetLines: [], measureColumns: [], checks: [], force: false, json: false };
  const [first, ...rest] = argv;
  if (first === undefined) {
    throw usageError(m.noCommand);
  }
  if (first === "--help" || first === "-h" || first === "help") {
    const topic = first === "help" ? rest[0] : undefined;
    if (topic !== undefined && topic !== "schedules" && topic !== "apply" && topic !== "verify") {
      throw usageError(m.unknownCommand(topic));
    }
    return { ...empty, command: "help", helpTopic: topic };
  }
  if (first === "--version" || first === "-v") {
    return { ...empty, command: "version" };
  }
  if (first !== "schedules" && first !== "apply" && first !== "verify") {
    throw usageError(first.startsWith("-") ? m.commandFirst(first) : m.unknownCommand(first));
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
      throw usageError(m.unknownOption(unknown[1], command));
    }
    const ambiguous = /Option '(?:-\w, )?(--[\w-]+)' argument is ambiguous/.exec(text);
    if (ambiguous) {
      throw usageError(m.ambiguousOption(ambiguous[1]));
    }
    if (missing) {
      throw usageError(m.optionNeedsValue(missing[1]));
    }
    throw usageError(m.invalidUsage(text));
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
      throw usageError(m.schedulesTakesNoFile(positionals[0]));
    }
    return result;
  }
  if (positionals.length === 0) {
    throw usageError(m.expectsBook(command));
  }
  if (positionals.length > 1) {
    throw usageError(m.oneBook(command, positionals.slice(1).map((p) => `"${p}"`).join(", ")));
  }
  result.book = positionals[0];
  if (!result.schedule) {
    throw usageError(m.expectsSchedule(command));
  }
  if (command === "verify" && result.checks.length === 0) {
    throw usageError(m.expectsCheck);
  }
  for (const [name, value] of [["sheet", result.sheet], ["name-column", result.nameColumn], ["population-column", result.populationColumn], ["out", result.out], ["tolerance", result.tolerance]] as const) {
    if (value !== undefined && value.trim() === "") {
      throw usageError(m.optionNeedsValue(`--${name}`));
    }
  }
  return result;
}
