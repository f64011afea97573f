/**
 * Where the portal keeps a citizen's personal data, table by table: who owns a row, which privacy-notice
 * category (server/modules/content/legal.ts DATA_CATEGORIES) it falls under, and what 注销账号 does with it.
 * `/me/privacy` counts from it, the export reads it and the erasure job walks it. personal-data.test.ts
 * checks that every column referencing account_user is either an owner here or a staff actor in
 * ACTOR_REFERENCES, so a new module's table cannot be forgotten.
 */
import { eq, inArray, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import {
  accountClosure,
  accountMessage,
  accountUser,
  alertsDelivery,
  alertsSubscription,
  applicationCase,
  authAccount,
  booking,
  communityCareRequest,
  communityElderCard,
  cultureBookReservation,
  cultureChapterProgress,
  cultureCourseEnrollment,
  cultureLoan,
  economyCloudApplication,
  economyEnterpriseProfile,
  economyJobApplication,
  economyResume,
  environmentGreenAction,
  environmentLeaderboardEntry,
  familyMember,
  governanceSnapReport,
  healthCheckup,
  healthCheckupItem,
  healthFamilyDoctor,
  healthFollowUp,
  healthRecordGrant,
  healthRecordPerson,
  healthVaccination,
  hotlineAttachment,
  hotlineSupporter,
  hotlineTicket,
  lifeStaffAssignment,
  pointsBalance,
  pointsDailyTotal,
  pointsEntry,
  auditLog,
} from "@/drizzle/schema";

/** Ids of DATA_CATEGORIES in the privacy notice. */
export type NoticeCategory =
  "account" | "wechat" | "real-name" | "applications" | "hotline" | "messages" | "security-log" | "services-upcoming";

/**
 * What closing the account does to the rows:
 * - delete: removed;
 * - anonymise: a record others must keep (government case, service order) stays without name, phone, address;
 *   the module's `anonymise` set (or its own service function) says which columns;
 * - unlink: the row stays (a shared record); only the reference to the person is cleared;
 * - keep: kept as the law requires (security log), holds no name or phone.
 */
export type ErasePlan = "delete" | "anonymise" | "unlink" | "keep";

export type PersonalTable = {
  /** SQL table name. */
  name: string;
  table: PgTable;
  /** The column that says whose row it is. */
  owner: AnyPgColumn;
  /** What the citizen sees on /me/privacy. */
  label: string;
  category: NoticeCategory;
  erase: ErasePlan;
  /** For "anonymise": values replacing the personal columns (undefined when the module's service does it). */
  anonymise?: Record<string, unknown>;
  /**
   * Rows owned through the person rather than the account (health records are the person's, found by the
   * keyed hash of their ID number): the condition selecting them. Without it, `owner = user id`.
   */
  ownedBy?: (who: PersonalDataOwner) => SQL;
};

/** The account and, once real-name verified, the keyed hash of its ID number. */
export type PersonalDataOwner = { userId: string; idNumberHash: string | null };

/** The WHERE condition selecting a person's rows of one registry table. */
export function ownedRows(t: PersonalTable, who: PersonalDataOwner): SQL {
  return t.ownedBy ? t.ownedBy(who) : (eq(t.owner, who.userId) as SQL);
}

/** Ids of the health_record_person rows that are this account holder's own (none before real-name). */
const ownPersonIds = (who: PersonalDataOwner) =>
  who.idNumberHash
    ? sql`(select ${healthRecordPerson.id} from ${healthRecordPerson} where ${healthRecordPerson.idNumberHash} = ${who.idNumberHash})`
    : sql`(select null::integer where false)`;

const ERASED = "（已注销）";

export const PERSONAL_TABLES: PersonalTable[] = [
  { name: "account_user", table: accountUser, owner: accountUser.id, label: "账户和实名信息", category: "account", erase: "anonymise" },
  { name: "auth_account", table: authAccount, owner: authAccount.userId, label: "微信绑定", category: "wechat", erase: "delete" },
  {
    name: "account_message",
    table: accountMessage,
    owner: accountMessage.userId,
    label: "站内消息",
    category: "messages",
    erase: "delete",
  },
  {
    name: "application_case",
    table: applicationCase,
    owner: applicationCase.userId,
    label: "网上办件",
    category: "applications",
    // Drafts deleted, submitted cases kept as government records without name, phone, ID number
    // (applications/service.ts eraseApplicant).
    erase: "anonymise",
  },
  {
    name: "hotline_ticket",
    table: hotlineTicket,
    owner: hotlineTicket.citizenUserId,
    label: "12345诉求",
    category: "hotline",
    erase: "anonymise",
    anonymise: { contactName: null, contactPhone: null, citizenComment: null, citizenUserId: null },
  },
  {
    name: "hotline_supporter",
    table: hotlineSupporter,
    owner: hotlineSupporter.userId,
    label: "附议和关注",
    category: "hotline",
    erase: "delete",
  },
  {
    name: "hotline_attachment",
    table: hotlineAttachment,
    owner: hotlineAttachment.supporterId,
    label: "附议时上传的照片",
    category: "hotline",
    erase: "unlink",
    anonymise: { supporterId: null },
  },
  {
    name: "governance_snap_report",
    table: governanceSnapReport,
    owner: governanceSnapReport.userId,
    label: "随手拍",
    category: "hotline",
    erase: "delete",
  },
  {
    name: "booking",
    table: booking,
    owner: booking.userId,
    label: "预约（挂号、场馆、景区）",
    category: "services-upcoming",
    // Kept for the hospital's or venue's records (places taken stay counted), without who it was for.
    erase: "anonymise",
    anonymise: { subjectName: ERASED, subjectHash: sql`'erased:' || ${booking.id}`, familyMemberId: null },
  },
  {
    name: "community_care_request",
    table: communityCareRequest,
    owner: communityCareRequest.requesterUserId,
    label: "居家养老服务申请",
    category: "services-upcoming",
    erase: "anonymise",
    anonymise: { elderName: ERASED, address: ERASED, contactPhone: "", note: null, familyMemberId: null },
  },
  {
    name: "community_elder_card",
    table: communityElderCard,
    owner: communityElderCard.ownerUserId,
    label: "长者二维码名片",
    category: "services-upcoming",
    erase: "delete",
  },
  {
    name: "family_member",
    table: familyMember,
    owner: familyMember.ownerUserId,
    label: "家庭成员",
    category: "services-upcoming",
    erase: "delete",
  },
  {
    name: "culture_loan",
    table: cultureLoan,
    owner: cultureLoan.userId,
    label: "图书借阅",
    category: "services-upcoming",
    erase: "delete",
  },
  {
    name: "culture_book_reservation",
    table: cultureBookReservation,
    owner: cultureBookReservation.userId,
    label: "图书预约",
    category: "services-upcoming",
    erase: "delete",
  },
  {
    name: "culture_course_enrollment",
    table: cultureCourseEnrollment,
    owner: cultureCourseEnrollment.userId,
    label: "在线课程",
    category: "services-upcoming",
    erase: "delete",
  },
  {
    name: "culture_chapter_progress",
    table: cultureChapterProgress,
    owner: cultureChapterProgress.userId,
    label: "课程学习进度",
    category: "services-upcoming",
    erase: "delete",
  },
  {
    name: "economy_resume",
    table: economyResume,
    owner: economyResume.userId,
    label: "求职简历",
    category: "services-upcoming",
    erase: "delete",
  },
  {
    name: "economy_job_application",
    table: economyJobApplication,
    owner: economyJobApplication.userId,
    label: "投递的职位",
    category: "services-upcoming",
    erase: "delete",
  },
  {
    name: "economy_enterprise_profile",
    table: economyEnterpriseProfile,
    owner: economyEnterpriseProfile.userId,
    label: "企业画像",
    category: "account",
    erase: "delete",
  },
  {
    name: "economy_cloud_application",
    table: economyCloudApplication,
    owner: economyCloudApplication.userId,
    label: "企业上云申请",
    category: "services-upcoming",
    erase: "anonymise",
    anonymise: { contactName: ERASED, contactPhone: "", enterpriseName: ERASED, enterpriseUscc: "" },
  },
  {
    name: "environment_green_action",
    table: environmentGreenAction,
    owner: environmentGreenAction.userId,
    label: "低碳行动记录",
    category: "services-upcoming",
    erase: "delete",
  },
  {
    name: "environment_leaderboard_entry",
    table: environmentLeaderboardEntry,
    owner: environmentLeaderboardEntry.userId,
    label: "低碳排行榜",
    category: "services-upcoming",
    erase: "delete",
  },
  {
    name: "points_entry",
    table: pointsEntry,
    owner: pointsEntry.userId,
    label: "积分明细",
    category: "services-upcoming",
    erase: "delete",
  },
  {
    name: "points_daily_total",
    table: pointsDailyTotal,
    owner: pointsDailyTotal.userId,
    label: "积分日累计",
    category: "services-upcoming",
    erase: "delete",
  },
  {
    name: "points_balance",
    table: pointsBalance,
    owner: pointsBalance.userId,
    label: "积分余额",
    category: "services-upcoming",
    erase: "delete",
  },
  {
    name: "alerts_subscription",
    table: alertsSubscription,
    owner: alertsSubscription.userId,
    label: "预警订阅",
    category: "messages",
    erase: "delete",
  },
  {
    name: "alerts_delivery",
    table: alertsDelivery,
    owner: alertsDelivery.userId,
    label: "预警推送记录",
    category: "messages",
    erase: "delete",
  },
  {
    name: "life_staff_assignment",
    table: lifeStaffAssignment,
    owner: lifeStaffAssignment.userId,
    label: "工作人员负责的场所",
    category: "account",
    erase: "delete",
  },
  // 居民电子健康档案: one's own record (a child's record is the child's and stays when a parent closes theirs).
  {
    name: "health_record_person",
    table: healthRecordPerson,
    owner: healthRecordPerson.idNumberHash,
    label: "健康档案（本人）",
    category: "services-upcoming",
    erase: "delete",
    ownedBy: (who) => sql`${healthRecordPerson.id} in ${ownPersonIds(who)}`,
  },
  {
    name: "health_checkup",
    table: healthCheckup,
    owner: healthCheckup.personId,
    label: "体检报告",
    category: "services-upcoming",
    erase: "delete",
    ownedBy: (who) => sql`${healthCheckup.personId} in ${ownPersonIds(who)}`,
  },
  {
    name: "health_checkup_item",
    table: healthCheckupItem,
    owner: healthCheckupItem.checkupId,
    label: "体检指标",
    category: "services-upcoming",
    erase: "delete",
    ownedBy: (who) =>
      inArray(
        healthCheckupItem.checkupId,
        sql`(select ${healthCheckup.id} from ${healthCheckup} where ${healthCheckup.personId} in ${ownPersonIds(who)})`,
      ),
  },
  {
    name: "health_vaccination",
    table: healthVaccination,
    owner: healthVaccination.personId,
    label: "预防接种记录",
    category: "services-upcoming",
    erase: "delete",
    ownedBy: (who) => sql`${healthVaccination.personId} in ${ownPersonIds(who)}`,
  },
  {
    name: "health_family_doctor",
    table: healthFamilyDoctor,
    owner: healthFamilyDoctor.personId,
    label: "家庭医生签约",
    category: "services-upcoming",
    erase: "delete",
    ownedBy: (who) => sql`${healthFamilyDoctor.personId} in ${ownPersonIds(who)}`,
  },
  {
    name: "health_follow_up",
    table: healthFollowUp,
    owner: healthFollowUp.personId,
    label: "慢病随访记录",
    category: "services-upcoming",
    erase: "delete",
    ownedBy: (who) => sql`${healthFollowUp.personId} in ${ownPersonIds(who)}`,
  },
  {
    name: "health_record_grant",
    table: healthRecordGrant,
    owner: healthRecordGrant.ownerUserId,
    label: "健康档案查看授权",
    category: "services-upcoming",
    erase: "delete",
  },
  { name: "account_closure", table: accountClosure, owner: accountClosure.userId, label: "注销申请", category: "account", erase: "keep" },
  { name: "audit_log", table: auditLog, owner: auditLog.actorId, label: "登录和安全日志", category: "security-log", erase: "keep" },
];

/**
 * Columns referencing account_user that name a staff member or agent acting on a record (who handled,
 * cancelled, approved), not a citizen's own data. They stay: a closed account row remains, anonymised.
 */
export const ACTOR_REFERENCES = [
  "alerts_alert.createdById",
  "alerts_alert.submittedById",
  "alerts_alert.approvedById",
  "booking.cancelledById",
  "booking.markedById",
  "booking_suspension.liftedById",
  "citycard_status_event.actorId",
  "community_care_event.actorId",
  "economy_cloud_application.handledById",
  "economy_cloud_application_event.actorId",
  "governance_article.createdById",
  "governance_article.updatedById",
  "hotline_ticket.createdById",
] as const;
