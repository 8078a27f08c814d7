import type { Dec } from "../values/decimal";
import type { Fen } from "../values/money";
import type { QtyE4 } from "../values/quantity";
import type { IsoDate } from "../values/isoDate";
import type { Category } from "./category";

/** Where a request came from: the sheet and Excel row. */
export interface SourceRef {
  sheet: string;
  row: number;
}

/** One accepted request row, ready to consolidate (a department's line, or a project's line one level up). */
export interface RequestLine {
  department: string;
  category: Category;
  item: string;
  spec: string;
  unit: string;
  /** Ten-thousandths of the unit. */
  quantity: QtyE4;
  /** The quoted unit price, if any. */
  unitPrice: Dec | null;
  /** quantity x unit price rounded half-up to the fen, or the amount typed when no price was; null when neither. */
  amount: Fen | null;
  neededBy: IsoDate | null;
  purpose: string | null;
  requester: string | null;
  remarks: string | null;
  source: SourceRef;
}
