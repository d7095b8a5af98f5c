// The workbook layer: a plain grid in, a detected table with findings, write and verify plans out.
export * from "./types";
export { columnIndex, columnLetters, fromA1, rectToA1, rectsIntersect, toA1 } from "./address";
export { matchHeaderRole, normalizeHeader, sameHeader, type HeaderRole, type RoleMatch } from "./headers";
export { detectTable } from "./detect";
export { detectOptionsFor, yearIn, type DetectOptions } from "./detect-options";
export { CsvError, decodeCsvBytes, describeCsv, readCsv, type CsvEncoding, type CsvRead, type CsvSeparator } from "./csv-file";
export { isCbsExport } from "./cbs-export";
export { matchMeasureHeader } from "./headers";
export { hasErrors } from "./findings";
export { ALL_FINDING_CODES, formatFinding, measureName } from "./messages";
export type { Lang } from "../allocation";
export {
  componentYear,
  EURO_CENTS_FORMAT,
  EURO_WHOLE_FORMAT,
  planApply,
  plannedHeaders,
  type PlanApplyArgs,
} from "./plan-apply";
export {
  planVerify,
  verifyReport,
  type VerifyCell,
  type VerifyCheck,
  type VerifyMismatchRow,
  type VerifyPlan,
  type VerifyReport,
} from "./plan-verify";
export { CONTROLE_SHEET, planControleReport, type ControleCheck, type ControleReportArgs } from "./plan-controle-report";
export { euroFormatFor } from "./euro-format";
export { suggestChecks, type CheckCandidate, type CheckSuggestions, type CheckTargetSuggestion } from "./suggest-checks";
export { planScenario, scenarioChanges, scenarioHeaders, type PlanScenarioArgs } from "./plan-scenario";
export { PlanError, type PlanErrorCode } from "./plan-error";
export { RATES_SHEET } from "./rates-block";
export { allocationFindings, conflictFindings, toMunicipalities } from "./plan-findings";
export { cellNumberText, numberToDecimalString } from "./number-text";
export { splitCsvLine } from "./csv-line";
export { inlineLabel } from "./text-format";
export { suggestNumber } from "./population";
export { ADDED_SHEETS, AUDIT_SHEET, TABLE_TOTALS_FUNCTION, TEXT_FORMAT, planTableJoin, structuredColumnRef, type TableJoin } from "./host-rules";
export { auditValue, planAuditRow, type AuditSheetInfo, type AuditWrite } from "./audit-layout";
export { localDateTime } from "./text-format";
