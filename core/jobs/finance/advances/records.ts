import type { IsoDate } from "../../../values/isoDate";
import type { Fen } from "../../../values/money";
import type { RecordSource } from "../../../receivables/records";

/** Who signs a loan slip (借款人, 项目负责人, 副总经理, 总经理) or an expense voucher (经办人 instead of 借款人). */
export type Signer = "borrower" | "handler" | "projectHead" | "deputyGm" | "gm";

/** One signature box: signed (any non-empty cell), blank, or missing because the sheet has no such column. */
export interface Signature {
  signer: Signer;
  state: "signed" | "blank" | "no-column";
  /** Excel column letter of the box, when the sheet has the column. */
  column?: string;
}

/** Excel column letters of a record's cells that issues point at. */
export type Cells = Readonly<Record<string, string | undefined>>;

/** One loan slip (借款单). */
export interface Loan {
  /** The number as typed (trimmed). */
  number: string;
  /** The number's matching key: NFKC (full-width = half-width), no white space, case folded. */
  key: string;
  date: IsoDate;
  borrower: string | null;
  purpose: string | null;
  /** Amount in fen (positive; others are rejected when read). */
  fen: Fen;
  signatures: Signature[];
  source: RecordSource;
  cells: Cells;
  /** The column naming the row as a whole (its 借款单号), where an issue about a cell the sheet lacks points. */
  keyColumn: string;
}

/** One expense voucher (支出凭证) that offsets a loan: an invoice, or unspent cash handed back. */
export interface Voucher {
  voucher: string | null;
  date: IsoDate;
  invoice: string | null;
  /**
   * Unspent cash handed back (交回余款, 退还现金, 归还借款…): it offsets the loan without an invoice and is never late.
   */
  cashReturn: boolean;
  /** Amount in fen (positive; others are rejected when read). */
  fen: Fen;
  /** The loan number as typed, or null when the cell is empty. */
  loan: string | null;
  /** The loan number's matching key (as {@link Loan.key}), or null. */
  loanKey: string | null;
  signatures: Signature[];
  source: RecordSource;
  cells: Cells;
  /** The column naming the row as a whole, where an issue about a cell the sheet lacks points. */
  keyColumn: string;
}
