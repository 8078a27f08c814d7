import type { DemoSheet } from "./demoSheet";
import type { CellValue } from "../table/sheetData";
import { addMonths, daysInMonth, toDayNumber, type IsoDate, type YearMonth } from "../values/isoDate";
import { seededRandom } from "../values/seededRandom";
import { clockText } from "../values/clockTime";
import { previousMonth } from "../jobs/periodDefaults";

const ESTATE = "阳光花园";
const HEADER = ["序号", "日期", "时间", "渠道", "房号", "类型", "内容", "责任部门", "处理人", "响应时间", "完成时间", "状态", "回访结果"];

type Kind = "报修" | "投诉" | "咨询" | "建议" | "退换货" | "表扬";

/** Each type's share of the register, what it is about, who handles it, and how fast (minutes: answer, complete). */
const KINDS: readonly {
  kind: Kind;
  weight: number;
  contents: readonly string[];
  departments: readonly (readonly [string, readonly string[]])[];
  respond: readonly [number, number];
  complete: readonly [number, number];
}[] = [
  {
    kind: "报修",
    weight: 50,
    contents: ["厨房水管漏水", "卫生间下水堵塞", "客厅灯不亮", "门禁卡失灵", "电梯异响", "楼道灯损坏", "空调外机滴水", "入户门锁损坏", "外墙渗水", "水表读数异常"],
    departments: [["工程部", ["赵磊", "孙强", "吴敏", "郑浩"]]],
    respond: [5, 50],
    complete: [60, 30 * 60],
  },
  {
    kind: "投诉",
    weight: 12,
    contents: ["楼上装修噪音", "宠物狗扰民", "车位被占用", "垃圾清运不及时", "保安态度不好", "小区绿化修剪不及时"],
    departments: [
      ["客服部", ["李静", "陈晓"]],
      ["秩序部", ["刘志明", "马超"]],
      ["环境部", ["黄娟"]],
    ],
    respond: [10, 26 * 60],
    complete: [4 * 60, 6 * 24 * 60],
  },
  {
    kind: "咨询",
    weight: 25,
    contents: ["物业费缴纳方式", "停车月卡办理", "装修申请手续", "水电费发票开具", "快递柜使用", "门禁卡补办"],
    departments: [["客服部", ["李静", "陈晓"]]],
    respond: [2, 90],
    complete: [5, 2 * 24 * 60],
  },
  {
    kind: "建议",
    weight: 5,
    contents: ["增设电动车充电桩", "儿童游乐设施翻新", "延长泳池开放时间"],
    departments: [["客服部", ["李静"]]],
    respond: [60, 3 * 24 * 60],
    complete: [24 * 60, 12 * 24 * 60],
  },
  {
    kind: "退换货",
    weight: 3,
    contents: ["社区便利店商品退货", "团购水果换货"],
    departments: [["客服部", ["陈晓"]]],
    respond: [5, 150],
    complete: [60, 4 * 24 * 60],
  },
  {
    kind: "表扬",
    weight: 5,
    contents: ["表扬维修师傅及时上门", "感谢保安帮忙搬运", "送锦旗感谢客服"],
    departments: [["客服部", ["李静"]]],
    respond: [30, 2 * 24 * 60],
    complete: [24 * 60, 5 * 24 * 60],
  },
];

const CHANNELS = ["电话", "电话", "来访", "微信", "前台"];
const FOLLOW_UPS = ["满意", "满意", "满意", "满意", "满意", "满意", "非常满意", "基本满意", "不满意", "未回访", null];
/** Units that complain again and again. */
const NOISY = ["3-1-502", "5-2-1101", "8-1-302"];

/**
 * Sample service registers for the month a report made on `today` covers (last month) and the two before it: one
 * sheet per month (`客服登记9月`...) as a service desk prints it - title line with the month, 序号, year-less dates,
 * times typed every way clerks type them (`9:30`, `09:30:00`, `上午9点半`, `下午3点`, Excel times), answers and
 * completions as times or date-times, items of the last days still open, a notes line - about a hundred items a
 * month, and three bad cells in the last month: a completion before its start, `报秀` for 报修, a response `25:00`.
 * Deterministic for a given day.
 */
export function serviceLogDemo(today: IsoDate): DemoSheet[] {
  const month = previousMonth(today);
  return [addMonths(month, -2), addMonths(month, -1), month].map((m) => monthSheet(m, m === month));
}

