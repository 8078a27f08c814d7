import "./preview.html";
import { JOB_DECLARATIONS, isIsoDate, type BookData, type Lang } from "../../core/light";
import { simFromBook, type ExcelSimulator } from "../excel-sim/index";
import { parseAddress } from "../excel-sim/cellRect";
import { waitForPane } from "../commands/waitForPane";
import type { ExcelRunner } from "../excel/excelSubset";
import { paneLanguage } from "../i18n/paneLanguage";
import { PREVIEW_READY_EVENT } from "../taskpane/preview";
import { localToday } from "../taskpane/today";
import { registerPreviewFunctions } from "./previewFunctions";
import { previewText } from "./previewText";
import { WorkbookView } from "./workbookView";

declare global {
  interface Window {
    /** The preview's simulated workbook, for tests and the browser console. */
    propdeskSim?: ExcelSimulator;
  }
}

/** Task pane widths the preview allows (`?width=`); Office's pane is about 320 to 350 px wide by default. */
const PANE_WIDTH = { min: 280, max: 640, default: 340 };

/** What the preview's URL asks for: `?lang=en-US&today=2026-12-01&book=purchase-plan/requests.xlsx&width=320`. */
interface PreviewParams {
  displayLanguage: string;
  lang: Lang;
  today: string;
  book: string;
  paneWidth: number;
}

function readParams(search: string): PreviewParams {
  const query = new URLSearchParams(search);
  const displayLanguage = query.get("lang") ?? "zh-CN";
  const today = query.get("today") ?? "";
  const width = Number(query.get("width") ?? PANE_WIDTH.default);
  return {
    displayLanguage,
    lang: paneLanguage(displayLanguage),
    today: isIsoDate(today) ? today : localToday(new Date()),
    book: query.get("book") ?? "",
    paneWidth: Number.isFinite(width)
      ? Math.min(PANE_WIDTH.max, Math.max(PANE_WIDTH.min, Math.round(width)))
      : PANE_WIDTH.default,
  };
}

/** What the preview server sends: the workbook as the add-in reads it, and how its sheets look. */
interface LoadedBook {
  name: string;
  book: BookData;
  layout: SheetLayout[];
}

/**
 * A sheet's column widths (in characters, as in the file), merged areas, state and the formulas calling PropDesk's
 * worksheet functions (address and formula as Excel shows it), which `BookData` leaves out.
 */
interface SheetLayout {
  name: string;
  columnWidths: [number, number][];
  merges: string[];
  state: "visible" | "hidden" | "veryHidden";
  formulas?: [string, string][];
}

/** Points per character of column width (7 px digits at 0.75 pt per px), as the simulator's .xlsx bridge counts. */
const POINTS_PER_CHARACTER = 5.25;

const VISIBILITY = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;

async function loadBook(params: PreviewParams): Promise<LoadedBook> {
  const query = new URLSearchParams({ today: params.today });
  if (params.book !== "") query.set("book", params.book);
  const response = await fetch(`api/book?${query.toString()}`);
  const body = (await response.json()) as Partial<LoadedBook> & { error?: string };
  if (!response.ok || body.book === undefined) throw new Error(body.error ?? `HTTP ${response.status}`);
  return { name: body.name ?? params.book, book: body.book, layout: body.layout ?? [] };
}

/** The simulator holding the workbook: cells from `BookData`, then widths, merges and hidden sheets. */
function simulate({ book, layout }: LoadedBook): ExcelSimulator {
  const sim = simFromBook(book);
  for (const { name, columnWidths, merges, state, formulas } of layout) {
    const sheet = sim.workbook.find(name);
    if (!sheet) continue;
    for (const [column, width] of columnWidths) sheet.columnWidths.set(column, width * POINTS_PER_CHARACTER);
    for (const merge of merges) sheet.merges.push(parseAddress(merge));
    for (const [address, formula] of formulas ?? []) {
      const { top, left } = parseAddress(address);
      sheet.setFormula(top, left, `=${formula}`, sheet.constant(top, left));
    }
    sheet.visibility = VISIBILITY[state] ?? "Visible";
  }
  const active = sim.workbook.active;
  if (active && active.visibility !== "Visible")
    sim.workbook.active = sim.workbook.sheets.find((s) => s.visibility === "Visible") ?? null;
  return sim;
}

