import type { DemoSheet } from "../job";
import type { CellValue } from "../../table/sheetData";
import { createCalendar } from "../../calendar/workingCalendar";
import {
  addDays,
  addMonths,
  datesOfMonth,
  monthOf,
  type IsoDate,
  type YearMonth,
} from "../../values/isoDate";
import { isoToExcelSerial } from "../../values/excelSerial";
import { seededRandom } from "../../values/seededRandom";
import { DEMO_CATALOG, type CatalogItem } from "../purchase-plan/demo";
import { defaultCountDate } from "./countDate";

const DEPARTMENTS: { name: string; categories: string[]; takers: string[] }[] = [
  { name: "办公室", categories: ["办公物资"], takers: ["李静", "王芳"] },
  { name: "客服部", categories: ["办公物资", "保洁物资"], takers: ["陈晓", "刘洋"] },
  { name: "工程部", categories: ["工程物资", "办公物资"], takers: ["张伟", "孙强"] },
  { name: "保洁部", categories: ["保洁物资"], takers: ["吴红", "郑丽"] },
  { name: "秩序部", categories: ["办公物资", "工程物资"], takers: ["马超", "黄磊"] },
];
const APPROVER = "刘建国";
const SUPPLIERS = ["宏达五金", "晨光文具", "洁美日化"];

const serial = (date: IsoDate): number => isoToExcelSerial(date, false);
const DATE_FORMAT = "yyyy-mm-dd";

interface Stock {
  item: CatalogItem;
  quantity: number;
}

/**
 * Sample stock sheets: the opening stock two months before the month of `today` (labelled with its month),
 * three months of receipts and requisitions, and the count on this month's count date, with what a real
 * store shows: a refused delivery with its return deadline, a requisition taken before the delivery that
 * covers it, an unsigned slip, a slip number typed twice, a count over and short, an item counted but not
 * in the ledger, one not counted, and a next-month date typed by mistake.
 */
