// Which header (of a table's column, or a label in a what-if range) names which measure or role:
// the workbook layer's header rules, the ones the task pane and the command detect columns by.
import { POPULATION_MEASURE } from "../allocation";
import { matchHeaderRole, matchMeasureHeader, normalizeHeader, type HeaderRole } from "../workbook";

/**
 * Does this text name the measure? Its id ("woningen", "clienten"; case and accents do not
 * matter: "Cliënten"), or a header the pane knows for it ("Aantal woningen", "Oppervlakte (km²)",
 * "Inwoners 1-1-2020", CBS's StatLine paths).
 */
export function namesMeasure(text: string, measure: string): boolean {
  if (normalizeHeader(text) === measure) return true;
  if (measure === POPULATION_MEASURE) return matchHeaderRole(text)?.role === "population";
  return matchMeasureHeader(text, measure) !== undefined;
}

/** The role a header plays among a table's name, code and population columns, if any. */
export function headerRole(text: string): Exclude<HeaderRole, "period"> | undefined {
  const role = matchHeaderRole(text)?.role;
  return role === "period" ? undefined : role;
}
