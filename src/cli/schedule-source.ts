// --schedule ID|FILE.json: a bundled schedule or a schedule file, plus the what-if rates and
// budget lines from the command line.
import { promises as fs } from "node:fs";
import path from "node:path";
import { applyOverrides, parseSchedule, parseUserDecimal, ScheduleError } from "../allocation";
import type { Overrides, Schedule } from "../allocation/types";
import { bundledSchedules, findSchedule } from "../schedules";
import type { ParsedArgs } from "./args";
import { CliError } from "./errors";
import { cliMessages } from "./i18n";
import type { Lang } from "./lang";

export interface LoadedSchedule {
  /** The schedule as it will be applied (what-if rates and budget lines included). */
  schedule: Schedule;
  /** The schedule as bundled or as in the file. */
  original: Schedule;
  overrides: Overrides;
}

function looksLikeFile(arg: string): boolean {
  return /\.json$/i.test(arg) || arg.includes("/") || arg.includes("\\");
}

async function readScheduleFile(file: string, shown: string, lang: Lang): Promise<Schedule> {
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const m = cliMessages(lang);
    throw new CliError(code === "ENOENT" ? m.scheduleFileNotFound(shown) : m.cannotReadScheduleFile(shown, code ?? String(e)));
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new CliError(cliMessages(lang).notJson(shown, why));
  }
  try {
    return parseSchedule(json, shown);
  } catch (e) {
    throw scheduleProblem(e, shown, lang);
  }
}

function scheduleProblem(e: unknown, shown: string, lang: Lang): unknown {
  if (e instanceof ScheduleError) {
    const text = (m: { message: string; messageEn: string }): string => (lang === "en" ? m.messageEn : m.message);
    const first = text(e);
    // The core names the origin and the field ("FILE.json, components[0].rate: …").
    const message = first.includes(shown) ? first : `${shown}: ${first}`;
    const others = e.issues.slice(1).map((issue) => text(issue));
    return new CliError(message, { details: others });
  }
  return e;
}

function unknownComponent(lang: Lang, option: string, id: string, schedule: Schedule): CliError {
  const ids = schedule.components.map((c) => c.id).join(", ");
  return new CliError(cliMessages(lang).unknownComponent(option, id, schedule.id, ids), { showUsage: false });
}

/** Finds a component id as typed (exact, else case-insensitive). */
export function componentId(schedule: Schedule, typed: string): string | undefined {
  const exact = schedule.components.find((c) => c.id === typed);
  if (exact) return exact.id;
  const folded = schedule.components.filter((c) => c.id.toLowerCase() === typed.trim().toLowerCase());
  return folded.length === 1 ? folded[0].id : undefined;
}

function userDecimal(raw: string): string | undefined {
  try {
    const parsed = parseUserDecimal(raw) as unknown;
    if (parsed === null || parsed === undefined) return undefined;
    return typeof parsed === "string" ? parsed : String(parsed);
  } catch {
    return undefined;
  }
}

export async function loadSchedule(args: ParsedArgs, cwd: string, lang: Lang): Promise<LoadedSchedule> {
  const arg = args.schedule ?? "";
  let original: Schedule | undefined;
  // "bundled" or the file name as given: what a problem with the what-if rates names.
  let origin = "bundled";
  if (!looksLikeFile(arg)) original = findSchedule(arg);
  if (!original) {
    const file = path.resolve(cwd, arg);
    const exists = await fs
      .stat(file)
      .then((s) => s.isFile())
      .catch(() => false);
    if (looksLikeFile(arg) || exists) {
      original = await readScheduleFile(file, arg, lang);
      origin = arg;
    } else {
      const ids = bundledSchedules().map((s) => s.id).join(", ");
      throw new CliError(cliMessages(lang).unknownSchedule(arg, ids));
    }
  }

  const overrides: Overrides = {};
  for (const { component, value } of args.rates) {
    const id = componentId(original, component);
    if (!id) throw unknownComponent(lang, "rate", component, original);
    const decimal = userDecimal(value);
    if (decimal === undefined) {
      throw new CliError(cliMessages(lang).badRate(component, value));
    }
    const earlier = overrides.rates?.[id];
    if (earlier !== undefined && earlier !== decimal) throw contradiction(lang, "rate", id, earlier, decimal);
    overrides.rates = { ...overrides.rates, [id]: decimal };
  }
  for (const { component, value } of args.budgetLines) {
    const id = componentId(original, component);
    if (!id) throw unknownComponent(lang, "budget-line", component, original);
    const earlier = overrides.budgetLines?.[id];
    if (earlier !== undefined && earlier !== value) throw contradiction(lang, "budget-line", id, earlier, value);
    overrides.budgetLines = { ...overrides.budgetLines, [id]: value };
  }
  let schedule = original;
  if (overrides.rates || overrides.budgetLines) {
    try {
      schedule = applyOverrides(original, overrides);
    } catch (e) {
      throw scheduleProblem(e, origin === "bundled" ? original.id : origin, lang);
    }
  }
  return { schedule, original, overrides };
}

/** The same option twice for one component (or measure) with different values: which one was meant is not guessed. */
export function contradiction(lang: Lang, option: "rate" | "budget-line" | "measure-column", id: string, first: string, second: string): CliError {
  return new CliError(cliMessages(lang).contradiction(option, id, first, second));
}
