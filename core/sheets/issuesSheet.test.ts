import { describe, expect, it } from "vitest";
import { issuesSheet, issuesSheetName } from "./issuesSheet";
import { MAX_SHEET_NAME } from "./sheetName";
import type { IssuesSheetOptions } from "./issuesSheet";
import { isLinkCell } from "./sheetSpec";
import type { OutCell, SheetSpec } from "./sheetSpec";
import { issue } from "../issues";
import type { Issue } from "../issues";
import { label } from "../i18n/label";
import type { Lang } from "../i18n/label";
import { formatIssue } from "../i18n/formatIssue";
import type { SheetReading } from "../table/readings";

const ITEM = label("物资名称", "物資名稱", "Item");

const ISSUES: Issue[] = [
  issue(
    "not_a_number",
    "warning",
    { sheet: "工程部", row: 12, column: "D" },
    { header: "单价", value: "abc" },
  ),
  issue("value_required", "error", { sheet: "客服部", row: 7, column: "B" }, { header: ITEM }),
  issue("sheet_not_placed", "warning", { sheet: "说明" }),
  issue(
    "no_input_sheet",
    "error",
    {},
    {
      table: label("物资采购申请单", "物資採購申請單", "purchase request sheet"),
      nearest: "说明",
      shape: label("几乎是空的", "幾乎是空的", "mostly empty"),
      expected: label("物资名称；数量", "物資名稱；數量", "Item; Quantity"),
    },
  ),
  issue(
    "missing_required_column",
    "error",
    { sheet: "保洁部", row: 3 },
    { header: ITEM, expected: "物资名称 / 品名" },
  ),
  issue("calendar_year_not_covered", "warning", {}, { year: 2031 }),
];

function options(lang: Lang): IssuesSheetOptions {
  return { key: "purchase-plan/2027-01", period: "2027-01", jobTitle: "物资采购计划", tag: "采购计划", lang };
}

/** Body rows of the issues sheet (after title, two subtitles and the header). */
const body = (spec: SheetSpec): OutCell[][] => spec.cells.slice(4);

describe("issuesSheet", () => {
  const spec = issuesSheet(ISSUES, options("zh-CN"));
  const rows = body(spec);

  it("is named and keyed for its period and job, and titled with the job", () => {
    expect(spec.name).toBe("问题清单 2027-01 采购计划");
    expect(spec.key).toBe("purchase-plan/2027-01/issues");
    expect(spec.cells[0]?.[0]).toBe("问题清单（物资采购计划）");
    expect(spec.cells[1]?.[0]).toBe("2027-01");
    expect(spec.cells[3]).toEqual(["序号", "级别", "位置", "工作表", "行", "列", "说明", "代码"]);
  });

  it("lists every issue once, errors before warnings, each group in its given order, numbered from 1", () => {
    expect(rows.map((r) => r[7])).toEqual([
      "value_required",
      "no_input_sheet",
      "missing_required_column",
      "not_a_number",
      "sheet_not_placed",
      "calendar_year_not_covered",
    ]);
    expect(rows.map((r) => r[0])).toEqual([1, 2, 3, 4, 5, 6]);
    expect(rows.map((r) => r[1])).toEqual(["错误", "错误", "错误", "警告", "警告", "警告"]);
  });

  it("styles error rows as errors and leaves warning rows plain", () => {
    const errorRows = spec.styles.filter((s) => s.style === "error").map((s) => s.top);
    expect(errorRows).toEqual([5, 6, 7]);
  });

  it("links a cell issue to its cell, a row issue to column A of its row, a sheet issue to A1", () => {
    expect(rows[3]?.[2]).toEqual({ text: "工程部!D12", sheet: "工程部", cell: "D12" });
    expect(rows[0]?.[2]).toEqual({ text: "客服部!B7", sheet: "客服部", cell: "B7" });
    expect(rows[2]?.[2]).toEqual({ text: "保洁部!3", sheet: "保洁部", cell: "A3" });
    expect(rows[4]?.[2]).toEqual({ text: "说明", sheet: "说明", cell: "A1" });
  });

  it("gives book-level issues no link and no location", () => {
    for (const row of [rows[1], rows[5]]) {
      expect(row?.[2]).toBeNull();
      expect(row?.[3]).toBeNull();
      expect(row?.[4]).toBeNull();
      expect(row?.[5]).toBeNull();
    }
    expect(rows.filter((r) => isLinkCell(r[2] ?? null))).toHaveLength(4);
  });

  it("fills the sheet, row and column cells from the issue", () => {
    expect(rows[3]?.slice(3, 6)).toEqual(["工程部", 12, "D"]);
    expect(rows[2]?.slice(3, 6)).toEqual(["保洁部", 3, null]);
    expect(rows[4]?.slice(3, 6)).toEqual(["说明", null, null]);
  });

  it("counts errors and warnings in the summary line", () => {
    expect(spec.cells[2]?.[0]).toBe("错误 3 个（该行未计入），警告 3 个（该行已计入）");
  });
});

