import type { DemoSheet } from "./demoSheet";
import type { CellValue } from "../table/sheetData";
import { isoToExcelSerial } from "../values/excelSerial";
import { addMonths, datesOfMonth, monthOf, weekday, type IsoDate } from "../values/isoDate";
import { DATE_FORMAT } from "../sheets/formats";

const ESTATE = "阳光花园";
const WEEKDAYS = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];

/** The duty staff: 姓名, 部门, 岗位, 联系电话, 可值班 (four leaders by position, five engineers, 周丽 off the rosters). */
const STAFF: readonly (readonly [string, string, string, string, string])[] = [
  ["王建华", "综合办", "项目经理", "13907310001", "是"],
  ["李静", "客服部", "客服主管", "13907310002", "是"],
  ["张伟", "工程部", "工程主管", "13907310003", "是"],
  ["刘志明", "秩序部", "秩序主管", "13907310004", "是"],
  ["陈晓", "客服部", "客服专员", "13907310005", "是"],
  ["周丽", "综合办", "出纳", "13907310006", "否"],
  ["赵磊", "工程部", "水电工", "13907310007", "是"],
  ["孙强", "工程部", "维修工", "13907310008", "夜班"],
  ["吴敏", "工程部", "空调工", "13907310009", "是"],
  ["郑浩", "工程部", "电工", "13907310010", "是"],
  ["马超", "秩序部", "保安班长", "13907310011", "是"],
  ["黄娟", "环境部", "保洁员", "13907310012", "是"],
];

/** The engineers of the night rotation, in list order (张伟 the 工程主管 takes nights too). */
const ENGINEERS = ["张伟", "赵磊", "孙强", "吴敏", "郑浩"];

/**
 * Sample duty roster inputs for the roster made on `today` (next month's): the duty staff list of 12 people (four
 * leaders by position, five engineers, one off every roster, one on nights only), three leave slips in the roster's
 * month (赵磊's annual leave over the 5th to the 9th, 李静 on the 2nd and 3rd, 陈晓 sick on the 20th and 21st), and
 * this month's night roster kept by hand, so next month's carries its rotation on. Deterministic for a given day.
 */
export function dutyRosterDemo(today: IsoDate): DemoSheet[] {
  const month = addMonths(monthOf(today), 1);
  const staffRows: CellValue[][] = [
    [`${ESTATE} 值班人员名单`],
    ["序号", "姓名", "部门", "岗位", "联系电话", "可值班"],
    ...STAFF.map((person, i) => [i + 1, ...person]),
  ];
  const day = (n: number) => isoToExcelSerial(`${month}-${String(n).padStart(2, "0")}`, false);
  const leaveRows: CellValue[][] = [
    [`${ESTATE} ${month.replace("-", "年")}月 请假登记`],
    ["姓名", "部门", "请假类型", "开始日期", "结束日期", "天数", "事由"],
    ["赵磊", "工程部", "年假", day(5), day(9), 5, "回老家探亲"],
    ["李静", "客服部", "事假", day(2), day(3), 2, "家中有事"],
    ["陈晓", "客服部", "病假", day(20), day(21), 2, "感冒发烧"],
  ];
  const current = monthOf(today);
  const nightRows: CellValue[][] = [
    [`${ESTATE} 工程部夜值排班表 ${current}`],
    ["日期", "星期", "值班人", "联系电话"],
  ];
  const phone = new Map(STAFF.map(([name, , , tel]) => [name, tel]));
  datesOfMonth(current).forEach((date, i) => {
    const name = ENGINEERS[(i + Number(current.slice(5, 7))) % ENGINEERS.length]!;
    nightRows.push([isoToExcelSerial(date, false), WEEKDAYS[weekday(date)]!, name, phone.get(name) ?? null]);
  });
  return [
    { name: "值班人员名单", rows: staffRows, widths: [6, 10, 10, 12, 14, 8] },
    {
      name: "请假登记",
      rows: leaveRows,
      widths: [10, 10, 10, 12, 12, 6, 16],
      formats: [
        { column: 4, format: DATE_FORMAT, fromRow: 3 },
        { column: 5, format: DATE_FORMAT, fromRow: 3 },
      ],
    },
    {
      name: `${Number(current.slice(5, 7))}月夜班表`,
      rows: nightRows,
      widths: [12, 8, 10, 14],
      formats: [{ column: 1, format: DATE_FORMAT, fromRow: 3 }],
    },
  ];
}
