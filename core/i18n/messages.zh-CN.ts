import type { IssueCode } from "../issues";
import { checkedMessages } from "./checkedMessages";

/** Issue messages in Simplified Chinese; `{name}` is replaced by the issue's parameter of that name. */
export const messagesZhCN: Record<IssueCode, string> = checkedMessages({
  not_a_number: "「{header}」应为数字，这里是“{value}”",
  not_a_date: "「{header}」应为日期，这里是“{value}”",
  not_a_month: "「{header}」应为月份（如 2026-12），这里是“{value}”",
  cell_error: "「{header}」单元格是错误值 {value}",
  value_required: "「{header}」不能为空",
  text_too_long: "「{header}」文字过长（{length} 个字符，最多 {max} 个）",
  too_many_decimals: "「{header}」“{value}”超过 {places} 位小数，已四舍五入",
  not_positive: "「{header}」应大于 0，这里是“{value}”",
  negative_value: "「{header}」不能为负数，这里是“{value}”",
  fake_leap_day: "「{header}」是 Excel 虚构的 1900-02-29，不是真实日期",
  value_too_large: "「{header}」“{value}”数值过大，无法精确计算",
  sum_too_large: "「{header}」“{value}”与前面各行相加后过大，无法精确计算",
  ambiguous_date: "「{header}」“{value}”的日和月无法区分，请写成 2026-12-05",
  not_a_rate: "「{header}」应为比率（如 95%），这里是“{value}”",
  rate_out_of_range: "「{header}」“{value}”不是 0%~100% 之间的比率（95% 请写成 95% 或 0.95）",
  value_below_min: "「{header}」不能小于 {min}，这里是“{value}”",
  value_above_max: "「{header}」不能大于 {max}，这里是“{value}”",
  value_not_allowed: "「{header}」应为 {allowed} 之一，这里是“{value}”",
  not_amount_in_words: "「{header}」应为大写金额（如 壹仟贰佰叁拾肆元伍角），这里是“{value}”",
  amount_words_mismatch:
    "「{header}」“{value}”（{words}，{wordsCell}）与小写 {figures}（{figuresCell}）不一致：大小写金额须一致，请更正",
  verdict_unknown:
    "「{header}」“{value}”既不是合格（合格、√、通过、OK）也不是不合格（不合格、×、退货、拒收），按合格计",
  year_supplied: "「{header}」“{value}”没有写年份，表头上方也没有：按离本期最近的 {date} 计",
  year_ambiguous: "「{header}」“{value}”没有写年份，离本期约半年，前后两年都说得通：按 {date} 计，请写明年份",
  no_header_found: "找不到{table}的表头行",
  missing_required_column: "缺少必需的列「{header}」（可用表头：{expected}）",
  duplicate_column: "「{header}」列重复，使用第 {used} 列",
  empty_sheet: "工作表是空的",
  sheet_not_placed: "无法识别这张工作表的用途，已忽略",
  extra_input_sheet: "已使用工作表「{used}」作为{table}，这张被忽略",
  no_input_sheet: "工作簿中找不到{table}。最接近的工作表：{nearest}（{shape}）。应有的表头：{expected}",
  date_after_today: "{what} {date} 晚于今天（{today}）：今天之后的日子尚未发生，相关数字仅供预计",
  calendar_year_not_covered:
    "{year} 年没有节假日数据，按周一至周五和法定节假日计算工作日（调休不知）；可在“节假日”工作表补充",
  holiday_type_unknown: "节假日类型“{value}”无法识别（应为 法定、休/放假 或 班/上班）",
  calendar_statutory_unknown:
    "不知道 {year} 年的法定节假日：放假日按休息日（200%）计，法定节假日请在“节假日”工作表标为“法定”",
  holiday_statutory_workday:
    "{date} 是法定节假日（{name}）：设为上班后计入应出勤，但当天上班仍按 300% 计加班",
  holiday_override: "节假日表把 {date} 设为{kind}",
  category_missing: "“{item}”没有填写类别，归入“未分类”",
  category_unknown: "类别“{value}”无法识别（应为 办公/工程/保洁），“{item}”归入“未分类”",
  department_missing: "部门为空，按“{department}”计",
  amount_mismatch: "金额 {value} 与 数量×单价 = {expected} 不符，按 {expected} 计",
  price_differs: "“{item}”各部门单价不同（{prices}），单价按 金额÷数量 显示",
  price_missing: "“{item}”有申请行没有单价（{rows}），该行计划金额留空",
  unit_mismatch: "“{item}”规格相同但单位不同（{units}），分列为不同的计划行",
  payment_without_charges: "{unit} 没有{feeType}的应收记录，这笔收款 {amount} 计为预收",
  payment_zero: "收款金额为 0（作废的收据？），这一行不影响任何金额",
  voided_receipt_with_amount: "这张收据标为作废，却仍填有金额 {amount}：已按作废处理、不计入收款，请核对",
  duplicate_receipt: "收据号 {receipt} 已在工作表「{firstSheet}」第 {firstRow} 行使用过",
  target_fee_type_unknown: "应收记录中没有收费项目“{feeType}”，该指标未使用",
  duplicate_target: "“{feeType}”已在工作表「{firstSheet}」第 {firstRow} 行设定指标，这一行被忽略",
  follow_up_without_charges: "{unit} 没有{feeType}的应收记录，这条跟进记录未使用",
  ledger_year_assumed: "收费台账的标题没有写年份：各月按 {year} 年计",
  ledger_year_unknown: "收费台账的标题没有写年份，也没有本期可参照：这张表未读",
  ledger_fee_type_assumed: "收费台账没有收费项目列，标题和表名也没写明收费项目：按{feeType}计",
  ledger_mark_unknown:
    "「{header}」“{value}”不是金额，也不是已缴标记（√、已缴、缴费日期）或不计费标记（—、免）：按未缴计",
  ledger_due_unreadable:
    "「{header}」“{value}”看不懂（可写 15、每月15日前、次月10日、月底）：按每月月底到期计",
  ledger_total_mismatch: "{unit} 的「{header}」为 {typed}，按各月算应为 {computed}",
  ledger_arrears_unknown:
    "{feeType}取自收费台账，台账没有缴费日期：往月欠费是本期之前还是本期内收回的无从得知，清欠率留空；往月的缴费按当月月底收到计，期初欠费为往月截至 {asOf} 仍欠的金额，清欠金额为 0",
  duplicate_slip: "单号 {slip} 已在工作表「{firstSheet}」第 {firstRow} 行使用过",
  movements_after_month: "有 {count} 行日期晚于 {month}（最早 {date}），不计入本月台账",
  movements_before_opening: "有 {count} 行日期早于期初库存所在月份 {opening}（最早 {date}），不计入",
  opening_month_assumed:
    "期初库存「{sheet}」没有写明月份，按出入库记录取 {month}；请在表头上方写明，如“期初月份：{month}”",
  opening_date_mid_month: "期初库存的日期 {date} 不是月初或月末，按 {month} 的期初计，请核对两者之间的出入库",
  opening_month_conflict:
    "这一行写的期初月份是 {other}，与工作表「{firstSheet}」第 {firstRow} 行的 {month} 不同，按 {month} 计",
  count_after_today: "有 {count} 行盘点日期晚于今天 {today}（最早 {date}），不计入本次盘点",
  stock_balance_quantity_differs:
    "「{item}」此行结存数量为 {ledger}，按期初和逐笔收发算应为 {computed}（差 {difference}）：收发存台账从此行起与收发不符",
  stock_balance_amount_differs:
    "「{item}」此行结存金额为 {ledger}，按{basis}算应为 {computed}（差 {difference}）：收发存台账的金额从此行起不一致",
  // attendance
  employee_unknown: "“{name}”不在员工名单中，这一行未使用",
  employee_name_mismatch: "工号 {id} 在员工名单中是“{listed}”，不是“{name}”，按工号计",
  ambiguous_employee_name: "有多名员工叫“{name}”（{ids}），请填写工号；这一行未使用",
  duplicate_employee: "工号 {id} 已在工作表「{firstSheet}」第 {firstRow} 行列出，这一行未使用",
  unknown_status: "考勤状态“{value}”无法识别（应为 √ 迟 早 差 旷 事 病 年 婚 产 丧 调 休，半天如 事/√）",
  unknown_leave_type: "请假类型“{value}”无法识别（应为 事假、病假、年假、婚假、产假、丧假 或 调休）",
  not_a_time: "「{header}」应为时间（如 08:30），这里是“{value}”",
  end_before_start: "「{header}」{value} 早于「{startHeader}」{start}",
  leave_overlap:
    "{name} 的这张请假单与工作表「{firstSheet}」第 {firstRow} 行的请假单在 {dates} 重叠，这些日子只按前一张计一次",
  leave_days_mismatch: "请假单写 {days} 天，但起止日期之间有 {counted} 个工作日，按工作日计",
  attendance_on_leave_day: "{name} 在 {date} 记为“{status}”，但当天有{type}请假单，按请假计",
  rest_on_working_day: "{name} 在工作日 {date} 记为休息，按调休计",
  duplicate_record: "{name} 在 {date} 已有不同的记录（工作表「{firstSheet}」第 {firstRow} 行），这一条被忽略",
  record_outside_employment: "{date} 不在 {name} 的在职期间（{from} ~ {to}），不计入",
  missing_punch: "{name} 在 {date} 只有一次打卡，按出勤计",
  unrecorded_days: "{name} 在 {month} 的第 {days} 日既没有考勤记录也没有请假，计为“未记录”，不算旷工",
  days_not_yet_recorded: "{today} 之后的日子还没有记录（共 {count} 人天），计为“未记录”",
  overtime_hours_too_many: "「{header}」{value} 超过一天 24 小时，这一行未使用",
  grid_other_month: "这张考勤表是 {gridMonth} 的，不是 {month} 的，未使用",
  day_not_in_month: "{month} 没有第 {day} 日，“{value}”被忽略",
  legend_symbol_undefined: "考勤符号“{value}”不在本表的符号说明里（说明中的符号：{symbols}），这一格未计入",
  legend_meaning_unknown:
    "符号说明中的“{symbol}”表示“{meaning}”，无法计入考勤（可用：出勤、迟到、早退、出差、公出、外勤、培训、旷工、休息和各类请假）；记为“{symbol}”的格子将报错",
  legend_symbol_conflict:
    "符号说明中“{symbol}”出现两次、含义不同（先为{first}，此处为{meaning}），按{first}计",
  status_meaning_assumed:
    "本表没有符号说明，“{symbol}”按通常含义计为{meaning}（共 {count} 格）；如本单位另有含义，请在表下写明，如“说明：{symbol}休假”",
  employees_from_grid:
    "没有员工名单：员工取自考勤表「{sheet}」（{count} 人），入职和离职日期不详，本月每个工作日都按应出勤计",
  // finance: weekly collection and fee statistics
  week_end_not_wednesday: "周结束日 {date} 不是星期三，按它之前最近的星期三 {used} 结束的一周统计",
  receipt_gap: "收据号缺号：{prefix}{from} 至 {prefix}{to}（共 {count} 张）",
  receipt_missing: "这笔收款没有收据号",
  payment_method_missing: "收款方式为空，计入“未注明”",
  handover_difference: "{method}：本周收款 {collected}，交接 {handedOver}，差额 {difference}",
  handover_missing: "出纳交接表中没有 {from} 至 {to} 这一周的交接记录",
  utility_type_unknown: "“{header}”应为 水 或 电，实际为“{value}”，这一行未计入",
  utility_without_fee_type: "没有{utility}的收费项目，本月缴付的 {paid} 元全部计为损耗",
  utility_period_assumed:
    "{date}的{utility}账单未注明计费期间，按 {period} 计（水费按缴费月及上月，电费按缴费当月）",
  utility_period_unreadable:
    "“{header}”的“{value}”无法识别为计费期间（如 2026-09~2026-10），这张{utility}账单按 {period} 计",
  // finance: cash plan and advances
  signature_column_missing: "工作表没有“{header}”签字栏，每一行都按未签字处理",
  loan_signature_missing: "借款单 {loan} 缺{signer}签字",
  voucher_signature_missing: "支出凭证缺{signer}签字",
  invoice_late: "借款单 {loan} 的发票晚于期限 {deadline}（借款后 5 个工作日）",
  invoice_overdue: "借款单 {loan} 已过发票期限 {deadline}，仍未收到发票",
  voucher_without_loan: "这张 {amount} 元的支出凭证没有填对应借款单号，未冲销任何借款",
  voucher_loan_unknown: "借款单 {loan} 不在 {asOf} 以前的借款单中，这张凭证未冲销任何借款",
  voucher_before_loan: "支出凭证日期早于借款单 {loan} 的日期（{loanDate}）",
  offset_above_loan: "借款单 {loan} 借款 {amount} 元，已冲销 {offset} 元，超过借款金额",
  duplicate_invoice: "发票号 {invoice} 已在工作表「{firstSheet}」第 {firstRow} 行使用过",
  // duty roster
  duty_staff_duplicate: "“{name}”已在工作表「{firstSheet}」第 {firstRow} 行列出，这一行未使用",
  duty_available_unknown: "「{header}」应为 是、否、节假日 或 夜班，这里是“{value}”，此人不排班",
  duty_class_unknown: "「{header}」应为 领导 或 员工，这里是“{value}”，按岗位判断",
  duty_list_not_used: "工作表「{sheet}」没有“{column}”栏：另有写明可值班的名单，这张表未用于排班",
  duty_leave_not_listed: "请假单上的“{name}”不在值班人员名单中，与排班无关",
  duty_setting_not_whole: "「{header}」应为整数，这里是“{value}”，按 {default} 计",
  duty_holiday_vacant: "{date}（{holiday}）缺{role} {missing} 人：可值班的人都在请假或当天已排班",
  duty_consecutive: "{name} 在 {date} 与前一天连续值班：同组其他人都在请假或当天已排班",
  duty_holiday_earlier: "{holiday}（{first}～{last}）始于 {month}，在 {month} 的节假日值班表中安排",
  night_vacant: "{date} 夜班无人可排：工程部可值夜班的人员都在请假",
  night_gap_short:
    "{date} 夜班只能排 {name}：距其上次夜班 {last} 仅 {nights} 晚（应至少 {gap} 晚），其他人间隔更短或在请假",
  night_no_engineers: "值班人员名单中没有可值夜班的工程部人员，{month} 未排夜班",
  // office calendar
  calendar_item_unreadable: "“{header}”的“{value}”无法识别，本事项未列入日历",
  calendar_item_no_schedule:
    "事项“{item}”没有写清时间（每月几号或星期几，可加频率、间隔、起始月），未列入日历",
  calendar_item_start_assumed: "事项“{item}”没有写起始年月，按 {month} 起每 {every} 个月一次",
  calendar_item_retimes: "事项“{item}”代替了内置事项“{duty}”的时间",
  // service log
  service_type_unknown: "「{header}」的“{value}”不是报修、投诉、咨询、建议、退换货或表扬，按“其他”统计",
  service_follow_up_unknown: "「{header}」的“{value}”看不出是否满意，不计入回访数",
  service_time_missing: "没有受理时间（「{header}」），按 {date} 0:00 起计算时限",
  service_closed_without_time: "「{header}」为“{value}”但没有完成时间：计为已办结，不计入及时办结",
  service_limit_unreadable:
    "「{header}」的“{value}”不是时限（如 30分钟、24小时、3个工作日），按默认 {default}",
});