describe("issuesSheet in each language", () => {
  it.each<[Lang, string, string, string, string, string]>([
    [
      "zh-CN",
      "问题清单 2027-01 采购计划",
      "错误",
      "「物资名称」不能为空",
      "错误 3 个（该行未计入），警告 3 个（该行已计入）",
      "工作簿中找不到物资采购申请单。最接近的工作表：说明（几乎是空的）。应有的表头：物资名称；数量",
    ],
    [
      "zh-TW",
      "問題清單 2027-01 采购计划",
      "錯誤",
      "「物資名稱」不能為空",
      "錯誤 3 個（該列未計入），警告 3 個（該列已計入）",
      "活頁簿中找不到物資採購申請單。最接近的工作表：说明（幾乎是空的）。應有的表頭：物資名稱；數量",
    ],
    [
      "en",
      "Issues 2027-01 采购计划",
      "Error",
      '"Item" must not be empty',
      "3 errors (row left out), 3 warnings (row kept)",
      "The workbook has no purchase request sheet. Nearest sheet: 说明 (mostly empty). Headers looked for: Item; Quantity",
    ],
  ])("%s", (lang, name, severity, message, summary, bookMessage) => {
    const spec = issuesSheet(ISSUES, options(lang));
    const rows = body(spec);
    expect(spec.name).toBe(name);
    expect(rows[0]?.[1]).toBe(severity);
    expect(rows[0]?.[6]).toBe(message);
    expect(rows[1]?.[6]).toBe(bookMessage);
    expect(spec.cells[2]?.[0]).toBe(summary);
    expect(rows.map((r) => r[6])).toEqual(
      [
        ...ISSUES.filter((i) => i.severity === "error"),
        ...ISSUES.filter((i) => i.severity === "warning"),
      ].map((i) => formatIssue(i, lang)),
    );
  });
});

describe("issuesSheetName: the period and the job, within Excel's 31 characters", () => {
  it.each<[Lang, string, string, string]>([
    ["zh-CN", "2026-11", "收缴率", "问题清单 2026-11 收缴率"],
    ["zh-TW", "2026-11", "收繳率", "問題清單 2026-11 收繳率"],
    ["en", "2026-11", "rates", "Issues 2026-11 rates"],
    ["en", "2026-01~2026-11", "rates", "Issues 2026-01~2026-11 rates"],
    ["zh-CN", "2026-12-04", "借款", "问题清单 2026-12-04 借款"],
    // a name too long for Excel keeps the period and as much of the job's name as fits
    ["en", "2026-01~2026-11", "fee statistics", "Issues 2026-01~2026-11 fee stat"],
  ])("%s, %s, %s: %s", (lang, period, job, name) => {
    expect(issuesSheetName(period, job, lang)).toBe(name);
    expect(Array.from(name).length).toBeLessThanOrEqual(MAX_SHEET_NAME);
  });

  it("takes the job's title where no short name is given", () => {
    const { tag: _tag, ...untagged } = options("zh-CN");
    expect(issuesSheet([], untagged).name).toBe("问题清单 2027-01 物资采购计划");
  });
});

