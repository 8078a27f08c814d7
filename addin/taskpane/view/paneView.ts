import { paneText } from "../../i18n/paneText";
import { errorMessage } from "../errorMessage";
import { formView } from "../formView";
import type { PaneController } from "../paneController";
import type { PaneState } from "../paneState";
import { progressView } from "../progressView";
import { failureView } from "../failureView";
import { h } from "./dom";
import { InputsSection } from "./inputsSection";
import { renderHeader } from "./renderHeader";
import { renderJobs } from "./renderJobs";
import { renderNotice } from "./renderNotice";
import { renderField, type TextField } from "./renderField";
import { renderProgress } from "./renderProgress";
import { renderResult } from "./renderResult";
import { TodoPanel } from "./renderTodo";
import { nextPaint } from "../nextPaint";
import { loadTodoCode, type TodoCode, type TodoLoader } from "../todoLoader";
import type { DutyItem } from "../../../core/light";

/** One part of the pane: rebuilt only when one of the state values it depends on changed. */
interface Part {
  deps: readonly unknown[] | null;
}

/** The task pane's DOM over a {@link PaneController}, re-rendering only the parts whose state changed. */
export class PaneView {
  private readonly controller: PaneController;
  private readonly header = h("div", { class: "pd-header-slot" });
  private readonly jobs = h("div");
  private readonly description = h("p", { class: "pd-description" });
  private readonly period = h("div", { class: "pd-period-slot" });
  private readonly option = h("div", { class: "pd-option-slot" });
  private readonly inputs: InputsSection;
  private readonly runButton = h("fluent-button", {
    appearance: "primary",
    class: "pd-run",
    "data-testid": "run",
  });
  private readonly notice = h("div", { class: "pd-notice-slot" });
  private readonly progress = h("div");
  private readonly result = h("div");
  private periodField: TextField | null = null;
  private optionField: TextField | null = null;
  private readonly parts = new Map<string, Part>();
  /** 本月待办: the panel, whether it shows every item of the fortnight, the items of the day they were listed for. */
  private readonly todo = new TodoPanel();
  private todoAll = false;
  private todoItems: { today: string; items: DutyItem[] } | null = null;
  /** The panel's code (the chunk `todo`), once loaded after the first paint; until then the panel shows "…". */
  private readonly loadTodo: TodoLoader;
  private todoCode: TodoCode | null = null;
  private todoLoad: "waiting" | "loading" | "failed" = "waiting";
  /** Set by a click on a 本月待办 button: the run it starts is scrolled into view. */
  private revealRun = false;

  constructor(controller: PaneController, root: HTMLElement, loadTodo: TodoLoader = loadTodoCode) {
    this.controller = controller;
    this.loadTodo = loadTodo;
    this.inputs = new InputsSection({
      onToggle: (role, sheet, checked) => controller.toggleSheet(role, sheet, checked),
      onReset: (role) => controller.resetRole(role),
      onRefresh: () => void controller.detectSheets(),
    });
    this.runButton.addEventListener("click", () => void controller.run());
    const form = h(
      "section",
      { class: "pd-section pd-form" },
      this.description,
      this.period,
      this.option,
      this.inputs.element,
      h("div", { class: "pd-actions" }, this.runButton),
    );
    root.replaceChildren(
      this.header,
      h(
        "main",
        { class: "pd-main" },
        this.todo.element,
        this.jobs,
        form,
        this.notice,
        this.progress,
        this.result,
      ),
    );
    controller.subscribe((state) => this.render(state));
    this.render(controller.state);
    void nextPaint().then(() => this.loadTodoCode());
  }

