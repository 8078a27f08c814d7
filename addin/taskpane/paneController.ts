import type { IsoDate, JobDeclaration, JobParams, Lang } from "../../core/light";
import type { JobLoader, LoadedJob } from "../jobLoader";
import type { JobRun, RunStep } from "../runJob";
import type { AddinHost } from "../excel/addinHost";
import { inputSheetsParam, resetRole, roleChoices, toggleSheet, type ChosenSheets } from "./inputChoices";
import type { IssueTarget } from "./issueTarget";
import { observeReads } from "./observeReads";
import { parsePeriod } from "./period";
import { readDateOption } from "./dateOption";
import type { PaneState } from "./paneState";

/** What the pane runs on: the workbook host, the jobs and how to load their code, the starting language and today's date. */
export interface PaneDeps {
  host: AddinHost;
  /** The jobs as declared: enough for the form and for ticking the sheets a run will read. */
  jobs: readonly JobDeclaration[];
  /** Loads what running a job needs (its rules and sheets, the pipeline): over the network in the pane. */
  load: JobLoader;
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
  private readonly loaded = new Map<string, Promise<LoadedJob>>();

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
  get jobs(): readonly JobDeclaration[] {
    return this.deps.jobs;
  }

  /** The selected job. */
  get job(): JobDeclaration {
    return this.findJob(this.current.jobId);
  }

  /** Calls `listener` after every change; returns the function that stops it. */
  subscribe(listener: PaneListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Starts loading the selected job's code in the background, so a click on Run rarely waits for it (the pane
   * calls it once it has painted; selecting a job calls it too). A failure is forgotten: the run loads again
   * and says so if it fails then.
   */
  preload(): void {
    this.load(this.job).catch(() => undefined);
  }

  /** Selects a job with its default period and starts loading its code; the last result goes unless a run is under way. */
  selectJob(jobId: string): void {
    const job = this.findJob(jobId);
    if (jobId === this.current.jobId) return;
    this.load(job).catch(() => undefined);
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

  /** The job's code, loading or loaded; a failed load is dropped so the next call tries again. */
  private load(job: JobDeclaration): Promise<LoadedJob> {
    let loading = this.loaded.get(job.id);
    if (loading === undefined) {
      loading = this.deps.load(job);
      this.loaded.set(job.id, loading);
      loading.catch(() => {
        if (this.loaded.get(job.id) === loading) this.loaded.delete(job.id);
      });
    }
    return loading;
  }

  private async execute(job: JobDeclaration, params: JobParams): Promise<JobRun | null> {
    const jobId = job.id;
    const step = (s: RunStep) => {
      const run = this.current.run;
      if (run.phase !== "running" || run.step !== s)
        this.update({ run: { phase: "running", jobId, step: s } });
    };
    // The first step shows while the job's code loads too (usually loaded already: see preload).
    step("reading");
    const host = observeReads(this.deps.host, async (book) => {
      this.reads++;
      this.update({ book: { status: "ready", book } });
      step("computing");
      await this.deps.beforeCompute?.();
    });
    try {
      const loaded = await this.load(job);
      const run = await loaded.runJob(host, loaded.job, params, step);
      this.update({ run: { phase: "done", jobId, job: loaded.job, run } });
      return run;
    } catch (error) {
      this.update({ run: { phase: "failed", jobId, error } });
      return null;
    }
  }

  private formParams(job: JobDeclaration): JobParams | null {
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

  private findJob(jobId: string): JobDeclaration {
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
