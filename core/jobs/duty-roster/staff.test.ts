import { describe, expect, it } from "vitest";
import { dutyClassOf, dutyScope, idKey, isEngineer, isLeaderPosition, nameKey } from "./staff";

describe("可值班: which duties a person takes", () => {
  it.each([
    [null, { holiday: true, night: true }],
    ["是", { holiday: true, night: true }],
    ["√", { holiday: true, night: true }],
    ["Y", { holiday: true, night: true }],
    ["yes", { holiday: true, night: true }],
    ["否", { holiday: false, night: false }],
    ["×", { holiday: false, night: false }],
    ["不值班", { holiday: false, night: false }],
    ["No", { holiday: false, night: false }],
    ["节假日", { holiday: true, night: false }],
    ["只值节假日", { holiday: true, night: false }],
    ["夜班", { holiday: false, night: true }],
    ["Night", { holiday: false, night: true }],
    ["不值夜班", { holiday: true, night: false }],
    ["不值节假日", { holiday: false, night: true }],
    ["节假日、夜班", { holiday: true, night: true }],
    ["待定", null],
  ] as const)("%j -> %j", (text, scope) => {
    expect(dutyScope(text)).toEqual(scope);
  });
});

describe("who leads holiday duty and who is on the night rotation", () => {
  it.each([
    ["领导", "leader"],
    ["值班领导", "leader"],
    ["带班", "leader"],
    ["Leader", "leader"],
    ["员工", "staff"],
    ["值班人员", "staff"],
    ["Staff", "staff"],
    ["随便", null],
    [null, null],
  ] as const)("值班类别 %j is %j", (text, kind) => {
    expect(dutyClassOf(text)).toBe(kind);
  });

  it.each([
    ["项目经理", true],
    ["客服主管", true],
    ["办公室主任", true],
    ["项目负责人", true],
    ["Property manager", true],
    ["客服专员", false],
    ["保安班长", false],
    [null, false],
  ] as const)("岗位 %j leads: %j", (position, leads) => {
    expect(isLeaderPosition(position)).toBe(leads);
  });

  it.each([
    ["工程部", "水电工", true],
    ["工程维修部", null, true],
    ["客服部", "维修工", true],
    ["综合办", "电工", true],
    [null, "工程主管", true],
    ["Engineering", null, true],
    ["秩序部", "保安员", false],
    ["环境部", "绿化工", false],
    [null, null, false],
  ] as const)("部门 %j 岗位 %j is an engineer: %j", (department, position, engineer) => {
    expect(isEngineer(department, position)).toBe(engineer);
  });

  it("matches names and IDs as typed in other sheets", () => {
    expect(nameKey(" 張 伟 ")).toBe(nameKey("张伟"));
    expect(idKey("007")).toBe(idKey("7"));
    expect(idKey(" a007 ")).toBe("A007");
  });
});
