import { label, type Label, type Lang } from "../core/light";

/** Words the command line prints, in each language. */
export const CLI_TEXT = {
  reading: label("读取 {file} …", "讀取 {file} …", "Reading {file} …"),
  computing: label("计算 {job} …", "計算 {job} …", "Computing {job} …"),
  writing: label("写入 {file} …", "寫入 {file} …", "Writing {file} …"),
  wrote: label("已写入 {file}", "已寫入 {file}", "Wrote {file}"),
  sheetWritten: label("  工作表「{name}」", "  工作表「{name}」", '  sheet "{name}"'),
  sheetReplaced: label(
    "  工作表「{name}」（替换上次生成的）",
    "  工作表「{name}」（取代上次產生的）",
    '  sheet "{name}" (replaced the previous run\'s)',
  ),
  readFrom: label("读取：", "讀取：", "Read:"),
  readingLine: label(
    "  「{sheet}」{header}；{counts}",
    "  「{sheet}」{header}；{counts}",
    '  "{sheet}": {header}; {counts}',
  ),
  issuesLine: label(
    "问题：错误 {errors} 个，警告 {warnings} 个（详见「问题清单」工作表）",
    "問題：錯誤 {errors} 個，警告 {warnings} 個（詳見「問題清單」工作表）",
    "Issues: {errors} errors, {warnings} warnings (see the Issues sheet)",
  ),
  macroExtension: label(
    "注意：{file} 含有宏，Excel 只打开扩展名为 .xlsm 的这种工作簿；请把它改名为 .xlsm",
    "注意：{file} 含有巨集，Excel 只開啟副檔名為 .xlsm 的這種活頁簿；請將它改名為 .xlsm",
    "Note: {file} holds macros, and Excel opens such a workbook only with the .xlsm extension; rename it to .xlsm",
  ),
  unknownJob: label(
    "未知的任务“{job}”。可用：{jobs}",
    "未知的任務「{job}」。可用：{jobs}",
    'Unknown job "{job}". Jobs: {jobs}',
  ),
  missingWorkbook: label(
    "请给出工作簿路径：propdesk {job} <工作簿.xlsx>",
    "請給出活頁簿路徑：propdesk {job} <活頁簿.xlsx>",
    "Give the workbook: propdesk {job} <workbook.xlsx>",
  ),
  badMonth: label(
    "{option} 应为 YYYY-MM，这里是“{value}”",
    "{option} 應為 YYYY-MM，這裡是「{value}」",
    '{option} must be YYYY-MM, got "{value}"',
  ),
  badDate: label(
    "{option} 应为 YYYY-MM-DD，这里是“{value}”",
    "{option} 應為 YYYY-MM-DD，這裡是「{value}」",
    '{option} must be YYYY-MM-DD, got "{value}"',
  ),
  dateOutsideMonth: label(
    "{option} {date} 不在 --month {month} 之内",
    "{option} {date} 不在 --month {month} 之內",
    "{option} {date} is not in --month {month}",
  ),
  optionNotTaken: label(
    "{job} 不接受 {option}，可用的选项：{options}",
    "{job} 不接受 {option}，可用的選項：{options}",
    "{job} does not take {option}; its options: {options}",
  ),
  badLang: label(
    "--lang 应为 zh-CN、zh-TW 或 en",
    "--lang 應為 zh-CN、zh-TW 或 en",
    "--lang must be zh-CN, zh-TW or en",
  ),
  unusable: label(
    "{file} 无法用于{job}：{reason}",
    "{file} 無法用於{job}：{reason}",
    "{file} cannot be used for {job}: {reason}",
  ),
  sameAsInput: label(
    "输出文件不能是输入文件本身（{file}）：请用 -o 指定另一个文件",
    "輸出檔不能是輸入檔本身（{file}）：請用 -o 指定另一個檔案",
    "The output cannot be the input file itself ({file}); choose another with -o",
  ),
  companySummary: label(
    "公司采购计划 {month}：{projects} 个项目，{lines} 行，金额合计 {amount} 元",
    "公司採購計劃 {month}：{projects} 個項目，{lines} 列，金額合計 {amount} 元",
    "Company plan {month}: {projects} projects, {lines} lines, total {amount} yuan",
  ),
  needProjects: label(
    "请给出至少一个项目的工作簿：propdesk company-plan <计划1.xlsx> <计划2.xlsx> …",
    "請給出至少一個項目的活頁簿：propdesk company-plan <計劃1.xlsx> <計劃2.xlsx> …",
    "Give at least one project workbook: propdesk company-plan <plan1.xlsx> <plan2.xlsx> ...",
  ),
  outputIsInput: label(
    "输出文件不能是输入文件之一（{file}）：请用 -o 指定另一个文件",
    "輸出檔不能是輸入檔之一（{file}）：請用 -o 指定另一個檔案",
    "The output cannot be one of the inputs ({file}); choose another with -o",
  ),
} satisfies Record<string, Label>;

