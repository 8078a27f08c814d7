import type { CellRef } from "../../table/rowRefs";
import type { IsoDate } from "../../values/isoDate";

/** Which duties a person takes, as the 可值班 cell says. */
export interface DutyScope {
  holiday: boolean;
  night: boolean;
}

/** One person of the duty staff list, in list order. */
export interface StaffMember {
  /** Position in the staff list (0-based): ties are broken by it. */
  index: number;
  id: string | null;
  name: string;
  department: string | null;
  position: string | null;
  phone: string | null;
  /** A holiday duty leader (值班领导): by 值班类别, else by position (经理, 主管, 主任, 负责人). */
  leader: boolean;
  /** In the engineering department (工程部) or an engineering position (工程, 维修, 电工). */
  engineer: boolean;
  /** Takes holiday duty (可值班 yes or 节假日). */
  holiday: boolean;
  /** Takes night shifts: an engineer whose 可值班 says yes or 夜班. */
  night: boolean;
  hired: IsoDate | null;
  left: IsoDate | null;
  /** The name cell of the person's row. */
  source: CellRef;
}

/** A stretch of days a person is away (a leave slip): not rostered on any of them. */
export interface LeaveSpan {
  /** The person's staff-list index. */
  person: number;
  start: IsoDate;
  end: IsoDate;
  type: string | null;
  source: CellRef;
}

/** Which roster a duty of an earlier roster belongs to. */
export type HistoryKind = "holiday" | "night";

/** One person on duty on one day of an earlier roster (PropDesk's own sheet or one kept by hand). */
export interface HistoryDuty {
  date: IsoDate;
  kind: HistoryKind;
  /** The person's staff-list index. */
  person: number;
}