export function inventoryDemo(today: IsoDate): DemoSheet[] {
  const month = monthOf(today);
  const start = addMonths(month, -2);
  const calendar = createCalendar();
  const random = seededRandom(20261125);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const catalog = DEMO_CATALOG.filter((_, i) => i % 5 !== 4);
  const stock = new Map<string, Stock>(catalog.map((item) => [item.item, { item, quantity: 0 }]));

  const opening: CellValue[][] = [
    ["期初库存表"],
    [`月份：${start}`, null, null, null, null, `仓库：阳光花园物业服务中心`],
    ["类别", "物资名称", "规格型号", "单位", "期初数量", "单位成本", "期初金额"],
  ];
  for (const item of catalog) {
    const quantity = 2 + Math.floor(random() * 30);
    const entry = stock.get(item.item);
    if (entry) entry.quantity = quantity;
    const fen = Math.round(Number(item.price) * 100) * quantity;
    opening.push([item.category, item.item, item.spec, item.unit, quantity, Number(item.price), fen / 100]);
  }

  const receipts: CellValue[][] = [
    ["物资入库明细"],
    [
      "日期",
      "入库单号",
      "物资名称",
      "规格型号",
      "单位",
      "入库数量",
      "单价",
      "金额",
      "验收结果",
      "退换期限",
      "供应商",
    ],
  ];
  const issues: CellValue[][] = [
    ["物资出库（领料）明细"],
    [
      "日期",
      "领料单号",
      "领用部门",
      "物资名称",
      "规格型号",
      "单位",
      "领用数量",
      "领用人",
      "项目负责人",
      "用途",
    ],
  ];
  let receiptNo = 1;
  let slipNo = 1;
  const receive = (
    date: IsoDate,
    item: CatalogItem,
    quantity: number,
    result = "合格",
    returnBy: IsoDate | null = null,
  ) => {
    const price = Number(item.price);
    const amount = (Math.round(price * 100) * quantity) / 100;
    receipts.push([
      serial(date),
      `RK${date.slice(0, 4)}${String(receiptNo++).padStart(4, "0")}`,
      item.item,
      item.spec,
      item.unit,
      quantity,
      price,
      amount,
      result,
      returnBy === null ? null : serial(returnBy),
      pick(SUPPLIERS),
    ]);
    const entry = stock.get(item.item);
    if (entry && result === "合格") entry.quantity += quantity;
  };
  const take = (date: IsoDate, item: CatalogItem, quantity: number, signed = true) => {
    const dept = pick(DEPARTMENTS.filter((d) => d.categories.includes(item.category)));
    issues.push([
      serial(date),
      `LL${date.slice(0, 4)}${String(slipNo++).padStart(4, "0")}`,
      dept?.name ?? "办公室",
      item.item,
      item.spec,
      item.unit,
      quantity,
      pick(dept?.takers ?? ["李静"]),
      signed ? APPROVER : null,
      "日常使用",
    ]);
    const entry = stock.get(item.item);
    if (entry) entry.quantity -= quantity;
  };

  const countDate = defaultCountDate(month, calendar);
  for (let m: YearMonth = start; m <= month; m = addMonths(m, 1)) {
    const days = datesOfMonth(m).filter((d) => calendar.isWorkingDay(d) && d <= (m === month ? today : d));
    for (const date of days) {
      if (random() < 0.3) {
        for (const entry of stock.values()) {
          if (entry.quantity < 5 && random() < 0.6) receive(date, entry.item, 10 + Math.floor(random() * 20));
        }
      }
      const takes = 1 + Math.floor(random() * 3);
      for (let t = 0; t < takes; t++) {
        const entry = pick([...stock.values()].filter((s) => s.quantity > 2));
        if (entry) take(date, entry.item, 1 + Math.floor(random() * Math.min(5, entry.quantity - 1)));
      }
    }
  }

  const find = (name: string): CatalogItem =>
    [...stock.values()].find((s) => s.item.item === name)?.item ?? (catalog[0] as CatalogItem);
  const early = `${month}-03`;
  const strip: CatalogItem = {
    category: "工程物资",
    item: "插线板",
    spec: "5孔 3m",
    unit: "个",
    price: "29.90",
  };
  stock.set(strip.item, { item: strip, quantity: 0 });
  take(early, strip, 2);
  receive(addDays(early, 2), strip, 6);
  receive(`${month}-10`, find("拖把"), 8, "不合格", `${month}-20`);
  take(`${month}-12`, find("中性笔"), 10, false);
  const duplicate = issues[issues.length - 3];
  const wiper = find("抹布");
  if (duplicate)
    issues.push([
      serial(`${month}-16`),
      duplicate[1] ?? null,
      "保洁部",
      wiper.item,
      wiper.spec,
      wiper.unit,
      2,
      "吴红",
      APPROVER,
      "日常保洁",
    ]);
  const wipers = stock.get(wiper.item);
  if (wipers) wipers.quantity -= 2;
  receive(`${addMonths(month, 1)}-02`, find("A4纸"), 5);

  const count: CellValue[][] = [
    ["库存盘点表"],
    [`盘点日期：${countDate}`, null, null, null, null, "盘点人：李静、马超"],
    ["盘点日期", "类别", "物资名称", "规格型号", "单位", "实盘数量"],
  ];
  const booked = countBook(receipts, issues, stock, countDate);
  let n = 0;
  for (const [name, quantity] of booked) {
    const item = find(name);
    n++;
    if (name === "笔记本") continue;
    const counted = n === 4 ? quantity + 1 : n === 9 || n === 15 ? Math.max(0, quantity - 2) : quantity;
    count.push([serial(countDate), item.category, item.item, item.spec, item.unit, counted]);
  }
  count.push([serial(countDate), "工程物资", "膨胀螺丝", "M8", "盒", 3]);

  return [
    {
      name: "期初库存",
      rows: opening,
      widths: [10, 14, 14, 6, 10, 10, 12],
      formats: [
        { column: 6, format: "#,##0.00", fromRow: 4 },
        { column: 7, format: "#,##0.00", fromRow: 4 },
      ],
    },
    {
      name: "入库明细",
      rows: receipts,
      widths: [12, 14, 14, 14, 6, 9, 9, 11, 9, 12, 10],
      formats: [
        { column: 1, format: DATE_FORMAT, fromRow: 3 },
        { column: 7, format: "#,##0.00", fromRow: 3 },
        { column: 8, format: "#,##0.00", fromRow: 3 },
        { column: 10, format: DATE_FORMAT, fromRow: 3 },
      ],
    },
    {
      name: "出库明细",
      rows: issues,
      widths: [12, 14, 10, 14, 14, 6, 9, 9, 11, 12],
      formats: [{ column: 1, format: DATE_FORMAT, fromRow: 3 }],
    },
    {
      name: "盘点表",
      rows: count,
      widths: [12, 10, 14, 14, 6, 10],
      formats: [{ column: 1, format: DATE_FORMAT, fromRow: 4 }],
    },
  ];
}

/** Each item's book quantity on the count date: the stock after every movement, less what moved after the count date. */
function countBook(
  receipts: readonly CellValue[][],
  issues: readonly CellValue[][],
  stock: ReadonlyMap<string, Stock>,
  countDate: IsoDate,
): Map<string, number> {
  const after = serial(countDate);
  const out = new Map<string, number>([...stock].map(([name, s]) => [name, s.quantity]));
  for (const row of receipts.slice(2)) {
    const [date, , name, , , quantity, , , result] = row;
    if (typeof date === "number" && date > after && result === "合格")
      out.set(String(name), (out.get(String(name)) ?? 0) - Number(quantity));
  }
  for (const row of issues.slice(2)) {
    const [date, , , name, , , quantity] = row;
    if (typeof date === "number" && date > after)
      out.set(String(name), (out.get(String(name)) ?? 0) + Number(quantity));
  }
  return out;
}
