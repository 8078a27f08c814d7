import { label, type Label } from "../../i18n/label";

/** Every word the office calendar job prints, in each language. */
export const CALENDAR_TEXT = {
  jobTitle: label("办公日历", "辦公日曆", "Office calendar"),
  jobDescription: label(
    "本月每一天的报表截止日和例行事项（采购计划、费用统计、考勤、周例会、收费明细、节前值班表等），遇休息日提前到此前最后一个工作日；可在“事项”表添加本项目自己的例行事项",
    "本月每一天的報表截止日和例行事項（採購計劃、費用統計、考勤、週例會、收費明細、節前值班表等），遇休息日提前到此前最後一個工作日；可在「事項」表添加本項目自己的例行事項",
    "Every deadline and recurring task of the month (purchase plan, fee statistics, attendance, weekly meeting and collection detail, holiday duty roster…), moved to the last working day before a rest day; add the office's own items on an 事项 (items) sheet",
  ),
  sheet: label("办公日历", "辦公日曆", "Calendar"),
  title: label("办公日历", "辦公日曆", "Office calendar"),
  month: label("月份", "月份", "Month"),
  workingDays: label(
    "工作日 {work} 天，休息日 {rest} 天",
    "工作日 {work} 天，休息日 {rest} 天",
    "{work} working days, {rest} rest days",
  ),
  date: label("日期", "日期", "Date"),
  weekday: label("星期", "星期", "Day"),
  dayMark: label("假日/调休", "假日/調休", "Holiday / make-up"),
  item: label("事项", "事項", "Item"),
  to: label("报送对象", "報送對象", "To"),
  time: label("时间", "時間", "Time"),
  job: label("生成表格", "生成表格", "PropDesk job"),
  weekdays: [
    label("日", "日", "Sun"),
    label("一", "一", "Mon"),
    label("二", "二", "Tue"),
    label("三", "三", "Wed"),
    label("四", "四", "Thu"),
    label("五", "五", "Fri"),
    label("六", "六", "Sat"),
  ],
  statutory: label("{name} 法定", "{name} 法定", "{name}, statutory"),
  holiday: label("{name} 休", "{name} 休", "{name}, off"),
  dayOff: label("休", "休", "Off"),
  makeup: label("调休上班", "調休上班", "Make-up working day"),
  moved: label("（原定{date}）", "（原定{date}）", " (due {date})"),
  legend: label(
    "说明：灰底为周末，橙底为节假日（标“法定”的为法定节假日），黄底“调休上班”为调休的工作日。截止日遇休息日提前到此前最后一个工作日，括号内为原定日期（供电局电费在 10 号后的第一个工作日）；每周事项遇休息日同样提前，与当天同一事项合并。“生成表格”为 PropDesk 中生成该表的功能。",
    "說明：灰底為週末，橙底為節假日（標「法定」的為法定節假日），黃底「調休上班」為調休的工作日。截止日遇休息日提前到此前最後一個工作日，括號內為原定日期（供電局電費在 10 號後的第一個工作日）；每週事項遇休息日同樣提前，與當天同一事項合併。「生成表格」為 PropDesk 中生成該表的功能。",
    'Grey: weekends; orange: holidays (statutory ones marked so); yellow: make-up working days. A deadline on a rest day moves to the last working day before it, its rule day in brackets (the electricity bill to the first working day after the 10th); weekly items move the same way and merge with the same item on that day. "PropDesk job": the PropDesk job that makes the sheet.',
  ),
  uncovered: label(
    "{year} 年的放假和调休安排未内置：只按法律规定的法定节假日和周末计算，调休上班日不知；请在“节假日”工作表补充。",
    "{year} 年的放假和調休安排未內建：只按法律規定的法定節假日和週末計算，調休上班日不知；請在「節假日」工作表補充。",
    "{year}'s holiday arrangement is not built in: only the statutory days the law names and weekends count, make-up working days are unknown; list them on a 节假日 (Holidays) sheet.",
  ),
  signatures: [label("制表人", "製表人", "Prepared by"), label("项目负责人", "項目負責人", "Project head")],
  summary: label(
    "{month} 办公日历：{count} 项事项（本项目自有 {own} 项），工作日 {work} 天",
    "{month} 辦公日曆：{count} 項事項（本項目自有 {own} 項），工作日 {work} 天",
    "{month} office calendar: {count:item|items} ({own} of the office's own), {work:working day|working days}",
  ),
  next: label("接下来：{items}", "接下來：{items}", "Next: {items}"),
  nextItem: label("{date}（{weekday}）{title}", "{date}（{weekday}）{title}", "{date} ({weekday}) {title}"),
  separator: label("；", "；", "; "),
  nothingLeft: label("本月已无待办事项", "本月已無待辦事項", "Nothing left to do this month"),
};

/**
 * The title of each PropDesk job an item names (the registry's own titles; a test keeps them equal), so the sheet
 * says which job makes the item's sheet without the job importing the registry.
 */
export const JOB_TITLES: Readonly<Record<string, Label>> = {
  "purchase-plan": label("物资采购申请计划", "物資採購申請計劃", "Purchase plan"),
  collection: label("收缴率与应收未收", "收繳率與應收未收", "Collection and receivables"),
  inventory: label("物资台账与盘点", "物資台帳與盤點", "Stock ledger and count"),
  attendance: label("考勤表", "考勤表", "Attendance"),
  "weekly-collection": label("每周收费明细", "每週收費明細", "Weekly collection detail"),
  "fee-statistics": label("费用统计", "費用統計", "Fee statistics"),
  "cash-plan": label("回款与用款计划", "回款與用款計劃", "Receipts and spending plan"),
  advances: label("借款与冲账", "借款與沖帳", "Advances and offsets"),
  "duty-roster": label("值班排班", "值班排班", "Duty rosters"),
  "service-log": label("客服台账统计", "客服台帳統計", "Service desk log"),
};
