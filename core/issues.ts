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
  "sum_too_large",
  "ambiguous_date",
  "not_a_rate",
  "rate_out_of_range",
  "value_below_min",
  "value_above_max",
  "value_not_allowed",
  "not_amount_in_words",
  "amount_words_mismatch",
  "verdict_unknown",
  "year_supplied",
  "year_ambiguous",
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
  "voided_receipt_with_amount",
  "duplicate_receipt",
  "target_fee_type_unknown",
  "duplicate_target",
  "follow_up_without_charges",
  "ledger_year_assumed",
  "ledger_year_unknown",
  "ledger_fee_type_assumed",
  "ledger_mark_unknown",
  "ledger_due_unreadable",
  "ledger_total_mismatch",
  "ledger_arrears_unknown",
  // inventory
  "duplicate_slip",
  "movements_after_month",
  "movements_before_opening",
  "opening_month_assumed",
  "opening_date_mid_month",
  "opening_month_conflict",
  "count_after_today",
  "stock_balance_quantity_differs",
  "stock_balance_amount_differs",
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
  "legend_symbol_undefined",
  "legend_meaning_unknown",
  "legend_symbol_conflict",
  "status_meaning_assumed",
  "employees_from_grid",
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
  // duty roster
  "duty_staff_duplicate",
  "duty_available_unknown",
  "duty_class_unknown",
  "duty_list_not_used",
  "duty_leave_not_listed",
  "duty_setting_not_whole",
  "duty_holiday_vacant",
  "duty_consecutive",
  "duty_holiday_earlier",
  "night_vacant",
  "night_gap_short",
  "night_no_engineers",
  // office calendar
  "calendar_item_unreadable",
  "calendar_item_no_schedule",
  "calendar_item_start_assumed",
  "calendar_item_retimes",
  // service log
  "service_type_unknown",
  "service_follow_up_unknown",
  "service_time_missing",
  "service_closed_without_time",
  "service_limit_unreadable",
] as const;

/** One issue code. */
export type IssueCode = (typeof ISSUE_CODES)[number];

/**
 * How bad an issue is: errors exclude the row they name, warnings keep it, and info only tells (what the reader
 * supplied, such as the year of a date written without one).
 */
export type Severity = "error" | "warning" | "info";

/** A value filling a message placeholder: text, a number, or a Label shown in the reader's language. */
export type ParamValue = string | number | Label;

/** Values that fill an issue message's placeholders, whatever the code (as issues carry them). */
export type IssueParams = Record<string, ParamValue>;

/** The params of a code that takes none. */
export type NoParams = Record<string, never>;

/**
 * The params each code takes: every placeholder of its messages, plus the data a reader of the issue may
 * want (`field`, the column's key; `firstSheet`/`firstRow`, where a duplicate's first stands). A misspelt,
 * missing or unknown param fails to compile where the issue is made ({@link issue}), and a message naming a
 * placeholder its code does not take fails where the messages are declared.
 */
