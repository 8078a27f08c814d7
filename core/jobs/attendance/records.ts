import type { Dec } from "../../values/decimal";
import type { IsoDate } from "../../values/isoDate";
import type { QtyE4 } from "../../values/quantity";
import type { DayMarks, LeaveType } from "./marks";

/** A cell of an input sheet: its sheet, Excel row and column letter (the row's key column when the column is absent). */
export interface CellSource {
  sheet: string;
  row: number;
  column: string;
}

/** One employee of the list (员工花名册). */
export interface Employee {
  /** Position in the list, unique: the key records are grouped by. */
  index: number;
  /** 工号 as typed, trimmed; null when the list has none. */
  id: string | null;
  name: string;
  department: string | null;
  position: string | null;
  /** 入职日期: days before it are not scheduled. */
  hireDate: IsoDate | null;
  /** 离职日期, the last day employed: days after it are not scheduled. */
  leaveDate: IsoDate | null;
  /** The name cell of the list row. */
  source: CellSource;
}

/** What one day of one employee was, from a grid cell, a status row or a clock row. */
export interface DayRecord {
  employee: Employee;
  date: IsoDate;
  marks: DayMarks;
  /** The status as typed (or the clock times), for messages. */
  text: string;
  /** The cell that holds the status (the day cell of a grid, the status or clock-in cell of a row). */
  source: CellSource;
}

/** One leave slip (请假单) of an employee; its days are counted only on scheduled days of the month. */
export interface LeaveSlip {
  employee: Employee;
  type: LeaveType;
  /** First and last day, inclusive. */
  start: IsoDate;
  end: IsoDate;
  /** 天数 as typed, or null. */
  days: Dec | null;
  /** The working day the slip takes only half of (天数 ending in .5), or null when every day is whole. */
  halfDay: IsoDate | null;
  reason: string | null;
  /** The row, located at its start-date cell. */
  source: CellSource;
}

/** One overtime entry (加班): hours worked on a day, classed by that day. */
export interface OvertimeEntry {
  employee: Employee;
  date: IsoDate;
  hours: QtyE4;
  reason: string | null;
  source: CellSource;
}
