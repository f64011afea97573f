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
  "hotline.submit", // file a 12345 request of one's own (the web, mobile and WeChat form)
  "citizen.services", // the personal services for oneself and one's family (green travel, home care, bookings)
  "jobs.apply", // a résumé and job applications (personal accounts only)
  "agent.console", // 12345 agent console
  "hotline.dispatch", // classify, answer, dispatch, merge, urge, return visits, approve extensions
  "hotline.stats", // 12345 statistics
  "hotline.admin", // SLA table, knowledge base publishing, Open311 API keys
  "hotline.knowledge", // read the 12345 knowledge base and propose articles
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
  "alerts.issue", // draft, publish, approve, update and cancel 突发事件预警 (the service also requires 市应急管理局 or 市气象局)
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const TABLE: Record<Role, readonly Permission[]> = {
  citizen: ["account.self", "hotline.submit", "citizen.services", "jobs.apply"],
  enterprise: ["account.self", "enterprise.act", "hotline.submit", "citizen.services"],
  agent: ["account.self", "agent.console", "hotline.dispatch", "hotline.stats", "hotline.knowledge"],
  staff: ["account.self", "staff.console", "department.handle", "economy.cloud.handle", "life.desk", "citycard.counter", "alerts.issue"],
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
    "hotline.knowledge",
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

/** The roles that hold `permission` (for queries such as "accounts that may own a 12345 request"). */
export function rolesWith(permission: Permission): Role[] {
  return ROLES.filter((r) => TABLE[r].includes(permission));
}

/** Staff, agents and admins are signed out after 30 minutes without activity. */
export const PRIVILEGED_ROLES: readonly Role[] = ["agent", "staff", "admin"];
export const PRIVILEGED_IDLE_MS = 30 * 60_000;

export function isIdleExpired(role: Role, lastActiveMs: number, nowMs: number): boolean {
  return PRIVILEGED_ROLES.includes(role) && nowMs - lastActiveMs > PRIVILEGED_IDLE_MS;
}

/**
 * However active, a session ends this long after sign-in: 12 hours for agents, staff and admins (one
 * working day), 30 days for everyone else. Then the person signs in again.
 */
export const PRIVILEGED_SESSION_MS = 12 * 3600_000;
export const CITIZEN_SESSION_MS = 30 * 24 * 3600_000;

export function isSessionTooOld(role: Role, signedInAtMs: number, nowMs: number): boolean {
  return nowMs - signedInAtMs > (PRIVILEGED_ROLES.includes(role) ? PRIVILEGED_SESSION_MS : CITIZEN_SESSION_MS);
}