export interface IssueParamsByCode {
  not_a_number: { header: ParamValue; value: ParamValue; field?: ParamValue };
  not_a_date: { header: ParamValue; value: ParamValue; field?: ParamValue };
  not_a_month: { header: ParamValue; value: ParamValue; field?: ParamValue };
  cell_error: { header: ParamValue; value: ParamValue; field?: ParamValue };
  value_required: { header: ParamValue; field?: ParamValue };
  text_too_long: { header: ParamValue; length: ParamValue; max: ParamValue; field?: ParamValue };
  too_many_decimals: { header: ParamValue; value: ParamValue; places: ParamValue; field?: ParamValue };
  not_positive: { header: ParamValue; value: ParamValue; field?: ParamValue };
  negative_value: { header: ParamValue; value: ParamValue; field?: ParamValue };
  fake_leap_day: { header: ParamValue; field?: ParamValue };
  value_too_large: { header: ParamValue; value: ParamValue; field?: ParamValue };
  sum_too_large: { header: ParamValue; value: ParamValue; field?: ParamValue };
  ambiguous_date: { header: ParamValue; value: ParamValue; field?: ParamValue };
  not_a_rate: { header: ParamValue; value: ParamValue; field?: ParamValue };
  rate_out_of_range: { header: ParamValue; value: ParamValue; field?: ParamValue };
  value_below_min: { header: ParamValue; value: ParamValue; min: ParamValue; field?: ParamValue };
  value_above_max: { header: ParamValue; value: ParamValue; max: ParamValue; field?: ParamValue };
  value_not_allowed: { header: ParamValue; value: ParamValue; allowed: ParamValue; field?: ParamValue };
  not_amount_in_words: { header: ParamValue; value: ParamValue; field?: ParamValue };
  amount_words_mismatch: {
    header: ParamValue;
    /** The words as written. */
    value: ParamValue;
    /** The amount the words say, and the figures beside them (`8050.00`, `8500.00`). */
    words: ParamValue;
    figures: ParamValue;
    /** The two cells (`F7`, `G7`). */
    wordsCell: ParamValue;
    figuresCell: ParamValue;
    field?: ParamValue;
  };
  verdict_unknown: { header: ParamValue; value: ParamValue; field?: ParamValue };
  year_supplied: { header: ParamValue; value: ParamValue; date: ParamValue; field?: ParamValue };
  year_ambiguous: { header: ParamValue; value: ParamValue; date: ParamValue; field?: ParamValue };
  no_header_found: { table: ParamValue };
  missing_required_column: { header: ParamValue; expected?: ParamValue; field?: ParamValue };
  duplicate_column: { header: ParamValue; used: ParamValue; field?: ParamValue };
  empty_sheet: { table?: ParamValue };
  sheet_not_placed: NoParams;
  extra_input_sheet: { used: ParamValue; table: ParamValue };
  /** `nearest`: the sheet nearest the table (or "none"), `shape`: what it looks like, `expected`: the headers looked for. */
  no_input_sheet: { table: ParamValue; nearest: ParamValue; shape: ParamValue; expected: ParamValue };
  date_after_today: { what: ParamValue; date: ParamValue; today: ParamValue };
  calendar_year_not_covered: { year: ParamValue };
  holiday_type_unknown: { value: ParamValue };
  calendar_statutory_unknown: { year: ParamValue };
  holiday_statutory_workday: { date: ParamValue; name: ParamValue };
  holiday_override: { date: ParamValue; kind: ParamValue };
  category_missing: { item: ParamValue };
  category_unknown: { value: ParamValue; item: ParamValue };
  department_missing: { department: ParamValue };
  amount_mismatch: { value: ParamValue; expected: ParamValue };
  price_differs: { item: ParamValue; prices: ParamValue };
  price_missing: { item: ParamValue; rows: ParamValue };
  unit_mismatch: { item: ParamValue; units: ParamValue };
  payment_without_charges: { unit: ParamValue; feeType: ParamValue; amount: ParamValue };
  payment_zero: NoParams;
  voided_receipt_with_amount: { amount: ParamValue };
  duplicate_receipt: { receipt: ParamValue; firstSheet: ParamValue; firstRow: ParamValue };
  target_fee_type_unknown: { feeType: ParamValue };
  duplicate_target: { feeType: ParamValue; firstSheet: ParamValue; firstRow: ParamValue };
  follow_up_without_charges: { unit: ParamValue; feeType: ParamValue };
  /** A month-wide fee ledger: its months' year, taken from the job's period (no title names one). */
  ledger_year_assumed: { year: ParamValue };
  ledger_year_unknown: NoParams;
  ledger_fee_type_assumed: { feeType: ParamValue };
  ledger_mark_unknown: { header: ParamValue; value: ParamValue; field?: ParamValue };
  ledger_due_unreadable: { header: ParamValue; value: ParamValue; field?: ParamValue };
  /** `typed`: what the ledger's own total cell says; `computed`: what its months give. */
  ledger_total_mismatch: { unit: ParamValue; header: ParamValue; typed: ParamValue; computed: ParamValue };
  ledger_arrears_unknown: { feeType: ParamValue; asOf: ParamValue };
  duplicate_slip: { slip: ParamValue; firstSheet: ParamValue; firstRow: ParamValue };
  movements_after_month: { count: ParamValue; month: ParamValue; date: ParamValue; opening?: ParamValue };
  movements_before_opening: { count: ParamValue; opening: ParamValue; date: ParamValue; month?: ParamValue };
  opening_month_assumed: { sheet: ParamValue; month: ParamValue };
  opening_date_mid_month: { date: ParamValue; month: ParamValue };
  opening_month_conflict: {
    other: ParamValue;
    firstSheet: ParamValue;
    firstRow: ParamValue;
    month: ParamValue;
  };
  count_after_today: { count: ParamValue; today: ParamValue; date: ParamValue };
  /** A 收发存 ledger's 结存数量 (`ledger`) against the quantity its rows give (`computed`); `difference` signed. */
  stock_balance_quantity_differs: {
    item: ParamValue;
    ledger: ParamValue;
    computed: ParamValue;
    difference: ParamValue;
  };
  /** Likewise its 结存金额; `basis`: what the amount was worked out by (opening plus receipts, the weighted average). */
  stock_balance_amount_differs: {
    item: ParamValue;
    ledger: ParamValue;
    computed: ParamValue;
    difference: ParamValue;
    basis: ParamValue;
  };
  employee_unknown: { name: ParamValue };
  employee_name_mismatch: { id: ParamValue; listed: ParamValue; name: ParamValue };
  ambiguous_employee_name: { name: ParamValue; ids: ParamValue };
  duplicate_employee: { id: ParamValue; firstSheet: ParamValue; firstRow: ParamValue };
  unknown_status: { value: ParamValue };
  unknown_leave_type: { value: ParamValue };
  not_a_time: { header: ParamValue; value: ParamValue; field?: ParamValue };
  end_before_start: {
    header: ParamValue;
    value: ParamValue;
    startHeader: ParamValue;
    start: ParamValue;
    field?: ParamValue;
  };
  leave_overlap: { name: ParamValue; firstSheet: ParamValue; firstRow: ParamValue; dates: ParamValue };
  leave_days_mismatch: { days: ParamValue; counted: ParamValue };
  attendance_on_leave_day: { name: ParamValue; status: ParamValue; date: ParamValue; type: ParamValue };
  rest_on_working_day: { name: ParamValue; date: ParamValue };
  duplicate_record: { name: ParamValue; date: ParamValue; firstSheet: ParamValue; firstRow: ParamValue };
  record_outside_employment: { date: ParamValue; name: ParamValue; from: ParamValue; to: ParamValue };
  missing_punch: { name: ParamValue; date: ParamValue };
  unrecorded_days: { name: ParamValue; days: ParamValue; month: ParamValue };
  days_not_yet_recorded: { today: ParamValue; count: ParamValue };
  overtime_hours_too_many: { header: ParamValue; value: ParamValue; field?: ParamValue };
  grid_other_month: { gridMonth: ParamValue; month: ParamValue };
  day_not_in_month: { day: ParamValue; month: ParamValue; value: ParamValue };
  legend_symbol_undefined: { value: ParamValue; symbols: ParamValue };
  legend_meaning_unknown: { symbol: ParamValue; meaning: ParamValue };
  legend_symbol_conflict: { symbol: ParamValue; meaning: ParamValue; first: ParamValue };
  status_meaning_assumed: { symbol: ParamValue; meaning: ParamValue; count: ParamValue };
  employees_from_grid: { sheet: ParamValue; count: ParamValue };
  week_end_not_wednesday: { date: ParamValue; used: ParamValue };
  receipt_gap: { prefix: ParamValue; from: ParamValue; to: ParamValue; count: ParamValue };
  receipt_missing: NoParams;
  payment_method_missing: NoParams;
  handover_difference: {
    method: ParamValue;
    collected: ParamValue;
    handedOver: ParamValue;
    difference: ParamValue;
  };
  handover_missing: { from: ParamValue; to: ParamValue };
  utility_type_unknown: { header: ParamValue; value: ParamValue; field?: ParamValue };
  utility_without_fee_type: { utility: ParamValue; paid: ParamValue };
  utility_period_assumed: { utility: ParamValue; date: ParamValue; period: ParamValue };
  utility_period_unreadable: {
    utility: ParamValue;
    period: ParamValue;
    header: ParamValue;
    value: ParamValue;
    field?: ParamValue;
  };
  signature_column_missing: { header: ParamValue };
  loan_signature_missing: { loan: ParamValue; signer: ParamValue };
  voucher_signature_missing: { signer: ParamValue };
  invoice_late: { loan: ParamValue; deadline: ParamValue };
  invoice_overdue: { loan: ParamValue; deadline: ParamValue };
  voucher_without_loan: { amount: ParamValue };
  voucher_loan_unknown: { loan: ParamValue; asOf: ParamValue };
  voucher_before_loan: { loan: ParamValue; loanDate: ParamValue };
  offset_above_loan: { offset: ParamValue; loan: ParamValue; amount: ParamValue };
  duplicate_invoice: { invoice: ParamValue; firstSheet: ParamValue; firstRow: ParamValue };
  duty_staff_duplicate: { name: ParamValue; firstSheet: ParamValue; firstRow: ParamValue };
  duty_available_unknown: { header: ParamValue; value: ParamValue; field?: ParamValue };
  duty_class_unknown: { header: ParamValue; value: ParamValue; field?: ParamValue };
  /** A staff list without a 可值班 column (`column`, its label) left out because another list has one. */
  duty_list_not_used: { sheet: ParamValue; column: ParamValue };
  duty_leave_not_listed: { name: ParamValue };
  /** `value` as typed, `default` the number used instead. */
  duty_setting_not_whole: { header: ParamValue; value: ParamValue; default: ParamValue; field?: ParamValue };
  /** `role`: 值班领导 or 值班人员 (a Label); `missing`: slots left empty that day. */
  duty_holiday_vacant: { date: ParamValue; holiday: ParamValue; role: ParamValue; missing: ParamValue };
  duty_consecutive: { name: ParamValue; date: ParamValue };
  /** A holiday that began the month before (`month`) and reaches into this one: rostered with that month. */
  duty_holiday_earlier: { holiday: ParamValue; first: ParamValue; last: ParamValue; month: ParamValue };
  night_vacant: { date: ParamValue };
  /** `last`: the engineer's previous night; `nights`: nights since it; `gap`: the fewest the settings ask. */
  night_gap_short: {
    date: ParamValue;
    name: ParamValue;
    last: ParamValue;
    nights: ParamValue;
    gap: ParamValue;
  };
  night_no_engineers: { month: ParamValue };
  /** A 事项 row's timing cell (日, 星期, 频率, 间隔, 起始月) that names no day, weekday, interval or month. */
  calendar_item_unreadable: { header: ParamValue; value: ParamValue; field?: ParamValue };
  calendar_item_no_schedule: { item: ParamValue };
  /** `month`: the start assumed (`2026-01`); `every`: months apart. */
  calendar_item_start_assumed: { item: ParamValue; month: ParamValue; every: ParamValue };
  /** A 事项 row named like a built-in duty (`duty`, its title) re-times it. */
  calendar_item_retimes: { item: ParamValue; duty: ParamValue };
  /** A register's 类型 (or a 客服设置 row's) that names no type: the item is counted as 其他. */
  service_type_unknown: { header: ParamValue; value: ParamValue; field?: ParamValue };
  /** A 回访结果 that says neither satisfied, not satisfied nor no follow-up: not counted as followed up. */
  service_follow_up_unknown: { header: ParamValue; value: ParamValue; field?: ParamValue };
  /** No time of receipt: durations counted from the start of the day (`date`). */
  service_time_missing: { header: ParamValue; date: ParamValue; field?: ParamValue };
  /** The status says closed but no completion time is given: closed, never on time. */
  service_closed_without_time: { header: ParamValue; value: ParamValue; field?: ParamValue };
  /** A 客服设置 limit that is no time limit: the default (`default`) is used. */
  service_limit_unreadable: {
    header: ParamValue;
    value: ParamValue;
    default: ParamValue;
    field?: ParamValue;
  };
}

