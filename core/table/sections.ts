import type { TableSpec } from "./declaration";

/** Tests a heading's name (a RegExp will do). */
export interface NameTest {
  test(name: string): boolean;
}

/**
 * Department names as section headings (工程部, 客服部, 办公室, 服务中心, 工程组, 保安队), for
 * {@link SectionField.names}: a name of at most ten characters ending in 部, 处, 室, 科, 组, 中心 or 队.
 */
export const DEPARTMENT_NAMES = /^[^\d\s:：]{1,10}(?:部|处|處|室|科|组|組|中心|队|隊)$/u;

/** Leading text of a sheet name that is no part of a department's (`12月`, `2026年`, `2026-12 `). */
const NAME_DATE_PREFIX = /^[\d\s年月份号號日.\-/_~～]+/u;

/**
 * A department name opening a sheet name, as {@link DEPARTMENT_NAMES} says (at most ten characters ending in 部,
 * 处, 室, 科, 组, 中心 or 队), the shortest such, and not the start of a longer word (部门, 部分, 处理, 室内, 科目,
 * 组织, 队列...); a date before it (`12月工程部`) is passed over.
 */
const NAME_OPENING_DEPARTMENT =
  /^[^\d\s:：]{1,10}?(?:部|处|處|室|科|组|組|中心|队|隊)(?![门們門分位件长長理内內外目技织織合列])/u;

/**
 * The department a sheet's name is or opens with, or null: `工程部` and `工程部申购单` give 工程部, `客服中心 12月`
 * 客服中心, `12月保洁部` 保洁部; `12月申购汇总`, `物资采购计划` and `申购部门汇总` give none.
 */
export function departmentInName(name: string): string | null {
  const text = name.normalize("NFKC").trim().replace(NAME_DATE_PREFIX, "");
  const found = NAME_OPENING_DEPARTMENT.exec(text)?.[0];
  return found !== undefined && DEPARTMENT_NAMES.test(found) ? found : null;
}

/**
 * The field a section heading's name supplies: the first of the table's sections whose names take it (a
 * section without names takes any), or null.
 * @example sectionFieldOf(REQUEST_TABLE, "办公用品") === "category"
 */
export function sectionFieldOf(spec: TableSpec, name: string): string | null {
  for (const section of spec.sections ?? []) {
    if (section.names === undefined || section.names.test(name)) return section.field;
  }
  return null;
}

/**
 * What makes a row holding only a name (no ordinal) a heading of this table: the names of its sections that
 * declare some; null when none do.
 */
export function bareHeadingNames(spec: TableSpec): NameTest | null {
  let found = bareNames.get(spec);
  if (found === undefined) {
    const tests = (spec.sections ?? []).flatMap((s) => (s.names === undefined ? [] : [s.names]));
    found = tests.length === 0 ? null : { test: (name) => tests.some((t) => t.test(name)) };
    bareNames.set(spec, found);
  }
  return found;
}

const bareNames = new WeakMap<TableSpec, NameTest | null>();
