import type { Issue } from "../issues";
import type { SheetSpec, OutCell } from "./sheetSpec";
import type { Lang, Label } from "../i18n/label";
import { formatIssue, issueLocation } from "../i18n/formatIssue";
import { FormSheetBuilder } from "./formSheetBuilder";
import { label } from "../i18n/label";

const TEXT = {
  sheet: label("问题清单", "問題清單", "Issues"),
  title: label("问题清单", "問題清單", "Issues found"),
  none: label("没有发现问题。", "沒有發現問題。", "No issues found."),
  summary: label(
    "错误 {errors} 个（该行未计入），警告 {warnings} 个（该行已计入）",
    "錯誤 {errors} 個（該列未計入），警告 {warnings} 個（該列已計入）",
    "{errors} errors (row left out), {warnings} warnings (row kept)",
  ),
  error: label("错误", "錯誤", "Error"),
  warning: label("警告", "警告", "Warning"),
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
  /** The job's title, for the subtitle. */
  jobTitle: string;
  /** A word after the period telling jobs of one period apart (台账, 考勤...), when the job has one. */
  tag?: string;
  lang: Lang;
}

/**
 * The "问题清单 / Issues" sheet: one row per issue with a link to the cell it names, errors first,
 * so a clerk can walk through every bad cell.
 */
export function issuesSheet(issues: readonly Issue[], options: IssuesSheetOptions): SheetSpec {
  const { lang } = options;
  const errors = issues.filter((i) => i.severity === "error").length;
  const builder = new FormSheetBuilder({
    lang,
    name: `${TEXT.sheet[lang]} ${options.period}${options.tag === undefined ? "" : ` ${options.tag}`}`,
    key: `${options.key}/issues`,
    title: `${TEXT.title[lang]}`,
    subtitles: [
      `${options.jobTitle}  ${options.period}`,
      TEXT.summary[lang]
        .replace("{errors}", String(errors))
        .replace("{warnings}", String(issues.length - errors)),
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
    ...issues.filter((i) => i.severity !== "error"),
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
  return builder.build();
}

function locationCell(item: Issue): OutCell {
  const text = issueLocation(item);
  if (item.sheet === undefined) return text || null;
  return { text, sheet: item.sheet, cell: `${item.column ?? "A"}${item.row ?? 1}` };
}
