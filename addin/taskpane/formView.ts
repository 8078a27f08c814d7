import type { JobDeclaration } from "../../core/light";
import { paneText } from "../i18n/paneText";
import { errorMessage } from "./errorMessage";
import { roleChoices, type RoleChoice } from "./inputChoices";
import { parsePeriod } from "./period";
import { readDateOption } from "./dateOption";
import type { PaneState } from "./paneState";

/** The input sheets part of the form: being looked for, unreadable, or the roles with their sheets. */
export type InputsView =
  | { status: "loading"; text: string }
  | { status: "failed"; text: string }
  | { status: "ready"; roles: RoleChoice[]; empty: string | null };

/** A text field of the form: its label, the example shown while empty, a line under it, and what is wrong. */
export interface FieldView {
  label: string;
  placeholder: string;
  /** A line explaining the field (what a blank one means), or null. */
  hint: string | null;
  /** Null while the text is usable. */
  error: string | null;
}

/** The form of the selected job: its description, period field, optional date, input sheets and whether Run can be pressed. */
export interface FormView {
  description: string;
  period: FieldView;
  /** The job's optional date (the inventory's count date), or null when it takes none. */
  option: FieldView | null;
  inputs: InputsView;
  running: boolean;
  canRun: boolean;
}

/** The form for a job in a pane state. */
export function formView(state: PaneState, job: JobDeclaration): FormView {
  const { lang } = state;
  const example = job.defaultPeriod(state.today);
  const valid = parsePeriod(job.period, state.periodText) !== null;
  const running = state.run.phase === "running";
  const option = optionView(state, job);
  return {
    description: job.description[lang],
    period: {
      label: paneText(lang, job.period === "month" ? "periodMonth" : "periodAsOf"),
      placeholder: example,
      hint: null,
      error: valid
        ? null
        : paneText(lang, job.period === "month" ? "periodMonthInvalid" : "periodAsOfInvalid", { example }),
    },
    option,
    inputs: inputsView(state, job),
    running,
    canRun: valid && (option === null || option.error === null) && !running,
  };
}

function optionView(state: PaneState, job: JobDeclaration): FieldView | null {
  const { lang } = state;
  const declared = job.dateOption;
  if (declared === undefined) return null;
  const value = readDateOption(job, state.periodText, state.optionText);
  const example = parsePeriod(job.period, state.periodText) ?? job.defaultPeriod(state.today);
  const placeholder = job.period === "month" ? `${example.slice(0, 7)}-25` : example;
  const label = declared.label[lang];
  return {
    label,
    placeholder,
    hint: declared.whenBlank[lang],
    error:
      value.status === "invalid"
        ? paneText(lang, "optionDateInvalid", { label, example: placeholder })
        : value.status === "outsideMonth"
          ? paneText(lang, "optionDateOutsideMonth", { label, month: value.month })
          : null,
  };
}

function inputsView(state: PaneState, job: JobDeclaration): InputsView {
  const { lang, book } = state;
  switch (book.status) {
    case "idle":
    case "loading":
      return { status: "loading", text: paneText(lang, "inputsDetecting") };
    case "failed":
      return {
        status: "failed",
        text: paneText(lang, "inputsUnreadable", { message: errorMessage(book.error, lang) }),
      };
    case "ready": {
      const roles = roleChoices(job, book.book, state.chosen[job.id] ?? {}, lang);
      const empty = roles.every((r) => r.sheets.length === 0) ? paneText(lang, "inputsNoSheets") : null;
      return { status: "ready", roles, empty };
    }
  }
}

/** The parts of a role's heading, each shown unbroken where it fits: its name (and whether optional), how many sheets are ticked, how they were found. */
export interface RoleHeadingParts {
  name: string;
  count: string;
  how: string;
}

/** The heading of a role's sheet list in parts (the pane keeps each part on one line where it fits). */
export function roleHeadingParts(choice: RoleChoice, lang: PaneState["lang"]): RoleHeadingParts {
  return {
    name: choice.optional ? paneText(lang, "roleOptional", { label: choice.label }) : choice.label,
    count:
      choice.selected.length === 0
        ? paneText(lang, "roleNoneFound")
        : paneText(lang, "roleSelected", { count: choice.selected.length }),
    how: paneText(lang, choice.chosenByUser ? "roleChosenByYou" : "roleAutomatic"),
  };
}

/** The heading of a role's sheet list: its name, whether optional, how many sheets are ticked and how they were found. */
export function roleHeading(choice: RoleChoice, lang: PaneState["lang"]): string {
  const { name, count, how } = roleHeadingParts(choice, lang);
  return `${name} · ${count} · ${how}`;
}

/** An optional input no sheet was found for (and none chosen): the pane folds it away under one closed line. */
export function foldsAway(choice: RoleChoice): boolean {
  return choice.optional && choice.selected.length === 0 && !choice.chosenByUser;
}