describe("issuesSheet with no issues", () => {
  it.each<[Lang, string, string]>([
    ["zh-CN", "没有发现问题。", "错误 0 个（该行未计入），警告 0 个（该行已计入）"],
    ["zh-TW", "沒有發現問題。", "錯誤 0 個（該列未計入），警告 0 個（該列已計入）"],
    ["en", "No issues found.", "0 errors (row left out), 0 warnings (row kept)"],
  ])("%s says there are none", (lang, none, summary) => {
    const spec = issuesSheet([], options(lang));
    expect(spec.cells[2]?.[0]).toBe(summary);
    expect(spec.cells.flat()).toContain(none);
    expect(spec.cells.slice(4).filter((r) => typeof r[0] === "number")).toEqual([]);
  });

  it("only warnings: the summary counts them and no row is styled as an error", () => {
    const spec = issuesSheet([ISSUES[0]!, ISSUES[2]!], options("en"));
    expect(spec.cells[2]?.[0]).toBe("0 errors (row left out), 2 warnings (row kept)");
    expect(spec.styles.some((s) => s.style === "error")).toBe(false);
    expect(spec.cells.flat()).not.toContain("No issues found.");
  });
});

describe("issuesSheet lists how each sheet was read under the issues", () => {
  const QTY = label("数量", "數量", "Quantity");
  const READINGS: SheetReading[] = [
    {
      sheet: "工程部",
      role: "purchase-requests",
      table: label("物资采购申请单", "物資採購申請單", "purchase request sheet"),
      headerRows: [3],
      columns: [
        { letter: "B", key: "item", field: ITEM },
        { letter: "E", key: "quantity", field: QTY },
      ],
      counts: { read: 12, rejected: 1, skipped: { blank: 2, header: 0, total: 1, section: 2, notes: 3 } },
    },
    {
      sheet: "客服部",
      role: "purchase-requests",
      table: label("物资采购申请单", "物資採購申請單", "purchase request sheet"),
      headerRows: [2, 3],
      columns: [{ letter: "A", key: "item", field: ITEM }],
      counts: { read: 4, rejected: 0, skipped: { blank: 0, header: 1, total: 0, section: 0, notes: 0 } },
    },
    {
      sheet: "说明",
      role: "purchase-requests",
      table: label("物资采购申请单", "物資採購申請單", "purchase request sheet"),
      headerRows: [],
      columns: [],
      counts: { read: 0, rejected: 0, skipped: { blank: 0, header: 0, total: 0, section: 0, notes: 0 } },
    },
  ];

  /** The sheet as text: each row's cells (a link as its text) joined by " | ", empty cells left out. */
  const text = (spec: SheetSpec): string[] =>
    spec.cells.map((row) =>
      row
        .filter((c) => c !== null && c !== "")
        .map((c) => (isLinkCell(c) ? c.text : String(c)))
        .join(" | "),
    );
  /** The lines from the section's heading on. */
  const section = (spec: SheetSpec, heading: string): string[] => {
    const lines = text(spec);
    return lines.slice(lines.indexOf(heading));
  };

  it.each<[Lang, string[]]>([
    [
      "zh-CN",
      [
        "读取情况",
        "工程部：物资采购申请单，表头第 3 行",
        "    列：B 物资名称，E 数量",
        "    读入 12 行，出错未计入 1 行；跳过：空行 2，小计/合计 1，分节标题 2，备注/签字 3",
        "客服部：物资采购申请单，表头第 2–3 行",
        "    列：A 物资名称",
        "    读入 4 行，出错未计入 0 行；跳过：空行 0，小计/合计 0，分节标题 0，备注/签字 0，重复表头 1",
        "说明：物资采购申请单，未找到表头",
        "    列：无（未读取数据）",
        "    读入 0 行，出错未计入 0 行；跳过：空行 0，小计/合计 0，分节标题 0，备注/签字 0",
      ],
    ],
    [
      "zh-TW",
      [
        "讀取情況",
        "工程部：物資採購申請單，表頭第 3 列",
        "    欄：B 物資名稱，E 數量",
        "    讀入 12 列，出錯未計入 1 列；略過：空列 2，小計/合計 1，分節標題 2，備註/簽字 3",
        "客服部：物資採購申請單，表頭第 2–3 列",
        "    欄：A 物資名稱",
        "    讀入 4 列，出錯未計入 0 列；略過：空列 0，小計/合計 0，分節標題 0，備註/簽字 0，重複表頭 1",
        "说明：物資採購申請單，未找到表頭",
        "    欄：無（未讀取資料）",
        "    讀入 0 列，出錯未計入 0 列；略過：空列 0，小計/合計 0，分節標題 0，備註/簽字 0",
      ],
    ],
    [
      "en",
      [
        "How the sheets were read",
        "工程部: purchase request sheet, header in row 3",
        "    Columns: B Item, E Quantity",
        "    read 12 rows, 1 left out (errors); skipped: 2 blank, 1 subtotal/total, 2 section, 3 notes/signature",
        "客服部: purchase request sheet, header in rows 2–3",
        "    Columns: A Item",
        "    read 4 rows, 0 left out (errors); skipped: 0 blank, 0 subtotal/total, 0 section, 0 notes/signature, 1 repeated header",
        "说明: purchase request sheet, no header row found",
        "    Columns: none (no rows read)",
        "    read 0 rows, 0 left out (errors); skipped: 0 blank, 0 subtotal/total, 0 section, 0 notes/signature",
      ],
    ],
  ])("%s: the sheet, its table and header row, its columns, its row counts", (lang, expected) => {
    const spec = issuesSheet(ISSUES, { ...options(lang), readings: READINGS });
    expect(section(spec, expected[0]!)).toEqual(expected);
  });

  it("comes after the issues, which keep their rows, numbers and styles", () => {
    const plain = issuesSheet(ISSUES, options("zh-CN"));
    const spec = issuesSheet(ISSUES, { ...options("zh-CN"), readings: READINGS });
    expect(spec.cells.slice(0, plain.cells.length)).toEqual(plain.cells);
    expect(spec.cells[plain.cells.length]).toEqual(Array(8).fill(null));
    expect(spec.cells.slice(plain.cells.length).some((r) => typeof r[0] === "number")).toBe(false);
    expect(spec.styles.filter((s) => s.style === "error")).toEqual(
      plain.styles.filter((s) => s.style === "error"),
    );
    expect({ ...spec.print, area: undefined }).toEqual({ ...plain.print, area: undefined });
    expect(spec.print?.area?.bottom).toBe(spec.cells.length);
  });

  it("also follows the note when there are no issues", () => {
    const spec = issuesSheet([], { ...options("en"), readings: READINGS });
    const lines = text(spec);
    expect(lines.indexOf("No issues found.")).toBeLessThan(lines.indexOf("How the sheets were read"));
  });

  it("links each sheet's line to its header row (A1 when none was found), merged across the sheet", () => {
    const spec = issuesSheet(ISSUES, { ...options("zh-CN"), readings: READINGS });
    const links = spec.cells.map((r) => r[0]).filter((c) => isLinkCell(c ?? null));
    expect(links.slice(-3)).toEqual([
      { text: "工程部：物资采购申请单，表头第 3 行", sheet: "工程部", cell: "A3" },
      { text: "客服部：物资采购申请单，表头第 2–3 行", sheet: "客服部", cell: "A2" },
      { text: "说明：物资采购申请单，未找到表头", sheet: "说明", cell: "A1" },
    ]);
    const last = spec.cells.length;
    expect(spec.merges).toContainEqual({ top: last, left: 1, bottom: last, right: 8 });
    expect(spec.styles).toContainEqual({ top: last, left: 1, bottom: last, right: 8, style: "body" });
  });

  it("breaks a long list of columns over lines that fit the printed page", () => {
    const wide: SheetReading = {
      ...READINGS[0]!,
      columns: Array.from({ length: 26 }, (_, i) => ({
        letter: String.fromCharCode(65 + i),
        key: `c${i}`,
        field: label(`字段名称${i}`, `欄位名稱${i}`, `Field ${i}`),
      })),
    };
    const lines = section(issuesSheet([], { ...options("zh-CN"), readings: [wide] }), "读取情况");
    const columnLines = lines.slice(2, -1);
    expect(columnLines.length).toBeGreaterThan(1);
    expect(columnLines[0]).toMatch(/^ {4}列：A 字段名称0，/);
    for (const line of columnLines.slice(1)) expect(line).toMatch(/^ {8}[A-Z] 字段名称/);
    const width = (s: string) =>
      [...s].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
    for (const line of columnLines) expect(width(line)).toBeLessThanOrEqual(147);
    expect(columnLines.join("").match(/字段名称\d+/g)).toHaveLength(26);
  });

  it("leaves the section out when no readings are given", () => {
    expect(text(issuesSheet(ISSUES, options("zh-CN")))).not.toContain("读取情况");
    expect(text(issuesSheet(ISSUES, { ...options("zh-CN"), readings: [] }))).not.toContain("读取情况");
  });
});
