// Applying a schedule to a list of municipalities: one rounded amount per component and
// municipality, totals that are sums of rounded amounts, and exact arithmetic throughout.
import { apportionUnits } from "./apportion";
import { multipliedUnits, scaledUnits } from "./component-units";
import { Decimal } from "./decimal";
import { decimalFromUnits } from "./decimal-from-units";
import { AllocationError } from "./errors";
import { matchFixedAmounts } from "./fixed-amounts";
import { periodFraction, type PeriodFraction } from "./period";
import { unitDecimals } from "./round";
import type { Allocation, Component, ComponentResult, Municipality, Rounding, Schedule } from "./types";
import { addVectors, rememberUnits, sumVector, toDecimals, type UnitVector } from "./unit-vector";

interface Inputs {
  populations: Float64Array;
  maxPopulation: number;
}

function checkMunicipalities(municipalities: readonly Municipality[]): Inputs {
  const populations = new Float64Array(municipalities.length);
  let maxPopulation = 0;
  for (let i = 0; i < municipalities.length; i++) {
    const m = municipalities[i];
    if (typeof m.name !== "string") {
      throw new AllocationError(`Gemeente nr. ${i + 1} heeft geen naam.`, `Municipality no. ${i + 1} has no name.`);
    }
    const p = m.population;
    if (!Number.isSafeInteger(p) || p < 0) {
      throw new AllocationError(
        `Gemeente nr. ${i + 1} ("${m.name}") heeft geen geldig aantal inwoners (${p}): verwacht een geheel getal ≥ 0.`,
        `Municipality no. ${i + 1} ("${m.name}") has no valid population (${p}): expected a whole number ≥ 0.`,
      );
    }
    populations[i] = p;
    if (p > maxPopulation) maxPopulation = p;
  }
  return { populations, maxPopulation };
}

interface ComputedComponent {
  units: UnitVector;
  extraUnitTo?: number[];
  unmatchedKeys?: string[];
}

function computeComponent(
  component: Component,
  fraction: PeriodFraction,
  rounding: Rounding,
  municipalities: readonly Municipality[],
  inputs: Inputs,
): ComputedComponent {
  const scale = unitDecimals(rounding);
  switch (component.kind) {
    case "per-inhabitant":
      return { units: multipliedUnits(inputs.populations, inputs.maxPopulation, component.rate, fraction, scale, rounding.mode) };
    case "share-of-total": {
      // The total for the period is rounded to the unit first, then split exactly.
      const total = scaledUnits(component.total, fraction, scale, rounding.mode);
      const { units, extraUnitTo } = apportionUnits(total, inputs.populations, municipalities);
      return { units, extraUnitTo };
    }
    case "fixed-amount": {
      const { keyOf, unmatchedKeys } = matchFixedAmounts(component, municipalities);
      const values = new Array<bigint>(municipalities.length).fill(0n);
      for (const [index, key] of keyOf) values[index] = scaledUnits(component.amounts[key], fraction, scale, rounding.mode);
      return { units: { kind: "bigint", values }, unmatchedKeys };
    }
  }
}

/**
 * Computes every component for every municipality. Per inhabitant: round(population × rate ×
 * period factor). Share of total: round(total × period factor), split by population with the
 * largest-remainder method. Fixed amount: round(amount × period factor) for the matched
 * municipality, 0 for the others. The period factor is applied here and nowhere else.
 */
export function allocate(schedule: Schedule, municipalities: Municipality[]): Allocation {
  const inputs = checkMunicipalities(municipalities);
  const scale = unitDecimals(schedule.rounding);
  const vectors: UnitVector[] = [];
  const components = schedule.components.map((component, c): ComponentResult => {
    const fraction = periodFraction(component.period, `components[${c}].period`);
    const computed = computeComponent(component, fraction, schedule.rounding, municipalities, inputs);
    vectors.push(computed.units);
    const amounts = toDecimals(computed.units, scale);
    rememberUnits(amounts, computed.units, scale);
    const result: ComponentResult = {
      componentId: component.id,
      amounts,
      total: decimalFromUnits(sumVector(computed.units), scale),
      periodFactor: new Decimal(fraction.numerator).div(fraction.denominator),
    };
    if (computed.extraUnitTo) result.extraUnitTo = computed.extraUnitTo;
    if (computed.unmatchedKeys) result.unmatchedKeys = computed.unmatchedKeys;
    return result;
  });
  const totalUnits = addVectors(vectors, municipalities.length);
  const totals = toDecimals(totalUnits, scale);
  rememberUnits(totals, totalUnits, scale);
  return { schedule, components, totals, grandTotal: decimalFromUnits(sumVector(totalUnits), scale) };
}
