import { label, type Label, type Lang } from "../../i18n/label";
import type { OvertimeClass } from "./countMonth";
import type { LeaveType, Mark, SymbolSet } from "./marks";
import { ZH_CN_SYMBOLS } from "./marks";

/** Every word the attendance job prints, in each language. */
export const ATTENDANCE_TEXT = {
  jobTitle: label("考勤表", "考勤表", "Attendance"),
  jobDescription: label(
    "按员工名单、考勤记录、请假单和加班记录做月度考勤表，附请假汇总和加班汇总",
    "按員工名單、考勤記錄、請假單和加班記錄做月度考勤表，附請假匯總和加班匯總",
    "The month's attendance sheet from the employee list, daily records, leave slips and overtime, with the leave and overtime summaries",
  ),
  records: label(
    "考勤记录（考勤表、出勤记录或打卡记录）",
    "考勤記錄（考勤表、出勤記錄或打卡記錄）",
    "attendance records (grid, daily statuses or clock times)",
  ),
  attendanceSheet: label("考勤表", "考勤表", "Attendance"),
  leaveSheet: label("请假汇总", "請假匯總", "Leave"),
  overtimeSheet: label("加班汇总", "加班匯總", "Overtime"),
  attendanceTitle: label("员工考勤表", "員工考勤表", "Attendance sheet"),
  leaveTitle: label("请假汇总表", "請假匯總表", "Leave summary"),
  overtimeTitle: label("加班汇总表", "加班匯總表", "Overtime summary"),
  month: label("考勤月份", "考勤月份", "Month"),
  workingDays: label("本月工作日", "本月工作日", "Working days"),
  daysUnit: label("天", "天", "days"),
  project: label("项目", "項目", "Project"),
  index: label("序号", "序號", "No."),
  id: label("工号", "工號", "ID"),
  name: label("姓名", "姓名", "Name"),
  department: label("部门", "部門", "Department"),
  noDepartment: label("（未填部门）", "（未填部門）", "(no department)"),
  position: label("岗位", "崗位", "Position"),
  scheduled: label("应出勤", "應出勤", "Sched."),
  present: label("出勤", "出勤", "Present"),
  trip: label("出差外勤", "出差外勤", "On business"),
  leaveGroup: label("请假（天）", "請假（天）", "Leave (days)"),
  absent: label("旷工", "曠工", "Absent"),
  unrecorded: label("未记录", "未記錄", "No record"),
  late: label("迟到", "遲到", "Late"),
  early: label("早退", "早退", "Early"),
  countsGroup: label("次数", "次數", "Times"),
  overtimeGroup: label("加班（小时）", "加班（小時）", "Overtime (hours)"),
  workdayOvertime: label("平时", "平時", "Workday"),
  restdayOvertime: label("休息日", "休息日", "Rest day"),
  holidayOvertime: label("法定节假日", "法定節假日", "Statutory"),
  workdayOvertimeLong: label("平时加班(150%)", "平時加班(150%)", "Workday (150%)"),
  restdayOvertimeLong: label("休息日加班(200%)", "休息日加班(200%)", "Rest day (200%)"),
  holidayOvertimeLong: label("法定节假日加班(300%)", "法定節假日加班(300%)", "Statutory holiday (300%)"),
  /** The class of an overtime day after its hours in the overtime summary's dates. */
  overtimeClassTag: {
    workday: label("平时", "平時", "workday"),
    restday: label("休息日", "休息日", "rest day"),
    holiday: label("法定", "法定", "statutory"),
  } satisfies Record<OvertimeClass, Label>,
  overtimeDate: label("{date}({hours} {class})", "{date}({hours} {class})", "{date}({hours} {class})"),
  overtimeClassNote: label(
    "加班日期后括号内为时数和类别：平时＝工作日及调休上班日（150%）；休息日＝周末及法定节假日以外的放假日，含调休放假和单位自定的假日（200%）；法定＝法定节假日（300%）。",
    "加班日期後括號內為時數和類別：平時＝工作日及調休上班日（150%）；休息日＝週末及法定節假日以外的放假日，含調休放假和單位自定的假日（200%）；法定＝法定節假日（300%）。",
    "After each date: its hours and class. Workday = working days and make-up working days (150%); rest day = weekends and the days off that are not statutory, including bridging days and the office's own days off (200%); statutory = statutory holidays (300%).",
  ),
  overtimeTotal: label("合计（小时）", "合計（小時）", "Total hours"),
  overtimeDates: label("加班日期（小时）", "加班日期（小時）", "Dates (hours)"),
  reason: label("事由", "事由", "Reason"),
  hired: label("{date}入职", "{date}入職", "hired {date}"),
  left: label("{date}离职", "{date}離職", "left {date}"),
  remarks: label("备注", "備註", "Remarks"),
  leaveType: label("请假类型", "請假類型", "Leave type"),
  start: label("开始日期", "開始日期", "From"),
  end: label("结束日期", "結束日期", "To"),
  slipDays: label("请假天数", "請假天數", "Days on slip"),
  daysInMonth: label("本月计入天数", "本月計入天數", "Days this month"),
  halfDay: label("{date} 半天", "{date} 半天", "{date} half day"),
  subtotal: label("{d}小计", "{d}小計", "{d} subtotal"),
  total: label("合计", "合計", "Total"),
  weekdays: {
    "zh-CN": ["日", "一", "二", "三", "四", "五", "六"],
    "zh-TW": ["日", "一", "二", "三", "四", "五", "六"],
    en: ["Su", "Mo", "Tu", "We", "Th", "Fr", "Sa"],
  } satisfies Record<Lang, string[]>,
  legend: label(
    "√=出勤  迟=迟到  早=早退  差=出差外勤  旷=旷工  事=事假  病=病假  年=年假  婚=婚假  产=产假  丧=丧假  调=调休  休=休息；半天写作“事/√”（上午/下午）",
    "√=出勤  遲=遲到  早=早退  差=出差外勤  曠=曠工  事=事假  病=病假  年=年假  婚=婚假  產=產假  喪=喪假  調=調休  休=休息；半天寫作「事/√」（上午/下午）",
    "√ = present, L = late, E = left early, BT = away on business, A = absent, PL = personal, SL = sick, AL = annual, ML = marriage, MA = maternity, BL = bereavement, TO = time off in lieu, R = rest; half days as PL/√ (morning/afternoon)",
  ),
  shadingNote: label(
    "灰色底纹为休息日和节假日，日期黄色底纹的是法定节假日（加班300%），其余放假日和周末是休息日（加班200%），工作日和调休上班日加班150%；出勤天数只计应出勤日，休息日和节假日上班（√）按加班统计。",
    "灰色底紋為休息日和節假日，日期黃色底紋的是法定節假日（加班300%），其餘放假日和週末是休息日（加班200%），工作日和調休上班日加班150%；出勤天數只計應出勤日，休息日和節假日上班（√）按加班統計。",
    "Shaded days are rest days and holidays; dates shaded yellow are statutory holidays (overtime 300%), other days off and weekends are rest days (200%), working days and make-up working days 150%; present days count scheduled days only, work on other days (√) is overtime.",
  ),
  unrecordedNote: label(
    "橙色为应出勤但没有记录也没有请假的日子（计入“未记录”，不算旷工）。",
    "橙色為應出勤但沒有記錄也沒有請假的日子（計入「未記錄」，不算曠工）。",
    "Orange days are scheduled days with neither a record nor leave (counted as no record, not as absent).",
  ),
  statutoryNote: label(
    "{dates}{name}：法定节假日（加班300%）",
    "{dates}{name}：法定節假日（加班300%）",
    "{dates}{name}: statutory holiday (overtime 300%)",
  ),
  restDayNote: label(
    "{dates}{name}：休息日（加班200%）",
    "{dates}{name}：休息日（加班200%）",
    "{dates}{name}: rest day (overtime 200%)",
  ),
  statutoryWorkdayNote: label(
    "{dates}{name}：法定节假日，安排上班（加班300%）",
    "{dates}{name}：法定節假日，安排上班（加班300%）",
    "{dates}{name}: statutory holiday declared a working day (overtime 300%)",
  ),
  makeupNote: label(
    "{date}（星期{weekday}）调休上班（加班150%）",
    "{date}（星期{weekday}）調休上班（加班150%）",
    "{date} ({weekday}) is a make-up working day (overtime 150%)",
  ),
  signatures: [
    label("制表人", "製表人", "Prepared by"),
    label("项目负责人", "項目負責人", "Project head"),
    label("副总经理", "副總經理", "Deputy GM"),
  ],
  leaveSignatures: [
    label("制表人", "製表人", "Prepared by"),
    label("项目负责人", "項目負責人", "Project head"),
  ],
  summary: label(
    "{month} 考勤表：{employees} 人，本月工作日 {workingDays} 天；旷工 {absent} 天，迟到 {late} 次，加班 {overtime} 小时",
    "{month} 考勤表：{employees} 人，本月工作日 {workingDays} 天；曠工 {absent} 天，遲到 {late} 次，加班 {overtime} 小時",
    "{month} attendance: {employees:employee|employees}, {workingDays:working day|working days}; {absent:day|days} absent, late {late:time|times}, {overtime:overtime hour|overtime hours}",
  ),
};

