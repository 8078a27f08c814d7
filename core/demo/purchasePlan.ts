import type { DemoSheet } from "./demoSheet";
import type { CellValue } from "../table/sheetData";
import { addMonths, monthOf, type IsoDate } from "../values/isoDate";
import { isoToExcelSerial } from "../values/excelSerial";
import { seededRandom } from "../values/seededRandom";

/** A good of the sample catalog. */
export interface CatalogItem {
  category: string;
  item: string;
  spec: string;
  unit: string;
  price: string;
}

/** The goods the sample office buys and stocks (shared by the purchase-plan and inventory demos). */
export const DEMO_CATALOG: readonly CatalogItem[] = [
  { category: "办公物资", item: "A4纸", spec: "70g 500张", unit: "包", price: "25.00" },
  { category: "办公物资", item: "中性笔", spec: "0.5mm 黑色", unit: "支", price: "2.50" },
  { category: "办公物资", item: "笔记本", spec: "A5", unit: "本", price: "6.00" },
  { category: "办公物资", item: "文件夹", spec: "A4 双夹", unit: "个", price: "8.50" },
  { category: "办公物资", item: "订书钉", spec: "24/6", unit: "盒", price: "3.00" },
  { category: "办公物资", item: "硒鼓", spec: "HP 88A", unit: "个", price: "320.00" },
  { category: "办公物资", item: "档案盒", spec: "55mm", unit: "个", price: "5.50" },
  { category: "办公物资", item: "便利贴", spec: "76×76", unit: "本", price: "4.00" },
  { category: "办公物资", item: "计算器", spec: "得力1654", unit: "台", price: "45.00" },
  { category: "办公物资", item: "电池", spec: "5号", unit: "节", price: "1.80" },
  { category: "工程物资", item: "LED灯管", spec: "T8 1.2m 18W", unit: "支", price: "28.00" },
  { category: "工程物资", item: "LED球泡", spec: "E27 9W", unit: "个", price: "12.00" },
  { category: "工程物资", item: "水龙头", spec: "4分 铜", unit: "个", price: "35.00" },
  { category: "工程物资", item: "角阀", spec: "4分", unit: "个", price: "18.00" },
  { category: "工程物资", item: "PPR管", spec: "DN20", unit: "米", price: "6.50" },
  { category: "工程物资", item: "电线", spec: "BV2.5", unit: "卷", price: "260.00" },
  { category: "工程物资", item: "空气开关", spec: "DZ47 C16", unit: "个", price: "32.00" },
  { category: "工程物资", item: "生料带", spec: "", unit: "卷", price: "1.50" },
  { category: "工程物资", item: "电工胶布", spec: "PVC 黑色", unit: "卷", price: "3.50" },
  { category: "工程物资", item: "玻璃胶", spec: "中性 透明", unit: "支", price: "18.00" },
  { category: "工程物资", item: "球形门锁", spec: "不锈钢", unit: "把", price: "65.00" },
  { category: "工程物资", item: "手电筒", spec: "强光 充电", unit: "个", price: "39.90" },
  { category: "保洁物资", item: "垃圾袋", spec: "90×100 加厚", unit: "包", price: "12.00" },
  { category: "保洁物资", item: "拖把", spec: "旋转式", unit: "把", price: "45.00" },
  { category: "保洁物资", item: "洗洁精", spec: "5kg", unit: "桶", price: "38.00" },
  { category: "保洁物资", item: "84消毒液", spec: "5kg", unit: "桶", price: "32.00" },
  { category: "保洁物资", item: "洁厕灵", spec: "500ml", unit: "瓶", price: "6.50" },
  { category: "保洁物资", item: "扫把", spec: "", unit: "把", price: "15.00" },
  { category: "保洁物资", item: "抹布", spec: "超细纤维", unit: "条", price: "3.00" },
  { category: "保洁物资", item: "橡胶手套", spec: "L", unit: "双", price: "4.50" },
  { category: "保洁物资", item: "分类垃圾桶", spec: "240L", unit: "个", price: "180.00" },
];

const DEPARTMENTS: { name: string; categories: string[]; lines: number; requesters: string[] }[] = [
  { name: "办公室", categories: ["办公物资"], lines: 36, requesters: ["李静", "王芳"] },
  { name: "客服部", categories: ["办公物资", "保洁物资"], lines: 44, requesters: ["陈晓", "刘洋", "赵敏"] },
  { name: "工程部", categories: ["工程物资", "办公物资"], lines: 72, requesters: ["张伟", "孙强", "周杰"] },
  { name: "保洁部", categories: ["保洁物资"], lines: 58, requesters: ["吴红", "郑丽"] },
  { name: "秩序部", categories: ["办公物资", "工程物资"], lines: 40, requesters: ["马超", "黄磊"] },
];

