// The user's own schedules from the document's settings, validated with the schedule parser
// (zod). Loaded on demand (chunk `user-schedules`, through readUserSchedules) only when the
// document holds any: opening the pane does not need the parser.
import { parseSchedule, VerdeelError, type Lang } from "../../allocation";
import { messagesFor } from "../i18n";
import { isBundledId, type UserSchedules } from "./user-schedules";

export function parseUserSchedules(raw: unknown[] | undefined, lang: Lang): UserSchedules {
  const out: UserSchedules = { list: [], skipped: [] };
  const seen = new Set<string>();
  for (const [i, json] of (raw ?? []).entries()) {
    try {
      const s = parseSchedule(json, messagesFor(lang).userScheduleOrigin(i + 1));
      if (isBundledId(s.id) || seen.has(s.id)) {
        out.skipped.push(messagesFor(lang).userScheduleIdTaken(s.id));
        continue;
      }
      seen.add(s.id);
      out.list.push(s);
    } catch (e) {
      out.skipped.push(e instanceof VerdeelError ? e.text(lang) : String(e));
    }
  }
  return out;
}