/** A leave type's name in each language. */
export const LEAVE_TYPE_TEXT: Readonly<Record<LeaveType, Label>> = {
  事假: label("事假", "事假", "Personal"),
  病假: label("病假", "病假", "Sick"),
  年假: label("年假", "年假", "Annual"),
  婚假: label("婚假", "婚假", "Marriage"),
  产假: label("产假", "產假", "Maternity"),
  丧假: label("丧假", "喪假", "Bereavement"),
  调休: label("调休", "調休", "Time off in lieu"),
};

/** What each mark means, in each language (for messages naming a symbol's meaning). */
export const MARK_TEXT: Readonly<Record<Mark, Label>> = {
  present: label("出勤", "出勤", "present"),
  late: label("迟到", "遲到", "late"),
  early: label("早退", "早退", "left early"),
  trip: label("出差外勤", "出差外勤", "away on business"),
  absent: label("旷工", "曠工", "absent"),
  rest: label("休息", "休息", "rest"),
  ...LEAVE_TYPE_TEXT,
};

/** The day symbols each language writes on the attendance sheet. */
export const SYMBOLS: Readonly<Record<Lang, SymbolSet>> = {
  "zh-CN": ZH_CN_SYMBOLS,
  "zh-TW": { ...ZH_CN_SYMBOLS, late: "遲", absent: "曠", 产假: "產", 丧假: "喪", 调休: "調" },
  en: {
    present: "√",
    late: "L",
    early: "E",
    trip: "BT",
    absent: "A",
    rest: "R",
    事假: "PL",
    病假: "SL",
    年假: "AL",
    婚假: "ML",
    产假: "MA",
    丧假: "BL",
    调休: "TO",
  },
};
