// The core's allocation of a detected table, with what the core refuses (a share of a total
// over populations that are all 0, …) as the user's message naming file, sheet and cells.
import { allocate } from "../allocation";
import { VerdeelError } from "../allocation/errors";
import type { Allocation, Schedule } from "../allocation/types";
import { toMunicipalities } from "../workbook";
import { toA1 } from "../workbook/address";
import type { DetectedTable } from "../workbook/types";
import { CliError } from "./errors";
import { tr, type Lang } from "./lang";

export function allocateTable(schedule: Schedule, table: DetectedTable, shown: string, lang: Lang, command: "apply" | "verify"): Allocation {
  try {
    return allocate(schedule, toMunicipalities(table));
  } catch (e) {
    if (!(e instanceof VerdeelError)) throw e;
    const cells = `${toA1(table.firstRow, table.populationColumn)}:${toA1(table.lastRow, table.populationColumn)}`;
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
