// Findings: construction helpers and the one rule hosts follow (errors block every write).
import type { Finding, FindingCode, Severity } from "./types";

/** True when any finding is an error: a host shows everything but must not write. */
export function hasErrors(findings: readonly Finding[]): boolean {
  for (const f of findings) if (f.severity === "error") return true;
  return false;
}

export function finding(
  code: FindingCode,
  severity: Severity,
  sheet: string,
  cell: string | undefined,
  params: Record<string, string | number> = {},
): Finding {
  const f: Finding = { code, severity, sheet, params };
  if (cell !== undefined) f.cell = cell;
  return f;
}
