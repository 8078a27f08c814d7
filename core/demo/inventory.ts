import type { DemoSheet } from "./demoSheet";
import type { CellValue } from "../table/sheetData";
import { createCalendar } from "../calendar/workingCalendar";
import {
  addDays,
  addMonths,
  datesOfMonth,
  monthOf,
  type IsoDate,
  type YearMonth,
} from "../values/isoDate";
import { isoToExcelSerial } from "../values/excelSerial";
import { seededRandom } from "../values/seededRandom";
import { DEMO_CATALOG, type CatalogItem } from "./purchasePlan";
import { runCountDate } from "../jobs/inventory/countDate";
import { storeLedgerDemo } from "./storeLedger";

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
 * Sample stock sheets dated no later than `today`: the opening stock two months before the month of `today`
 * (its title states its month), the receipts and requisitions of those months through today, and the count
 * on the date the job counts this month on (the 25th rule, or today before then), with what a real
 * store shows: a refused delivery with its return deadline, a requisition taken before the delivery that
 * covers it, an unsigned slip, a slip number typed twice, a count over and short, an item counted but not in
 * the ledger, one not counted, and a receipt whose year was mistyped (before the opening month). A second store
 * keeps one 收发存 sheet instead ({@link storeLedgerDemo}), counted with the rest.
 */
export function inventoryDemo(today: IsoDate): DemoSheet[] {
  const month = monthOf(today);
  const start = addMonths(month, -2);
  const calendar = createCalendar();
  const countDate = runCountDate([], month, today, calendar);
  const random = seededRandom(20261125);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const catalog = DEMO_CATALOG.filter((_, i) => i % 5 !== 4);
  const stock = new Map<string, Stock>(catalog.map((item) => [item.item, { item, quantity: 0 }]));

  const opening: CellValue[][] = [
    [`阳光花园 ${start.slice(0, 4)}年${Number(start.slice(5))}月 期初库存表`],
    [null, null, null, null, null, `仓库：阳光花园物业服务中心`],
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
  /** Records a receipt; one whose `typed` date differs from its real `date` (a typing slip) never enters stock. */
  const receive = (
    date: IsoDate,
    item: CatalogItem,
    quantity: number,
    result = "合格",
    returnBy: IsoDate | null = null,
    typed: IsoDate = date,
  ) => {
    const price = Number(item.price);
    const amount = (Math.round(price * 100) * quantity) / 100;
    receipts.push([
      serial(typed),
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
    if (entry && result === "合格" && typed === date) entry.quantity += quantity;
  };
  const take = (date: IsoDate, item: CatalogItem, quantity: number, signed = true, slip?: CellValue) => {
    const dept = pick(DEPARTMENTS.filter((d) => d.categories.includes(item.category)));
    issues.push([
      serial(date),
      slip ?? `LL${date.slice(0, 4)}${String(slipNo++).padStart(4, "0")}`,
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
  const find = (name: string): CatalogItem =>
    [...stock.values()].find((s) => s.item.item === name)?.item ?? (catalog[0] as CatalogItem);
  /** Takes `quantity` of an item, receiving a delivery first that day when the stock would not cover it. */
  const takeCovered = (
    date: IsoDate,
    item: CatalogItem,
    quantity: number,
    signed = true,
    slip?: CellValue,
  ) => {
    if ((stock.get(item.item)?.quantity ?? 0) <= quantity) receive(date, item, quantity + 10);
    take(date, item, quantity, signed, slip);
  };

  const strip: CatalogItem = {
    category: "工程物资",
    item: "插线板",
    spec: "5孔 3m",
    unit: "个",
    price: "29.90",
  };
  // What a real month shows, on its usual day or, early in the month, no later than the count date.
  const countDay = Number(countDate.slice(8));
  const on = (day: number): IsoDate =>
    `${month}-${String(Math.max(1, Math.min(day, countDay))).padStart(2, "0")}`;
  const events = new Map<IsoDate, (() => void)[]>();
  const at = (date: IsoDate, event: () => void) => events.set(date, [...(events.get(date) ?? []), event]);
  const early = on(Math.min(3, countDay - 1));
  at(early, () => {
    stock.set(strip.item, { item: strip, quantity: 0 });
    take(early, strip, 2);
  });
  if (on(5) > early) at(on(5), () => receive(on(5), strip, 6));
  const lastYear = `${Number(month.slice(0, 4)) - 1}${on(8).slice(4)}`;
  at(on(8), () => receive(on(8), find("A4纸"), 5, "合格", null, lastYear));
  at(on(10), () => receive(on(10), find("拖把"), 8, "不合格", addDays(on(10), 10)));
  at(on(12), () => takeCovered(on(12), find("中性笔"), 10, false));
  at(on(16), () => {
    const otherDay = issues
      .slice(2)
      .reverse()
      .find((row) => row[0] !== serial(on(16)));
    takeCovered(on(16), find("抹布"), 2, true, otherDay?.[1] ?? null);
  });

  const count: CellValue[][] = [
    ["库存盘点表"],
    [`盘点日期：${countDate}`, null, null, null, null, "盘点人：李静、马超"],
    ["盘点日期", "类别", "物资名称", "规格型号", "单位", "实盘数量"],
  ];
  const countStock = () => {
    let n = 0;
    for (const [name, { item, quantity }] of stock) {
      n++;
      if (name === "笔记本") continue;
      const counted = n === 4 ? quantity + 1 : n === 9 || n === 15 ? quantity - 2 : quantity;
      count.push([serial(countDate), item.category, item.item, item.spec, item.unit, Math.max(0, counted)]);
    }
    count.push([serial(countDate), "工程物资", "膨胀螺丝", "M8", "盒", 3]);
  };

  for (let m: YearMonth = start; m <= month; m = addMonths(m, 1)) {
    for (const date of datesOfMonth(m)) {
      if (date > today) break;
      if (calendar.isWorkingDay(date)) {
        if (random() < 0.3) {
          for (const entry of stock.values()) {
            if (entry.quantity < 5 && random() < 0.6)
              receive(date, entry.item, 10 + Math.floor(random() * 20));
          }
        }
        const takes = 1 + Math.floor(random() * 3);
        for (let t = 0; t < takes; t++) {
          const entry = pick([...stock.values()].filter((s) => s.quantity > 2));
          if (entry) take(date, entry.item, 1 + Math.floor(random() * Math.min(5, entry.quantity - 1)));
        }
      }
      for (const event of events.get(date) ?? []) event();
      if (date === countDate) countStock();
    }
  }

  const store = storeLedgerDemo(start, today, countDate, calendar);
  count.push(...store.counted);

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
    store.sheet,
    {
      name: "盘点表",
      rows: count,
      widths: [12, 10, 14, 14, 6, 10],
      formats: [{ column: 1, format: DATE_FORMAT, fromRow: 4 }],
    },
  ];
}
