import { column, table } from "../../table/declaration";
import { label } from "../../i18n/label";
import {
  DEPARTMENT,
  DEPARTMENT_SECTIONS,
  ID,
  NAME,
  PERSON_CONTEXT,
  POSITION,
} from "../../people/personColumns";
import { LEAVE_TABLE } from "../../people/leaveSlips";
import { HOLIDAY_TABLE } from "../../calendar/holidayTable";

/** Labels above a list that name the project (`项目：阳光花园`). */

const PHONE = column({
  key: "phone",
  label: label("联系电话", "聯絡電話", "Phone"),
  synonyms: [
    "联系电话",
    "电话",
    "手机",
    "手机号",
    "手机号码",
    "电话号码",
    "联系方式",
    "移动电话",
    "值班电话",
    "Phone",
    "Mobile",
    "Tel",
    "Telephone",
  ],
  type: "text",
  maxLength: 50,
});

/** 可值班: 是 / 否, or 节假日 / 夜班 for one kind of duty only (see staff.ts); an empty cell means yes. */
export const AVAILABLE = column({
  key: "available",
  label: label("可值班", "可值班", "On duty roster"),
  synonyms: [
    "可值班",
    "是否值班",
    "是否可值班",
    "能否值班",
    "可否值班",
    "参加值班",
    "是否参加值班",
    "值班",
    "On duty roster",
    "Available for duty",
    "Available",
    "Duty",
  ],
  type: "text",
  maxLength: 20,
});

/** 值班类别: 领导 (a holiday duty leader, 值班领导) or 员工 (值班人员); where empty the position decides. */
const DUTY_CLASS = column({
  key: "dutyClass",
  label: label("值班类别", "值班類別", "Duty role"),
  synonyms: ["值班类别", "值班角色", "值班身份", "值班类型", "Duty role", "Duty class"],
  type: "text",
  maxLength: 20,
});

const HIRE_DATE = column({
  key: "hireDate",
  label: label("入职日期", "入職日期", "Hire date"),
  synonyms: ["入职日期", "入职时间", "到岗日期", "入职", "Hire date", "Date hired", "Joined"],
  type: "date",
});

const LEAVE_DATE = column({
  key: "leaveDate",
  label: label("离职日期", "離職日期", "Leaving date"),
  synonyms: ["离职日期", "离职时间", "离职", "Leaving date", "Date left", "Left"],
  type: "date",
});

/**
 * The duty staff list (值班人员名单): one row per person who may be rostered - name, department, position, phone
 * and 可值班. Its 可值班 column tells it from the employee list, so attendance never takes it for its own (a
 * 花名册 without the column stays the employee list, which the roster reads too: {@link STAFF_LIST_TABLE}).
 */
export const DUTY_STAFF_TABLE = table({
  role: "duty-staff",
  label: label("值班人员名单", "值班人員名單", "duty staff list"),
  sheetNameHints: ["值班人员", "值班名单", "值班表", "通讯录", "duty staff", "duty"],
  // never placed on a few shared columns (姓名, 部门): a list is a duty list only with its 可值班 column
  placedWhenComplete: true,
  satisfiedBy: ["employees"],
  sections: DEPARTMENT_SECTIONS,
  context: PERSON_CONTEXT,
  columns: [
    ID,
    column({ ...NAME, required: true, valueRequired: true }),
    DEPARTMENT,
    POSITION,
    PHONE,
    column({ ...AVAILABLE, required: true }),
    DUTY_CLASS,
  ],
});

/**
 * The employee list (员工名单, the role attendance reads) as the duty roster reads it: the same sheet, with the
 * phone, 可值班 and 值班类别 columns a 花名册 may have besides. Declared for this job alone: attendance and the
 * other jobs place the employee list by their own declaration of the role.
 */
export const STAFF_LIST_TABLE = table({
  role: "employees",
  label: label("员工名单", "員工名單", "employee list"),
  optional: true,
  // no sheet-name hints: a list with a 可值班 column goes to the duty staff list, whatever it is called
  sections: DEPARTMENT_SECTIONS,
  context: PERSON_CONTEXT,
  columns: [
    ID,
    column({ ...NAME, required: true, valueRequired: true }),
    DEPARTMENT,
    POSITION,
    PHONE,
    AVAILABLE,
    DUTY_CLASS,
    HIRE_DATE,
    LEAVE_DATE,
  ],
});

