import { placeJobInputs, type BookData, type JobDeclaration, type Lang } from "../../core/light";

/** Sheets a person chose per input role of one job (role -> sheet names); roles left out are found by their headers. */
export type ChosenSheets = Readonly<Record<string, readonly string[]>>;

/** One input role of a job as the pane shows it: every sheet that could hold it, ticked where it is used. */
export interface RoleChoice {
  role: string;
  label: string;
  optional: boolean;
  /** At most one sheet holds this role: ticking one unticks the others. */
  single: boolean;
  /** The person chose the sheets; otherwise PropDesk found them by their headers. */
  chosenByUser: boolean;
  sheets: { name: string; checked: boolean }[];
  /** The ticked sheets in tab order: exactly the sheets the job will read for this role. */
  selected: string[];
}

/**
 * Each input role of a job over a workbook: every sheet the person wrote, ticked where the registry places it
 * for the job (the person's choices first, then the sheets no other job's tables fit better) - what a run reads.
 */
export function roleChoices(
  job: JobDeclaration,
  book: BookData,
  chosen: ChosenSheets,
  lang: Lang,
): RoleChoice[] {
  const { found } = placeJobInputs(job, book, chosen);
  const candidates = book.sheets.filter((s) => s.ownerKey === undefined).map((s) => s.name);
  return job.inputs.map((spec) => {
    const used = new Set((found.byRole.get(spec.role) ?? []).map((s) => s.name));
    return {
      role: spec.role,
      label: asHeading(spec.label[lang]),
      optional: spec.optional === true,
      single: spec.single === true,
      chosenByUser: (chosen[spec.role]?.length ?? 0) > 0,
      sheets: candidates.map((name) => ({ name, checked: used.has(name) })),
      selected: candidates.filter((name) => used.has(name)),
    };
  });
}

/** The choices after ticking or unticking a sheet for a role (a single-sheet role keeps only the new one; the sheet leaves other roles). */
export function toggleSheet(
  choices: readonly RoleChoice[],
  chosen: ChosenSheets,
  role: string,
  sheet: string,
  checked: boolean,
): ChosenSheets {
  const choice = choices.find((c) => c.role === role);
  if (!choice) return chosen;
  const order = choice.sheets.map((s) => s.name);
  const ticked = new Set(choice.selected);
  if (checked && choice.single) ticked.clear();
  if (checked) ticked.add(sheet);
  else ticked.delete(sheet);
  const next: Record<string, readonly string[]> = {};
  for (const [other, names] of Object.entries(chosen)) {
    if (other !== role) next[other] = checked ? names.filter((name) => name !== sheet) : names;
  }
  next[role] = order.filter((name) => ticked.has(name));
  return next;
}

/** The choices with a role handed back to the search by headers. */
export function resetRole(chosen: ChosenSheets, role: string): ChosenSheets {
  return Object.fromEntries(Object.entries(chosen).filter(([r]) => r !== role));
}

/** The `inputSheets` parameter for a run: the roles the person chose sheets for, or undefined when none. */
export function inputSheetsParam(chosen: ChosenSheets): ChosenSheets | undefined {
  const entries = Object.entries(chosen).filter(([, names]) => names.length > 0);
  return entries.length === 0 ? undefined : Object.fromEntries(entries);
}

/** A table's name as a heading: English starts with a capital (`purchase request sheet` reads mid-sentence in messages). */
function asHeading(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
