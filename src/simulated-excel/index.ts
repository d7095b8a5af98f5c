// The simulated Excel behind Microsoft's own office.js: for the host tests and the preview page
// only (never in the add-in's production build). docs/excel-host.md describes it.
export { SimulatedExcel, WEB_PAYLOAD_LIMIT, type CellInput, type DumpCell, type SheetDump, type SheetOptions, type SimulationOptions, type WireExchange } from "./simulated-excel";
export { installExcelBridge, type ExcelHostInfo, type BridgeTarget } from "./bridge";
export { readMemberTables, type MemberTables } from "./members";
export { MAX_FORMULA_CHARS, MAX_FUNCTION_ARGUMENTS } from "./formulas";
export { NO_FILL, type SimCell, type SimFill } from "./cells";
export type { Criteria } from "./filters";
export type { SimSheet } from "./sheet";
export type { SimEvent } from "./behaviour";
export type { BackendStats } from "./backend";
export { catalogOf, type CustomFunctionCatalog, type CustomFunctionDefinition, type CustomFunctionParameter } from "./custom-functions";
export { formulaFromDutch } from "./local-formulas";
