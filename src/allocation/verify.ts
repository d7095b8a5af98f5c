// Comparing figures found in a workbook with the figures a schedule gives.
import { Decimal } from "./decimal";
import { allocationError } from "./errors";
import { parseUserDecimal } from "./format";
import { unitDecimals } from "./round";
import { formatScaled, MAX_SAFE, parseScaled, pow10 } from "./scaled";
import type { Allocation, FoundFigure, Mismatch, UnitAmounts, VerifyResult } from "./types";
import { safeUnitsAt } from "./unit-vector";

/** Found figures may be plain ("3501.4") or as a JavaScript number prints ("1e-7"). */
const FOUND = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

/** What a found figure is compared with: the integer units when allocate gave them, else the Decimals. */
interface Target {
  length: number;
  /** The expected amount as a Decimal (made only when the units cannot answer). */
  decimal(i: number): Decimal;
  units: ((i: number) => number | null) | null;
}

function parseTolerance(tolerance: string): Decimal {
  const normalized = parseUserDecimal(tolerance);
  if (normalized === null || normalized.startsWith("-")) {
    throw allocationError((t) => t.badTolerance(tolerance));
  }
  return new Decimal(normalized);
}

function targetOf(units: UnitAmounts | undefined, amounts: () => readonly Decimal[], dp: number): Target {
  const fast = safeUnitsAt(units, dp);
  return {
    length: units ? units.values.length : amounts().length,
    decimal: (i) => amounts()[i],
    units: fast,
  };
}

function targetsOf(allocation: Allocation, dp: number): Map<string, Target> {
  const targets = new Map<string, Target>();
  for (const c of allocation.components) targets.set(c.componentId, targetOf(c.units, () => c.amounts, dp));
  targets.set("total", targetOf(allocation.totalUnits, () => allocation.totals, dp));
  return targets;
}

/** An amount or difference in plain notation with at least the unit's decimals: "0.40", "-1", "0.4". */
function formatDifference(d: Decimal, minDecimals: number): string {
  return d.toFixed(Math.max(minDecimals, d.decimalPlaces()));
}

function mismatchOf(figure: FoundFigure, expected: () => Decimal, expectedUnits: number | null, dp: number, difference: string | null): Mismatch {
  return {
    index: figure.index,
    target: figure.target,
    expected: expectedUnits !== null ? formatScaled(expectedUnits, dp, dp) : formatDifference(expected(), dp),
    found: figure.found,
    difference,
  };
}

/**
 * Checks each found figure against the expected amount of its component (or "total") for its
 * municipality. It matches when |found − expected| ≤ tolerance (euros, "0" by default; "0,50"
 * and "0.50" both work). A missing figure (null) is a mismatch without a difference.
 * Differences are found − expected, in plain notation with at least the decimals of the
 * schedule's unit (cent: "-0.40", euro: "0.4", "-1"), more when the found figure has more.
 */
export function verify(allocation: Allocation, found: FoundFigure[], tolerance = "0"): VerifyResult {
  const dp = unitDecimals(allocation.schedule.rounding);
  const tol = parseTolerance(tolerance);
  // Fast path: everything as safe integers at `scale` decimals.
  const scale = Math.min(15, Math.max(dp, tol.decimalPlaces()));
  const toScale = pow10(scale - dp);
  const tolUnits = tol.times(pow10(scale)).toNumber();
  const fast = tol.decimalPlaces() <= scale && tolUnits <= MAX_SAFE;
  const targets = targetsOf(allocation, dp);
  const mismatches: Mismatch[] = [];
  let matched = 0;
  let fastSum = 0;
  let slowSum = new Decimal(0);
  // Matches that differ within the tolerance: counted and summed apart (a controller must see them).
  let within = 0;
  let withinFast = 0;
  let withinSlow = new Decimal(0);

  for (const figure of found) {
    const target = targets.get(figure.target);
    if (!target) {
      const known = [...targets.keys()].join(", ");
      throw allocationError((t) => t.unknownTarget(figure.target, known));
    }
    if (!Number.isInteger(figure.index) || figure.index < 0 || figure.index >= target.length) {
      throw allocationError((t) => t.noSuchMunicipality(figure.index + 1));
    }
    const expectedUnits = target.units ? target.units(figure.index) : null;
    const expected = (): Decimal => target.decimal(figure.index);
    if (figure.found === null) {
      mismatches.push(mismatchOf(figure, expected, expectedUnits, dp, null));
      continue;
    }
    const foundUnits = fast && expectedUnits !== null ? parseScaled(figure.found, scale) : null;
    const expectedScaled = expectedUnits === null ? Infinity : expectedUnits * toScale;
    const difference = foundUnits === null ? Infinity : foundUnits - expectedScaled;
    if (Math.abs(expectedScaled) <= MAX_SAFE && Math.abs(difference) <= MAX_SAFE) {
      if (Math.abs(difference) <= tolUnits) {
        matched++;
        if (difference !== 0) {
          within++;
          const sum = withinFast + difference;
          if (Math.abs(sum) <= MAX_SAFE) withinFast = sum;
          else withinSlow = withinSlow.plus(new Decimal(difference).div(pow10(scale)));
        }
      } else {
        mismatches.push(mismatchOf(figure, expected, expectedUnits, dp, formatScaled(difference, scale, dp)));
        const sum = fastSum + difference;
        if (Math.abs(sum) <= MAX_SAFE) fastSum = sum;
        else slowSum = slowSum.plus(new Decimal(difference).div(pow10(scale)));
      }
      continue;
    }
    if (!FOUND.test(figure.found)) {
      throw allocationError((t) => t.foundNotANumber(String(figure.found), figure.index + 1, figure.target));
    }
    const exact = new Decimal(figure.found).minus(expected());
    if (exact.abs().lte(tol)) {
      matched++;
      if (!exact.isZero()) {
        within++;
        withinSlow = withinSlow.plus(exact);
      }
    } else {
      mismatches.push(mismatchOf(figure, expected, expectedUnits, dp, formatDifference(exact, dp)));
      slowSum = slowSum.plus(exact);
    }
  }
  const total = slowSum.plus(new Decimal(fastSum).div(pow10(scale)));
  const withinTotal = withinSlow.plus(new Decimal(withinFast).div(pow10(scale)));
  return {
    checked: found.length,
    matched,
    mismatches,
    sumOfDifferences: formatDifference(total, dp),
    withinTolerance: within,
    sumWithinTolerance: formatDifference(withinTotal, dp),
  };
}
