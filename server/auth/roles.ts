/** Roles and what each may do. Every procedure and page checks a permission from this table. */
export const ROLES = ["citizen", "enterprise", "agent", "staff", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_NAMES: Record<Role, string> = {
  citizen: "市民",
  enterprise: "企业",
  agent: "12345坐席",
  staff: "部门办理人",
  admin: "管理员",
};

export const PERMISSIONS = [
  "account.self", // own profile, real-name, messages, sign-in methods
  "enterprise.act", // act for a company
  "agent.console", // 12345 agent console
  "hotline.dispatch", // classify, answer, dispatch, merge, urge, return visits, approve extensions
  "hotline.stats", // 12345 statistics
  "hotline.admin", // SLA table, knowledge base publishing, Open311 API keys
  "staff.console", // department workbench
  "department.handle", // handle the department's applications and work orders
  "admin.console",
  "admin.users", // list users, change roles
  "admin.audit", // read the audit log
  "admin.calendar", // edit the holiday calendar
  "economy.cloud.handle", // handle 中小企业云服务 applications (the service also requires 市工信局)
  "governance.publish", // draft and publish 政务公开 articles
  "life.desk", // 智慧生活 front desks: hospital day list and attendance, ticket check, home-care queue (scoped by life_staff_assignment)
  "citycard.counter", // 市民卡 counter: restore a card reported lost (staff of an outlet, or an admin)
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const TABLE: Record<Role, readonly Permission[]> = {
  citizen: ["account.self"],
  enterprise: ["account.self", "enterprise.act"],
  agent: ["account.self", "agent.console", "hotline.dispatch", "hotline.stats"],
  staff: ["account.self", "staff.console", "department.handle", "economy.cloud.handle", "life.desk", "citycard.counter"],
  admin: [
    "account.self",
    "admin.console",
    "admin.users",
    "admin.audit",
    "admin.calendar",
    "agent.console",
    "staff.console",
    "hotline.stats",
    "hotline.admin",
    "governance.publish",
    "citycard.counter",
  ],
};

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export function hasPermission(role: Role | null | undefined, permission: Permission): boolean {
  return role ? TABLE[role].includes(permission) : false;
}

export function permissionsOf(role: Role): readonly Permission[] {
  return TABLE[role];
}

/** Staff, agents and admins are signed out after 30 minutes without activity. */
export const PRIVILEGED_ROLES: readonly Role[] = ["agent", "staff", "admin"];
export const PRIVILEGED_IDLE_MS = 30 * 60_000;

export function isIdleExpired(role: Role, lastActiveMs: number, nowMs: number): boolean {
  return PRIVILEGED_ROLES.includes(role) && nowMs - lastActiveMs > PRIVILEGED_IDLE_MS;
}
