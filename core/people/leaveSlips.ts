import { column, table } from "../table/declaration";
import { label } from "../i18n/label";
import { DEPARTMENT, DEPARTMENT_SECTIONS, ID, NAME } from "./personColumns";

/**
 * Leave slips (请假单): who, type, first and last day, and the days as written (half days end in .5). One table
 * for every job that reads them (attendance counts them, the duty roster keeps people on leave off it), so a
 * workbook's slips are placed once, in the same role, whichever job runs.
 */
export const LEAVE_TABLE = table({
  role: "leave-slips",
  optional: true,
  label: label("请假单", "請假單", "leave slips"),
  sheetNameHints: ["请假", "假单", "leave"],
  sections: DEPARTMENT_SECTIONS,
  columns: [
    column({
      key: "slip",
      label: label("请假单号", "請假單號", "Slip no."),
      synonyms: ["请假单号", "单号", "Slip no.", "Slip"],
      type: "text",
      maxLength: 50,
    }),
    ID,
    NAME,
    DEPARTMENT,
    column({
      key: "type",
      label: label("请假类型", "請假類型", "Leave type"),
      synonyms: ["请假类型", "假别", "请假类别", "假期类型", "类型", "类别", "Leave type", "Type"],
      type: "text",
      maxLength: 20,
      required: true,
      valueRequired: true,
    }),
    column({
      key: "start",
      label: label("开始日期", "開始日期", "From"),
      synonyms: ["开始日期", "起始日期", "请假开始日期", "开始时间", "开始", "请假日期", "From", "Start"],
      type: "date",
      required: true,
      valueRequired: true,
    }),
    column({
      key: "end",
      label: label("结束日期", "結束日期", "To"),
      synonyms: ["结束日期", "截止日期", "请假结束日期", "结束时间", "结束", "To", "End"],
      type: "date",
    }),
    column({
      key: "days",
      label: label("天数", "天數", "Days"),
      synonyms: ["天数", "请假天数", "共计天数", "Days"],
      type: "decimal",
    }),
    column({
      key: "reason",
      label: label("事由", "事由", "Reason"),
      synonyms: ["事由", "请假事由", "请假原因", "原因", "Reason"],
      type: "text",
    }),
  ],
});
