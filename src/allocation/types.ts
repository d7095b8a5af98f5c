// The shapes of the allocation core. Pure data: no host, no I/O.
// Amounts and rates in a Schedule are decimal strings ("0.08"), never binary floats.
import type Decimal from "decimal.js";

/** A user-visible text: one string, or Dutch with an optional English translation. */
export type Localized = string | { nl: string; en?: string };

export type RoundingUnit = "cent" | "euro";
/** half-up means half away from zero (Dutch "rekenkundig afronden"). */
export type RoundingMode = "half-up" | "half-even";

export interface Rounding {
  unit: RoundingUnit;
  mode: RoundingMode;
}

export type Prorate = "none" | "months" | "days";

/** Dates are ISO `YYYY-MM-DD`; `from` and `to` are inclusive and lie in one calendar year. */
export interface Period {
  from: string;
  to: string;
  prorate: Prorate;
}

interface ComponentBase {
  id: string;
  label: Localized;
  period?: Period;
  /** Default budget line (begrotingspost), e.g. "6700001" or "56814/44320". */
  budgetLine?: string;
}

/** amount = population × rate × period factor (the rate is per year unless prorate is none). */
export interface PerInhabitantComponent extends ComponentBase {
  kind: "per-inhabitant";
  rate: string;
}

/** A total per year (× period factor) split by population with the largest-remainder method. */
export interface ShareOfTotalComponent extends ComponentBase {
  kind: "share-of-total";
  total: string;
}

/** Fixed amounts for named municipalities; key is a CBS code (GM0361) or a name. Others pay 0. */
export interface FixedAmountComponent extends ComponentBase {
  kind: "fixed-amount";
  amounts: Record<string, string>;
}

export type Component = PerInhabitantComponent | ShareOfTotalComponent | FixedAmountComponent;
export type ComponentKind = Component["kind"];

export interface Schedule {
  id: string;
  title: Localized;
  region: string;
  year: number;
  /** Which decision paper the schedule comes from. */
  source: string;
  note?: string;
  /** Which population figure the schedule expects, e.g. "CBS, 1 januari 2022". */
  populationDate?: string;
  rounding: Rounding;
  components: Component[];
}

/** What-if edits and the user's own budget lines; the bundled schedule is never changed. */
export interface Overrides {
  /** Component id -> new rate (per-inhabitant) or total (share-of-total), decimal string. */
  rates?: Record<string, string>;
  /** Component id -> budget line code. */
  budgetLines?: Record<string, string>;
}

/** One municipality as the allocation sees it. `population` is a non-negative safe integer. */
export interface Municipality {
  name: string;
  code?: string;
  population: number;
}

export interface ComponentResult {
  componentId: string;
  /** One rounded amount per municipality, in input order. */
  amounts: Decimal[];
  total: Decimal;
  /** The factor the period applied (1 when there is no period or prorate is none). */
  periodFactor: Decimal;
  /** For share-of-total: indexes of the municipalities that received an extra rounding unit. */
  extraUnitTo?: number[];
  /** For fixed-amount: keys of `amounts` that matched no municipality. */
  unmatchedKeys?: string[];
}

export interface Allocation {
  schedule: Schedule;
  components: ComponentResult[];
  /** Per municipality: the sum of its rounded components. */
  totals: Decimal[];
  grandTotal: Decimal;
}

/** One figure found in a workbook, to compare with the expected one. */
export interface FoundFigure {
  /** Index of the municipality in the allocation input. */
  index: number;
  /** A component id, or "total" for the per-municipality total. */
  target: string;
  /** The figure as found: a decimal string, or null when the cell holds no number. */
  found: string | null;
}

export interface Mismatch {
  index: number;
  target: string;
  expected: string;
  found: string | null;
  /** found − expected as a decimal string, null when nothing was found. */
  difference: string | null;
}

export interface VerifyResult {
  checked: number;
  matched: number;
  mismatches: Mismatch[];
  /** Sum of the differences of the mismatches that have one. */
  sumOfDifferences: string;
  /** Of `matched`: the figures that differ, but by no more than the tolerance. */
  withinTolerance: number;
  /** Sum of their differences (found − expected); "0" without a tolerance. */
  sumWithinTolerance: string;
}
