import type { IssueCode } from "../issues";
import { checkedMessages } from "./checkedMessages";

/** Issue messages in English; `{name}` is replaced by the issue's parameter of that name. */
export const messagesEn: Record<IssueCode, string> = checkedMessages({
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
  sum_too_large: '"{header}" "{value}" makes the totals too large to compute exactly',
  ambiguous_date: '"{header}" "{value}" could be day/month or month/day; write it as 2026-12-05',
  not_a_rate: '"{header}" should be a rate (e.g. 95%), found "{value}"',
  rate_out_of_range: '"{header}" "{value}" is not a rate between 0% and 100% (write 95% or 0.95)',
  value_below_min: '"{header}" must be at least {min}, found "{value}"',
  value_above_max: '"{header}" must be at most {max}, found "{value}"',
  value_not_allowed: '"{header}" should be one of {allowed}, found "{value}"',
  not_amount_in_words:
    '"{header}" should be an amount in Chinese words (e.g. 壹仟贰佰叁拾肆元伍角), found "{value}"',
  amount_words_mismatch:
    '"{header}" "{value}" ({words}, {wordsCell}) differs from the figures {figures} ({figuresCell}); the amount in words and in figures must agree',
  verdict_unknown:
    '"{header}" "{value}" is neither an acceptance (合格, √, 通过, OK) nor a refusal (不合格, ×, 退货, 拒收); the row is counted as accepted',
  year_supplied:
    '"{header}" "{value}" has no year, and no line above the table gives one: read as {date}, the nearest the period',
  year_ambiguous:
    '"{header}" "{value}" has no year and lies about half a year from the period, so either year could be meant: read as {date}; write the year',
  no_header_found: "No header row found for the {table}",
  missing_required_column: 'Required column "{header}" is missing (accepted headers: {expected})',
  duplicate_column: 'Column "{header}" appears twice; column {used} is used',
  empty_sheet: "The sheet is empty",
  sheet_not_placed: "Could not tell what this sheet holds; it was ignored",
  extra_input_sheet: 'Sheet "{used}" is already used as the {table}; this one was ignored',
  no_input_sheet:
    "The workbook has no {table}. Nearest sheet: {nearest} ({shape}). Headers looked for: {expected}",
  date_after_today:
    "{what} {date} is after today ({today}): figures for the days after today describe what has not happened yet",
  calendar_year_not_covered:
    'No holiday data for {year}: working days are Monday to Friday less the statutory days (make-up days unknown); add them on a "Holidays" sheet',
  holiday_type_unknown: 'Holiday type "{value}" is not recognised (use statutory, holiday or workday)',
  calendar_statutory_unknown:
    'The statutory holidays of {year} are not known: days off there count as rest days (200%) unless the "Holidays" sheet marks them statutory',
  holiday_statutory_workday:
    "{date} is a statutory holiday by law ({name}): declared a workday it is scheduled, but work on it is still paid 300%",
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
  voided_receipt_with_amount:
    "This receipt is marked void but still shows an amount of {amount}: taken as void, not counted as a payment; please check",
  duplicate_receipt: 'Receipt number {receipt} is already used on sheet "{firstSheet}" row {firstRow}',
  target_fee_type_unknown: 'No charge has the fee type "{feeType}"; its target is not used',
  duplicate_target:
    '"{feeType}" already has a target on sheet "{firstSheet}" row {firstRow}; this one is ignored',
  follow_up_without_charges: "Unit {unit} has no {feeType} charges; the follow-up note is not used",
  ledger_year_assumed: "The fee ledger's title names no year: its months are taken as {year}'s",
  ledger_year_unknown:
    "The fee ledger's title names no year and there is no period to go by: the sheet is not read",
  ledger_fee_type_assumed:
    "The fee ledger has no fee-type column and neither its title nor its name names a fee: taken as {feeType}",
  ledger_mark_unknown:
    '"{header}" "{value}" is neither an amount nor a paid mark (√, 已缴, a date paid) nor a no-charge mark (—, 免): taken as unpaid',
  ledger_due_unreadable:
    '"{header}" "{value}" cannot be read (write 15, 每月15日前, 次月10日 or 月底): each month falls due on its last day',
  ledger_total_mismatch: 'Unit {unit}: "{header}" says {typed}, its months give {computed}',
  ledger_arrears_unknown:
    "{feeType} comes from a fee ledger, which has no payment dates: whether earlier months' arrears were recovered before the period or in it cannot be known, so the recovery rate is left empty; earlier months' amounts are taken as paid at each month's end, the opening arrears are what those months still owe at {asOf}, and arrears collected is 0",
  duplicate_slip: 'Slip number {slip} is already used on sheet "{firstSheet}" row {firstRow}',
  movements_after_month:
    "{count:row is|rows are} dated after {month} (first {date}); left out of this month's ledger",
  movements_before_opening:
    "{count:row is|rows are} dated before {opening}, the month of the opening stock (first {date}); not counted",
  opening_month_assumed:
    'The opening stock sheet "{sheet}" does not say which month it opens; {month} is taken from the receipts and issues. Write it above the header, e.g. "期初月份：{month}"',
  opening_date_mid_month:
    "The opening stock is dated {date}, not a month's first or last day; it is taken as the opening of {month}: check the movements between the two",
  opening_month_conflict:
    'This line gives {other} as the opening month, but sheet "{firstSheet}" row {firstRow} gives {month}; {month} is used',
  count_after_today:
    "{count:count row is|count rows are} dated after today ({today}, first {date}); left out of this count",
  stock_balance_quantity_differs:
    '"{item}": the balance quantity on this row is {ledger}, but the opening and the receipts and issues so far give {computed} (difference {difference}); the stock ledger parts from its movements here',
  stock_balance_amount_differs:
    '"{item}": the balance amount on this row is {ledger}, but {basis} gives {computed} (difference {difference}); the stock ledger\'s amounts part here',
  // attendance
  employee_unknown: '"{name}" is not in the employee list; the row is not used',
  employee_name_mismatch:
    'Employee ID {id} is "{listed}" in the employee list, not "{name}"; matched by the ID',
  ambiguous_employee_name:
    'Several employees are named "{name}" ({ids}); give the employee ID; the row is not used',
  duplicate_employee:
    'Employee ID {id} is already listed on sheet "{firstSheet}" row {firstRow}; this row is not used',
  unknown_status:
    'Attendance status "{value}" is not recognised (use √ 迟 早 差 旷 事 病 年 婚 产 丧 调 休, or a half day such as 事/√)',
  unknown_leave_type: 'Leave type "{value}" is not recognised (事假, 病假, 年假, 婚假, 产假, 丧假 or 调休)',
  not_a_time: '"{header}" should be a time such as 08:30, found "{value}"',
  end_before_start: '"{header}" {value} is before "{startHeader}" {start}',
  leave_overlap:
    'This leave slip of {name} overlaps the slip on sheet "{firstSheet}" row {firstRow} on {dates}; those days count once, for the earlier slip',
  leave_days_mismatch:
    "The slip says {days:day|days} but {counted:working day falls|working days fall} between its dates; the working days are counted",
  attendance_on_leave_day:
    '{name} is marked "{status}" on {date}, a day of {type} on a leave slip; the leave is counted',
  rest_on_working_day:
    "{name} is marked as resting on {date}, a working day; counted as 调休 (time off in lieu)",
  duplicate_record:
    '{name} already has a different record for {date} on sheet "{firstSheet}" row {firstRow}; this one is ignored',
  record_outside_employment: "{date} is outside the employment of {name} ({from} ~ {to}); not counted",
  missing_punch: "{name} has only one clock time on {date}; counted as present",
  unrecorded_days:
    "{name} has neither a record nor leave on day {days} of {month}; counted as no record, not as absent",
  days_not_yet_recorded:
    "Days after {today} have no records yet ({count:employee-day|employee-days}); counted as no record",
  overtime_hours_too_many: '"{header}" {value} is more than 24 hours in one day; the row is not used',
  grid_other_month: "This attendance grid is for {gridMonth}, not {month}; it was not used",
  day_not_in_month: 'Day {day} is not in {month}; "{value}" is ignored',
  legend_symbol_undefined:
    'Attendance symbol "{value}" is not in this sheet\'s legend (its symbols: {symbols}); the cell is not counted',
  legend_meaning_unknown:
    'The legend gives "{symbol}" the meaning "{meaning}", which attendance cannot count (use present, late, left early, business trip, field work, training, absent, rest or a leave type); cells marked "{symbol}" are errors',
  legend_symbol_conflict:
    'The legend defines "{symbol}" twice with different meanings ({first}, then {meaning}); counted as {first}',
  status_meaning_assumed:
    'This sheet has no legend: "{symbol}" was read as {meaning}, its usual meaning ({count:cell|cells}); if your office means something else by it, add a legend under the grid such as 说明：{symbol}休假',
  employees_from_grid:
    'No employee list: the employees are taken from the attendance grid "{sheet}" ({count:person|people}); their hire and leaving dates are unknown, so every working day of the month is scheduled',
  // finance: weekly collection and fee statistics
  week_end_not_wednesday:
    "The week end {date} is not a Wednesday; the week ending on the Wednesday before it, {used}, is used",
  receipt_gap: "Receipt numbers {prefix}{from} to {prefix}{to} are missing ({count})",
  receipt_missing: "This payment has no receipt number",
  payment_method_missing: 'The payment method is empty; counted as "Not stated"',
  handover_difference:
    "{method}: collected {collected} this week, handed over {handedOver}, difference {difference}",
  handover_missing: "The handover sheet has no rows for the week {from} to {to}",
  utility_type_unknown: '"{header}" should be water or electricity, found "{value}"; the row is left out',
  utility_without_fee_type: "No fee type is {utility}; the {paid} paid this month counts entirely as loss",
  utility_period_assumed:
    "{utility} bill of {date}: no billing period given; taken as {period} (water: the bill's month and the one before; electricity: the bill's month)",
  utility_period_unreadable:
    '{utility} bill taken as {period}: "{header}" "{value}" is not a billing period (e.g. 2026-09~2026-10)',
  // finance: cash plan and advances
  signature_column_missing: 'The sheet has no "{header}" signature column; every row counts it as not signed',
  loan_signature_missing: "Loan {loan} is not signed by the {signer}",
  voucher_signature_missing: "The voucher is not signed by the {signer}",
  invoice_late:
    "The invoice for loan {loan} came after its deadline {deadline} (5 working days after the loan)",
  invoice_overdue: "Loan {loan} has no invoice yet and its deadline {deadline} has passed",
  voucher_without_loan: "The voucher of {amount} names no loan; it offsets nothing",
  voucher_loan_unknown:
    "Loan {loan} is not among the loans dated on or before {asOf}; the voucher offsets nothing",
  voucher_before_loan: "The voucher is dated before loan {loan} ({loanDate})",
  offset_above_loan: "Vouchers offset {offset} against loan {loan} of {amount}: more than was borrowed",
  duplicate_invoice: 'Invoice number {invoice} is already used on sheet "{firstSheet}" row {firstRow}',
  // duty roster
  duty_staff_duplicate:
    '"{name}" is already listed on sheet "{firstSheet}" row {firstRow}; the row is not used',
  duty_available_unknown:
    '"{header}" should be yes, no, holiday or night, found "{value}"; the person is not rostered',
  duty_class_unknown: '"{header}" should be leader or staff, found "{value}"; the position decides',
  duty_list_not_used:
    'Sheet "{sheet}" has no "{column}" column and another list has one: it is not used for the rosters',
  duty_leave_not_listed:
    '"{name}" of the leave slip is not on the duty staff list; the slip does not touch the rosters',
  duty_setting_not_whole: '"{header}" should be a whole number, found "{value}"; {default} is used',
  duty_holiday_vacant:
    "{date} ({holiday}): {missing} {role} short; everyone who could be on duty is on leave or already on duty that day",
  duty_consecutive:
    "{name} is on duty on {date} and the day before: everyone else of the group is on leave or already on duty",
  duty_holiday_earlier:
    "{holiday} ({first} to {last}) began in {month} and is rostered on {month}'s holiday duty roster",
  night_vacant: "No engineer for the night of {date}: every engineer who takes night shifts is on leave",
  night_gap_short:
    "Night of {date}: only {name} could go, {nights} nights after their last one on {last} (the settings ask at least {gap}); the others were on duty more recently or are on leave",
  night_no_engineers: "No engineer on the duty staff list takes night shifts; no night roster for {month}",
  // office calendar
  calendar_item_unreadable: '"{value}" under "{header}" is not understood; the item is left off the calendar',
  calendar_item_no_schedule:
    'Item "{item}" says no day of the month or weekday (frequency, interval and start month may go with them); left off the calendar',
  calendar_item_start_assumed:
    'Item "{item}" gives no start month (or year); taken as every {every} months from {month}',
  calendar_item_retimes: 'Item "{item}" re-times the built-in duty "{duty}"',
  // service log
  service_type_unknown:
    '"{header}" "{value}" is not a repair, complaint, enquiry, suggestion, return or praise; counted as other',
  service_follow_up_unknown:
    '"{header}" "{value}" says neither satisfied nor not; not counted as followed up',
  service_time_missing: 'No time received ("{header}"); limits counted from {date} 00:00',
  service_closed_without_time:
    '"{header}" says "{value}" but no completion time is given: counted as closed, not as closed on time',
  service_limit_unreadable:
    '"{header}" "{value}" is no time limit (write 30分钟, 24小时 or 3个工作日); the default {default} is used',
});
