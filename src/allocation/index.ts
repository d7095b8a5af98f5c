// The public API of the allocation core (pure: decimal.js and zod only).
export type * from "./types";
export { Decimal, toDecimal, isDecimalString } from "./decimal";
export { VerdeelError, ScheduleError, AllocationError, catalogueIssue, type ScheduleIssue } from "./errors";
export { roundMoney, unitOf, unitDecimals, toPlainAmount } from "./round";
export { toPlainAmounts } from "./plain-amounts";
export { periodFactor, periodFraction, checkPeriod, type PeriodFraction } from "./period";
export { apportion, type TieKey } from "./apportion";
export { allocate } from "./allocate";
export { KNOWN_MEASURES, MEASURE_ID, POPULATION_MEASURE, isWholeMeasure, measuresUsed } from "./measures";
export { applyOverrides } from "./overrides";
export { verify } from "./verify";
export { parseSchedule } from "./schema";
export { scheduleToJson } from "./schedule-json";
export { formatEuro, formatEuroDifference, parseUserDecimal, localize } from "./format";
export { ALLOCATION_MESSAGES, domainWords, DOMAIN_WORDS, type AllocationMessages, type DomainWords } from "./i18n";
