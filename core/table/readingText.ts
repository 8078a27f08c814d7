import { label, type Label, type Lang } from "../i18n/label";
import type { SheetReading } from "./readings";

/** The words of a sheet's reading (the issues sheet's 读取情况, the task pane's list), in each language. */
export const READING_TEXT = {
  heading: label("读取情况", "讀取情況", "How the sheets were read"),
  /** `{table}` read from a sheet whose header is on one row / several rows / not found. */
  headerRow: label("{table}，表头第 {rows} 行", "{table}，表頭第 {rows} 列", "{table}, header in row {rows}"),
  headerRows: label(
    "{table}，表头第 {rows} 行",
    "{table}，表頭第 {rows} 列",
    "{table}, header in rows {rows}",
  ),
  noHeader: label("{table}，未找到表头", "{table}，未找到表頭", "{table}, no header row found"),
  columns: label("列：{columns}", "欄：{columns}", "Columns: {columns}"),
  noColumns: label("列：无（未读取数据）", "欄：無（未讀取資料）", "Columns: none (no rows read)"),
  columnSeparator: label("，", "，", ", "),
  counts: label(
    "读入 {read} 行，出错未计入 {rejected} 行；跳过：空行 {blank}，小计/合计 {total}，分节标题 {section}，备注/签字 {notes}",
    "讀入 {read} 列，出錯未計入 {rejected} 列；略過：空列 {blank}，小計/合計 {total}，分節標題 {section}，備註/簽字 {notes}",
    "read {read} {rowWord}, {rejected} left out (errors); skipped: {blank} blank, {total} subtotal/total, {section} section, {notes} notes/signature",
  ),
  repeatedHeader: label("，重复表头 {header}", "，重複表頭 {header}", ", {header} repeated header"),
} satisfies Record<string, Label>;

/** A reading as lines of text: what was read and where its header is, its columns, its row counts. */
export interface ReadingLines {
  /** The table and its header row(s): `物资采购申请单，表头第 3 行`. */
  header: string;
  /** Each column as `B 物资名称`, left to right (empty when none was read). */
  columns: string[];
  /** The columns on one line: `列：B 物资名称，C 规格`. */
  columnsLine: string;
  /** `读入 12 行，出错未计入 1 行；跳过：空行 2，…`. */
  counts: string;
}

/** The header rows as people write them: `3`, `3–4`, `3, 5`. */
export function headerRowsText(rows: readonly number[]): string {
  if (rows.length === 0) return "";
  const consecutive = rows.every((r, i) => i === 0 || r === rows[i - 1]! + 1);
  return consecutive && rows.length > 1 ? `${rows[0]}–${rows.at(-1)}` : rows.join(", ");
}

/** A sheet's reading as text in a language (without the sheet's name, which hosts show as a link). */
export function readingLines(reading: SheetReading, lang: Lang): ReadingLines {
  const table = reading.table[lang];
  const rows = headerRowsText(reading.headerRows);
  const header = fill(
    reading.headerRows.length === 0
      ? READING_TEXT.noHeader[lang]
      : reading.headerRows.length === 1
        ? READING_TEXT.headerRow[lang]
        : READING_TEXT.headerRows[lang],
    { table, rows },
  );
  const columns = reading.columns.map((c) => `${c.letter} ${c.field[lang]}`);
  const columnsLine =
    columns.length === 0
      ? READING_TEXT.noColumns[lang]
      : fill(READING_TEXT.columns[lang], { columns: columns.join(READING_TEXT.columnSeparator[lang]) });
  const { read, rejected, skipped } = reading.counts;
  const counts =
    fill(READING_TEXT.counts[lang], { read, rowWord: read === 1 ? "row" : "rows", rejected, ...skipped }) +
    (skipped.header > 0 ? fill(READING_TEXT.repeatedHeader[lang], { header: skipped.header }) : "");
  return { header, columns, columnsLine, counts };
}

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
}