/** Words of `propdesk <job> --help` and of the job options' descriptions, in each language. */
export const HELP_TEXT = {
  usage: label("用法", "用法", "Usage"),
  workbook: label("工作簿.xlsx", "活頁簿.xlsx", "workbook.xlsx"),
  options: label("选项", "選項", "Options"),
  optionsPlaceholder: label("选项", "選項", "options"),
  sameAs: label("同 {option}", "同 {option}", "the same as {option}"),
  inputs: label(
    "在工作簿中查找的表（按表头识别）",
    "在活頁簿中查找的表（按表頭識別）",
    "Tables it looks for in the workbook (found by their headers)",
  ),
  required: label("必需", "必需", "required"),
  optional: label("可选", "可選", "optional"),
  examples: label("示例", "範例", "Examples"),
  colon: label("：", "：", ": "),
  comma: label("，", "，", ", "),
  listSeparator: label("、", "、", ", "),
  withDefault: label("{what}（默认 {value}）", "{what}（預設 {value}）", "{what} (default {value})"),
  today: label("今天", "今天", "today"),
  lastMonth: label("上月", "上月", "last month"),
  thisMonth: label("本月", "本月", "this month"),
  nextMonth: label("下月", "下月", "next month"),
  month: label("月份", "月份", "the month"),
  from: label(
    "月份区间的第一个月（如年初至今：{example}）",
    "月份區間的第一個月（如年初至今：{example}）",
    "first month of a range (year to date: {example})",
  ),
  to: label("月份区间的最后一个月", "月份區間的最後一個月", "last month of a range"),
  asOf: label("截止日期", "截止日期", "the as-of date"),
  dateOption: label("{label}；{whenBlank}", "{label}；{whenBlank}", "{label}. {whenBlank}"),
} satisfies Record<string, Label>;

/** Messages for the file problems the .xlsx host reports (UserError codes), in each language. */
export const FILE_ERRORS: Record<string, Label> = {
  "file-not-found": label("找不到文件：{path}", "找不到檔案：{path}", "File not found: {path}"),
  "is-folder": label(
    "这是文件夹，不是文件：{path}",
    "這是資料夾，不是檔案：{path}",
    "Not a file but a folder: {path}",
  ),
  "cannot-read": label("无法读取：{path}", "無法讀取：{path}", "Cannot read: {path}"),
  encrypted: label(
    "工作簿设有打开密码：{path}（请在 Excel 中取消密码后再试）",
    "活頁簿設有開啟密碼：{path}（請在 Excel 中取消密碼後再試）",
    "The workbook is password-protected: {path} (remove the password in Excel, then try again)",
  ),
  "old-xls": label(
    "这是旧版 .xls 文件：{path}（请在 Excel 中另存为 .xlsx）",
    "這是舊版 .xls 檔案：{path}（請在 Excel 中另存為 .xlsx）",
    "This is an old .xls file: {path} (save it as .xlsx in Excel)",
  ),
  "not-xlsx": label("不是 .xlsx 文件：{path}", "不是 .xlsx 檔案：{path}", "Not an .xlsx file: {path}"),
  damaged: label(
    "文件已损坏，无法读取：{path}",
    "檔案已損壞，無法讀取：{path}",
    "The .xlsx file is damaged and cannot be read: {path}",
  ),
  "part-too-large": label(
    "工作簿中的 {part} 解压后超过 1 GB，未读取（文件已损坏或为压缩炸弹）：{path}",
    "活頁簿中的 {part} 解壓後超過 1 GB，未讀取（檔案已損壞或為壓縮炸彈）：{path}",
    "A part of the workbook inflates past 1 GB and was not read (damaged, or a zip bomb): {path} ({part})",
  ),
  "sheet-too-large": label(
    "工作表「{sheet}」的已用区域有 {rows} 行 × {columns} 列，太大无法读取：{path}（请删除远离表格的零散单元格）",
    "工作表「{sheet}」的已使用範圍有 {rows} 列 × {columns} 欄，太大無法讀取：{path}（請刪除遠離表格的零散儲存格）",
    'Sheet "{sheet}" spreads over {rows} rows × {columns} columns, too large to read: {path} (delete the stray cells far from its table)',
  ),
  "overwrite-input": label(
    "不会覆盖输入的工作簿：{path}（请用 -o 指定另一个输出文件）",
    "不會覆寫輸入的活頁簿：{path}（請用 -o 指定另一個輸出檔）",
    "Refusing to write over the input workbook: {path} (choose another output file with -o)",
  ),
  "no-folder": label("文件夹不存在：{path}", "資料夾不存在：{path}", "The folder does not exist: {path}"),
  "cannot-write": label(
    "无法写入 {path}（没有权限，或文件正在其他程序中打开）",
    "無法寫入 {path}（沒有權限，或檔案正在其他程式中開啟）",
    "Cannot write {path} (no permission, or the file is open in another program)",
  ),
};

/** A CLI text in a language with its `{placeholders}` filled. */
export function say(text: Label, lang: Lang, params: Record<string, string | number> = {}): string {
  return text[lang].replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
}
