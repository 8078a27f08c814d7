import { fillText, label, type Label, type Lang } from "../core/light";

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
    "问题：错误 {errors} 个，警告 {warnings} 个",
    "問題：錯誤 {errors} 個，警告 {warnings} 個",
    "Issues: {errors:error|errors}, {warnings:warning|warnings}",
  ),
  moreIssues: label(
    "  … 另有 {count} 条，见「问题清单」工作表",
    "  … 另有 {count} 條，見「問題清單」工作表",
    "  … and {count} more: see the Issues sheet",
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
  noSuchYear: label(
    "{option} {value}：没有 {year} 年（年份应为 0001 到 9999）",
    "{option} {value}：沒有 {year} 年（年份應為 0001 到 9999）",
    "{option} {value}: there is no year {year} (years run from 0001 to 9999)",
  ),
  noSuchMonth: label(
    "{option} {value}：没有 {month} 月",
    "{option} {value}：沒有 {month} 月",
    "{option} {value}: there is no month {month}",
  ),
  noSuchDay: label(
    "{option} {value}：{year} 年 {month} 月没有 {day} 日",
    "{option} {value}：{year} 年 {month} 月沒有 {day} 日",
    "{option} {value}: {monthName} {year} has no day {day}",
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
    "Company plan {month}: {projects:project|projects}, {lines:line|lines}, total {amount} yuan",
  ),
  noProjectPlan: label(
    "{files} 中既没有 {month} 的采购计划明细，也没有物资采购申请单，无法汇总公司采购计划",
    "{files} 中既沒有 {month} 的採購計劃明細，也沒有物資採購申請單，無法彙總公司採購計劃",
    "{files} holds neither a purchase plan detail for {month} nor department requests, so there is no plan to consolidate",
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
  jobHeading: label(
    "== {title}（{job}，{period}）",
    "== {title}（{job}，{period}）",
    "== {title} ({job}, {period})",
  ),
  sheetKept: label(
    "  工作表「{name}」（保留自上次的输出）",
    "  工作表「{name}」（保留自上次的輸出）",
    '  sheet "{name}" (kept from the earlier output)',
  ),
  sheetRefused: label(
    "  未能保留上次输出中的工作表「{name}」：{reason}",
    "  未能保留上次輸出中的工作表「{name}」：{reason}",
    '  could not keep the earlier output\'s sheet "{name}": {reason}',
  ),
  sheetDropped: label(
    "  未保留上次输出中的工作表「{name}」：它既不是 PropDesk 生成的，也不在输入工作簿中",
    "  未保留上次輸出中的工作表「{name}」：它既不是 PropDesk 產生的，也不在輸入活頁簿中",
    "  did not keep the earlier output's sheet \"{name}\": it is neither PropDesk's nor the input's",
  ),
  overwritten: label(
    "注意：{file} 原有的文件不是这个输入工作簿的 PropDesk 输出（{reason}），已被覆盖，其中的工作表都未保留",
    "注意：{file} 原有的檔案不是這個輸入活頁簿的 PropDesk 輸出（{reason}），已被覆寫，其中的工作表都未保留",
    "Note: the file {file} was there and is not PropDesk's output of this input ({reason}); it was written over and none of its sheets kept",
  ),
  jobsAndAll: label(
    "--all 会运行全部任务，不能再列出任务（{jobs}）",
    "--all 會執行全部任務，不能再列出任務（{jobs}）",
    "--all runs every job: give a list of jobs ({jobs}) or --all, not both",
  ),
  missingJobs: label(
    "请给出任务或 --all：propdesk run <任务>[,<任务>…] <工作簿.xlsx>，或 propdesk run --all <工作簿.xlsx>",
    "請給出任務或 --all：propdesk run <任務>[,<任務>…] <活頁簿.xlsx>，或 propdesk run --all <活頁簿.xlsx>",
    "Give the jobs or --all: propdesk run <job>[,<job>…] <workbook.xlsx>, or propdesk run --all <workbook.xlsx>",
  ),
  extraArgument: label(
    "多余的参数“{argument}”：多个任务之间用逗号分隔，如 fee-statistics,collection",
    "多餘的參數「{argument}」：多個任務之間用逗號分隔，如 fee-statistics,collection",
    'Unexpected argument "{argument}": separate jobs with commas, e.g. fee-statistics,collection',
  ),
  unknownOption: label(
    "{command} 没有选项 {option}（最接近的：{nearest}）；可用的选项：{options}",
    "{command} 沒有選項 {option}（最接近的：{nearest}）；可用的選項：{options}",
    "{command} has no option {option} (the nearest: {nearest}); its options: {options}",
  ),
  optionNeedsValue: label(
    "{option} 后面缺少取值",
    "{option} 後面缺少取值",
    "{option} needs a value after it",
  ),
  optionTakesNoValue: label(
    "{option} 不带取值（这里给了“{value}”）",
    "{option} 不帶取值（這裡給了「{value}」）",
    '{option} takes no value (got "{value}")',
  ),
  unexpectedArgument: label(
    "{command} 不接受参数“{argument}”",
    "{command} 不接受參數「{argument}」",
    '{command} takes no argument "{argument}"',
  ),
  secondWorkbook: label(
    "{command} 多了一个参数“{argument}”（一次只处理一个工作簿）",
    "{command} 多了一個參數「{argument}」（一次只處理一個活頁簿）",
    '{command} got one argument too many: "{argument}" (it takes one workbook at a time)',
  ),
  optionNotTakenByJobs: label(
    "{jobs} 都不接受 {option}{takers}；最接近的可用选项：{nearest}",
    "{jobs} 都不接受 {option}{takers}；最接近的可用選項：{nearest}",
    "{option} is not an option of {jobs}{takers}; the nearest valid one: {nearest}",
  ),
  optionTakers: label("（接受它的任务：{jobs}）", "（接受它的任務：{jobs}）", " (taken by {jobs})"),
  printing: label("打印 PDF …", "列印 PDF …", "Printing the PDF …"),
  pdfPrinted: label(
    "已打印 PDF {file}（{sheets} 张工作表，问题清单除外）",
    "已列印 PDF {file}（{sheets} 張工作表，問題清單除外）",
    "Printed {file} ({sheets:sheet|sheets}, the issues sheets left out)",
  ),
  pdfNotPrinted: label(
    "  PDF 中没有工作表「{name}」（无法单独复制）",
    "  PDF 中沒有工作表「{name}」（無法單獨複製）",
    '  the PDF lacks sheet "{name}" (it cannot be copied on its own)',
  ),
  pdfNoSoffice: label(
    "未打印 PDF：PATH 中找不到 LibreOffice 的 soffice（安装 LibreOffice 后可用 --pdf）；工作簿已写入",
    "未列印 PDF：PATH 中找不到 LibreOffice 的 soffice（安裝 LibreOffice 後可用 --pdf）；活頁簿已寫入",
    "No PDF: LibreOffice's soffice is not on the PATH (install LibreOffice to use --pdf); the workbook is written",
  ),
  pdfNoSheets: label(
    "未打印 PDF：输出中没有可上交的 PropDesk 工作表",
    "未列印 PDF：輸出中沒有可上交的 PropDesk 工作表",
    "No PDF: the output holds no PropDesk sheet to hand in",
  ),
  pdfFailed: label(
    "PDF 打印失败：LibreOffice {reason}；工作簿已写入",
    "PDF 列印失敗：LibreOffice {reason}；活頁簿已寫入",
    "The PDF could not be printed: LibreOffice {reason}; the workbook is written",
  ),
} satisfies Record<string, Label>;

/** Why the file at the output path was not taken for an earlier output (a ForeignReason), in each language. */
export const FOREIGN_REASONS: Record<string, Label> = {
  unreadable: label("不是可读取的 .xlsx", "不是可讀取的 .xlsx", "not a readable .xlsx"),
  "no-propdesk-sheets": label(
    "没有 PropDesk 生成的工作表",
    "沒有 PropDesk 產生的工作表",
    "it holds no sheet of PropDesk's",
  ),
  "other-workbook": label(
    "其中的工作表都不是这个输入工作簿的",
    "其中的工作表都不是這個輸入活頁簿的",
    "none of its other sheets is the input's",
  ),
};

/** Why a sheet of the earlier output could not be kept (a CarryRefusal), in each language. */
export const CARRY_REFUSALS: Record<string, Label> = {
  "shared-marker": label(
    "它是复制出来的，PropDesk 的标记同时指向几张工作表",
    "它是複製出來的，PropDesk 的標記同時指向幾張工作表",
    "it was copied, and PropDesk's mark names several sheets",
  ),
  "missing-part": label(
    "它的内容在文件中缺失或已损坏",
    "它的內容在檔案中缺失或已損壞",
    "its content is missing from the file or damaged",
  ),
  "workbook-parts": label(
    "它含有表格、数据透视表或切片器等无法单独移动的内容",
    "它含有表格、樞紐分析表或交叉分析篩選器等無法單獨移動的內容",
    "it holds a table, pivot table, slicer or the like, which cannot move on its own",
  ),
  namespace: label(
    "它以另一种文件格式（严格 OOXML）保存",
    "它以另一種檔案格式（嚴格 OOXML）儲存",
    "it is saved in another file format (strict OOXML)",
  ),
};

/** Words of `propdesk run --help`, in each language. */
export const RUN_TEXT = {
  title: label("一次运行多个任务", "一次執行多個任務", "Several jobs at once"),
  description: label(
    "读取工作簿一次，运行所选的任务（或全部任务），把各任务的工作表写进同一个输出工作簿，并分别打印各任务的摘要。没有输入表的任务不运行，并说明原因，其余照常运行。",
    "讀取活頁簿一次，執行所選的任務（或全部任務），把各任務的工作表寫進同一個輸出活頁簿，並分別列印各任務的摘要。沒有輸入表的任務不執行，並說明原因，其餘照常執行。",
    "Reads the workbook once, runs the jobs chosen (or every job), writes all their sheets into one output workbook and prints each job's summary. A job without its input sheets does not run, and says why; the others run.",
  ),
  job: label("任务", "任務", "job"),
  all: label("运行全部任务", "執行全部任務", "run every job"),
  appliesTo: label("用于：{jobs}", "用於：{jobs}", "for {jobs}"),
  jobs: label("任务", "任務", "Jobs"),
  exitCodes: label("退出码", "結束代碼", "Exit codes"),
  exitCodeLines: label(
    "0 全部任务已运行（有问题的行列在问题清单中）\n1 部分完成：有任务缺少输入表而未运行，或 PDF 打印失败（工作簿已写入）\n2 输入无法使用（所有任务都缺少输入表）或选项有误，未写入",
    "0 全部任務已執行（有問題的列列在問題清單中）\n1 部分完成：有任務缺少輸入表而未執行，或 PDF 列印失敗（活頁簿已寫入）\n2 輸入無法使用（所有任務都缺少輸入表）或選項有誤，未寫入",
    "0 every job ran (bad rows are listed as issues)\n1 done in part: a job had no input sheet and did not run, or the PDF could not be printed (the workbook is written)\n2 the input cannot be used (no job found its input sheets) or an option is wrong; nothing written",
  ),
} satisfies Record<string, Label>;

/** Words of `propdesk --help`, in each language. */
export const TOP_HELP_TEXT = {
  intro: label(
    "PropDesk（物业办公助手）：用项目办公室自己的工作簿，做出每月上报的表格。",
    "PropDesk（物業辦公助手）：用項目辦公室自己的活頁簿，做出每月上報的表格。",
    "PropDesk (物业办公助手) - the monthly hand-in sheets of a property project office, from its own workbooks.",
  ),
  job: label("任务", "任務", "job"),
  command: label("任务或命令", "任務或命令", "job or command"),
  askHelp: label(
    "任务的输入表、选项和示例，或命令的用法",
    "任務的輸入表、選項和範例，或命令的用法",
    "the job's inputs, options and examples, or the command's usage",
  ),
  jobs: label(
    "各任务及其期间选项（默认值按 {today} 计算）",
    "各任務及其期間選項（預設值按 {today} 計算）",
    "Jobs and the period options each takes (defaults as on {today})",
  ),
  titleSeparator: label("：", "：", " - "),
  none: label("（暂无）", "（暫無）", "(none yet)"),
  general: label("每个任务都接受的选项", "每個任務都接受的選項", "Options of every job"),
  notes: label(
    [
      "任务不接受的选项会被拒绝。晚于 --today 的日期照常运行，并给出警告。",
      "输入的工作簿从不修改：输出是它的副本，含输入的工作表和任务的工作表",
      "（用 --handin 时，是只含任务工作表的新工作簿：<文件名>.handin.xlsx）。",
      "重新运行会替换 PropDesk 自己该期间的工作表，从不动你自己做的表。输出文件是同一输入的上次输出时，",
      "其中其他任务和期间的 PropDesk 工作表会保留，并逐一列出。",
      "退出码：0 任务已运行（有问题的行列在问题清单中）；1 部分完成：run 中有任务找不到输入表（其余已运行）",
      "或 PDF 无法打印；2 输入无法使用或选项有误。",
    ].join("\n"),
    [
      "任務不接受的選項會被拒絕。晚於 --today 的日期照常執行，並給出警告。",
      "輸入的活頁簿從不修改：輸出是它的副本，含輸入的工作表和任務的工作表",
      "（用 --handin 時，是只含任務工作表的新活頁簿：<檔名>.handin.xlsx）。",
      "重新執行會取代 PropDesk 自己該期間的工作表，從不動你自己做的表。輸出檔是同一輸入的上次輸出時，",
      "其中其他任務和期間的 PropDesk 工作表會保留，並逐一列出。",
      "結束代碼：0 任務已執行（有問題的列列在問題清單中）；1 部分完成：run 中有任務找不到輸入表（其餘已執行）",
      "或 PDF 無法列印；2 輸入無法使用或選項有誤。",
    ].join("\n"),
    [
      "A job refuses an option it does not take. A date typed after --today runs as given, with a warning.",
      "The input workbook is never modified: the output is a copy with the input sheets and the job's sheets",
      "(with --handin, a new workbook of the job's sheets alone: <name>.handin.xlsx).",
      "Re-running replaces PropDesk's own sheets for that period, never a sheet you made. When the output file is an",
      "earlier output of the same input, PropDesk's sheets of other jobs and periods in it are kept, and listed.",
      "Exit codes: 0 the job ran (bad rows are listed as issues); 1 done in part: a job of run found no input sheet",
      "(the others ran) or the PDF could not be printed; 2 the input cannot be used or an option is wrong.",
    ].join("\n"),
  ),
} satisfies Record<string, Label>;

/** The commands besides the jobs, as `propdesk --help` lists them and their own `--help` shows them. */
export const COMMAND_TEXT = {
  runUsage: label(
    "propdesk run <任务>[,<任务>…] <工作簿.xlsx> [选项]（或：propdesk run --all <工作簿.xlsx>）",
    "propdesk run <任務>[,<任務>…] <活頁簿.xlsx> [選項]（或：propdesk run --all <活頁簿.xlsx>）",
    "propdesk run <job>[,<job>…] <workbook.xlsx> [options]   (or: propdesk run --all <workbook.xlsx>)",
  ),
  runDescription: label(
    "读取工作簿一次，运行几个任务（--all 为全部任务），写入同一个输出；详见 propdesk run --help。",
    "讀取活頁簿一次，執行幾個任務（--all 為全部任務），寫入同一個輸出；詳見 propdesk run --help。",
    "Runs several jobs (or every job with --all) on one reading of the workbook into one output; run --help for more.",
  ),
  companyTitle: label("公司采购计划", "公司採購計劃", "Company purchase plan"),
  companyUsage: label(
    "propdesk company-plan <计划1.xlsx> <计划2.xlsx> … [--month YYYY-MM] [-o 公司计划.xlsx] [--json]",
    "propdesk company-plan <計劃1.xlsx> <計劃2.xlsx> … [--month YYYY-MM] [-o 公司計劃.xlsx] [--json]",
    "propdesk company-plan <plan1.xlsx> <plan2.xlsx> ... [--month YYYY-MM] [-o company.xlsx] [--json]",
  ),
  companyDescription: label(
    "把几个项目的采购计划汇总为公司采购计划（每个项目一列数量）。",
    "把幾個項目的採購計劃彙總為公司採購計劃（每個項目一欄數量）。",
    "Consolidates several projects' purchase plans into the company plan (one quantity column per project).",
  ),
  plan: label("计划", "計劃", "plan"),
  planMonth: label("计划月份", "計劃月份", "the plan's month"),
  companyOut: label(
    "输出的工作簿（默认 company-plan-<月份>.xlsx）",
    "輸出的活頁簿（預設 company-plan-<月份>.xlsx）",
    "output workbook (default company-plan-<month>.xlsx)",
  ),
  demoTitle: label("示例", "範例", "Demo"),
  demoUsage: label(
    "propdesk demo [--out-dir 文件夹] [--today YYYY-MM-DD]",
    "propdesk demo [--out-dir 資料夾] [--today YYYY-MM-DD]",
    "propdesk demo [--out-dir DIR] [--today YYYY-MM-DD]",
  ),
  demoDescription: label(
    "制作一份示例物业办公室工作簿，对它运行全部任务，并说明做了什么、发现了哪些有问题的单元格。",
    "製作一份範例物業辦公室活頁簿，對它執行全部任務，並說明做了什麼、發現了哪些有問題的儲存格。",
    "Makes a sample property-office workbook, runs every job on it and says what it made and which bad cells it found.",
  ),
  folder: label("文件夹", "資料夾", "DIR"),
  demoOutDir: label(
    "写入示例工作簿及其输出的文件夹（默认 demo）",
    "寫入範例活頁簿及其輸出的資料夾（預設 demo）",
    "the folder the sample workbook and its output are written to (default demo)",
  ),
  demoToday: label(
    "示例数据和各任务默认期间所依据的日期（默认：今天）",
    "範例資料和各任務預設期間所依據的日期（預設：今天）",
    "the day the sample's dates and each job's default period are computed from (default: today)",
  ),
  help: label("显示本用法", "顯示本用法", "show this usage"),
  demoSample: label(
    "示例工作簿：{file}（{sheets} 张工作表）",
    "範例活頁簿：{file}（{sheets} 張工作表）",
    "Sample workbook: {file} ({sheets:sheet|sheets})",
  ),
  demoOutput: label("输出工作簿：{file}", "輸出活頁簿：{file}", "Output workbook: {file}"),
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
    "文件已损坏，无法读取：{path}（{reason}）",
    "檔案已損壞，無法讀取：{path}（{reason}）",
    "The .xlsx file is damaged and cannot be read: {path} ({reason})",
  ),
  "part-too-large": label(
    "工作簿中的 {part} 解压后超过 {limit} MB，未读取（文件已损坏或为压缩炸弹）：{path}",
    "活頁簿中的 {part} 解壓後超過 {limit} MB，未讀取（檔案已損壞或為壓縮炸彈）：{path}",
    "A part of the workbook inflates past {limit} MB and was not read (damaged, or a zip bomb): {path} ({part})",
  ),
  "workbook-too-large": label(
    "工作簿各部分解压后合计超过 {limit} MB，未读取（文件已损坏或为压缩炸弹）：{path}（{part}）",
    "活頁簿各部分解壓後合計超過 {limit} MB，未讀取（檔案已損壞或為壓縮炸彈）：{path}（{part}）",
    "The workbook's parts inflate past {limit} MB together and were not read (damaged, or a zip bomb): {path} ({part})",
  ),
  "too-many-cells": label(
    "工作簿的非空单元格超过 {limit} 个（一次运行最多读取这么多，在工作表「{sheet}」处超出）：{path}",
    "活頁簿的非空儲存格超過 {limit} 個（一次執行最多讀取這麼多，在工作表「{sheet}」處超出）：{path}",
    'The workbook holds more than {limit} non-empty cells, the most one run reads (passed in sheet "{sheet}"): {path}',
  ),
  "too-many-strings": label(
    "工作簿的共享字符串表超过 {limit} 项（一次运行最多读取这么多）：{path}（{part}）",
    "活頁簿的共用字串表超過 {limit} 項（一次執行最多讀取這麼多）：{path}（{part}）",
    "The workbook's shared string table holds more than {limit} strings, the most one run reads: {path} ({part})",
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
  "is-file": label(
    "这是文件，不是文件夹：{path}",
    "這是檔案，不是資料夾：{path}",
    "Not a folder but a file: {path}",
  ),
  "cannot-make-folder": label(
    "无法创建文件夹：{path}（没有权限，或这里不能建文件夹）",
    "無法建立資料夾：{path}（沒有權限，或這裡不能建資料夾）",
    "Cannot make the folder {path} (no permission, or no folder can be made there)",
  ),
  "not-a-workbook-file": label(
    "这不是工作簿文件，而是管道或设备：{path}",
    "這不是活頁簿檔案，而是管道或裝置：{path}",
    "Not a workbook file but a pipe or device: {path}",
  ),
  "file-too-large": label(
    "工作簿文件超过 {limit} MB（一次运行最多读取这么大）：{path}",
    "活頁簿檔案超過 {limit} MB（一次執行最多讀取這麼大）：{path}",
    "The workbook file is larger than {limit} MB, the largest one run reads: {path}",
  ),
  "earlier-output-unreadable": label(
    "上次的输出 {path} 无法读取（{reason}），其中的工作表无法保留，因此未覆盖它：请移走它，或用 -o 指定另一个输出文件",
    "上次的輸出 {path} 無法讀取（{reason}），其中的工作表無法保留，因此未覆寫它：請移走它，或用 -o 指定另一個輸出檔",
    "The earlier output {path} cannot be read to keep its sheets ({reason}); it was left as it is: move it away or choose another output with -o",
  ),
  "not-a-file": label(
    "这不是文件，而是管道或设备，不会写入：{path}",
    "這不是檔案，而是管道或裝置，不會寫入：{path}",
    "Not a file but a pipe or device, so nothing is written to it: {path}",
  ),
  "disk-full": label(
    "无法写入 {path}：磁盘已满（请腾出空间后再试）",
    "無法寫入 {path}：磁碟已滿（請騰出空間後再試）",
    "Cannot write {path}: the disk is full (free some space, then try again)",
  ),
  "read-only": label(
    "无法写入 {path}：磁盘是只读的",
    "無法寫入 {path}：磁碟是唯讀的",
    "Cannot write {path}: the disk is read-only",
  ),
  "cannot-write": label(
    "无法写入 {path}（没有权限，或文件正在其他程序中打开）",
    "無法寫入 {path}（沒有權限，或檔案正在其他程式中開啟）",
    "Cannot write {path} (no permission, or the file is open in another program)",
  ),
};

/**
 * A CLI text in a language with its `{placeholders}` filled, and its `{count:one|other}` ones with the count and
 * its noun in the right number (English: `1 error`, `2 errors`).
 */
export function say(text: Label, lang: Lang, params: Record<string, string | number> = {}): string {
  return fillText(text[lang], params);
}
