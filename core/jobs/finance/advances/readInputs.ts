import { issue, type Issue } from "../../../issues";
import { calendarFromSheets } from "../../../calendar/holidaySheet";
import { HOLIDAY_TABLE } from "../../../calendar/holidayTable";
import type { WorkingCalendar } from "../../../calendar/workingCalendar";
import { columnOf, type RowOf, type TableSpec } from "../../../table/declaration";
import { readTable, type TableRead, type TableRow } from "../../../table/readTable";
import { headerCell, sourceOf } from "../../../table/rowRefs";
import type { PlacedSheets } from "../../../table/placedSheets";
import type { SheetData } from "../../../table/sheetData";
import { normalizeHeader, normalizeKey } from "../../../values/text";
import type { YearMonth } from "../../../values/isoDate";
import { cashReturnRows } from "./cashReturn";
import { LOAN_TABLE, PROJECT_LABELS, VOUCHER_TABLE } from "./inputs";
import type { Loan, Signature, Signer, Voucher } from "./records";

/** Every table the advances job reads, in the order they are read. */
export const ADVANCES_INPUTS = [LOAN_TABLE, VOUCHER_TABLE, HOLIDAY_TABLE] as const;

/** The signature columns of the loan slips, by signer. */
export const LOAN_SIGNERS = {
  borrower: "borrowerSign",
  projectHead: "projectHeadSign",
  deputyGm: "deputyGmSign",
  gm: "gmSign",
} as const satisfies Partial<Record<Signer, keyof RowOf<typeof LOAN_TABLE>>>;

/** The signature columns of the expense vouchers, by signer. */
export const VOUCHER_SIGNERS = {
  handler: "handlerSign",
  projectHead: "projectHeadSign",
  deputyGm: "deputyGmSign",
  gm: "gmSign",
} as const satisfies Partial<Record<Signer, keyof RowOf<typeof VOUCHER_TABLE>>>;

/** The loans and vouchers of a workbook, its working calendar, the project named above a table, and the issues of reading them. */
export interface AdvancesInputs {
  loans: Loan[];
  vouchers: Voucher[];
  calendar: WorkingCalendar;
  project: string | null;
  issues: Issue[];
}

/**
 * Reads the loan slips and expense vouchers of a workbook's placed sheets (all of them, whatever their date:
 * the ledger keeps those up to its as-of date). A zero or negative amount is an error and the row is left out
 * (`not_positive`, declared on both tables); a sheet without one of the signature columns gets one warning
 * (`signature_column_missing`) and its rows count that signature as missing; loan numbers are matched after
 * NFKC, white space and case folding (`ＪＫ-01 ` = `jk-01`); a voucher whose summary, kind, remarks or invoice cell
 * says cash was handed back (交回余款, 退还现金, 还款…) is a cash return. The issues are those of reading the rows; placing
 * the sheets is the registry's. Dates without a year take the title's, else the one nearest `near` (the as-of month).
 */
export function readAdvancesInputs(placed: PlacedSheets, near?: YearMonth): AdvancesInputs {
  const { date1904 } = placed.book;
  const holidays = calendarFromSheets(placed.sheets(HOLIDAY_TABLE), date1904);
  const { calendar } = holidays;
  const issues: Issue[] = [...holidays.issues];
  let project: string | null = null;
  const readAll = <S extends TableSpec>(
    spec: S,
    signers: Partial<Record<Signer, string>>,
  ): (TableRead<S> & { sheetData: SheetData })[] =>
    placed.sheets(spec).map((sheet) => {
      const read = readTable(sheet, spec, near === undefined ? { date1904 } : { date1904, near });
      issues.push(...read.issues);
      project ??= projectOf(read.labels);
      if (read.headerRow !== null && read.rows.length + read.rejectedRows.length > 0) {
        for (const key of Object.values(signers)) {
          if (read.columns[key as keyof RowOf<S>] !== undefined) continue;
          issues.push(
            issue("signature_column_missing", "warning", headerCell(read), {
              header: columnOf(spec, key).label,
            }),
          );
        }
      }
      return { ...read, sheetData: sheet };
    });

  const loans: Loan[] = [];
  for (const read of readAll(LOAN_TABLE, LOAN_SIGNERS)) {
    for (const row of read.rows) {
      const { number, date, borrower, purpose, amount } = row.values;
      if (number === null || date === null || amount === null) continue;
      loans.push({
        number,
        key: normalizeKey(number),
        date,
        borrower,
        purpose,
        fen: amount,
        signatures: signaturesOf(row, LOAN_SIGNERS),
        source: sourceOf(row),
        cells: row.columns,
        keyColumn: row.keyColumn,
      });
    }
  }
  const vouchers: Voucher[] = [];
  for (const read of readAll(VOUCHER_TABLE, VOUCHER_SIGNERS)) {
    const rows = read.rows.map((row) => row.row);
    const cashReturns = cashReturnRows(read.sheetData, read.headerRows, rows, read.columns.invoice);
    for (const row of read.rows) {
      const { voucher, date, invoice, amount, loan } = row.values;
      if (date === null || amount === null) continue;
      vouchers.push({
        voucher,
        date,
        invoice,
        cashReturn: cashReturns.has(row.row),
        fen: amount,
        loan,
        loanKey: loan === null ? null : normalizeKey(loan),
        signatures: signaturesOf(row, VOUCHER_SIGNERS),
        source: sourceOf(row),
        cells: row.columns,
        keyColumn: row.keyColumn,
      });
    }
  }
  return { loans, vouchers, calendar, project, issues };
}

function signaturesOf<S extends TableSpec>(
  row: TableRow<S>,
  signers: Partial<Record<Signer, string>>,
): Signature[] {
  const values = row.values as Record<string, unknown>;
  const columns = row.columns as Record<string, string | undefined>;
  return (Object.entries(signers) as [Signer, string][]).map(([signer, key]) => {
    const column = columns[key];
    if (column === undefined) return { signer, state: "no-column" };
    return { signer, state: values[key] === null ? "blank" : "signed", column };
  });
}

/** The project named by a `项目：` label above a table, or null. */
function projectOf(labels: ReadonlyMap<string, string>): string | null {
  for (const key of PROJECT_LABELS) {
    const value = labels.get(normalizeHeader(key));
    if (value !== undefined) return value;
  }
  return null;
}
