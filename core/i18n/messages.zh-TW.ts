import type { IssueCode } from "../issues";
import { checkedMessages } from "./checkedMessages";

/** Issue messages in Traditional Chinese; `{name}` is replaced by the issue's parameter of that name. */
export const messagesZhTW: Record<IssueCode, string> = checkedMessages({
  not_a_number: "「{header}」應為數字，這裡是「{value}」",
  not_a_date: "「{header}」應為日期，這裡是「{value}」",
  not_a_month: "「{header}」應為月份（如 2026-12），這裡是「{value}」",
  cell_error: "「{header}」儲存格是錯誤值 {value}",
  value_required: "「{header}」不能為空",
  text_too_long: "「{header}」文字過長（{length} 個字元，最多 {max} 個）",
  too_many_decimals: "「{header}」「{value}」超過 {places} 位小數，已四捨五入",
  not_positive: "「{header}」應大於 0，這裡是「{value}」",
  negative_value: "「{header}」不能為負數，這裡是「{value}」",
  fake_leap_day: "「{header}」是 Excel 虛構的 1900-02-29，不是真實日期",
  value_too_large: "「{header}」「{value}」數值過大，無法精確計算",
  sum_too_large: "「{header}」「{value}」與前面各列相加後過大，無法精確計算",
  ambiguous_date: "「{header}」「{value}」的日和月無法區分，請寫成 2026-12-05",
  not_a_rate: "「{header}」應為比率（如 95%），這裡是「{value}」",
  rate_out_of_range: "「{header}」「{value}」不是 0%~100% 之間的比率（95% 請寫成 95% 或 0.95）",
  value_below_min: "「{header}」不能小於 {min}，這裡是「{value}」",
  value_above_max: "「{header}」不能大於 {max}，這裡是「{value}」",
  value_not_allowed: "「{header}」應為 {allowed} 之一，這裡是「{value}」",
  not_amount_in_words: "「{header}」應為大寫金額（如 壹仟貳佰參拾肆圓伍角），這裡是「{value}」",
  amount_words_mismatch:
    "「{header}」「{value}」（{words}，{wordsCell}）與小寫 {figures}（{figuresCell}）不一致：大小寫金額須一致，請更正",
  verdict_unknown:
    "「{header}」「{value}」既不是合格（合格、√、通過、OK）也不是不合格（不合格、×、退貨、拒收），按合格計",
  year_supplied: "「{header}」「{value}」沒有寫年份，表頭上方也沒有：按離本期最近的 {date} 計",
  year_ambiguous:
    "「{header}」「{value}」沒有寫年份，離本期約半年，前後兩年都說得通：按 {date} 計，請寫明年份",
  no_header_found: "找不到{table}的表頭列",
  missing_required_column: "缺少必要的欄位「{header}」（可用表頭：{expected}）",
  duplicate_column: "「{header}」欄位重複，使用第 {used} 欄",
  empty_sheet: "工作表是空的",
  sheet_not_placed: "無法識別這張工作表的用途，已略過",
  extra_input_sheet: "已使用工作表「{used}」作為{table}，這張被略過",
  no_input_sheet: "活頁簿中找不到{table}。最接近的工作表：{nearest}（{shape}）。應有的表頭：{expected}",
  date_after_today: "{what} {date} 晚於今天（{today}）：今天之後的日子尚未發生，相關數字僅供預計",
  calendar_year_not_covered:
    "{year} 年沒有節假日資料，按週一至週五和法定節假日計算工作日（調休不知）；可在「節假日」工作表補充",
  holiday_type_unknown: "節假日類型「{value}」無法識別（應為 法定、休/放假 或 班/上班）",
  calendar_statutory_unknown:
    "不知道 {year} 年的法定節假日：放假日按休息日（200%）計，法定節假日請在「節假日」工作表標為「法定」",
  holiday_statutory_workday:
    "{date} 是法定節假日（{name}）：設為上班後計入應出勤，但當天上班仍按 300% 計加班",
  holiday_override: "節假日表把 {date} 設為{kind}",
  category_missing: "「{item}」沒有填寫類別，歸入「未分類」",
  category_unknown: "類別「{value}」無法識別（應為 辦公/工程/保潔），「{item}」歸入「未分類」",
  department_missing: "部門為空，按「{department}」計",
  amount_mismatch: "金額 {value} 與 數量×單價 = {expected} 不符，按 {expected} 計",
  price_differs: "「{item}」各部門單價不同（{prices}），單價按 金額÷數量 顯示",
  price_missing: "「{item}」有申請列沒有單價（{rows}），該列計劃金額留空",
  unit_mismatch: "「{item}」規格相同但單位不同（{units}），分列為不同的計劃列",
  payment_without_charges: "{unit} 沒有{feeType}的應收記錄，這筆收款 {amount} 計為預收",
  payment_zero: "收款金額為 0（作廢的收據？），這一列不影響任何金額",
  voided_receipt_with_amount: "這張收據標為作廢，卻仍填有金額 {amount}：已按作廢處理、不計入收款，請核對",
  duplicate_receipt: "收據號 {receipt} 已在工作表「{firstSheet}」第 {firstRow} 列使用過",
  target_fee_type_unknown: "應收記錄中沒有收費項目「{feeType}」，該指標未使用",
  duplicate_target: "「{feeType}」已在工作表「{firstSheet}」第 {firstRow} 列設定指標，這一列被忽略",
  follow_up_without_charges: "{unit} 沒有{feeType}的應收記錄，這條跟進記錄未使用",
  ledger_year_assumed: "收費台帳的標題沒有寫年份：各月按 {year} 年計",
  ledger_year_unknown: "收費台帳的標題沒有寫年份，也沒有本期可參照：這張表未讀",
  ledger_fee_type_assumed: "收費台帳沒有收費項目欄，標題和表名也沒寫明收費項目：按{feeType}計",
  ledger_mark_unknown:
    "「{header}」“{value}”不是金額，也不是已繳標記（√、已繳、繳費日期）或不計費標記（—、免）：按未繳計",
  ledger_due_unreadable:
    "「{header}」“{value}”看不懂（可寫 15、每月15日前、次月10日、月底）：按每月月底到期計",
  ledger_total_mismatch: "{unit} 的「{header}」為 {typed}，按各月算應為 {computed}",
  ledger_arrears_unknown:
    "{feeType}取自收費台帳，台帳沒有繳費日期：往月欠費是本期之前還是本期內收回的無從得知，清欠率留空；往月的繳費按當月月底收到計，期初欠費為往月截至 {asOf} 仍欠的金額，清欠金額為 0",
  duplicate_slip: "單號 {slip} 已在工作表「{firstSheet}」第 {firstRow} 列使用過",
  movements_after_month: "有 {count} 列日期晚於 {month}（最早 {date}），不計入本月台帳",
  movements_before_opening: "有 {count} 列日期早於期初庫存所在月份 {opening}（最早 {date}），不計入",
  opening_month_assumed:
    "期初庫存「{sheet}」沒有寫明月份，按出入庫記錄取 {month}；請在表頭上方寫明，如「期初月份：{month}」",
  opening_date_mid_month: "期初庫存的日期 {date} 不是月初或月底，按 {month} 的期初計，請核對兩者之間的出入庫",
  opening_month_conflict:
    "這一列寫的期初月份是 {other}，與工作表「{firstSheet}」第 {firstRow} 列的 {month} 不同，按 {month} 計",
  count_after_today: "有 {count} 列盤點日期晚於今天 {today}（最早 {date}），不計入本次盤點",
  stock_balance_quantity_differs:
    "「{item}」此列結存數量為 {ledger}，按期初和逐筆收發算應為 {computed}（差 {difference}）：收發存台帳從此列起與收發不符",
  stock_balance_amount_differs:
    "「{item}」此列結存金額為 {ledger}，按{basis}算應為 {computed}（差 {difference}）：收發存台帳的金額從此列起不一致",
  // attendance
  employee_unknown: "「{name}」不在員工名單中，這一列未使用",
  employee_name_mismatch: "工號 {id} 在員工名單中是「{listed}」，不是「{name}」，按工號計",
  ambiguous_employee_name: "有多名員工叫「{name}」（{ids}），請填寫工號；這一列未使用",
  duplicate_employee: "工號 {id} 已在工作表「{firstSheet}」第 {firstRow} 列列出，這一列未使用",
  unknown_status: "考勤狀態「{value}」無法識別（應為 √ 遲 早 差 曠 事 病 年 婚 產 喪 調 休，半天如 事/√）",
  unknown_leave_type: "請假類型「{value}」無法識別（應為 事假、病假、年假、婚假、產假、喪假 或 調休）",
  not_a_time: "「{header}」應為時間（如 08:30），這裡是「{value}」",
  end_before_start: "「{header}」{value} 早於「{startHeader}」{start}",
  leave_overlap:
    "{name} 的這張請假單與工作表「{firstSheet}」第 {firstRow} 列的請假單在 {dates} 重疊，這些日子只按前一張計一次",
  leave_days_mismatch: "請假單寫 {days} 天，但起訖日期之間有 {counted} 個工作日，按工作日計",
  attendance_on_leave_day: "{name} 在 {date} 記為「{status}」，但當天有{type}請假單，按請假計",
  rest_on_working_day: "{name} 在工作日 {date} 記為休息，按調休計",
  duplicate_record: "{name} 在 {date} 已有不同的記錄（工作表「{firstSheet}」第 {firstRow} 列），這一筆被忽略",
  record_outside_employment: "{date} 不在 {name} 的在職期間（{from} ~ {to}），不計入",
  missing_punch: "{name} 在 {date} 只有一次打卡，按出勤計",
  unrecorded_days: "{name} 在 {month} 的第 {days} 日既沒有考勤記錄也沒有請假，計為「未記錄」，不算曠工",
  days_not_yet_recorded: "{today} 之後的日子還沒有記錄（共 {count} 人天），計為「未記錄」",
  overtime_hours_too_many: "「{header}」{value} 超過一天 24 小時，這一列未使用",
  grid_other_month: "這張考勤表是 {gridMonth} 的，不是 {month} 的，未使用",
  day_not_in_month: "{month} 沒有第 {day} 日，「{value}」被忽略",
  legend_symbol_undefined: "考勤符號「{value}」不在本表的符號說明裡（說明中的符號：{symbols}），這一格未計入",
  legend_meaning_unknown:
    "符號說明中的「{symbol}」表示「{meaning}」，無法計入考勤（可用：出勤、遲到、早退、出差、公出、外勤、培訓、曠工、休息和各類請假）；記為「{symbol}」的格子將報錯",
  legend_symbol_conflict:
    "符號說明中「{symbol}」出現兩次、含義不同（先為{first}，此處為{meaning}），按{first}計",
  status_meaning_assumed:
    "本表沒有符號說明，「{symbol}」按通常含義計為{meaning}（共 {count} 格）；如本單位另有含義，請在表下寫明，如「說明：{symbol}休假」",
  employees_from_grid:
    "沒有員工名單：員工取自考勤表「{sheet}」（{count} 人），入職和離職日期不詳，本月每個工作日都按應出勤計",
  // finance: weekly collection and fee statistics
  week_end_not_wednesday: "週結束日 {date} 不是星期三，按它之前最近的星期三 {used} 結束的一週統計",
  receipt_gap: "收據號缺號：{prefix}{from} 至 {prefix}{to}（共 {count} 張）",
  receipt_missing: "這筆收款沒有收據號",
  payment_method_missing: "收款方式為空，計入「未註明」",
  handover_difference: "{method}：本週收款 {collected}，交接 {handedOver}，差額 {difference}",
  handover_missing: "出納交接表中沒有 {from} 至 {to} 這一週的交接記錄",
  utility_type_unknown: "「{header}」應為 水 或 電，實際為「{value}」，這一列未計入",
  utility_without_fee_type: "沒有{utility}的收費項目，本月繳付的 {paid} 元全部計為損耗",
  utility_period_assumed:
    "{date}的{utility}帳單未註明計費期間，按 {period} 計（水費按繳費月及上月，電費按繳費當月）",
  utility_period_unreadable:
    "「{header}」的「{value}」無法識別為計費期間（如 2026-09~2026-10），這張{utility}帳單按 {period} 計",
  // finance: cash plan and advances
  signature_column_missing: "工作表沒有「{header}」簽字欄，每一列都按未簽字處理",
  loan_signature_missing: "借款單 {loan} 缺{signer}簽字",
  voucher_signature_missing: "支出憑證缺{signer}簽字",
  invoice_late: "借款單 {loan} 的發票晚於期限 {deadline}（借款後 5 個工作日）",
  invoice_overdue: "借款單 {loan} 已過發票期限 {deadline}，仍未收到發票",
  voucher_without_loan: "這張 {amount} 元的支出憑證沒有填對應借款單號，未沖銷任何借款",
  voucher_loan_unknown: "借款單 {loan} 不在 {asOf} 以前的借款單中，這張憑證未沖銷任何借款",
  voucher_before_loan: "支出憑證日期早於借款單 {loan} 的日期（{loanDate}）",
  offset_above_loan: "借款單 {loan} 借款 {amount} 元，已沖銷 {offset} 元，超過借款金額",
  duplicate_invoice: "發票號 {invoice} 已在工作表「{firstSheet}」第 {firstRow} 列使用過",
  // duty roster
  duty_staff_duplicate: "「{name}」已在工作表「{firstSheet}」第 {firstRow} 列列出，這一列未使用",
  duty_available_unknown: "「{header}」應為 是、否、節假日 或 夜班，這裡是「{value}」，此人不排班",
  duty_class_unknown: "「{header}」應為 領導 或 員工，這裡是「{value}」，按崗位判斷",
  duty_list_not_used: "工作表「{sheet}」沒有「{column}」欄：另有寫明可值班的名單，這張表未用於排班",
  duty_leave_not_listed: "請假單上的「{name}」不在值班人員名單中，與排班無關",
  duty_setting_not_whole: "「{header}」應為整數，這裡是「{value}」，按 {default} 計",
  duty_holiday_vacant: "{date}（{holiday}）缺{role} {missing} 人：可值班的人都在請假或當天已排班",
  duty_consecutive: "{name} 在 {date} 與前一天連續值班：同組其他人都在請假或當天已排班",
  duty_holiday_earlier: "{holiday}（{first}～{last}）始於 {month}，在 {month} 的節假日值班表中安排",
  night_vacant: "{date} 夜班無人可排：工程部可值夜班的人員都在請假",
  night_gap_short:
    "{date} 夜班只能排 {name}：距其上次夜班 {last} 僅 {nights} 晚（應至少 {gap} 晚），其他人間隔更短或在請假",
  night_no_engineers: "值班人員名單中沒有可值夜班的工程部人員，{month} 未排夜班",
  // office calendar
  calendar_item_unreadable: "「{header}」的「{value}」無法識別，本事項未列入日曆",
  calendar_item_no_schedule:
    "事項「{item}」沒有寫清時間（每月幾號或星期幾，可加頻率、間隔、起始月），未列入日曆",
  calendar_item_start_assumed: "事項「{item}」沒有寫起始年月，按 {month} 起每 {every} 個月一次",
  calendar_item_retimes: "事項「{item}」代替了內建事項「{duty}」的時間",
  // service log
  service_type_unknown: "「{header}」的「{value}」不是報修、投訴、諮詢、建議、退換貨或表揚，按「其他」統計",
  service_follow_up_unknown: "「{header}」的「{value}」看不出是否滿意，不計入回訪數",
  service_time_missing: "沒有受理時間（「{header}」），按 {date} 0:00 起計算時限",
  service_closed_without_time: "「{header}」為「{value}」但沒有完成時間：計為已辦結，不計入及時辦結",
  service_limit_unreadable:
    "「{header}」的「{value}」不是時限（如 30分鐘、24小時、3個工作日），按預設 {default}",
});
