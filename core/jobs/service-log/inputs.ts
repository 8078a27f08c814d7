import { column, table } from "../../table/declaration";
import { label } from "../../i18n/label";

const TIME_CELL = { type: "time", maxLength: 50 } as const;

/**
 * The service register (客服台账 / 报修登记表 / 投诉登记表 / 来电登记): one row per repair request, complaint,
 * enquiry, suggestion, return or praise, as offices keep it - one sheet per month (`9月`, `10月`, a title line
 * `阳光花园客服中心报修登记表 2026年11月` giving the year of year-less dates) or one long sheet. Times are read by
 * the table reader as time columns (`core/values/moment.ts`): `9:30`, `09:30:00`, `上午9点半`, Excel times and
 * date-times; the job says what a moment means (`moments.ts`).
 */
export const SERVICE_LOG_TABLE = table({
  role: "service-log",
  label: label("客服登记表", "客服登記表", "service register"),
  sheetNameHints: ["客服", "报修", "投诉", "来电", "登记", "service", "repair", "complaint"],
  keyColumns: ["date", "type", "unit", "content"],
  columns: [
    column({
      key: "date",
      label: label("日期", "日期", "Date"),
      synonyms: [
        "日期",
        "受理日期",
        "登记日期",
        "报修日期",
        "投诉日期",
        "来电日期",
        "日期时间",
        "受理时间日期",
        "Date",
        "Received on",
      ],
      type: "date",
      required: true,
      valueRequired: true,
    }),
    column({
      key: "time",
      label: label("时间", "時間", "Time"),
      synonyms: [
        "时间",
        "受理时间",
        "登记时间",
        "报修时间",
        "来电时间",
        "接报时间",
        "投诉时间",
        "Time",
        "Received at",
      ],
      ...TIME_CELL,
    }),
    column({
      key: "channel",
      label: label("渠道", "渠道", "Channel"),
      synonyms: ["渠道", "来源", "受理方式", "方式", "受理渠道", "Channel", "Source"],
      type: "text",
      maxLength: 30,
    }),
    column({
      key: "unit",
      label: label("房号/客户", "房號/客戶", "Unit/customer"),
      synonyms: [
        "房号",
        "房号客户",
        "房号/客户",
        "客户",
        "业主",
        "户号",
        "单元",
        "客户姓名",
        "顾客",
        "Unit",
        "Customer",
      ],
      type: "text",
      maxLength: 60,
    }),
    column({
      key: "type",
      label: label("类型", "類型", "Type"),
      synonyms: ["类型", "类别", "事项类型", "业务类型", "分类", "Type", "Category"],
      type: "text",
      required: true,
      valueRequired: true,
      maxLength: 20,
    }),
    column({
      key: "content",
      label: label("内容", "內容", "Content"),
      synonyms: ["内容", "事项内容", "报修内容", "投诉内容", "问题描述", "事由", "Content", "Description"],
      type: "text",
      maxLength: 500,
    }),
    column({
      key: "department",
      label: label("责任部门", "責任部門", "Department"),
      synonyms: ["责任部门", "处理部门", "承办部门", "部门", "Department"],
      type: "text",
      maxLength: 30,
    }),
    column({
      key: "handler",
      label: label("处理人", "處理人", "Handler"),
      synonyms: ["处理人", "维修人", "经办人", "承办人", "Handler"],
      type: "text",
      maxLength: 30,
    }),
    column({
      key: "responded",
      label: label("响应时间", "響應時間", "Answered at"),
      synonyms: ["响应时间", "到场时间", "回复时间", "派工时间", "Answered at", "Response time"],
      ...TIME_CELL,
    }),
    column({
      key: "completed",
      label: label("完成时间", "完成時間", "Completed at"),
      synonyms: ["完成时间", "办结时间", "处理完成时间", "结案时间", "关闭时间", "Completed at", "Closed at"],
      ...TIME_CELL,
    }),
    column({
      key: "status",
      label: label("状态", "狀態", "Status"),
      synonyms: ["状态", "处理状态", "处理结果", "Status"],
      type: "text",
      maxLength: 30,
    }),
    column({
      key: "satisfaction",
      label: label("回访结果", "回訪結果", "Follow-up result"),
      synonyms: ["回访结果", "满意度", "回访", "回访满意度", "客户评价", "Satisfaction", "Follow-up"],
      type: "text",
      maxLength: 60,
    }),
  ],
});

/**
 * The optional 客服设置 sheet: per type, the limits for answering (响应时限) and closing (办结时限), as `30分钟`,
 * `24小时`, `3个工作日`, `2天` or a bare number of hours, and how they are counted (计时方式: 自然时间 or 工作日).
 */
export const SERVICE_SETTINGS_TABLE = table({
  role: "service-settings",
  label: label("客服设置", "客服設置", "service settings"),
  sheetNameHints: ["客服设置", "客服时限", "service settings"],
  optional: true,
  single: true,
  placedWhenComplete: true,
  columns: [
    column({
      key: "type",
      label: label("类型", "類型", "Type"),
      synonyms: ["类型", "事项类型", "Type"],
      type: "text",
      required: true,
      valueRequired: true,
      maxLength: 20,
    }),
    column({
      key: "respondWithin",
      label: label("响应时限", "響應時限", "Answer within"),
      synonyms: ["响应时限", "响应时间要求", "Answer within", "Response limit"],
      type: "text",
      required: true,
      maxLength: 30,
    }),
    column({
      key: "completeWithin",
      label: label("办结时限", "辦結時限", "Close within"),
      synonyms: ["办结时限", "完成时限", "处理时限", "Close within", "Completion limit"],
      type: "text",
      required: true,
      maxLength: 30,
    }),
    column({
      key: "mode",
      label: label("计时方式", "計時方式", "Counted in"),
      synonyms: ["计时方式", "计算方式", "Counted in", "Clock"],
      type: "text",
      maxLength: 20,
    }),
  ],
});

/**
 * The open-items list PropDesk wrote earlier (`未结事项 <as-of>`), read back for what the clerk typed in its
 * 跟进情况 and 预计完成日期 columns: never an input of a run, only the job's own sheet.
 */
export const OPEN_ITEMS_READBACK = table({
  role: "service-open-items",
  label: label("未结事项", "未結事項", "open items"),
  columns: [
    column({
      key: "date",
      label: label("日期", "日期", "Date"),
      synonyms: ["日期", "Date"],
      type: "date",
      required: true,
    }),
    column({
      key: "unit",
      label: label("房号/客户", "房號/客戶", "Unit/customer"),
      synonyms: ["房号/客户", "Unit/customer"],
      type: "text",
    }),
    column({
      key: "type",
      label: label("类型", "類型", "Type"),
      synonyms: ["类型", "Type"],
      type: "text",
      required: true,
    }),
    column({
      key: "content",
      label: label("内容", "內容", "Content"),
      synonyms: ["内容", "Content"],
      type: "text",
    }),
    column({
      key: "note",
      label: label("跟进情况", "跟進情況", "Follow-up"),
      synonyms: ["跟进情况", "Follow-up"],
      type: "text",
      maxLength: 500,
    }),
    column({
      key: "promised",
      label: label("预计完成日期", "預計完成日期", "Expected by"),
      synonyms: ["预计完成日期", "Expected by"],
      type: "text",
      maxLength: 50,
    }),
  ],
});

/** The service-log job's input tables, in the order they are read. */
export const SERVICE_LOG_TABLES = [SERVICE_LOG_TABLE, SERVICE_SETTINGS_TABLE] as const;