function monthSheet(month: YearMonth, last: boolean): DemoSheet {
  const random = seededRandom(toDayNumber(`${month}-01`));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const [year, mm] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  const days = daysInMonth(year, mm);
  const totalWeight = KINDS.reduce((s, k) => s + k.weight, 0);
  const items: { day: number; minute: number; row: CellValue[] }[] = [];
  const count = between(92, 112);
  for (let i = 0; i < count; i++) {
    let w = random() * totalWeight;
    const kind = KINDS.find((k) => (w -= k.weight) < 0) ?? KINDS[0]!;
    const day = between(1, days);
    const minute = between(8 * 60, 20 * 60);
    const [department, handlers] = pick(kind.departments);
    const unit =
      kind.kind === "投诉" && random() < 0.5 ? pick(NOISY) : `${between(1, 9)}-${between(1, 3)}-${between(1, 18)}0${between(1, 4)}`;
    const respondAfter = between(kind.respond[0], kind.respond[1]);
    const completeAfter = respondAfter + between(kind.complete[0], kind.complete[1]);
    const start = (day - 1) * 1440 + minute;
    const monthEnd = days * 1440;
    // the last month's latest items are still open; a few older ones are stuck
    const open = (last && start + completeAfter > monthEnd - 2 * 1440) || random() < 0.02;
    const respondedAt = start + respondAfter;
    items.push({
      day,
      minute,
      row: [
        null,
        `${mm}月${day}日`,
        startCell(minute, random),
        pick(CHANNELS),
        unit,
        kind.kind,
        pick(kind.contents),
        department,
        pick(handlers),
        respondedAt > monthEnd ? null : laterCell(respondedAt, start, mm, days),
        open ? null : laterCell(start + completeAfter, start, mm, days),
        open ? "处理中" : "已完成",
        open ? null : pick(FOLLOW_UPS),
      ],
    });
  }
  items.sort((a, b) => a.day - b.day || a.minute - b.minute);
  const rows = items.map((item, i) => {
    item.row[0] = i + 1;
    return item.row;
  });
  if (last) {
    // three bad cells: a completion typed the day before the item came in, a typo'd type, an hour that does not exist
    const early = rows.find((r) => r[11] === "已完成" && r[1] !== `${mm}月1日`)!;
    const earlyDay = Number(String(early[1]).slice(String(mm).length + 1, -1));
    early[10] = `${mm}月${earlyDay - 1}日 16:00`;
    rows.find((r) => r[5] === "报修" && r !== early)![5] = "报秀";
    rows.find((r) => r[5] === "咨询")![9] = "25:00";
  }
  return {
    name: `客服登记${mm}月`,
    rows: [
      [`${ESTATE}客服中心报修登记表 ${year}年${mm}月`],
      HEADER,
      ...rows,
      [`制表人：李静      客服主管：王建华      共 ${rows.length} 条`],
    ],
    widths: [5, 9, 10, 6, 10, 7, 20, 8, 7, 14, 14, 7, 9],
  };
}

/** A time received as clerks type it: `9:30`, `09:30:00`, `上午9点半` / `下午3点`, or an Excel time. */
function startCell(minute: number, random: () => number): CellValue {
  const style = random();
  const hour = Math.floor(minute / 60);
  const min = minute % 60;
  if (style < 0.15 && (min === 0 || min === 30)) {
    const half = hour < 12 ? "上午" : "下午";
    const h = hour > 12 ? hour - 12 : hour;
    return `${half}${h}点${min === 30 ? "半" : ""}`;
  }
  if (style < 0.4) return `${clockText(minute)}:00`;
  if (style < 0.6) return Math.round((minute / 1440) * 1e6) / 1e6;
  return `${hour}:${String(min).padStart(2, "0")}`;
}

/** A response or completion: the time alone on the day received, else `11月5日 09:30` (the register's own month). */
function laterCell(at: number, start: number, mm: number, days: number): CellValue {
  const day = Math.floor(at / 1440);
  if (day === Math.floor(start / 1440)) return clockText(at % 1440);
  if (day >= days) return `${mm + 1 > 12 ? 1 : mm + 1}月${day - days + 1}日 ${clockText(at % 1440)}`;
  return `${mm}月${day + 1}日 ${clockText(at % 1440)}`;
}

