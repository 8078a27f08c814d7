import type { Label } from "./i18n/label";

/**
 * Every problem PropDesk can report, as data. Codes are stable (reports and tests key on them);
 * the words shown to people live in `i18n/messages.*.ts`, one template per code and language.
 */
export const ISSUE_CODES = [
  // cell values
  "not_a_number",
  "not_a_date",
  "not_a_month",
  "cell_error",
  "value_required",
  "text_too_long",
  "too_many_decimals",
  "not_positive",
  "negative_value",
  "fake_leap_day",
  "value_too_large",
  "ambiguous_date",
  "not_a_rate",
  "rate_out_of_range",
  // tables and sheets
  "no_header_found",
  "missing_required_column",
  "duplicate_column",
  "empty_sheet",
  "sheet_not_placed",
  "extra_input_sheet",
  "no_input_sheet",
  // periods
  "date_after_today",
  // calendar
  "calendar_year_not_covered",
  "holiday_type_unknown",
  "calendar_statutory_unknown",
  "holiday_statutory_workday",
  "holiday_override",
  // purchase plan
  "category_missing",
  "category_unknown",
  "department_missing",
  "amount_mismatch",
  "price_differs",
  "price_missing",
  "unit_mismatch",
  // collection
  "payment_without_charges",
  "payment_zero",
  "duplicate_receipt",
  "target_fee_type_unknown",
  "duplicate_target",
  "follow_up_without_charges",
  // inventory
  "duplicate_slip",
  "movements_after_month",
  "movements_before_opening",
  "opening_month_assumed",
  "opening_date_mid_month",
  "opening_month_conflict",
  "count_after_today",
  // attendance
  "employee_unknown",
  "employee_name_mismatch",
  "ambiguous_employee_name",
  "duplicate_employee",
  "unknown_status",
  "unknown_leave_type",
  "not_a_time",
  "end_before_start",
  "leave_overlap",
  "leave_days_mismatch",
  "attendance_on_leave_day",
  "rest_on_working_day",
  "duplicate_record",
  "record_outside_employment",
  "missing_punch",
  "unrecorded_days",
  "days_not_yet_recorded",
  "overtime_hours_too_many",
  "grid_other_month",
  "day_not_in_month",
  // finance: weekly collection and fee statistics
  "week_end_not_wednesday",
  "receipt_gap",
  "receipt_missing",
  "payment_method_missing",
  "handover_difference",
  "handover_missing",
  "utility_type_unknown",
  "utility_without_fee_type",
  "utility_period_assumed",
  "utility_period_unreadable",
  // finance: cash plan and advances
  "signature_column_missing",
  "loan_signature_missing",
  "voucher_signature_missing",
  "invoice_late",
  "invoice_overdue",
  "voucher_without_loan",
  "voucher_loan_unknown",
  "voucher_before_loan",
  "offset_above_loan",
  "duplicate_invoice",
] as const;

/** One issue code. */
export type IssueCode = (typeof ISSUE_CODES)[number];

/** How bad an issue is: errors exclude the row they name, warnings keep it. */
export type Severity = "error" | "warning";

/** Values that fill an issue message's placeholders; a Label is shown in the reader's language. */
export type IssueParams = Record<string, string | number | Label>;

/** A problem found in the input, located in Excel terms (sheet, 1-based row, column letter). */
export interface Issue {
  code: IssueCode;
  severity: Severity;
  sheet?: string;
  row?: number;
  column?: string;
  params?: IssueParams;
}

/** Where an issue sits; every field optional so whole-sheet and whole-book issues fit too. */
export interface IssueLocation {
  sheet?: string | undefined;
  row?: number | undefined;
  column?: string | undefined;
}

/** Makes an issue, leaving out location fields that are undefined (exactOptionalPropertyTypes-safe). */
export function issue(
  code: IssueCode,
  severity: Severity,
  at: IssueLocation = {},
  params?: IssueParams,
): Issue {
  const out: Issue = { code, severity };
  if (at.sheet !== undefined) out.sheet = at.sheet;
  if (at.row !== undefined) out.row = at.row;
  if (at.column !== undefined) out.column = at.column;
  if (params !== undefined) out.params = params;
  return out;
}

/**
 * Sorts issues in reading order: whole-book issues first, then by sheet (in the order given, e.g. the
 * workbook's tab order; unknown sheets after, by name), row, column and code. Returns a new array.
 */
export function sortIssues(issues: readonly Issue[], sheetOrder: readonly string[] = []): Issue[] {
  const rank = new Map(sheetOrder.map((name, i) => [name, i]));
  const sheetRank = (i: Issue) => (i.sheet === undefined ? -1 : (rank.get(i.sheet) ?? sheetOrder.length));
  return [...issues].sort((a, b) => sheetRank(a) - sheetRank(b) || compareIssues(a, b));
}

/** Orders issues by sheet name, row, column, then code. */
export function compareIssues(a: Issue, b: Issue): number {
  return (
    cmp(a.sheet ?? "", b.sheet ?? "") ||
    (a.row ?? 0) - (b.row ?? 0) ||
    (a.column ?? "").length - (b.column ?? "").length ||
    cmp(a.column ?? "", b.column ?? "") ||
    cmp(a.code, b.code)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
