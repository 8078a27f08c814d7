import type { IsoDate, JobDefinition, JobParams, Lang } from "../../core/index";
import { runJob, type JobRun, type RunStep } from "../runJob";
import type { AddinHost } from "../excel/addinHost";
import { inputSheetsParam, resetRole, roleChoices, toggleSheet, type ChosenSheets } from "./inputChoices";
import type { IssueTarget } from "./issueTarget";
import { observeReads } from "./observeReads";
import { parsePeriod } from "./period";
import { readDateOption } from "./dateOption";
import type { PaneState } from "./paneState";

/** What the pane runs on: the workbook host, the jobs, the starting language and today's date. */
export interface PaneDeps {
  host: AddinHost;
  jobs: readonly JobDefinition[];
  lang: Lang;
  today: IsoDate;
  /** Awaited after a run has read the workbook, before the job computes (the browser passes a wait for the next paint). */
  beforeCompute?: () => Promise<void>;
}

/** Called with the new and the previous state after every change. */
export type PaneListener = (state: PaneState, previous: PaneState) => void;

/** The task pane's behaviour without DOM: state, job and period, chosen sheets, finding inputs, one run at a time, going to cells. */
export class PaneController {
  private current: PaneState;
  private readonly deps: PaneDeps;
  private readonly listeners = new Set<PaneListener>();
  private queue: Promise<unknown> = Promise.resolve();
  private reads = 0;

  constructor(deps: PaneDeps) {
    const first = deps.jobs[0];
    if (!first) throw new RangeError("PropDesk has no jobs to offer");
    this.deps = deps;
    this.current = {
      lang: deps.lang,
      today: deps.today,
      jobId: first.id,
      periodText: first.defaultPeriod(deps.today),
      optionText: "",
      book: { status: "idle" },
      chosen: {},
      run: { phase: "idle" },
      notice: null,
    };
  }

  /** The current state. */
  get state(): PaneState {
    return this.current;
  }

  /** The jobs the pane offers, in menu order. */
  get jobs(): readonly JobDefinition[] {
    return this.deps.jobs;
  }

  /** The selected job. */
  get job(): JobDefinition {
    return this.findJob(this.current.jobId);
  }

