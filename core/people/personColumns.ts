import { column } from "../table/declaration";
import { label } from "../i18n/label";
import { DEPARTMENT_NAMES } from "../table/sections";

/**
 * The columns that name a person on the office's people sheets (employee list, leave slips, duty staff list),
 * shared by every job that reads them so one sheet is told apart the same way for all of them.
 */

/** The employee ID (工号). */
export const ID = column({
  key: "id",
  label: label("工号", "工號", "Employee ID"),
  synonyms: [
    "工号",
    "员工编号",
    "员工工号",
    "职工编号",
    "员工号",
    "编号",
    "Employee ID",
    "Employee no.",
    "ID",
    "Staff no.",
  ],
  type: "text",
  maxLength: 50,
});

/** The person's name (姓名). */
export const NAME = column({
  key: "name",
  label: label("姓名", "姓名", "Name"),
  synonyms: ["姓名", "员工姓名", "职工姓名", "名字", "Name", "Employee", "Employee name"],
  type: "text",
  maxLength: 50,
});

/** The department (部门). */
export const DEPARTMENT = column({
  key: "department",
  label: label("部门", "部門", "Department"),
  synonyms: ["部门", "所属部门", "部门名称", "Department", "Dept"],
  type: "text",
  maxLength: 50,
});

/** The position (岗位). */
export const POSITION = column({
  key: "position",
  label: label("岗位", "崗位", "Position"),
  synonyms: ["岗位", "职位", "职务", "岗位名称", "Position", "Post", "Job title"],
  type: "text",
  maxLength: 50,
});

/** A department heading (`工程部`, `一、客服部`) above the rows of a sheet without a department column. */
export const DEPARTMENT_SECTIONS = [{ field: "department", names: DEPARTMENT_NAMES }] as const;

/** `部门：工程部` above a list of people without a department column gives its rows the department; `项目：` the project. */
export const PERSON_CONTEXT = [
  { field: "department", labels: ["部门", "所属部门", "department"] },
  { field: "project", labels: ["项目", "项目名称", "管理处", "project"] },
] as const;
