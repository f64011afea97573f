import { getTableColumns, type Table } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  accountMessage,
  accountSmsCode,
  accountUser,
  applicationAttachment,
  applicationCase,
  applicationEvent,
  applicationRating,
  auditLog,
  authAccount,
  hotlineAttachment,
  hotlineEvent,
  hotlineTicket,
  healthCheckup,
  healthCheckupItem,
  healthFamilyDoctor,
  healthFollowUp,
  healthRecordGrant,
  healthRecordPerson,
  healthVaccination,
} from "@/drizzle/schema";
import {
  DATA_CATEGORIES,
  EFFECTIVE_DATE,
  LEGAL_DOCUMENTS,
  PRIVACY_POLICY,
  REAL_NAME_CONSENT,
  REGISTRATION_CONSENT,
  USER_AGREEMENT,
  getLegalDocument,
  type LegalBlock,
  type LegalDocument,
} from "./legal";

function blockText(b: LegalBlock): string {
  if (b.type === "paragraph") return b.text;
  if (b.type === "list") return b.items.join("\n");
  return b.rows.map((r) => `${r.term}：${r.detail}`).join("\n");
}

function documentText(d: LegalDocument): string {
  return [
    d.title,
    ...d.summary,
    ...d.sections.flatMap((s) => [
      s.heading,
      ...s.blocks.map(blockText),
      ...(s.subsections ?? []).flatMap((u) => [u.heading, ...u.blocks.map(blockText)]),
    ]),
  ].join("\n");
}

function sectionText(d: LegalDocument, id: string): string {
  const s = d.sections.find((x) => x.id === id);
  if (!s) throw new Error(`no section ${id} in ${d.slug}`);
  return [s.heading, ...s.blocks.map(blockText), ...(s.subsections ?? []).flatMap((u) => u.blocks.map(blockText))].join("\n");
}

const privacy = documentText(PRIVACY_POLICY);
const terms = documentText(USER_AGREEMENT);

