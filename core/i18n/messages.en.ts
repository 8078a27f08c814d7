import type { IssueCode } from "../issues";

/** Issue messages in English; `{name}` is replaced by the issue's parameter of that name. */
export const messagesEn: Record<IssueCode, string> = {
  not_a_number: '"{header}" should be a number, found "{value}"',
  not_a_date: '"{header}" should be a date, found "{value}"',
  not_a_month: '"{header}" should be a month (e.g. 2026-12), found "{value}"',
  cell_error: '"{header}" holds the error value {value}',
  value_required: '"{header}" must not be empty',
  text_too_long: '"{header}" is too long ({length} characters, at most {max})',
  too_many_decimals: '"{header}" "{value}" has more than {places} decimals; rounded half-up',
  not_positive: '"{header}" must be greater than 0, found "{value}"',
  negative_value: '"{header}" must not be negative, found "{value}"',
  fake_leap_day: '"{header}" is Excel\'s fictitious 1900-02-29, not a real date',
  value_too_large: '"{header}" "{value}" is too large to compute exactly',
  ambiguous_date: '"{header}" "{value}" could be day/month or month/day; write it as 2026-12-05',
  not_a_rate: '"{header}" should be a rate (e.g. 95%), found "{value}"',
  rate_out_of_range: '"{header}" "{value}" is not a rate between 0% and 100% (write 95% or 0.95)',
  no_header_found: "No header row found for the {table}",
  missing_required_column: 'Required column "{header}" is missing (accepted headers: {expected})',
  duplicate_column: 'Column "{header}" appears twice; column {used} is used',
  empty_sheet: "The sheet is empty",
  sheet_not_placed: "Could not tell what this sheet holds; it was ignored",
  extra_input_sheet: 'Sheet "{used}" is already used as the {table}; this one was ignored',
  no_input_sheet: "The workbook has no {table}",
  calendar_year_not_covered:
    'No holiday data for {year}: working days are Monday to Friday; add them on a "Holidays" sheet',
  holiday_type_unknown: 'Holiday type "{value}" is not recognised (use holiday or workday)',
  holiday_override: "The holiday sheet makes {date} a {kind}",
  category_missing: '"{item}" has no category; listed under Uncategorised',
  category_unknown:
    'Category "{value}" is not recognised (office, engineering or cleaning); "{item}" listed under Uncategorised',
  department_missing: 'Department is empty; counted under "{department}"',
  amount_mismatch: "Amount {value} differs from quantity x price = {expected}; {expected} is used",
  price_differs:
    'Departments quoted different prices for "{item}" ({prices}); the unit price shown is amount / quantity',
  price_missing: 'Some requests for "{item}" have no price ({rows}); the line has no amount',
  unit_mismatch: '"{item}" is requested in different units ({units}); kept as separate lines',
  payment_without_charges: "Unit {unit} has no {feeType} charges; the payment of {amount} is held as prepaid",
  payment_zero: "The payment amount is 0 (a voided receipt?); the row changes no amount",
  duplicate_receipt: 'Receipt number {receipt} is already used on sheet "{firstSheet}" row {firstRow}',
  target_fee_type_unknown: 'No charge has the fee type "{feeType}"; its target is not used',
  duplicate_target:
    '"{feeType}" already has a target on sheet "{firstSheet}" row {firstRow}; this one is ignored',
  follow_up_without_charges: "Unit {unit} has no {feeType} charges; the follow-up note is not used",
  duplicate_slip: 'Slip number {slip} is already used on sheet "{firstSheet}" row {firstRow}',
};
