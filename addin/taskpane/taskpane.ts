import "./taskpane.html";
import { JOB_DECLARATIONS } from "../../core/light";
import { registerCommands } from "../commands/ribbon";
import { registerCustomFunctions } from "../functions/officeFunctions";
import { loadJobCode } from "../jobLoader";
import { paneLanguage } from "../i18n/paneLanguage";
import { paneText } from "../i18n/paneText";
import { findEnvironment, type PaneEnvironment } from "./environment";
import { applyFluentTheme } from "./fluent";
import { PANE_READY_EVENT } from "./paneBridge";
import { PaneController } from "./paneController";
import { nextPaint } from "./nextPaint";
import { PaneView } from "./view/paneView";
import { h } from "./view/dom";

/**
 * Starts the pane in its environment: builds the controller and view, offers the ribbon bridge, finds input
 * sheets, and once the pane has painted loads the selected job's code in the background (a job's rules and
 * sheets are not in this bundle; see jobLoader.ts).
 */
function start(env: PaneEnvironment, root: HTMLElement): void {
  applyFluentTheme(env.dark);
  const controller = new PaneController({
    host: env.host,
    jobs: JOB_DECLARATIONS,
    load: loadJobCode,
    lang: paneLanguage(env.displayLanguage),
    today: env.today,
    beforeCompute: nextPaint,
  });
  new PaneView(controller, root);
  window.propdeskPane = {
    runWithDefaults: async (jobId) => {
      await controller.runWithDefaults(jobId);
    },
  };
  window.dispatchEvent(new Event(PANE_READY_EVENT));
  void controller.detectSheets();
  void nextPaint().then(() => controller.preload());
}

/** Shows that the pane needs Excel, in the browser's language, until a preview page provides a host. */
function showNotInExcel(root: HTMLElement): void {
  applyFluentTheme(false);
  const lang = paneLanguage(navigator.language);
  root.replaceChildren(h("p", { class: "pd-section pd-muted" }, paneText(lang, "notInExcel")));
}

// Shared runtime (manifest.xml): this page is also the ribbon's function file, so this bundle registers the
// ribbon's functions at load, and the core is loaded once; a button runs its job through the pane, which loads
// the job's code when it runs. No Office (the preview, a plain browser): no ribbon.
if (typeof Office !== "undefined") registerCommands(Office);
// This page is also the custom functions' page: PROPDESK.* worksheet functions, where Excel offers CustomFunctions.
registerCustomFunctions();

const root = document.getElementById("app");
if (root) {
  void findEnvironment((env) => start(env, root)).then((env) => {
    if (env) start(env, root);
    else showNotInExcel(root);
  });
}
