import type { BookData, CellValue, SheetData, SheetSpec, WrittenSheet } from "../../core/index";
import type { AddinHost } from "../excel/addinHost";

/** A sheet for tests, starting at A1, optionally one PropDesk wrote (its ownership key). */
export function sheet(name: string, values: CellValue[][], ownerKey?: string): SheetData {
  const out: SheetData = { name, values, origin: { row: 1, column: 1 } };
  if (ownerKey !== undefined) out.ownerKey = ownerKey;
  return out;
}

/** A small office workbook: two department request sheets, a holiday sheet, a meeting note and a sheet PropDesk wrote. */
export function officeBook(): BookData {
  const header = ["类别", "物资名称", "规格", "单位", "数量", "单价"];
  return {
    date1904: false,
    sheets: [
      sheet("工程部", [
        ["部门：工程部"],
        header,
        ["工程物资", "LED灯管", "T8", "支", 20, 28],
        ["工程物资", "角阀", "4分", "个", "三个", 18],
      ]),
      sheet("保洁部", [["部门：保洁部"], header, ["保洁物资", "垃圾袋", "90×100", "包", 30, 12]]),
      sheet("节假日", [
        ["日期", "类型", "名称"],
        ["2027-01-01", "休", "元旦"],
      ]),
      sheet("会议记录", [["周三例会"], ["张三", "李四"]]),
      sheet("采购计划 2027-01", [["物资采购申请计划"]], "purchase-plan/plan/2027-01"),
    ],
  };
}

/** An {@link AddinHost} over a workbook in memory that records what it was asked to do; `failWrite` makes writes throw. */
export class FakeHost implements AddinHost {
  readonly reads: number[] = [];
  readonly writes: SheetSpec[][] = [];
  readonly activated: string[] = [];
  readonly selected: string[] = [];
  /** Every read and write in order. */
  readonly log: ("read" | "write")[] = [];
  failWrite: unknown = null;
  failNavigation: unknown = null;
  private readCount = 0;
  private readonly book: BookData;

  constructor(book: BookData = officeBook()) {
    this.book = book;
  }

  async sheetNames(): Promise<string[]> {
    return this.book.sheets.map((s) => s.name);
  }

  async read(): Promise<BookData> {
    this.reads.push(++this.readCount);
    this.log.push("read");
    return this.book;
  }

  async write(specs: SheetSpec[]): Promise<WrittenSheet[]> {
    if (this.failWrite !== null) throw this.failWrite;
    this.writes.push(specs);
    this.log.push("write");
    return specs.map((s) => ({ key: s.key, name: s.name, replaced: s.key.includes("/plan/") }));
  }

  async activate(name: string): Promise<void> {
    if (this.failNavigation !== null) throw this.failNavigation;
    this.activated.push(name);
  }

  async select(name: string, cell: string): Promise<void> {
    if (this.failNavigation !== null) throw this.failNavigation;
    this.selected.push(`${name}!${cell}`);
  }
}