/** The real task pane in an iframe, given the simulator's runner once its page has loaded (`propdeskPreview` + event); the pane builds its own host over it. */
function openPane(aside: HTMLElement, excel: ExcelRunner, params: PreviewParams): HTMLIFrameElement {
  const frame = document.createElement("iframe");
  frame.className = "pv-pane-frame";
  frame.id = "pv-pane-frame";
  frame.title = previewText(params.lang, "pane");
  frame.addEventListener("load", () => {
    const pane = frame.contentWindow as (Window & typeof globalThis) | null;
    if (!pane) return;
    pane.propdeskPreview = {
      excel,
      requirements: { isSetSupported: () => true },
      displayLanguage: params.displayLanguage,
      today: params.today,
    };
    pane.dispatchEvent(new pane.Event(PREVIEW_READY_EVENT));
  });
  frame.src = "taskpane.html";
  aside.append(frame);
  return frame;
}

/** The PropDesk ribbon tab: one button per job, run with its defaults through the pane, as the real ribbon does. */
function drawRibbon(ribbon: HTMLElement, frame: HTMLIFrameElement, lang: Lang): void {
  const tab = document.createElement("span");
  tab.className = "pv-ribbon-tab";
  tab.textContent = previewText(lang, "ribbonTab");
  ribbon.setAttribute("aria-label", previewText(lang, "ribbonHint"));
  ribbon.replaceChildren(tab);
  for (const job of JOB_DECLARATIONS) {
    const button = document.createElement("button");
    button.type = "button";
    button.dataset["job"] = job.id;
    button.title = previewText(lang, "ribbonHint");
    button.textContent = job.title[lang];
    button.addEventListener("click", () => {
      const pane = frame.contentWindow;
      if (pane) void waitForPane(pane).then((bridge) => bridge?.runWithDefaults(job.id));
    });
    ribbon.append(button);
  }
}

function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`preview.html has no #${id}`);
  return found;
}

async function start(): Promise<void> {
  const params = readParams(location.search);
  const { lang } = params;
  document.documentElement.lang = lang;
  document.title = previewText(lang, "title");
  document.body.dataset["state"] = "loading";
  document.documentElement.style.setProperty("--pv-pane-width", `${params.paneWidth}px`);
  const grid = element("pv-grid");
  const status = element("pv-status");
  status.textContent = previewText(lang, "simulated");
  const message = document.createElement("p");
  message.className = "pv-message";
  message.textContent = previewText(lang, "loading");
  grid.replaceChildren(message);

  let loaded: LoadedBook;
  try {
    loaded = await loadBook(params);
  } catch (error) {
    message.classList.add("pv-error");
    message.textContent = previewText(lang, "failed", {
      message: error instanceof Error ? error.message : String(error),
    });
    document.body.dataset["state"] = "failed";
    return;
  }
  element("pv-book").textContent = `${loaded.name} · ${previewText(lang, "simulated")} · ${params.today}`;

  const sim = simulate(loaded);
  window.propdeskSim = sim;
  const view = new WorkbookView(
    sim,
    {
      grid,
      status,
      tabs: element("pv-tabs"),
      nameBox: element("pv-name-box"),
      formula: element("pv-formula"),
    },
    lang,
  );
  // Every batch the pane sends goes through the simulator, then the sheet is drawn again; the timer catches
  // changes made from elsewhere (a test or the console working on window.propdeskSim).
  const run: ExcelRunner = (batch) => sim.run(batch).finally(() => view.refresh());
  registerPreviewFunctions(sim, run);
  view.refresh();
  setInterval(() => view.refresh(), 250);

  const frame = openPane(element("pv-pane"), run, params);
  drawRibbon(element("pv-ribbon"), frame, lang);
  document.body.dataset["state"] = "ready";
}

void start();
