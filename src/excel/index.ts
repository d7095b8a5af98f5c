// The Office.js host: what the task pane imports.
export type * from "../host";
export { createOfficeHost, officeLanguage } from "./office-host";
export { checkRequirements, optionalFeatures, MIN_EXCEL_API, OPTIONAL_EXCEL_API } from "./requirements";
export { ExcelHostError, type ExcelHostErrorCode } from "./errors";
export { DEFAULT_HOST_OPTIONS, type OfficeHostOptions } from "./host-options";
export { CHOICES_KEY } from "./settings";
export { MARK_FILL } from "./marks";
export { reportSheetName } from "./report-sheet";
