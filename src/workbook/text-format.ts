// Small display helpers for plan headers and the audit record (pure, no Intl).
import type { Lang } from "../allocation";

/** A label inside a sentence or header: "Uitbreiding" -> "uitbreiding", "GIA basis" stays. */
export function inlineLabel(label: string): string {
  const a = label.charAt(0);
  const b = label.charAt(1);
  if (a !== a.toUpperCase() || a === a.toLowerCase()) return label;
  if (b !== "" && b === b.toUpperCase() && b !== b.toLowerCase()) return label;
  return a.toLowerCase() + label.slice(1);
}

/**
 * A plain decimal string ("-1078.2", "90000") for people: "-1.078,20" (nl) or "-1,078.20" (en),
 * with at least `minDecimals` decimals. The digits are never recomputed.
 */
export function formatDecimalText(value: string, lang: Lang, minDecimals = 0): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!m) return value;
  const [, sign, int, frac0 = ""] = m;
  let frac = frac0;
  while (frac.length < minDecimals) frac += "0";
  const group = lang === "nl" ? "." : ",";
  const point = lang === "nl" ? "," : ".";
  let grouped = "";
  for (let i = 0; i < int.length; i++) {
    if (i > 0 && (int.length - i) % 3 === 0) grouped += group;
    grouped += int[i];
  }
  return sign + grouped + (frac ? point + frac : "");
}

/** "2019-04-01" -> "1-4-2019" in Dutch; English keeps ISO "2019-04-01". */
export function dateText(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m || lang === "en") return iso;
  return `${Number(m[3])}-${Number(m[2])}-${m[1]}`;
}

/**
 * A moment as the user reads it, in local time: "1-3-2024 11:05" (nl), "2024-03-01 11:05" (en).
 * The audit row and the Controle report both say when, this way.
 */
export function localDateTime(d: Date, lang: Lang): string {
  const two = (n: number): string => String(n).padStart(2, "0");
  const time = `${two(d.getHours())}:${two(d.getMinutes())}`;
  if (lang === "nl") return `${d.getDate()}-${d.getMonth() + 1}-${d.getFullYear()} ${time}`;
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${time}`;
}