  private render(state: PaneState): void {
    const { lang } = state;
    const job = this.controller.job;
    const form = formView(state, job);
    const running = state.run.phase === "running";
    document.documentElement.lang = lang;
    this.when("header", [lang], () => {
      this.header.replaceChildren(renderHeader(lang, (next) => this.controller.setLanguage(next)));
      document.title = paneText(lang, "appName");
    });
    this.when("todo", [lang, state.today, running, this.todoAll], () => this.renderTodo(state));
    this.when("jobs", [lang, state.jobId, running], () => {
      this.jobs.replaceChildren(
        renderJobs(this.controller.jobs, state.jobId, lang, running, (id) => this.controller.selectJob(id)),
      );
    });
    this.when("form", [lang, state.jobId], () => {
      this.description.textContent = form.description;
      this.periodField = renderField(form.period, state.periodText, "period", (text) =>
        this.controller.setPeriod(text),
      );
      this.period.replaceChildren(this.periodField.element);
      this.optionField =
        form.option === null
          ? null
          : renderField(form.option, state.optionText, "date-option", (text) =>
              this.controller.setOption(text),
            );
      this.option.replaceChildren(this.optionField?.element ?? "");
      this.runButton.textContent = paneText(lang, "run");
    });
    this.when("period", [state.periodText, running], () => this.periodField?.show(state.periodText, running));
    this.when("option", [state.optionText, running], () => this.optionField?.show(state.optionText, running));
    this.periodField?.refresh(form.period);
    if (form.option !== null) this.optionField?.refresh(form.option);
    this.runButton.toggleAttribute("disabled", !form.canRun);
    this.when("inputs", [lang, state.jobId, state.book, state.chosen, running], () => {
      this.inputs.update(form.inputs, lang, running);
    });
    this.when("notice", [lang, state.notice], () => {
      const notice = state.notice;
      this.notice.replaceChildren(
        notice === null
          ? ""
          : renderNotice(
              paneText(lang, "navigationFailed", {
                location: notice.location,
                message: errorMessage(notice.error, lang),
              }),
              paneText(lang, "dismiss"),
              () => this.controller.dismissNotice(),
            ),
      );
    });
    this.when("run", [lang, state.run], () => this.renderRun(state));
  }

  private renderTodo(state: PaneState): void {
    const { today, lang } = state;
    const code = this.todoCode;
    if (code === null) {
      this.todo.pending(paneText(lang, "todoHeading"));
      if (this.todoLoad === "failed") this.loadTodoCode();
      return;
    }
    if (this.todoItems?.today !== today) this.todoItems = { today, items: code.upcomingTodo(today) };
    const view = code.todoView(this.todoItems.items, today, lang, this.controller.jobs, this.todoAll);
    this.todo.update(view, this.todoAll, state.run.phase === "running", {
      onRun: (jobId) => {
        this.revealRun = true;
        void this.controller.runWithDefaults(jobId);
      },
      onToggle: (all) => {
        this.todoAll = all;
        this.render(this.controller.state);
      },
    });
  }

  /**
   * Loads the 本月待办 panel's code (after the pane's first paint), then lists the items. A failed load leaves the
   * panel as it is ("…"); the next render of the panel (a language switch, a run) tries again.
   */
  private loadTodoCode(): void {
    if (this.todoCode !== null || this.todoLoad === "loading") return;
    this.todoLoad = "loading";
    this.loadTodo().then(
      (code) => {
        this.todoCode = code;
        this.parts.delete("todo");
        this.render(this.controller.state);
      },
      () => {
        this.todoLoad = "failed";
      },
    );
  }

  private renderRun(state: PaneState): void {
    const { run, lang } = state;
    this.progress.replaceChildren(
      run.phase === "running" ? renderProgress(progressView(run.step, lang)) : "",
    );
    const goTo = (target: { sheet: string; cell?: string }, location: string) =>
      void this.controller.goTo(target, location);
    // A run started from 本月待办 (above the form) is followed down the pane: its progress, then its result.
    if (this.revealRun && run.phase === "running") this.progress.scrollIntoView({ block: "nearest" });
    if (run.phase === "done") {
      // A finished run's result words its issues with the core's messages, which come with the run's code (the
      // chunk `run`, loaded before the run, so this import makes no request): not in the pane's first load.
      this.result.replaceChildren();
      void import(/* webpackChunkName: "run" */ "../resultView")
        .then(
          ({ resultView }) => resultView(run.job, run.run, lang),
          (error: unknown) => failureView(run.job, error, lang),
        )
        .then((view) => {
          // A later render (another run, another language) shows its own.
          if (this.controller.state.run === run && this.controller.state.lang === lang)
            this.showResult(renderResult(view, lang, goTo));
        });
      return;
    }
    const declared =
      run.phase === "failed" ? this.controller.jobs.find((j) => j.id === run.jobId) : undefined;
    if (run.phase === "failed")
      this.showResult(declared ? renderResult(failureView(declared, run.error, lang), lang, goTo) : null);
    else this.result.replaceChildren();
  }

  /** Shows a finished run's result, scrolled into view when the run was started from 本月待办. */
  private showResult(result: HTMLElement | null): void {
    this.result.replaceChildren(result ?? "");
    if (this.revealRun) {
      this.revealRun = false;
      this.result.scrollIntoView({ block: "start" });
    }
  }

  private when(name: string, deps: readonly unknown[], build: () => void): void {
    const previous = this.parts.get(name)?.deps ?? null;
    if (
      previous !== null &&
      previous.length === deps.length &&
      previous.every((d, i) => Object.is(d, deps[i]))
    )
      return;
    this.parts.set(name, { deps });
    build();
  }
}
