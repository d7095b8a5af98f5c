// Findings for people (one line each, naming file, sheet and cell) and for JSON.
import { formatFinding } from "../workbook";
import type { Finding } from "../workbook/types";
import type { CliContext } from "./context";
import { CliError } from "./errors";
import { cliMessages } from "./i18n";
import type { Lang } from "./lang";

export interface FindingJson {
  code: string;
  severity: string;
  sheet: string;
  cell?: string;
  message: string;
  params: Record<string, string | number>;
}

export function findingJson(f: Finding, lang: Lang): FindingJson {
  const out: FindingJson = { code: f.code, severity: f.severity, sheet: f.sheet, message: formatFinding(f, lang), params: f.params };
  if (f.cell !== undefined) out.cell = f.cell;
  return out;
}

function severityWord(f: Finding, lang: Lang): string {
  return cliMessages(lang).severity[f.severity];
}

export function findingLine(f: Finding, lang: Lang): string {
  return `${severityWord(f, lang)}: ${formatFinding(f, lang)}`;
}

/** Exit 2 with every finding listed (errors first); nothing has been written (apply) or checked (verify). */
export function findingsError(findings: Finding[], shownBook: string, sheet: string, lang: Lang, command: "apply" | "verify"): CliError {
  const order = { error: 0, warning: 1, info: 2 } as const;
  const sorted = [...findings].sort((a, b) => order[a.severity] - order[b.severity]);
  const errors = findings.filter((f) => f.severity === "error").length;
  const m = cliMessages(lang);
  const message = errors > 0 ? m.sheetErrors(shownBook, sheet, errors, command) : m.noTableFound(shownBook, sheet);
  return new CliError(message, { details: sorted.map((f) => findingLine(f, lang)) });
}

/** Warnings and notes go to stderr: stdout carries the result alone. */
export function printWarnings(findings: Finding[], ctx: CliContext): void {
  for (const f of findings) {
    if (f.severity !== "error") ctx.io.stderr.write(findingLine(f, ctx.lang) + "\n");
  }
}
