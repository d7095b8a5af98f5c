// Applying a schedule to a list of municipalities: one rounded amount per component and
// municipality, totals that are sums of rounded amounts, and exact arithmetic throughout.
import { apportionUnits } from "./apportion";
import { multipliedUnits, scaledUnits } from "./component-units";
import { Decimal } from "./decimal";
import { decimalFromUnits } from "./decimal-from-units";
import { AllocationError } from "./errors";
import { matchKeys } from "./key-match";
import { keyWeights } from "./key-weights";
import { measuresUsed, POPULATION_MEASURE, readMeasure, type MeasureVector } from "./measures";
import { percentageWeights } from "./percentages";
import { periodFraction, type PeriodFraction } from "./period";
import { unitDecimals } from "./round";
import type { Allocation, Component, ComponentResult, KeyPartResult, Municipality, Rounding, Schedule } from "./types";
import { addVectors, decimalsOnDemand, sumVector, toUnitAmounts, type UnitVector } from "./unit-vector";

function checkMunicipalities(municipalities: readonly Municipality[]): void {
  for (let i = 0; i < municipalities.length; i++) {
    const m = municipalities[i];
    if (typeof m.name !== "string") {
      throw new AllocationError(`Gemeente nr. ${i + 1} heeft geen naam.`, `Municipality no. ${i + 1} has no name.`);
    }
    const p = m.population;
    if (p !== undefined && (!Number.isSafeInteger(p) || p < 0)) {
      throw new AllocationError(
        `Gemeente nr. ${i + 1} ("${m.name}") heeft geen geldig aantal inwoners (${p}): verwacht een geheel getal ≥ 0.`,
        `Municipality no. ${i + 1} ("${m.name}") has no valid population (${p}): expected a whole number ≥ 0.`,
      );
    }
  }
}

interface Inputs {
  municipalities: readonly Municipality[];
  measures: Map<string, MeasureVector>;
  rounding: Rounding;
}

interface ComputedComponent {
  units: UnitVector;
  extraUnitTo?: number[];
  unmatchedKeys?: string[];
  key?: KeyPartResult[];
}

function shareOfTotal(c: Extract<Component, { kind: "share-of-total" }>, total: bigint, inputs: Inputs): ComputedComponent {
  const { municipalities, measures } = inputs;
  const n = municipalities.length;
  if (!c.key) {
    const population = measures.get(POPULATION_MEASURE) as MeasureVector;
    const key: KeyPartResult[] = [{ measure: POPULATION_MEASURE, weight: "1", sum: sumVector({ kind: "number", values: population.values as Float64Array }).toString() }];
    if (total === 0n) return { units: { kind: "number", values: new Float64Array(n) }, extraUnitTo: [], key };
    if (key[0].sum === "0") {
      throw new AllocationError(
        "Het totaal kan niet verdeeld worden: het totaal aantal inwoners is 0.",
        "The total cannot be split: the total population is 0.",
      );
    }
    return { ...apportionUnits(total, population.values, municipalities), key };
  }
  const { weights, parts } = keyWeights(c.id, c.key, measures, n);
  if (total === 0n) return { units: { kind: "number", values: new Float64Array(n) }, extraUnitTo: [], key: parts };
  return { ...apportionUnits(total, weights, municipalities), key: parts };
}

function computeComponent(component: Component, fraction: PeriodFraction, inputs: Inputs): ComputedComponent {
  const { rounding, municipalities, measures } = inputs;
  const scale = unitDecimals(rounding);
  switch (component.kind) {
    case "per-inhabitant":
      return { units: multipliedUnits(measures.get(POPULATION_MEASURE) as MeasureVector, component.rate, fraction, scale, rounding.mode) };
    case "per-unit":
      return { units: multipliedUnits(measures.get(component.measure) as MeasureVector, component.rate, fraction, scale, rounding.mode) };
    case "share-of-total":
      // The total for the period is rounded to the unit first, then split exactly.
      return shareOfTotal(component, scaledUnits(component.total, fraction, scale, rounding.mode), inputs);
    case "fixed-percentage": {
      const total = scaledUnits(component.total, fraction, scale, rounding.mode);
      return apportionUnits(total, percentageWeights(component, municipalities), municipalities);
    }
    case "fixed-amount": {
      const { keyOf, unmatchedKeys } = matchKeys(component.id, Object.keys(component.amounts), municipalities);
      const values = new Array<bigint>(municipalities.length).fill(0n);
      for (const [index, key] of keyOf) values[index] = scaledUnits(component.amounts[key], fraction, scale, rounding.mode);
      return { units: { kind: "bigint", values }, unmatchedKeys };
    }
  }
}

/** A result whose Decimals are made from its integer units when someone first reads `amounts`. */
function componentResult(id: string, computed: ComputedComponent, scale: number, fraction: PeriodFraction): ComponentResult {
  const units = toUnitAmounts(computed.units, scale);
  const amounts = decimalsOnDemand(units);
  const result: ComponentResult = {
    componentId: id,
    get amounts() {
      return amounts();
    },
    units,
    total: decimalFromUnits(sumVector(computed.units), scale),
    periodFactor: new Decimal(fraction.numerator).div(fraction.denominator),
  };
  if (computed.extraUnitTo) result.extraUnitTo = computed.extraUnitTo;
  if (computed.unmatchedKeys) result.unmatchedKeys = computed.unmatchedKeys;
  if (computed.key) result.key = computed.key;
  return result;
}

/**
 * Computes every component for every municipality. Per inhabitant (per unit of a measure):
 * round(measure × rate × period factor). Share of total: round(total × period factor), split by
 * population or a weighted key with the largest-remainder method. Fixed percentage: the same,
 * split by the agreed percentages. Fixed amount: round(amount × period factor) for the matched
 * municipality, 0 for the others. The period factor is applied here and nowhere else.
 * `amounts` and `totals` are made on first use; `units` and `totalUnits` hold the same figures.
 */
export function allocate(schedule: Schedule, municipalities: Municipality[]): Allocation {
  checkMunicipalities(municipalities);
  const scale = unitDecimals(schedule.rounding);
  const measures = new Map<string, MeasureVector>();
  for (const m of measuresUsed(schedule.components)) measures.set(m, readMeasure(municipalities, m));
  const inputs: Inputs = { municipalities, measures, rounding: schedule.rounding };
  const vectors: UnitVector[] = [];
  const components = schedule.components.map((component, c): ComponentResult => {
    const fraction = periodFraction(component.period, `components[${c}].period`);
    const computed = computeComponent(component, fraction, inputs);
    vectors.push(computed.units);
    return componentResult(component.id, computed, scale, fraction);
  });
  const totalVector = addVectors(vectors, municipalities.length);
  const totalUnits = toUnitAmounts(totalVector, scale);
  const totals = decimalsOnDemand(totalUnits);
  return {
    schedule,
    components,
    get totals() {
      return totals();
    },
    totalUnits,
    grandTotal: decimalFromUnits(sumVector(totalVector), scale),
  };
}
