import type { IsoDate, JobDeclaration } from "../../core/light";
import { parsePeriod } from "./period";

/** A job's optional date as typed: blank, a date to pass, or why it cannot be used. */
export type DateOptionValue =
  | { status: "blank" }
  | { status: "date"; date: IsoDate }
  | { status: "invalid" }
  | { status: "outsideMonth"; month: string };

/**
 * Reads the text of a job's optional date field: blank leaves the job its default; otherwise a date, which for
 * a monthly job must fall inside the month typed in the period field (a November count is not dated 12-01).
 */
export function readDateOption(job: JobDeclaration, periodText: string, text: string): DateOptionValue {
  if (text.normalize("NFKC").trim() === "") return { status: "blank" };
  const date = parsePeriod("as-of", text);
  if (date === null) return { status: "invalid" };
  if (job.period === "month") {
    const month = parsePeriod("month", periodText);
    if (month !== null && !date.startsWith(month)) return { status: "outsideMonth", month };
  }
  return { status: "date", date };
}