/**
 * Earlier rosters kept by hand (值班记录): a date and who was on duty, with the duty leader and the shift where
 * the sheet has them. Carries last month's night rotation on and counts the year's holiday duties; PropDesk's own
 * earlier roster sheets are read by the same declaration (their headers are among its names).
 */
export const DUTY_HISTORY_TABLE = table({
  role: "duty-history",
  label: label("往期值班表", "往期值班表", "earlier duty rosters"),
  optional: true,
  placedWhenComplete: true,
  sheetNameHints: ["值班表", "排班表", "值班记录", "夜班", "duty roster", "night shifts"],
  columns: [
    column({
      key: "date",
      label: label("日期", "日期", "Date"),
      synonyms: ["日期", "值班日期", "排班日期", "Date", "Duty date"],
      type: "date",
      required: true,
      valueRequired: true,
    }),
    column({
      key: "person",
      label: label("值班人", "值班人", "On duty"),
      synonyms: [
        "值班人",
        "值班人员",
        "值班员",
        "值班工程师",
        "值班人姓名",
        "夜班人员",
        "夜值人员",
        "夜班值班人",
        "On duty",
        "Staff on duty",
        "Engineer on duty",
      ],
      type: "text",
      maxLength: 100,
      required: true,
    }),
    column({
      key: "leader",
      label: label("值班领导", "值班領導", "Duty leader"),
      synonyms: [
        "值班领导",
        "带班领导",
        "值班经理",
        "带班人",
        "Duty leader",
        "Leader on duty",
        "Duty manager",
      ],
      type: "text",
      maxLength: 100,
    }),
    column({
      key: "shift",
      label: label("班次", "班次", "Shift"),
      synonyms: ["班次", "值班班次", "值班类型", "Shift"],
      type: "text",
      maxLength: 20,
    }),
  ],
});

/** The optional settings (值班设置): people per holiday day and the fewest nights between two night shifts, one row. */
export const DUTY_SETTINGS_TABLE = table({
  role: "duty-settings",
  label: label("值班设置", "值班設置", "duty settings"),
  sheetNameHints: ["值班设置", "排班设置", "duty settings"],
  single: true,
  optional: true,
  columns: [
    column({
      key: "leaders",
      label: label("每日值班领导人数", "每日值班領導人數", "Duty leaders per day"),
      synonyms: [
        "每日值班领导人数",
        "值班领导人数",
        "领导人数",
        "每日值班领导",
        "Duty leaders per day",
        "Leaders per day",
      ],
      type: "decimal",
      limit: { min: 0, max: 10, onBreak: "warn" },
    }),
    column({
      key: "staff",
      label: label("每日值班人员人数", "每日值班人員人數", "Staff on duty per day"),
      synonyms: [
        "每日值班人员人数",
        "值班人员人数",
        "每日值班人数",
        "人员人数",
        "每日值班人员",
        "Staff on duty per day",
        "Staff per day",
      ],
      type: "decimal",
      limit: { min: 0, max: 20, onBreak: "warn" },
    }),
    column({
      key: "gap",
      label: label("夜班最少间隔天数", "夜班最少間隔天數", "Fewest nights between night shifts"),
      synonyms: [
        "夜班最少间隔天数",
        "夜班间隔天数",
        "夜班间隔",
        "最少间隔天数",
        "间隔天数",
        "Fewest nights between night shifts",
        "Nights apart",
        "Night gap",
      ],
      type: "decimal",
      limit: { min: 1, max: 31, onBreak: "warn" },
    }),
  ],
});

/** Every table the duty roster reads, in the order it reads them. */
export const DUTY_ROSTER_TABLES = [
  DUTY_STAFF_TABLE,
  STAFF_LIST_TABLE,
  LEAVE_TABLE,
  DUTY_HISTORY_TABLE,
  DUTY_SETTINGS_TABLE,
  HOLIDAY_TABLE,
] as const;
