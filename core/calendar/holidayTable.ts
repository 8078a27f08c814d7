import { label } from "../i18n/label";
import { column, table } from "../table/declaration";

/** The optional `节假日 / 節假日 / Holidays` sheet: dates the office declares statutory (法定), off (休) or working (班). */
export const HOLIDAY_TABLE = table({
  role: "holidays",
  label: label("节假日表", "節假日表", "holiday sheet"),
  sheetNameHints: ["节假日", "假日", "holidays", "holiday"],
  optional: true,
  columns: [
    column({
      key: "date",
      label: label("日期", "日期", "Date"),
      synonyms: ["日期", "Date"],
      type: "date",
      required: true,
      valueRequired: true,
    }),
    column({
      key: "type",
      label: label("类型", "類型", "Type"),
      synonyms: ["类型", "类别", "Type", "Kind"],
      type: "text",
      required: true,
      valueRequired: true,
    }),
    column({
      key: "name",
      label: label("名称", "名稱", "Name"),
      synonyms: ["名称", "节日", "说明", "备注", "Name", "Holiday"],
      type: "text",
    }),
  ],
});