  /** Calls `listener` after every change; returns the function that stops it. */
  subscribe(listener: PaneListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Selects a job with its default period; the last result goes unless a run is under way. */
  selectJob(jobId: string): void {
    const job = this.findJob(jobId);
    if (jobId === this.current.jobId) return;
    this.update({
      jobId,
      periodText: job.defaultPeriod(this.current.today),
      optionText: "",
      run: this.current.run.phase === "running" ? this.current.run : { phase: "idle" },
      notice: null,
    });
  }

  /** Keeps the period as typed (checked when the form renders and when the job runs). */
  setPeriod(text: string): void {
    this.update({ periodText: text });
  }

  /** Keeps the job's optional date as typed (checked like the period). */
  setOption(text: string): void {
    this.update({ optionText: text });
  }

  /** Switches the pane's language (also the language of the sheets the next run writes). */
  setLanguage(lang: Lang): void {
    this.update({ lang });
  }

  /** Ticks or unticks a sheet for an input role of the selected job. */
  toggleSheet(role: string, sheet: string, checked: boolean): void {
    const { book, jobId, lang } = this.current;
    if (book.status !== "ready") return;
    const chosen = this.current.chosen[jobId] ?? {};
    const choices = roleChoices(this.job, book.book, chosen, lang);
    this.setChosen(jobId, toggleSheet(choices, chosen, role, sheet, checked));
  }

  /** Hands an input role of the selected job back to the search by headers. */
  resetRole(role: string): void {
    const { jobId } = this.current;
    this.setChosen(jobId, resetRole(this.current.chosen[jobId] ?? {}, role));
  }

  /** Reads the workbook again to list its sheets and find each input (a run's own read updates it too). */
  async detectSheets(): Promise<void> {
    const read = ++this.reads;
    this.update({ book: { status: "loading" } });
    try {
      const book = await this.deps.host.read({ ownSheetContents: false });
      if (read === this.reads) this.update({ book: { status: "ready", book } });
    } catch (error) {
      if (read === this.reads) this.update({ book: { status: "failed", error } });
    }
  }

  /**
   * Runs the selected job with the form's period, optional date and chosen sheets, after any run under way.
   * Resolves to the finished run, or null when the period or date is not valid or the run failed (the state says why).
   */
  run(): Promise<JobRun | null> {
    const job = this.job;
    const params = this.formParams(job);
    if (params === null) return Promise.resolve(null);
    return this.enqueue(() => this.execute(job, params));
  }

  /** Runs a job with its defaults (default period, sheets found by headers), as the ribbon buttons do; the form shows what ran. */
  runWithDefaults(jobId: string): Promise<JobRun | null> {
    const job = this.findJob(jobId);
    return this.enqueue(() => {
      this.update({
        jobId,
        periodText: job.defaultPeriod(this.current.today),
        optionText: "",
        chosen: { ...this.current.chosen, [jobId]: {} },
        notice: null,
      });
      const params = this.formParams(job);
      return params === null ? Promise.resolve(null) : this.execute(job, params);
    });
  }

  /** Shows a sheet, or selects a cell on it; a failure becomes a notice. */
  async goTo(target: IssueTarget, location: string): Promise<void> {
    try {
      if (target.cell === undefined) await this.deps.host.activate(target.sheet);
      else await this.deps.host.select(target.sheet, target.cell);
      if (this.current.notice !== null) this.update({ notice: null });
    } catch (error) {
      this.update({ notice: { location, error } });
    }
  }

  /** Closes the notice. */
  dismissNotice(): void {
    this.update({ notice: null });
  }

  private async execute(job: JobDefinition, params: JobParams): Promise<JobRun | null> {
    const jobId = job.id;
    const step = (s: RunStep) => {
      const run = this.current.run;
      if (run.phase !== "running" || run.step !== s)
        this.update({ run: { phase: "running", jobId, step: s } });
    };
    step("reading");
    const host = observeReads(this.deps.host, async (book) => {
      this.reads++;
      this.update({ book: { status: "ready", book } });
      step("computing");
      await this.deps.beforeCompute?.();
    });
    try {
      const run = await runJob(host, job, params, step);
      this.update({ run: { phase: "done", jobId, run } });
      return run;
    } catch (error) {
      this.update({ run: { phase: "failed", jobId, error } });
      return null;
    }
  }

  private formParams(job: JobDefinition): JobParams | null {
    const { lang, today, periodText, optionText } = this.current;
    const period = parsePeriod(job.period, periodText);
    if (period === null) return null;
    const params: JobParams =
      job.period === "month" ? { today, lang, month: period } : { today, lang, asOf: period };
    if (job.dateOption !== undefined) {
      const option = readDateOption(job, periodText, optionText);
      if (option.status === "invalid" || option.status === "outsideMonth") return null;
      if (option.status === "date") params[job.dateOption.param] = option.date;
    }
    const inputSheets = inputSheetsParam(this.current.chosen[job.id] ?? {});
    if (inputSheets !== undefined) params.inputSheets = inputSheets;
    return params;
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private setChosen(jobId: string, chosen: ChosenSheets): void {
    this.update({ chosen: { ...this.current.chosen, [jobId]: chosen } });
  }

  private findJob(jobId: string): JobDefinition {
    const job = this.deps.jobs.find((j) => j.id === jobId);
    if (!job) throw new RangeError(`PropDesk has no job ${jobId}`);
    return job;
  }

  private update(patch: Partial<PaneState>): void {
    const previous = this.current;
    this.current = { ...previous, ...patch };
    for (const listener of this.listeners) listener(this.current, previous);
  }
}
