import type { Lang } from "../../core/light";

/** The preview page's own strings (the pane has its own): the frame around the simulated workbook. */
const TEXT = {
  "zh-CN": {
    title: "PropDesk 预览",
    simulated: "模拟工作簿（无 Excel）",
    syncs: "Excel 同步 {n} 次",
    loading: "正在载入工作簿…",
    failed: "无法载入工作簿：{message}",
    ribbonTab: "物业办公",
    ribbonHint: "功能区按钮：用默认设置运行",
    sheets: "工作表",
    empty: "（空工作表）",
    truncated: "只显示前 {rows} 行、{columns} 列",
    pane: "PropDesk 任务窗格",
  },
  "zh-TW": {
    title: "PropDesk 預覽",
    simulated: "模擬活頁簿（無 Excel）",
    syncs: "Excel 同步 {n} 次",
    loading: "正在載入活頁簿…",
    failed: "無法載入活頁簿：{message}",
    ribbonTab: "物業辦公",
    ribbonHint: "功能區按鈕：以預設設定執行",
    sheets: "工作表",
    empty: "（空白工作表）",
    truncated: "只顯示前 {rows} 列、{columns} 欄",
    pane: "PropDesk 工作窗格",
  },
  en: {
    title: "PropDesk preview",
    simulated: "Simulated workbook (no Excel)",
    syncs: "Excel syncs: {n}",
    loading: "Loading the workbook…",
    failed: "Could not load the workbook: {message}",
    ribbonTab: "PropDesk",
    ribbonHint: "Ribbon buttons: run with the defaults",
    sheets: "Sheets",
    empty: "(empty sheet)",
    truncated: "Showing the first {rows} rows and {columns} columns",
    pane: "PropDesk task pane",
  },
} satisfies Record<Lang, Record<string, string>>;

/** A key of the preview page's strings. */
export type PreviewTextKey = keyof (typeof TEXT)["en"];

/** One of the preview page's strings in `lang`, `{name}` filled from `params`. */
export function previewText(
  lang: Lang,
  key: PreviewTextKey,
  params: Record<string, string | number> = {},
): string {
  return TEXT[lang][key].replace(/\{(\w+)\}/g, (all, name: string) =>
    name in params ? String(params[name]) : all,
  );
}
