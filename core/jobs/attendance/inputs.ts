import { column, table, type ColumnSpec } from "../../table/declaration";
import { label } from "../../i18n/label";
import { dayHeader } from "./dayHeaders";
import {
  DEPARTMENT,
  DEPARTMENT_SECTIONS,
  ID,
  NAME,
  PERSON_CONTEXT,
  POSITION,
} from "../../people/personColumns";
import { LEAVE_TABLE } from "../../people/leaveSlips";

// The leave slips are shared with the duty roster (core/people/leaveSlips.ts): one table, one role.
export { LEAVE_TABLE };

/** Labels above the employee list that name the project (`项目：阳光花园`). */

const STATUS_SYNONYMS = [
  "状态",
  "考勤状态",
  "出勤状态",
  "出勤情况",
  "考勤结果",
  "考勤",
  "Status",
  "Attendance",
];

/**
 * The employee list (员工花名册): one row per employee with the dates that bound the days they are
 * scheduled. Told apart from the records by having no date-of-record, status, day or hours column. A grid
 * stands in for it: without a list, the grid's rows are the employees.
 */
export const EMPLOYEE_TABLE = table({
  role: "employees",
  label: label("员工名单", "員工名單", "employee list"),
  satisfiedBy: ["attendance-grid"],
  sheetNameHints: ["员工", "花名册", "人员", "名单", "employees", "staff", "roster"],
  sections: DEPARTMENT_SECTIONS,
  // `部门：工程部` above a list without a department column gives its rows the department; `项目：` the project
  context: PERSON_CONTEXT,
  columns: [
    ID,
    column({ ...NAME, required: true, valueRequired: true }),
    DEPARTMENT,
    POSITION,
    column({
      key: "hireDate",
      label: label("入职日期", "入職日期", "Hire date"),
      synonyms: ["入职日期", "入职时间", "到岗日期", "入职", "Hire date", "Date hired", "Joined"],
      type: "date",
    }),
    column({
      key: "leaveDate",
      label: label("离职日期", "離職日期", "Leaving date"),
      synonyms: ["离职日期", "离职时间", "离职", "Leaving date", "Date left", "Left"],
      type: "date",
    }),
  ],
});

/** The day column `dN` of the attendance grid (header `N日`; day numbers, `N号` and dates are read as that). */
function dayColumn(day: number, required: boolean): ColumnSpec<`d${number}`, "text"> {
  return column({
    key: `d${day}`,
    label: label(dayHeader(day), dayHeader(day), `Day ${day}`),
    synonyms: [dayHeader(day)],
    type: "text",
    maxLength: 20,
    required,
  });
}

/**
 * The office's attendance grid (考勤表): one row per employee (or two: 上午 / 下午, 出勤 / 加班), a column per
 * day 1..31 holding a status symbol. Its day headers are made findable by `prepareDayHeaders`; days 1-28 are required, so a sheet
 * without them is never taken for a grid.
 */
export const GRID_TABLE = table({
  role: "attendance-grid",
  optional: true,
  label: label("考勤表（员工 x 日期）", "考勤表（員工 x 日期）", "attendance grid"),
  sheetNameHints: ["考勤表", "考勤汇总", "attendance sheet", "attendance grid"],
  sections: DEPARTMENT_SECTIONS,
  // `部门：工程部` above a grid without a department column gives its people the department; `项目：` the project
  context: PERSON_CONTEXT,
  columns: [
    ID,
    NAME,
    DEPARTMENT,
    POSITION,
    ...Array.from({ length: 31 }, (_, i) => dayColumn(i + 1, i < 28)),
  ],
});

/** Daily statuses as a list (出勤记录): one row per employee and date with a status symbol. */
export const STATUS_TABLE = table({
  role: "attendance-records",
  optional: true,
  label: label("出勤记录", "出勤記錄", "attendance records"),
  sheetNameHints: ["出勤记录", "考勤记录", "考勤明细", "attendance records"],
  sections: DEPARTMENT_SECTIONS,
  columns: [
    column({
      key: "date",
      label: label("日期", "日期", "Date"),
      synonyms: ["日期", "考勤日期", "出勤日期", "Date"],
      type: "date",
      required: true,
      valueRequired: true,
    }),
    ID,
    NAME,
    DEPARTMENT,
    column({
      key: "status",
      label: label("考勤状态", "考勤狀態", "Status"),
      synonyms: STATUS_SYNONYMS,
      type: "text",
      maxLength: 20,
      required: true,
    }),
  ],
});

/**
 * Clock times (打卡记录): one row per employee and date with the clock-in and clock-out times, classed
 * late / early against the standard hours; a status typed beside them wins over the times.
 */
