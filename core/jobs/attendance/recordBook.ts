import { issue, type Issue } from "../../issues";
import type { IsoDate } from "../../values/isoDate";
import type { DayRecord, Employee } from "./records";

/** True when a date is within an employee's hire and leaving dates (either may be open). */
export function isEmployedOn(employee: Employee, date: IsoDate): boolean {
  return (
    (employee.hireDate === null || date >= employee.hireDate) &&
    (employee.leaveDate === null || date <= employee.leaveDate)
  );
}

/** The error for a record or overtime entry dated outside an employee's employment. */
export function outsideEmployment(employee: Employee, date: IsoDate, at: DayRecord["source"]): Issue {
  return issue("record_outside_employment", "error", at, {
    name: employee.name,
    date,
    from: employee.hireDate ?? "",
    to: employee.leaveDate ?? "",
  });
}

/**
 * The day records of one month, one per employee and date: a record dated outside the employee's
 * employment is an error (except 休, which a clerk may write on any day); a second, different record for
 * the same day is a warning and ignored (an identical one adds nothing and is dropped quietly).
 */
export class RecordBook {
  readonly records: DayRecord[] = [];
  /** Employee index -> day of the month (1-31) -> the record kept. */
  private readonly byDay: (DayRecord | undefined)[][] = [];

  constructor(private readonly issues: Issue[]) {}

  /** Adds a record unless it is outside employment (rest marked there is dropped quietly) or repeats a day. */
  add(record: DayRecord): void {
    const { employee, date } = record;
    if (!isEmployedOn(employee, date)) {
      if (record.marks.am !== "rest" || record.marks.pm !== "rest") {
        this.issues.push(outsideEmployment(employee, date, record.source));
      }
      return;
    }
    const days = (this.byDay[employee.index] ??= []);
    const day = Number(date.slice(8, 10));
    const first = days[day];
    if (first === undefined) {
      days[day] = record;
      this.records.push(record);
      return;
    }
    if (first.marks.am === record.marks.am && first.marks.pm === record.marks.pm) return;
    this.issues.push(
      issue("duplicate_record", "warning", record.source, {
        name: employee.name,
        date,
        firstSheet: first.source.sheet,
        firstRow: first.source.row,
      }),
    );
  }
}
