import type { IsoDate } from "../../values/isoDate";
import type { Stamp } from "./moments";
import type { ServiceType } from "./words";

/** One registered item (a repair, complaint, enquiry...) as the job counts it. */
export interface ServiceRecord {
  sheet: string;
  /** Excel row of the register. */
  row: number;
  date: IsoDate;
  /** When it was received (the day's 00:00 when the register gives no time). */
  start: Stamp;
  channel: string | null;
  unit: string | null;
  type: ServiceType;
  content: string | null;
  department: string | null;
  handler: string | null;
  /** When it was answered, or null. */
  responded: Stamp | null;
  /** When it was completed, or null. */
  completed: Stamp | null;
  /** The status says closed though no completion time is given. */
  closedWithoutTime: boolean;
  /** The follow-up call's result: satisfied, followed up and not satisfied, or none. */
  followUp: "satisfied" | "not-satisfied" | "none";
}