export const CLOCK_TABLE = table({
  role: "clock-records",
  optional: true,
  label: label("打卡记录", "打卡記錄", "clock records"),
  sheetNameHints: ["打卡", "考勤机", "签到", "clock"],
  sections: DEPARTMENT_SECTIONS,
  columns: [
    column({
      key: "date",
      label: label("日期", "日期", "Date"),
      synonyms: ["日期", "考勤日期", "打卡日期", "Date"],
      type: "date",
      required: true,
      valueRequired: true,
    }),
    ID,
    NAME,
    DEPARTMENT,
    column({
      key: "clockIn",
      label: label("上班时间", "上班時間", "Clock in"),
      synonyms: [
        "上班时间",
        "上班打卡",
        "上班打卡时间",
        "签到时间",
        "签到",
        "上班",
        "Clock in",
        "Time in",
        "In",
      ],
      type: "text",
      maxLength: 50,
      required: true,
    }),
    column({
      key: "clockOut",
      label: label("下班时间", "下班時間", "Clock out"),
      synonyms: [
        "下班时间",
        "下班打卡",
        "下班打卡时间",
        "签退时间",
        "签退",
        "下班",
        "Clock out",
        "Time out",
        "Out",
      ],
      type: "text",
      maxLength: 50,
      required: true,
    }),
    column({
      key: "status",
      label: label("考勤状态", "考勤狀態", "Status"),
      synonyms: STATUS_SYNONYMS,
      type: "text",
      maxLength: 20,
    }),
  ],
});

/** Overtime (加班记录): hours per employee and day; the class (workday, rest day, holiday) follows the day. */
export const OVERTIME_TABLE = table({
  role: "overtime",
  optional: true,
  label: label("加班记录", "加班記錄", "overtime records"),
  sheetNameHints: ["加班", "overtime"],
  sections: DEPARTMENT_SECTIONS,
  columns: [
    column({
      key: "date",
      label: label("加班日期", "加班日期", "Date"),
      synonyms: ["加班日期", "日期", "Date"],
      type: "date",
      required: true,
      valueRequired: true,
    }),
    ID,
    NAME,
    DEPARTMENT,
    column({
      key: "hours",
      label: label("加班时数", "加班時數", "Hours"),
      synonyms: [
        "加班时数",
        "时数",
        "加班小时",
        "小时数",
        "加班时长",
        "时长",
        "加班工时",
        "Hours",
        "Overtime hours",
      ],
      type: "quantity",
      required: true,
      valueRequired: true,
    }),
    column({
      key: "kind",
      label: label("加班类别", "加班類別", "Kind"),
      synonyms: ["加班类别", "加班类型", "类别", "类型", "Kind"],
      type: "text",
      maxLength: 20,
    }),
    column({
      key: "reason",
      label: label("加班事由", "加班事由", "Reason"),
      synonyms: ["加班事由", "事由", "加班原因", "原因", "Reason"],
      type: "text",
    }),
  ],
});

/** The optional settings (考勤设置): standard hours and the late threshold in minutes, one row. */
export const SETTINGS_TABLE = table({
  role: "attendance-settings",
  label: label("考勤设置", "考勤設置", "attendance settings"),
  sheetNameHints: ["考勤设置", "设置", "settings"],
  single: true,
  optional: true,
  columns: [
    column({
      key: "workStart",
      label: label("上班时间", "上班時間", "Work starts"),
      synonyms: ["上班时间", "标准上班时间", "上班", "Work starts", "Start time"],
      type: "text",
      maxLength: 50,
      required: true,
    }),
    column({
      key: "workEnd",
      label: label("下班时间", "下班時間", "Work ends"),
      synonyms: ["下班时间", "标准下班时间", "下班", "Work ends", "End time"],
      type: "text",
      maxLength: 50,
      required: true,
    }),
    column({
      key: "grace",
      label: label("迟到宽限(分钟)", "遲到寬限(分鐘)", "Late threshold (minutes)"),
      synonyms: [
        "迟到宽限",
        "迟到宽限分钟",
        "宽限分钟",
        "宽限时间",
        "迟到阈值",
        "Late threshold",
        "Grace minutes",
      ],
      type: "decimal",
    }),
  ],
});

/**
 * The office's legend on a sheet of its own (考勤符号说明): one symbol and its meaning per row. Its lines are
 * read as a legend (docs/jobs/attendance.md#the-offices-legend) for the record sheets that have none.
 */
export const LEGEND_TABLE = table({
  role: "attendance-legend",
  label: label("考勤符号说明", "考勤符號說明", "attendance legend"),
  sheetNameHints: ["考勤符号", "符号说明", "图例", "legend"],
  optional: true,
  columns: [
    column({
      key: "symbol",
      label: label("符号", "符號", "Symbol"),
      synonyms: ["符号", "考勤符号", "标识", "标记", "代号", "Symbol", "Mark"],
      type: "text",
      maxLength: 10,
      required: true,
    }),
    column({
      key: "meaning",
      label: label("含义", "含義", "Meaning"),
      synonyms: ["含义", "意义", "代表", "表示", "说明", "Meaning"],
      type: "text",
      maxLength: 30,
      required: true,
    }),
  ],
});

/** The attendance job's input tables, in the order they are read (records after the list, settings before clocks). */
export const ATTENDANCE_TABLES = [
  EMPLOYEE_TABLE,
  SETTINGS_TABLE,
  LEGEND_TABLE,
  GRID_TABLE,
  STATUS_TABLE,
  CLOCK_TABLE,
  LEAVE_TABLE,
  OVERTIME_TABLE,
] as const;

/** The tables that hold daily records; a workbook without any of them has every day unrecorded. */
export const RECORD_TABLES = [GRID_TABLE, STATUS_TABLE, CLOCK_TABLE] as const;
