// The core's allocation of a detected table, with what the core refuses (a share of a total
// over populations that are all 0, a measure that adds up to 0, percentages that do not fit the
// municipalities, …) as the user's message naming file, sheet and the cells it is about.
import { allocate, POPULATION_MEASURE } from "../allocation";
import { VerdeelError } from "../allocation/errors";
import type { Allocation, Component, Municipality, Schedule } from "../allocation/types";
import { toMunicipalities } from "../workbook";
import { toA1 } from "../workbook/address";
import type { DetectedTable } from "../workbook/types";
import { CliError } from "./errors";
import { tr, type Lang } from "./lang";

function refuses(schedule: Schedule, components: Component[], municipalities: Municipality[]): boolean {
  try {
    allocate({ ...schedule, components }, municipalities);
    return false;
  } catch (e) {
    if (e instanceof VerdeelError) return true;
    throw e;
  }
}

/**
 * The columns a refusal is about, found by asking the core itself: the first component it
 * refuses on its own, and for a weighted key each measure it refuses as the only one. A measure
 * names its column; fixed percentages and fixed amounts are matched by name (or code); anything
 * else is about the population.
 */
export function refusedColumns(schedule: Schedule, municipalities: Municipality[], table: DetectedTable): number[] {
  // Without a population column (a schedule that does not use it) the name column stands in.
  const population = table.populationColumn ?? table.nameColumn;
  const columnOf = (measure: string): number =>
    measure === POPULATION_MEASURE ? population : (table.measureColumns?.[measure] ?? population);
  const culprit = schedule.components.find((c) => refuses(schedule, [c], municipalities));
  if (!culprit) return [population];
  switch (culprit.kind) {
    case "per-unit":
      return [columnOf(culprit.measure)];
    case "share-of-total": {
      const measures = (culprit.key ?? []).map((k) => k.measure);
      const alone = measures.filter((measure) => refuses(schedule, [{ ...culprit, key: [{ measure, weight: "1" }] }], municipalities));
      return [...new Set((alone.length > 0 ? alone : measures.length > 0 ? measures : [POPULATION_MEASURE]).map(columnOf))];
    }
    case "fixed-percentage":
    case "fixed-amount":
      return table.codeColumn !== undefined && table.codeColumn !== table.nameColumn ? [table.nameColumn, table.codeColumn] : [table.nameColumn];
    case "per-inhabitant":
      return [population];
  }
}

export function allocateTable(schedule: Schedule, table: DetectedTable, shown: string, lang: Lang, command: "apply" | "verify"): Allocation {
  const municipalities = toMunicipalities(table);
  try {
    return allocate(schedule, municipalities);
  } catch (e) {
    if (!(e instanceof VerdeelError)) throw e;
    const columns = refusedColumns(schedule, municipalities, table);
    const cells = columns.map((col) => `${toA1(table.firstRow, col)}:${toA1(table.lastRow, col)}`).join(tr(lang, " en ", " and "));
    const outcome = command === "apply" ? tr(lang, "er is niets geschreven", "nothing was written") : tr(lang, "er is niets gecontroleerd", "nothing was checked");
    throw new CliError(
      tr(
        lang,
        `${shown}, werkblad ${table.sheet}, cellen ${cells}: ${e.message.replace(/\.$/, "")}; ${outcome}.`,
        `${shown}, sheet ${table.sheet}, cells ${cells}: ${e.messageEn.replace(/\.$/, "")}; ${outcome}.`,
      ),
    );
  }
}