const HEADERS = [
  "序号",
  "类别",
  "物资名称",
  "规格型号",
  "单位",
  "申请数量",
  "单价",
  "金额",
  "需用日期",
  "用途",
  "申请人",
  "备注",
];
const HEADERS_TRADITIONAL = [
  "序號",
  "物資類別",
  "物資名稱",
  "規格",
  "單位",
  "數量",
  "預算單價",
  "金額",
  "需用日期",
  "用途",
  "申請人",
  "備註",
];
const PURPOSES = [
  "日常办公",
  "公共区域维修",
  "楼道照明",
  "日常保洁",
  "岗亭使用",
  "库存补充",
  "业主报修",
  "设备维护",
];

/**
 * Sample request sheets for next month: five departments, a title and `部门：` label above each table,
 * a 合计 row at the bottom, the same items written in slightly different ways (`A4纸`, `A4 纸`, `Ａ４纸`;
 * Traditional `影印紙` stays its own item), one sheet with Traditional headers, and a few bad cells.
 */
export function purchasePlanDemo(today: IsoDate): DemoSheet[] {
  const month = addMonths(monthOf(today), 1);
  const random = seededRandom(20261204);
  const neededBy = isoToExcelSerial(`${month}-05`, false);
  const sheets = DEPARTMENTS.map((dept, d) => {
    const traditional = dept.name === "客服部";
    const rows: CellValue[][] = [
      [`${dept.name}${month.replace("-", "年")}月物资采购申请单`],
      [`部门：${dept.name}`, null, null, null, null, null, `项目：阳光花园`],
      traditional ? HEADERS_TRADITIONAL : HEADERS,
    ];
    const items = DEMO_CATALOG.filter((c) => dept.categories.includes(c.category));
    let total = 0;
    for (let i = 0; i < dept.lines; i++) {
      const c = items[Math.floor(random() * items.length)]!;
      const quantity = 1 + Math.floor(random() * (c.price.length > 5 ? 3 : 20));
      const fen = Math.round(Number(c.price) * 100) * quantity;
      total += fen;
      const item = c.item === "A4纸" ? ["A4纸", "A4 纸", "Ａ４纸"][i % 3]! : c.item;
      rows.push([
        i + 1,
        c.category.replace("物资", i % 4 === 0 ? "" : "物资"),
        item,
        c.spec,
        c.unit,
        quantity,
        Number(c.price),
        fen / 100,
        neededBy,
        PURPOSES[Math.floor(random() * PURPOSES.length)]!,
        dept.requesters[i % dept.requesters.length]!,
        null,
      ]);
    }
    addBadCells(rows, d);
    rows.push([]);
    rows.push(["合计", null, null, null, null, null, null, total / 100]);
    return {
      name: dept.name,
      rows,
      widths: [6, 10, 16, 14, 6, 9, 9, 10, 12, 12, 9, 16],
      formats: [
        { column: 7, format: "#,##0.00", fromRow: 4 },
        { column: 8, format: "#,##0.00", fromRow: 4 },
        { column: 9, format: "yyyy-mm-dd", fromRow: 4 },
      ],
    };
  });
  return sheets;
}

function addBadCells(rows: CellValue[][], department: number): void {
  const at = (n: number) => rows[3 + n]!;
  const replace = (
    n: number,
    category: string,
    item: string,
    spec: string,
    unit: string,
    quantity: number,
    price: number,
    remarks: string | null,
  ) => {
    const row = at(n);
    rows[3 + n] = [
      row[0]!,
      category,
      item,
      spec,
      unit,
      quantity,
      price,
      (Math.round(price * 100) * quantity) / 100,
      row[8]!,
      row[9]!,
      row[10]!,
      remarks,
    ];
  };
  switch (department) {
    case 0:
      at(3)[5] = "两箱";
      replace(7, "办公物资", "影印紙", "A4 70g", "包", 5, 24, "繁体录入，不并入A4纸");
      break;
    case 1:
      at(5)[6] = "#N/A";
      at(9)[1] = null;
      break;
    case 2:
      at(4)[5] = -2;
      at(11)[1] = "杂项";
      at(15)[7] = 999;
      break;
    case 3:
      replace(2, "保洁物资", "垃圾袋", "90×100 加厚", "箱", 2, 120, "整箱采购");
      replace(6, "保洁物资", "垃圾袋", "90×100 加厚", "包", 10, 12.5, null);
      break;
    default:
      at(8)[5] = 0;
      at(10)[5] = "１２";
  }
}
