// What detection needs from the schedule: the measures to read besides the population, and the
// population date it asks for (the CBS period to use).
import { measuresUsed, POPULATION_MEASURE } from "../allocation/measures";
import type { Schedule } from "../allocation/types";

export interface DetectOptions {
  /** Measures to read besides the population (woningen, oppervlakte, clienten, …). */
  measures?: readonly string[];
  /** The year the schedule asks the population of ("2022"); picks the CBS period and warns when it is not there. */
  populationYear?: string;
  /** The schedule's populationDate as written, for messages. */
  populationDate?: string;
  /**
   * The schedule does not use the population (only fixed percentages, per-unit amounts of another
   * measure, a key without `inwoners`): a sheet without a population column is fine. A population
   * column that is there is still read (the tie-break of a share uses it).
   */
  populationOptional?: boolean;
}

const YEAR = /(?:^|\D)(1[89]\d\d|2[01]\d\d)(?!\d)/;

/** The first year 1800–2199 in a text: "CBS, 1 januari 2022" → "2022", "2022-01-01" → "2022". */
export function yearIn(text: string): string | undefined {
  return YEAR.exec(text)?.[1];
}

/** The detection options a schedule asks for (none without a schedule). */
export function detectOptionsFor(schedule: Schedule | undefined): DetectOptions {
  if (!schedule) return {};
  const options: DetectOptions = {};
  const used = measuresUsed(schedule.components);
  const measures = used.filter((m) => m !== POPULATION_MEASURE);
  if (measures.length > 0) options.measures = measures;
  if (!used.includes(POPULATION_MEASURE)) options.populationOptional = true;
  const year = schedule.populationDate ? yearIn(schedule.populationDate) : undefined;
  if (year !== undefined && schedule.populationDate !== undefined) {
    options.populationYear = year;
    options.populationDate = schedule.populationDate;
  }
  return options;
}
