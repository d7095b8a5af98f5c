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

/** One measure of a weighted key and its weight (a decimal string > 0; a key's weights add up to 1). */
export interface KeyPart {
  measure: string;
  weight: string;
}

/**
 * A total per year (× period factor) split with the largest-remainder method: by population, or
 * by a weighted key (`total × Σ weight × the municipality's measure ÷ the measure's sum`).
 */
export interface ShareOfTotalComponent extends ComponentBase {
  kind: "share-of-total";
  total: string;
  /** Without a key the total is split by `inwoners`. */
  key?: KeyPart[];
}

/**
 * A total split by percentages agreed once in the arrangement (adding up to exactly 100), with
 * the largest-remainder method. Keys are CBS codes or names; every municipality needs one.
 */
export interface FixedPercentageComponent extends ComponentBase {
  kind: "fixed-percentage";
  total: string;
  percentages: Record<string, string>;
}

/** amount = measure × rate × period factor, rounded per municipality (e.g. € 1,25 per dwelling). */
export interface PerUnitComponent extends ComponentBase {
  kind: "per-unit";
  measure: string;
  rate: string;
}

/** Fixed amounts for named municipalities; key is a CBS code (GM0361) or a name. Others pay 0. */
export interface FixedAmountComponent extends ComponentBase {
  kind: "fixed-amount";
  amounts: Record<string, string>;
}

export type Component =
  | PerInhabitantComponent
  | ShareOfTotalComponent
  | FixedAmountComponent
  | FixedPercentageComponent
  | PerUnitComponent;
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
  /**
   * Component id -> new rate (per-inhabitant, per-unit) or total (share-of-total,
   * fixed-percentage), a decimal as typed ("0,07" or "0.07").
   */
  rates?: Record<string, string>;
  /** Component id -> measure -> new weight of a weighted key; the key's weights must still add up to 1. */
  weights?: Record<string, Record<string, string>>;
  /** Component id -> key -> new percentage of a fixed-percentage component; they must still add up to 100. */
  percentages?: Record<string, Record<string, string>>;
  /** Component id -> budget line code. */
  budgetLines?: Record<string, string>;
}

/** One municipality as the allocation sees it. `population`, when given, is a non-negative safe integer. */
export interface Municipality {
  name: string;
  code?: string;
  /**
   * The measure `inwoners`. Absent only when the schedule does not use it (a sheet without a
   * population column); a schedule that does use it then stops with "inwoners ontbreekt".
   */
  population?: number;
  /**
   * Other measures a schedule uses (`woningen`, `oppervlakte`, …) as decimal strings ≥ 0 ("35.72");
   * whole numbers for the measures that count things (see measures.ts).
   */
  measures?: Record<string, string>;
}

/** Amounts as whole numbers of the rounding unit: 1078.24 in cents is 107824. */
export interface UnitAmounts {
  /** Decimals of the unit: 2 for cents, 0 for whole euros. */
  scale: number;
  /** One integer per municipality: JavaScript numbers while every value is a safe integer, else BigInt. */
  values: Float64Array | readonly bigint[];
}

/** A measure of a weighted key as allocate used it. */
export interface KeyPartResult {
  measure: string;
  weight: string;
  /** The sum of the measure over every municipality, a decimal string. */
  sum: string;
}

export interface ComponentResult {
  componentId: string;
  /** One rounded amount per municipality, in input order (allocate makes them on first use). */
  readonly amounts: Decimal[];
  /** The same amounts as integers of the unit (allocate gives them; verify and toPlainAmounts use them). */
  units?: UnitAmounts;
  total: Decimal;
  /** The factor the period applied (1 when there is no period or prorate is none). */
  periodFactor: Decimal;
  /** For share-of-total and fixed-percentage: indexes of the municipalities that received an extra rounding unit. */
  extraUnitTo?: number[];
  /** For a share-of-total: the measures it was split by, with their weights and sums (`inwoners` alone without a key). */
  key?: KeyPartResult[];
  /** For fixed-amount: keys of `amounts` that matched no municipality. */
  unmatchedKeys?: string[];
}

export interface Allocation {
  schedule: Schedule;
  components: ComponentResult[];
  /** Per municipality: the sum of its rounded components (made on first use). */
  readonly totals: Decimal[];
  /** The same totals as integers of the unit. */
  totalUnits?: UnitAmounts;
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
