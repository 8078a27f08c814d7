import type { LeaveSpan, StaffMember } from "./records";

/** A staff member for rule tests: `P<index>`, employed throughout, taking the duties given. */
export function member(
  index: number,
  roles: { leader?: boolean; engineer?: boolean; holiday?: boolean; night?: boolean } = {},
): StaffMember {
  const engineer = roles.engineer ?? false;
  return {
    index,
    id: null,
    name: `P${index}`,
    department: engineer ? "工程部" : "客服部",
    position: null,
    phone: null,
    leader: roles.leader ?? false,
    engineer,
    holiday: roles.holiday ?? true,
    night: (roles.night ?? true) && engineer,
    hired: null,
    left: null,
    source: { sheet: "名单", row: index + 2, column: "B" },
  };
}

/** A leave span of a person over days given as ISO dates. */
export function away(person: number, start: string, end = start): LeaveSpan {
  return { person, start, end, type: "事假", source: { sheet: "请假单", row: 2, column: "D" } };
}
