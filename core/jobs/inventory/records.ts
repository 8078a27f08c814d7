import type { Dec } from "../../values/decimal";
import type { IsoDate } from "../../values/isoDate";
import type { Fen } from "../../values/money";
import type { QtyE4 } from "../../values/quantity";

/** Where a record came from: the sheet and Excel row. */
export interface RecordSource {
  sheet: string;
  row: number;
}

/** An item as stock is kept: name, spec and unit (matched after normalisation, as in the purchase plan). */
export interface ItemRef {
  item: string;
  spec: string;
  unit: string;
}

/** Opening stock (期初库存) of an item for the month. */
export interface OpeningStock extends ItemRef {
  /** The category as typed (办公 / 工程 / 保洁), when the sheet has the column. */
  category: string | null;
  quantity: QtyE4;
  /** Opening value in fen; null when the sheet gives no amount or unit cost. */
  valueFen: Fen | null;
  source: RecordSource;
}

/** A receipt (入库): goods arrived; rejected ones (验收 不合格) do not enter stock. */
export interface Receipt extends ItemRef {
  date: IsoDate;
  slip: string | null;
  quantity: QtyE4;
  /** Amount in fen (quantity x unit price rounded, or as typed); null when unknown. */
  amountFen: Fen | null;
  unitPrice: Dec | null;
  accepted: boolean;
  /** Return / exchange deadline for a rejected receipt, when given. */
  returnBy: IsoDate | null;
  source: RecordSource;
}

/** An issue (出库 / 领料): a department took goods on a requisition slip. */
export interface StockIssue extends ItemRef {
  date: IsoDate;
  slip: string | null;
  quantity: QtyE4;
  department: string | null;
  taker: string | null;
  approver: string | null;
  /**
   * False for an issue read from a sheet that keeps no signatures (a 收发存 ledger without 领用人 or 审批人 columns):
   * the requisition slip is elsewhere, so the issue is not checked for them.
   */
  signaturesKept?: false;
  source: RecordSource;
}

/** A count line (盘点) on the count date. */
export interface CountLine extends ItemRef {
  date: IsoDate | null;
  /** The category as typed, when the sheet has the column. */
  category: string | null;
  quantity: QtyE4;
  source: RecordSource;
}

/** A planned purchase line of the month's plan (for unplanned / emergency receipts). */
export interface PlannedLine extends ItemRef {
  quantity: QtyE4;
}
