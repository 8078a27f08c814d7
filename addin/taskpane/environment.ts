/// <reference types="office-js" />
import { isIsoDate, type IsoDate } from "../../core/light";
import type { AddinHost } from "../excel/addinHost";
import { OfficeWorkbookHost } from "../excel/officeHost";
import { createExcelHost } from "./excelHost";
import { PREVIEW_READY_EVENT, type PropDeskPreview } from "./preview";
import { localToday } from "./today";

/** Where the pane runs: its workbook host, Office's display language, today's date and whether Office shows a dark theme. */
export interface PaneEnvironment {
  host: AddinHost;
  displayLanguage: string;
  today: IsoDate;
  dark: boolean;
}

/** The pane's environment: `window.propdeskPreview`, else Excel once Office is ready, else null (a later preview arrives through `onPreview`). */
export async function findEnvironment(
  onPreview: (env: PaneEnvironment) => void,
): Promise<PaneEnvironment | null> {
  if (window.propdeskPreview) return fromPreview(window.propdeskPreview);
  if (typeof Office !== "undefined") {
    const info = await Office.onReady();
    if (info.host === Office.HostType.Excel) {
      return {
        host: createExcelHost(),
        displayLanguage: Office.context.displayLanguage,
        today: localToday(new Date()),
        dark: Office.context.officeTheme?.isDarkTheme === true,
      };
    }
    if (window.propdeskPreview) return fromPreview(window.propdeskPreview);
  }
  window.addEventListener(
    PREVIEW_READY_EVENT,
    () => {
      if (window.propdeskPreview) onPreview(fromPreview(window.propdeskPreview));
    },
    { once: true },
  );
  return null;
}

function fromPreview(preview: PropDeskPreview): PaneEnvironment {
  return {
    host: new OfficeWorkbookHost(preview.excel, preview.requirements),
    displayLanguage: preview.displayLanguage,
    today: isIsoDate(preview.today) ? preview.today : localToday(new Date()),
    dark: false,
  };
}
