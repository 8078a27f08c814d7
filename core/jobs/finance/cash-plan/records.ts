import type { IsoDate } from "../../../values/isoDate";
import type { Fen } from "../../../values/money";
import type { RecordSource } from "../../../receivables/records";

/** One planned payment of a department (用款计划 row). */
export interface SpendingItem {
  department: string;
  purpose: string | null;
  date: IsoDate;
  /** Planned amount in fen (positive; zero or negative rows are rejected when read). */
  fen: Fen;
  remarks: string | null;
  source: RecordSource;
}
