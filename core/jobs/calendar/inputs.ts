import { label } from "../../i18n/label";
import { column, table } from "../../table/declaration";

/**
 * The office's own recurring items (事项), optional: what, and when - a day of the month (日), a weekday (星期),
 * how often (频率: 每月, 每周, 每季度, 每年, 每N个月) or an interval in months (间隔) from a start month (起始月) -, to
 * whom, at what time. A row named like one of the built-in duties (水费, 考勤表…) re-times that duty.
 * Placed only when its header names the item and at least one of its timing columns.
 */
export const OWN_ITEMS_TABLE = table({
  role: "office-items",
  label: label("事项表", "事項表", "office items sheet"),
  sheetNameHints: ["事项", "办公事项", "例行事项", "工作事项", "办公日历", "office items", "duties", "tasks"],
  optional: true,
  placedWhenComplete: true,
  requiredGroups: [
    {
      key: "timing",
      label: label("时间规则列", "時間規則欄", "timing columns"),
      synonyms: ["日", "星期", "频率", "间隔"],
      columns: ["day", "weekday", "frequency", "every"],
    },
  ],
  columns: [
    column({
      key: "title",
      label: label("事项", "事項", "Item"),
      synonyms: ["事项", "工作事项", "事项名称", "例行事项", "内容", "工作内容", "Item", "Task", "Duty"],
      type: "text",
      required: true,
      valueRequired: true,
      maxLength: 100,
    }),
    column({
      key: "frequency",
      label: label("频率", "頻率", "Frequency"),
      synonyms: ["频率", "周期", "频次", "重复", "Frequency", "Repeat", "Recurrence"],
      type: "text",
      maxLength: 30,
    }),
    column({
      key: "day",
      label: label("日", "日", "Day"),
      synonyms: ["日", "每月几号", "几号", "每月日期", "号", "Day", "Day of month"],
      type: "text",
      maxLength: 20,
    }),
    column({
      key: "weekday",
      label: label("星期", "星期", "Weekday"),
      synonyms: ["星期", "周几", "星期几", "Weekday", "Day of week"],
      type: "text",
      maxLength: 20,
    }),
    column({
      key: "every",
      label: label("间隔（月）", "間隔（月）", "Every (months)"),
      synonyms: ["每N个月", "间隔", "间隔月数", "每几个月", "Every", "Interval", "Every (months)"],
      type: "text",
      maxLength: 20,
    }),
    column({
      key: "startMonth",
      label: label("起始月", "起始月", "Start month"),
      synonyms: ["起始月", "起始月份", "开始月份", "首次月份", "首月", "Start month", "First month", "Start"],
      type: "text",
      maxLength: 20,
    }),
    column({
      key: "to",
      label: label("报送对象", "報送對象", "To"),
      synonyms: ["报送对象", "报给", "交给", "报送", "报送部门", "To", "Send to", "Recipient"],
      type: "text",
      maxLength: 50,
    }),
    column({
      key: "time",
      label: label("时间", "時間", "Time"),
      synonyms: ["时间", "时刻", "截止时间", "Time", "Due time"],
      type: "text",
      maxLength: 20,
    }),
    column({
      key: "note",
      label: label("备注", "備註", "Note"),
      synonyms: ["备注", "说明", "Note", "Remarks"],
      type: "text",
      maxLength: 200,
    }),
  ],
});
