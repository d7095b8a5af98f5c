// CBS StatLine "Perioden": "2023", "2023*" (provisional), "2023**", typed data sets "2023JJ00".

export interface PeriodKey {
  /** What rows are grouped and chosen by: the year, "2023". */
  key: string;
  provisional: boolean;
}

const PERIOD = /^(\d{4})\s*(?:JJ00)?\s*(\*{0,2})$/i;

/** The key of a period text, or undefined when it does not look like a CBS period. */
export function periodKey(text: string): PeriodKey | undefined {
  const m = PERIOD.exec(text.replace(/\uFEFF/g, "").trim());
  if (!m) return undefined;
  return { key: m[1], provisional: m[2].length > 0 };
}
