import { isoFromParts, type PeriodKind } from "../../core/light";

const MONTH = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/;
const DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;

/** A typed month (`2026-5`, `2026/05`, `2026年5月`) or date (`2026/5/31`, `2026年5月31日`) as `YYYY-MM` or `YYYY-MM-DD`, or null. @example parsePeriod("month", "２０２６年5月") === "2026-05" */
export function parsePeriod(kind: PeriodKind, text: string): string | null {
  const typed = text.normalize("NFKC").trim();
  if (kind === "month") {
    const m = MONTH.exec(typed);
    if (!m) return null;
    return isoFromParts(Number(m[1]), Number(m[2]), 1)?.slice(0, 7) ?? null;
  }
  const d = DATE.exec(typed);
  if (!d) return null;
  return isoFromParts(Number(d[1]), Number(d[2]), Number(d[3]));
}
