import { contextProject } from "./sheetContext";
import type { Issue } from "../issues";
import type { SheetSpec, OutCell } from "./sheetSpec";
import type { Lang, Label } from "../i18n/label";
import { formatIssue, issueLocation } from "../i18n/formatIssue";
import { FormSheetBuilder } from "./formSheetBuilder";
import { label } from "../i18n/label";
import { COLON } from "../i18n/colon";
import { MAX_SHEET_NAME } from "./sheetName";
import type { SheetReading } from "../table/readings";
import { READING_TEXT, readingLines } from "../table/readingText";

const TEXT = {
  sheet: label("问题清单", "問題清單", "Issues"),
  /** `{job}`: the job's title. */
  title: label("问题清单（{job}）", "問題清單（{job}）", "Issues found ({job})"),
  none: label("没有发现问题。", "沒有發現問題。", "No issues found."),
  summary: label(
    "错误 {errors} 个（该行未计入），警告 {warnings} 个（该行已计入）",
    "錯誤 {errors} 個（該列未計入），警告 {warnings} 個（該列已計入）",
    "{errors} errors (row left out), {warnings} warnings (row kept)",
  ),
  error: label("错误", "錯誤", "Error"),
  warning: label("警告", "警告", "Warning"),
  info: label("提示", "提示", "Info"),
  headers: [
    label("序号", "序號", "No."),
    label("级别", "級別", "Severity"),
    label("位置", "位置", "Location"),
    label("工作表", "工作表", "Sheet"),
    label("行", "列", "Row"),
    label("列", "欄", "Column"),
    label("说明", "說明", "Message"),
    label("代码", "代碼", "Code"),
  ],
} satisfies Record<string, Label | Label[]>;

/** What an issues sheet is for: the job and period it belongs to. */
export interface IssuesSheetOptions {
  /** Ownership key prefix, e.g. `purchase-plan/2027-01`. */
  key: string;
  /** Period text for the sheet name and subtitle, e.g. `2027-01`. */
  period: string;
  /** The job's title, for the title. */
  jobTitle: string;
  /**
   * The job's short name after the period in the sheet name (收缴率, 物资, 考勤...), telling the issues sheets of one
   * period's jobs apart; the job's title when not given.
   */
  tag?: string;
  lang: Lang;
  /** How each input sheet was read: listed under the issues as 读取情况 when given. */
  readings?: readonly SheetReading[];
}

/**
 * The name of a job's issues sheet: `问题清单 <period> <job>` (`问题清单 2026-11 收缴率`), the job's name shortened
 * where the whole would pass Excel's {@link MAX_SHEET_NAME} characters.
 */
export function issuesSheetName(period: string, job: string, lang: Lang): string {
  const head = `${TEXT.sheet[lang]} ${period} `;
  const room = MAX_SHEET_NAME - Array.from(head).length;
  return `${head}${Array.from(job).slice(0, Math.max(room, 0)).join("")}`.trimEnd();
}

/**
 * The "问题清单 / Issues" sheet of a job: its name and title carry the job's name; one row per issue with a link to
 * the cell it names, errors first, so a clerk can walk through every bad cell.
 */
export function issuesSheet(issues: readonly Issue[], options: IssuesSheetOptions): SheetSpec {
  const { lang } = options;
  const errors = issues.filter((i) => i.severity === "error").length;
  const builder = new FormSheetBuilder({
    lang,
    name: issuesSheetName(options.period, options.tag ?? options.jobTitle, lang),
    key: `${options.key}/issues`,
    title: TEXT.title[lang].replace("{job}", options.jobTitle),
    project: contextProject() ?? false,
    subtitles: [
      options.period,
      TEXT.summary[lang]
        .replace("{errors}", String(errors))
        .replace("{warnings}", String(issues.filter((i) => i.severity === "warning").length)),
    ],
    columns: [
      { header: TEXT.headers[0]![lang], width: 6 },
      { header: TEXT.headers[1]![lang], width: 8 },
      { header: TEXT.headers[2]![lang], width: 22 },
      { header: TEXT.headers[3]![lang], width: 16 },
      { header: TEXT.headers[4]![lang], width: 7 },
      { header: TEXT.headers[5]![lang], width: 6 },
      { header: TEXT.headers[6]![lang], width: 60 },
      { header: TEXT.headers[7]![lang], width: 22 },
    ],
    orientation: "landscape",
  });
  const ordered = [
    ...issues.filter((i) => i.severity === "error"),
    ...issues.filter((i) => i.severity === "warning"),
    ...issues.filter((i) => i.severity === "info"),
  ];
  ordered.forEach((item, index) => {
    const cells: OutCell[] = [
      index + 1,
      TEXT[item.severity][lang],
      locationCell(item),
      item.sheet ?? null,
      item.row ?? null,
      item.column ?? null,
      formatIssue(item, lang),
      item.code,
    ];
    builder.row(cells, item.severity === "error" ? "error" : undefined);
  });
  if (issues.length === 0) builder.notes([TEXT.none[lang]]);
  if (options.readings !== undefined && options.readings.length > 0)
    readingsSection(builder, options.readings, lang);
  return builder.build();
}

/** The widest line of the 读取情况 section, in half-width characters (the sheet's columns add up to 147). */
const READING_LINE_WIDTH = 136;
/** What sets a sheet's columns and counts lines in under the line naming it. */
const INDENT = "    ";

/**
 * The 读取情况 section under the issues: for each sheet read, a line naming it and its table with a link to its
 * header row, its columns (`列：B 物资名称，C 规格…`, over as many lines as fit the printed width) and how its rows
 * were taken. Lines across the whole width, none starting with a number, so the issue rows stay the only
 * numbered ones.
 */
function readingsSection(builder: FormSheetBuilder, readings: readonly SheetReading[], lang: Lang): void {
  builder.gap();
  builder.line(READING_TEXT.heading[lang], "group");
  for (const reading of readings) {
    const lines = readingLines(reading, lang);
    const text = `${reading.sheet}${COLON[lang]}${lines.header}`;
    builder.line({ text, sheet: reading.sheet, cell: `A${reading.headerRows[0] ?? 1}` }, "body");
    for (const line of wrapColumns(lines.columnsLine, lines.columns, lang))
      builder.line(`${INDENT}${line}`, "body");
    builder.line(`${INDENT}${lines.counts}`, "body");
  }
}

/** The columns line, cut after a column where it would run past the printed width (the rest indented). */
function wrapColumns(line: string, columns: readonly string[], lang: Lang): string[] {
  if (displayWidth(line) <= READING_LINE_WIDTH || columns.length === 0) return [line];
  const prefix = line.slice(0, line.indexOf(columns[0]!));
  const separator = READING_TEXT.columnSeparator[lang];
  const indent = " ".repeat(displayWidth(prefix));
  const out: string[] = [];
  let current = prefix;
  columns.forEach((column, i) => {
    const piece = i < columns.length - 1 ? `${column}${separator}` : column;
    if (current.trim() !== "" && current !== prefix && displayWidth(current + piece) > READING_LINE_WIDTH) {
      out.push(current.trimEnd());
      current = indent;
    }
    current += piece;
  });
  out.push(current);
  return out;
}

/** Characters a sheet shows two half-width characters wide: CJK, Hangul, full-width forms. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Width of a text in half-width characters. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) || ch.length > 1 ? 2 : 1;
  return width;
}

function locationCell(item: Issue): OutCell {
  const text = issueLocation(item);
  if (item.sheet === undefined) return text || null;
  return { text, sheet: item.sheet, cell: `${item.column ?? "A"}${item.row ?? 1}` };
}
