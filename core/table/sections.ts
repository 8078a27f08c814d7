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
