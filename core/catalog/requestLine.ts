import type { Dec } from "../values/decimal";
import type { Fen } from "../values/money";
import type { QtyE4 } from "../values/quantity";
import type { IsoDate } from "../values/isoDate";
import type { Category } from "./category";
import type { TableRow } from "../table/readTable";
import { cellOf } from "../table/rowRefs";
import type { ParamValue } from "../issues";
import type { REQUEST_TABLE } from "./requestTable";

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
  /** The columns of the row's cells an issue about its plan line names (the row's key column where the sheet lacks one). */
  columns: RequestColumns;
  /** How an issue about the quantity cell names its column: the sheet's own header (`申请数量`). */
  quantityHeader: ParamValue;
}

/** Column letters of a request row's item, quantity and unit price cells. */
export type RequestColumns = Readonly<Record<"item" | "quantity" | "unitPrice", string>>;

/** The item, quantity and unit price columns of a request row read ({@link cellOf}: the key column for one the sheet lacks). */
export function requestColumns(row: TableRow<typeof REQUEST_TABLE>): RequestColumns {
  return {
    item: cellOf(row, "item").column,
    quantity: cellOf(row, "quantity").column,
    unitPrice: cellOf(row, "unitPrice").column,
  };
}