/** The params of one code. */
export type ParamsOf<C extends IssueCode> = IssueParamsByCode[C];

/** The params argument of {@link issue}: optional where every param of the code is, required otherwise. */
export type ParamsArg<C extends IssueCode> = C extends IssueCode
  ? Record<never, never> extends IssueParamsByCode[C]
    ? [params?: IssueParamsByCode[C]]
    : [params: IssueParamsByCode[C]]
  : never;

/** A problem found in the input, located in Excel terms (sheet, 1-based row, column letter). */
export interface Issue {
  code: IssueCode;
  severity: Severity;
  sheet?: string;
  row?: number;
  column?: string;
  params?: IssueParams;
}

/**
 * Where an issue sits: a whole book (nothing), a whole sheet (`sheet` alone), or a cell ({@link CellLocation}).
 * Every issue PropDesk raises with a row names its column too, so its location and link name the cell
 * (`保洁部!C4`); a row-level issue (a duplicate row) names the row's key column. A row alone is still taken, for
 * issues made elsewhere, and reads `保洁部!4`.
 */
export interface IssueLocation {
  sheet?: string | undefined;
  row?: number | undefined;
  column?: string | undefined;
}

/** One cell: its sheet, Excel row and column letter. */
export interface CellLocation {
  sheet: string;
  row: number;
  column: string;
}

/**
 * Makes an issue with the params its code takes, leaving out location fields that are undefined.
 * @example issue("not_positive", "error", { sheet: "工程部", row: 12, column: "E" }, { header: "数量", value: "0" })
 */
export function issue<C extends IssueCode>(
  code: C,
  severity: Severity,
  at: IssueLocation = {},
  ...[params]: ParamsArg<C>
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