describe("legal documents", () => {
  it("both take effect on 2026-12-01, say so, and are found by slug", () => {
    for (const d of Object.values(LEGAL_DOCUMENTS)) {
      expect(d.effectiveDate).toBe("2026-12-01");
      expect(documentText(d)).toContain("2026年12月1日");
      expect(d.path).toBe(`/${d.slug}`);
      expect(d.summary.length).toBeGreaterThanOrEqual(3);
      expect(getLegalDocument(d.slug)).toBe(d);
    }
    expect(EFFECTIVE_DATE).toBe("2026-12-01");
    expect(getLegalDocument("cookies")).toBeUndefined();
  });

  it("has unique section anchors and no empty text anywhere", () => {
    for (const d of Object.values(LEGAL_DOCUMENTS)) {
      const ids = d.sections.flatMap((s) => [s.id, ...(s.subsections ?? []).map((u) => u.id)]);
      expect(new Set(ids).size, d.slug).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^[a-z][a-z-]*$/);
      for (const s of d.sections) {
        expect(s.heading.trim(), s.id).not.toBe("");
        expect(s.blocks.length + (s.subsections?.length ?? 0), s.id).toBeGreaterThan(0);
        for (const b of [...s.blocks, ...(s.subsections ?? []).flatMap((u) => u.blocks)]) {
          const parts = b.type === "paragraph" ? [b.text] : b.type === "list" ? b.items : b.rows.flatMap((r) => [r.term, r.detail]);
          expect(parts.length, s.id).toBeGreaterThan(0);
          for (const p of parts) expect(p.trim(), s.id).not.toBe("");
        }
      }
      expect(documentText(d)).not.toMatch(/undefined|null|NaN/);
    }
  });

  it("the privacy notice has every required section", () => {
    expect(PRIVACY_POLICY.sections.map((s) => s.id)).toEqual([
      "who-we-are",
      "what-we-collect",
      "sensitive",
      "cookies",
      "sharing",
      "storage-security",
      "rights",
      "minors",
      "changes",
      "contact",
    ]);
  });

  it("the user agreement has every required section", () => {
    expect(USER_AGREEMENT.sections.map((s) => s.id)).toEqual([
      "scope",
      "services",
      "account",
      "applications",
      "hotline",
      "conduct",
      "content",
      "availability",
      "privacy",
      "minors",
      "changes",
      "law",
      "contact",
    ]);
    expect(terms).toContain("《中华人民共和国行政许可法》第七十八条");
    expect(terms).toMatch(/110、119、120、122/);
    expect(terms).toContain("《智慧南通隐私政策》");
  });

  it("says for every data category what is collected, why, on what legal basis, how long and to whom", () => {
    const ids = DATA_CATEGORIES.map((c) => c.id);
    expect(ids).toEqual([
      "account",
      "sms",
      "wechat",
      "real-name",
      "applications",
      "hotline",
      "messages",
      "security-log",
      "services-upcoming",
    ]);
    const collect = PRIVACY_POLICY.sections.find((s) => s.id === "what-we-collect")!;
    expect(collect.subsections!.map((s) => s.id)).toEqual(ids);
    for (const c of DATA_CATEGORIES) {
      expect(c.items.length, c.id).toBeGreaterThan(0);
      for (const field of [c.purpose, c.legalBasis, c.retention, c.sharing]) expect(field.length, c.id).toBeGreaterThan(10);
      expect(c.legalBasis, c.id).toContain("第十三条");
      if (c.sensitive) expect(c.legalBasis, c.id).toMatch(/第二十九条|单独/);
      expect(c.retention, c.id).toMatch(/保存|删除|有效/);
    }
    const byId = new Map(DATA_CATEGORIES.map((c) => [c.id, c]));
    expect(byId.get("security-log")!.legalBasis).toContain("网络安全法》第二十一条");
    expect(byId.get("security-log")!.retention).toMatch(/不少于6个月/);
    expect(byId.get("applications")!.retention).toContain("《中华人民共和国档案法》");
    expect(byId.get("account")!.retention).toContain("注销账户后15个工作日内");
    expect(byId.get("real-name")!.sensitive).toBe(true);
    expect(byId.get("services-upcoming")!.when).toBe("开通相应服务时");
    expect(byId.get("services-upcoming")!.items.join("")).toMatch(/家庭成员[\s\S]*市民卡[\s\S]*健康档案/);
  });

  it("lists the rights of PIPL arts. 44–50 and where to complain", () => {
    const rights = sectionText(PRIVACY_POLICY, "rights");
    for (const word of [
      "查阅",
      "复制",
      "下载我的个人信息",
      "转移",
      "更正",
      "删除",
      "撤回同意",
      "注销账户",
      "解释",
      "近亲属",
      "15个工作日",
      "网信部门",
      "人民法院",
    ]) {
      expect(rights, word).toContain(word);
    }
    expect(rights).toContain("第四十四条至第四十九条");
    expect(rights).toContain("第五十条");
    const minors = sectionText(PRIVACY_POLICY, "minors");
    expect(minors).toContain("不满十四周岁");
    expect(minors).toContain("监护人");
    expect(sectionText(PRIVACY_POLICY, "sharing")).toContain("不出售");
    expect(sectionText(PRIVACY_POLICY, "storage-security")).toContain("中华人民共和国境内");
    expect(sectionText(PRIVACY_POLICY, "contact")).toContain("示例");
  });

  it("names every personal column the app stores (a new column must be added to the notice)", () => {
    // column → the words the privacy notice uses for it; null = not personal information (ids, statuses, timestamps of records)
    const described: Record<string, Record<string, string | null>> = {
      account_user: {
        id: null,
        phone: "手机号",
        nickname: "昵称",
        passwordHash: "密码",
        role: null,
        departmentId: null,
        realName: "真实姓名",
        idNumberEnc: "身份证号码",
        idNumberHash: "查重",
        realNameVerifiedAt: "实名认证时间",
        enterpriseName: "企业名称",
        enterpriseUscc: "统一社会信用代码",
        failedSignIns: "登录失败次数",
        failureWindowStartedAt: "登录失败次数",
        lockedUntil: "锁定",
        lastSignInAt: "最近登录时间",
        disabled: null,
        sessionVersion: null,
        createdAt: "注册时间",
        updatedAt: null,
      },
      auth_account: { provider: "微信", providerAccountId: "openid", type: null, userId: null, nickname: "微信昵称", createdAt: null },
      account_sms_code: {
        id: null,
        phone: "接收验证码的手机号",
        purpose: "用途",
        codeHash: "验证码的摘要",
        attempts: "尝试次数",
        expiresAt: "5分钟",
        consumedAt: null,
        createdAt: "发送时间",
      },
      account_message: { id: null, userId: null, title: "标题", body: "内容", link: "链接", readAt: "已读时间", createdAt: null },
      audit_log: {
        id: null,
        at: "时间",
        actorId: null,
        actorRole: null,
        action: "登录成功和失败",
        targetType: null,
        targetId: null,
        outcome: "结果",
        ip: "IP地址",
        detail: null,
      },
      hotline_ticket: {
        id: null,
        ticketNo: null,
        type: "诉求类型",
        categoryId: "分类",
        channel: "电话来电",
        status: null,
        description: "内容描述",
        district: "区县",
        address: "详细地址",
        lat: "经纬度",
        lng: "经纬度",
        isPublic: "是否同意公开",
        joinCount: null,
        contactName: "联系人",
        contactPhone: "联系电话",
        citizenUserId: null,
        createdById: null,
        departmentId: null,
        dueDate: null,
        answer: "答复",
        returnReason: null,
        satisfaction: "满意度评价",
        citizenRating: "您的评价意见",
        citizenComment: "您的评价意见",
        ratedAt: null,
        urgeCount: null,
        lastUrgedAt: null,
        attributes: "分类",
        idempotencyScope: null,
        idempotencyKey: null,
        mergedIntoId: "合并同一问题的重复诉求",
        version: null,
        dispatchedAt: null,
        repliedAt: null,
        closedAt: null,
        createdAt: null,
        updatedAt: null,
      },
      hotline_event: {
        id: null,
        ticketId: null,
        at: null,
        actorId: null,
        actorRole: null,
        fromStatus: null,
        toStatus: null,
        note: "坐席记录的内容",
      },
      hotline_attachment: {
        id: null,
        ticketId: null,
        supporterId: null,
        fileName: "现场照片",
        mimeType: null,
        sizeBytes: "5MB",
        sha256: null,
        storageKey: null,
        createdAt: null,
      },
      application_case: {
        id: null,
        serialNo: "申办流水号",
        itemId: null,
        userId: null,
        departmentId: "承办部门",
        status: "办理状态",
        answers: "申请表中填写的内容",
        idempotencyKey: null,
        correctionReason: "补正",
        resultNote: "结果",
        submittedAt: null,
        acceptedAt: null,
        dueDate: null,
        closedAt: null,
        createdAt: null,
        updatedAt: null,
      },
      application_event: {
        id: null,
        applicationId: null,
        at: "每一步的办理记录",
        actorId: null,
        actorRole: null,
        fromStatus: null,
        toStatus: null,
        note: "每一步的办理记录",
      },
      application_attachment: {
        id: null,
        applicationId: null,
        fieldName: null,
        fileName: "上传的材料",
        mimeType: "PDF、JPG、PNG",
        sizeBytes: "10MB",
        sha256: null,
        storageKey: null,
        createdAt: null,
      },
      application_rating: {
        applicationId: null,
        itemId: null,
        departmentId: null,
        score: "好差评",
        comment: "意见",
        reason: "差评",
        followUpStatus: "回访整改",
        followUpNote: "回访整改",
        createdAt: null,
      },
    };
    Object.assign(described, {
      health_record_person: { id: null, idNumberHash: "身份证号码", name: "健康档案", birthDate: "健康档案", createdAt: null },
      health_checkup: {
        id: null,
        personId: null,
        examinedOn: "检查日期",
        institution: "体检机构",
        kind: "体检报告",
        summary: "医生的总结",
        doctorName: "医生的总结",
      },
      health_checkup_item: {
        id: null,
        checkupId: null,
        section: "各项指标",
        name: "各项指标",
        value: "结果",
        unit: "单位",
        refLow: "参考范围",
        refHigh: "参考范围",
        refText: "参考范围",
        sortOrder: null,
      },
      health_vaccination: {
        id: null,
        personId: null,
        vaccine: "疫苗",
        dose: "剂次",
        vaccinatedOn: "接种日期",
        institution: "接种单位",
        batchNo: "批号",
        nextDueOn: "下一剂日期",
      },
      health_family_doctor: {
        id: null,
        personId: null,
        doctorName: "医生",
        team: "团队",
        centre: "社区卫生服务中心",
        phone: "电话",
        signedOn: "有效期",
        validUntil: "有效期",
      },
      health_follow_up: {
        id: null,
        personId: null,
        condition: "病种",
        followedOn: "随访日期和方式",
        method: "随访日期和方式",
        findings: "检查结果",
        advice: "医生建议",
        doctorName: "医生",
        nextOn: "下次随访日期",
      },
      health_record_grant: {
        id: null,
        ownerUserId: null,
        familyMemberId: null,
        granteeHash: "家人",
        granteeName: "家人姓名",
        scopes: "可查看的内容",
        endsOn: "截止日期",
        createdAt: null,
        revokedAt: "撤销时间",
      },
    });
    const tables: [string, Table][] = [
      ["account_user", accountUser],
      ["auth_account", authAccount],
      ["account_sms_code", accountSmsCode],
      ["account_message", accountMessage],
      ["audit_log", auditLog],
      ["hotline_ticket", hotlineTicket],
      ["hotline_event", hotlineEvent],
      ["hotline_attachment", hotlineAttachment],
      ["application_case", applicationCase],
      ["application_event", applicationEvent],
      ["application_attachment", applicationAttachment],
      ["application_rating", applicationRating],
      ["health_record_person", healthRecordPerson],
      ["health_checkup", healthCheckup],
      ["health_checkup_item", healthCheckupItem],
      ["health_vaccination", healthVaccination],
      ["health_family_doctor", healthFamilyDoctor],
      ["health_follow_up", healthFollowUp],
      ["health_record_grant", healthRecordGrant],
    ];
    for (const [name, table] of tables) {
      const columns = Object.keys(getTableColumns(table)).sort();
      expect(columns, `${name}: classify new columns in this test and describe personal ones in legal.ts`).toEqual(
        Object.keys(described[name]!).sort(),
      );
      for (const [column, words] of Object.entries(described[name]!)) {
        if (words) expect(privacy, `${name}.${column}`).toContain(words);
      }
    }
  });

  it("gives the registration and 实名认证 pages their consent text with links to both documents", () => {
    expect(REGISTRATION_CONSENT.links.map((l) => l.href)).toEqual(["/terms", "/privacy"]);
    expect(REGISTRATION_CONSENT.links.map((l) => l.text)).toEqual([`《${USER_AGREEMENT.title}》`, `《${PRIVACY_POLICY.title}》`]);
    expect(REAL_NAME_CONSENT).toContain("敏感个人信息");
    expect(REAL_NAME_CONSENT).toContain("单独同意");
  });
});
