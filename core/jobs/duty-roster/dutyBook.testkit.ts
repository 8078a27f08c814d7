import type { SheetSpec } from "../../sheets/sheetSpec";
import type { BookData, CellValue, SheetData } from "../../table/sheetData";
import { isoToExcelSerial } from "../../values/excelSerial";

/** A sheet of values from A1. */
export function sheet(name: string, values: CellValue[][], ownerKey?: string): SheetData {
  const out: SheetData = { name, values, origin: { row: 1, column: 1 } };
  if (ownerKey !== undefined) out.ownerKey = ownerKey;
  return out;
}

/** A workbook of sheets (1900 date system). */
export function book(...sheets: SheetData[]): BookData {
  return { date1904: false, sheets };
}

/** A sheet PropDesk wrote, as a host reads it back: dates as serials, formulas as their values, marked as its own. */
export function readBack(spec: SheetSpec): SheetData {
  const values = spec.cells.map((row) =>
    row.map((cell): CellValue => {
      if (cell === null || typeof cell !== "object") return cell;
      if ("date" in cell) return isoToExcelSerial(cell.date, false);
      if ("formula" in cell) return cell.value;
      return cell.text;
    }),
  );
  return sheet(spec.name, values, spec.key);
}

/**
 * The small team of the golden months: three leaders (项目经理, 客服主管, 工程主管), four engineers (张伟 the 工程主管,
 * 赵磊, 孙强 nights only, 吴敏), 周丽 off every roster.
 */
export const TEAM: CellValue[][] = [
  ["阳光花园 值班人员名单"],
  ["序号", "姓名", "部门", "岗位", "联系电话", "可值班"],
  [1, "王建华", "综合办", "项目经理", "13800000001", "是"],
  [2, "李静", "客服部", "客服主管", "13800000002", "是"],
  [3, "张伟", "工程部", "工程主管", "13800000003", "是"],
  [4, "陈晓", "客服部", "客服专员", "13800000004", "是"],
  [5, "刘洋", "秩序部", "保安员", "13800000005", "是"],
  [6, "赵磊", "工程部", "水电工", "13800000006", "是"],
  [7, "孙强", "工程部", "维修工", "13800000007", "夜班"],
  [8, "周丽", "综合办", "出纳", "13800000008", "否"],
  [9, "吴敏", "工程部", "空调工", "13800000009", "是"],
];

/** Leave: 李静 over 10-02..03, 赵磊 over 10-05..09, 吴敏 over 11-16..18; one slip of someone not on the list, one of August. */
export const LEAVE: CellValue[][] = [
  ["姓名", "部门", "请假类型", "开始日期", "结束日期", "天数", "事由"],
  ["李静", "客服部", "事假", "2026-10-02", "2026-10-03", 2, "家中有事"],
  ["赵磊", "工程部", "年假", "2026-10-05", "2026-10-09", 2, "探亲"],
  ["吴敏", "工程部", "病假", "2026-11-16", "2026-11-18", 3, "感冒"],
  ["钱芳", "环境部", "事假", "2026-10-12", "2026-10-12", 1, "办证"],
  ["陈晓", "客服部", "事假", "2026-08-03", "2026-08-03", 1, "办证"],
];

/** The rosters kept by hand before PropDesk: May Day duty (王建华, 李静, 陈晓 twice) and the last three nights of September. */
export const KEPT: CellValue[][] = [
  ["日期", "班次", "值班领导", "值班人"],
  ["2026-05-01", "节假日", "王建华", "陈晓"],
  ["2026-05-02", "节假日", "李静", "陈晓"],
  ["2026-09-28", "夜班", null, "孙强"],
  ["2026-09-29", "夜班", null, "吴敏"],
  ["2026-09-30", "夜班", null, "张伟"],
];
