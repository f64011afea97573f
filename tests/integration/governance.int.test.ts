import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, count, eq } from "drizzle-orm";
import { auditLog, governanceArticle, governanceSnapReport, hotlineAttachment, hotlineCategory, hotlineTicket } from "@/drizzle/schema";
import type { DB } from "@/server/db";
import { AppError } from "@/server/lib/errors";
import {
  articleSearchDocuments,
  createArticleDraft,
  getArticleForAdmin,
  getPublishedArticle,
  listArticlesForAdmin,
  listPublishedArticles,
  publishArticle,
  updateArticle,
  withdrawArticle,
} from "@/server/modules/governance/publicity";
import { listMySnapReports, submitSnapReport } from "@/server/modules/governance/snap";
import type { SessionUser } from "@/server/modules/account/service";
import { BACKENDS, createTestDatabase } from "../helpers/db";
import { DEMO, demoUser } from "../helpers/fixtures";

process.env.STORAGE_DIR = mkdtempSync(path.join(tmpdir(), "nt-snap-uploads-"));

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 2, 3]);
const PDF = new TextEncoder().encode("%PDF-1.7 not a photo");

async function rejection(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

let n = 0;
const key = () => `snap-${process.pid}-${Date.now()}-${++n}`;

const MALICIOUS =
  '<h1>关于开展测试的通知</h1><p onclick="alert(1)">第一段<script>document.cookie</script></p>' +
  '<p><a href="javascript:alert(1)">点我</a> <a href="https://www.nantong.gov.cn/">市政府</a></p>' +
  '<img src="x" onerror="alert(1)"><iframe src="https://evil.example"></iframe><style>body{display:none}</style>';

describe.each(BACKENDS)("智慧治理 on %s", (backend) => {
  let db: DB;
  let cleanup: () => Promise<void>;
  let admin: SessionUser;
  let citizen: SessionUser;
  let agent: SessionUser;
  beforeAll(async () => {
    const t = await createTestDatabase(backend);
    db = t.handle.db;
    cleanup = t.cleanup;
    admin = await demoUser(db, DEMO.admin);
    citizen = await demoUser(db, DEMO.citizen);
    agent = await demoUser(db, DEMO.agent);
  });
  afterAll(() => cleanup());

  describe("政务公开", () => {
    it("publishes at least 30 sample articles of four kinds, newest first", async () => {
      const all = await listPublishedArticles(db, { pageSize: 50 });
      expect(all.total).toBeGreaterThanOrEqual(30);
      expect(new Set(all.items.map((a) => a.kind))).toEqual(new Set(["news", "notice", "policy", "interpretation"]));
      const dates = all.items.map((a) => a.publishedAt!.getTime());
      expect([...dates].sort((a, b) => b - a)).toEqual(dates);
      expect(all.items.some((a) => a.title.includes("草稿"))).toBe(false);
      const news = await listPublishedArticles(db, { kind: "news" });
      expect(news.items.every((a) => a.kindName === "政务要闻")).toBe(true);
      expect((await listPublishedArticles(db, { q: "ssp" })).items.map((a) => a.title)).toContain(
        "智慧南通公共服务平台上线“随手拍”（示例）",
      );
    });

    it("links a policy document and its interpretation both ways", async () => {
      const policies = await listPublishedArticles(db, { kind: "policy" });
      const doc = await getPublishedArticle(db, policies.items[0]!.id);
      expect(doc.docNumber).toMatch(/〔2026〕/);
      expect(doc.interpretations).toHaveLength(1);
      const j = await getPublishedArticle(db, doc.interpretations[0]!.id);
      expect(j.kind).toBe("interpretation");
      expect(j.interprets).toMatchObject({ id: doc.id, docNumber: doc.docNumber });
      expect(j.bodyHtml).toContain("<h2>一、出台背景</h2>");
    });

    it("stores an admin's rich text sanitised: no script, handler or javascript: URL survives", async () => {
      const draft = await createArticleDraft({ db }, admin, {
        kind: "notice",
        title: "关于开展测试的通知",
        bodyHtml: MALICIOUS,
        publisher: "南通市数据局",
      });
      const [row] = await db
        .select({ bodyHtml: governanceArticle.bodyHtml, summary: governanceArticle.summary })
        .from(governanceArticle)
        .where(eq(governanceArticle.id, draft.id));
      const html = row!.bodyHtml;
      expect(html).not.toMatch(/<script|<iframe|<style|onclick|onerror|javascript:|document\.cookie/i);
      expect(html).toContain("<h2>关于开展测试的通知</h2>");
      expect(html).toContain("<p>第一段</p>");
      expect(html).toContain('<a href="https://www.nantong.gov.cn/" rel="noopener noreferrer">市政府</a>');
      expect(html).toContain("点我");
      expect(row!.summary).toBe("关于开展测试的通知 第一段 点我 市政府");
      // the draft is not public
      await expect(getPublishedArticle(db, draft.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect((await listPublishedArticles(db, { q: "开展测试" })).total).toBe(0);
      // and an edit is sanitised the same way
      await updateArticle({ db }, admin, draft.id, draft.version, {
        kind: "notice",
        title: "关于开展测试的通知",
        bodyHtml: '<p>改</p><svg onload="alert(1)"></svg>',
        publisher: "南通市数据局",
      });
      const edited = await getArticleForAdmin({ db }, admin, draft.id);
      expect(edited.bodyHtml).toBe("<p>改</p>");
    });

    it("refuses a body that is empty once unsafe content is removed", async () => {
      const e = await rejection(
        createArticleDraft({ db }, admin, {
          kind: "news",
          title: "空正文测试",
          bodyHtml: "<script>alert(1)</script>",
          publisher: "南通市数据局",
        }),
      );
      expect(e.fieldErrors?.bodyHtml?.[0]).toContain("正文");
    });

    it("publishes and withdraws with version checks, and audits each change", async () => {
      const d = await createArticleDraft({ db }, admin, {
        kind: "news",
        title: "新闻发布流程测试",
        bodyHtml: "<p>正文</p>",
        publisher: "南通市数据局",
      });
      const stale = await rejection(publishArticle({ db }, admin, d.id, d.version + 1));
      expect(stale.code).toBe("CONFLICT");
      const published = await publishArticle({ db }, admin, d.id, d.version);
      expect(published.status).toBe("published");
      const pub = await getPublishedArticle(db, d.id);
      expect(pub.publishedAt).toBeInstanceOf(Date);
      expect((await listPublishedArticles(db, { q: "新闻发布流程测试" })).total).toBe(1);
      const docs = await articleSearchDocuments(db);
      expect(docs.find((x) => x.id === String(d.id))).toMatchObject({ kind: "governance.news", url: `/governance/open/${d.id}` });
      await withdrawArticle({ db }, admin, d.id, published.version);
      await expect(getPublishedArticle(db, d.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
      const actions = await db
        .select({ action: auditLog.action })
        .from(auditLog)
        .where(and(eq(auditLog.targetType, "governance_article"), eq(auditLog.targetId, String(d.id))));
      expect(actions.map((a) => a.action).sort()).toEqual([
        "governance.article.create",
        "governance.article.publish",
        "governance.article.withdraw",
      ]);
    });

    it("requires an interpretation to name a policy document, published first", async () => {
      const noLink = await rejection(
        createArticleDraft({ db }, admin, {
          kind: "interpretation",
          title: "某政策解读",
          bodyHtml: "<p>解读</p>",
          publisher: "南通市数据局",
        }),
      );
      expect(noLink.fieldErrors?.interpretsId).toEqual(["政策解读须关联被解读的政策文件"]);
      const news = (await listPublishedArticles(db, { kind: "news" })).items[0]!;
      const wrong = await rejection(
        createArticleDraft({ db }, admin, {
          kind: "interpretation",
          title: "某政策解读",
          bodyHtml: "<p>解读</p>",
          publisher: "南通市数据局",
          interpretsId: news.id,
        }),
      );
      expect(wrong.fieldErrors?.interpretsId).toEqual(["请选择一份政策文件作为解读对象"]);
      const doc = await createArticleDraft({ db }, admin, {
        kind: "policy",
        title: "南通市测试管理办法",
        docNumber: "通政规〔2026〕99号",
        bodyHtml: "<p>第一条</p>",
        publisher: "南通市人民政府",
      });
      const j = await createArticleDraft({ db }, admin, {
        kind: "interpretation",
        title: "《南通市测试管理办法》解读",
        bodyHtml: "<p>解读</p>",
        publisher: "南通市人民政府",
        interpretsId: doc.id,
      });
      expect((await rejection(publishArticle({ db }, admin, j.id, j.version))).message).toBe("请先发布被解读的政策文件，再发布解读");
      await publishArticle({ db }, admin, doc.id, doc.version);
      await publishArticle({ db }, admin, j.id, j.version);
      expect((await getPublishedArticle(db, doc.id)).interpretations.map((x) => x.id)).toEqual([j.id]);
      const docNumberOnNews = await rejection(
        createArticleDraft({ db }, admin, {
          kind: "news",
          title: "带文号的新闻",
          docNumber: "x",
          bodyHtml: "<p>x</p>",
          publisher: "南通市数据局",
        }),
      );
      expect(docNumberOnNews.fieldErrors?.docNumber).toEqual(["只有政策文件有文号"]);
    });

    it("lets only admins write, and shows them drafts", async () => {
      for (const u of [citizen, agent])
        expect(
          (await rejection(createArticleDraft({ db }, u, { kind: "news", title: "越权发布测试", bodyHtml: "<p>x</p>", publisher: "x市" })))
            .code,
        ).toBe("FORBIDDEN");
      const drafts = await listArticlesForAdmin({ db }, admin, { status: "draft" });
      expect(drafts.total).toBeGreaterThanOrEqual(1);
      expect(drafts.items.every((a) => a.statusName === "草稿")).toBe(true);
    });
  });

  describe("随手拍", () => {
    const base = () => ({
      kind: "pothole" as const,
      description: "人行道上有一个大坑，雨天积水",
      lat: 32.0101,
      lng: 120.8642,
      address: "崇川区工农路57号",
      idempotencyKey: key(),
    });

    it("files a 12345 request with the map point and photo, in the matching category", async () => {
      const r = await submitSnapReport({ db }, citizen, { ...base(), photos: [{ name: "坑.jpg", bytes: JPEG }] });
      expect(r.created).toBe(true);
      expect(r.ticketNo).toMatch(/^12345\d{14}$/);
      const [t] = await db
        .select({
          lat: hotlineTicket.lat,
          lng: hotlineTicket.lng,
          type: hotlineTicket.type,
          description: hotlineTicket.description,
          attributes: hotlineTicket.attributes,
          category: hotlineCategory.code,
          citizenUserId: hotlineTicket.citizenUserId,
          contactName: hotlineTicket.contactName,
          status: hotlineTicket.status,
        })
        .from(hotlineTicket)
        .innerJoin(hotlineCategory, eq(hotlineCategory.id, hotlineTicket.categoryId))
        .where(eq(hotlineTicket.id, r.ticketId));
      expect(t).toMatchObject({
        lat: 32.0101,
        lng: 120.8642,
        type: "求助",
        category: "jt-dlss",
        attributes: { facility: "pothole" },
        citizenUserId: citizen.id,
        contactName: "周晓彤",
        status: "new",
      });
      expect(t!.description).toBe("【随手拍·道路坑洼】人行道上有一个大坑，雨天积水");
      const [photos] = await db.select({ n: count() }).from(hotlineAttachment).where(eq(hotlineAttachment.ticketId, r.ticketId));
      expect(photos?.n).toBe(1);
      const mine = await listMySnapReports({ db }, citizen);
      expect(mine[0]).toMatchObject({
        ticketId: r.ticketId,
        kindName: "道路坑洼",
        statusName: expect.any(String),
        photoCount: 1,
        url: `/me/requests/${r.ticketId}`,
      });
    });

    it("returns the first request when the same report is sent again", async () => {
      const input = { ...base(), kind: "streetlight" as const, photos: [{ name: "灯.jpg", bytes: JPEG }] };
      const first = await submitSnapReport({ db }, citizen, input);
      const again = await submitSnapReport({ db }, citizen, input);
      expect(again).toEqual({ ...first, created: false });
      const [rows] = await db.select({ n: count() }).from(governanceSnapReport).where(eq(governanceSnapReport.ticketId, first.ticketId));
      expect(rows?.n).toBe(1);
    });

    it("needs a photo, a point in Nantong and a description, all reported together", async () => {
      const e = await rejection(submitSnapReport({ db }, citizen, { ...base(), description: "坑", lat: 40, photos: [] }));
      expect(e.code).toBe("BAD_REQUEST");
      expect(Object.keys(e.fieldErrors ?? {}).sort()).toEqual(["description", "location", "photos"]);
      expect(e.fieldErrors?.photos).toEqual(["请至少拍一张照片，方便承办部门找到和核实问题"]);
      const noPoint = await rejection(
        submitSnapReport({ db }, citizen, { ...base(), lat: undefined, lng: undefined, photos: [{ name: "a.jpg", bytes: JPEG }] } as never),
      );
      expect(noPoint.fieldErrors?.location).toEqual(["请在地图上标出问题位置"]);
      const notPhoto = await rejection(submitSnapReport({ db }, citizen, { ...base(), photos: [{ name: "a.jpg", bytes: PDF }] }));
      expect(notPhoto.fieldErrors?.photos?.[0]).toContain("不是JPG、PNG或WebP图片");
    });

    it("is for citizens and enterprises; agents file calls in their console", async () => {
      expect((await rejection(submitSnapReport({ db }, agent, { ...base(), photos: [{ name: "a.jpg", bytes: JPEG }] }))).code).toBe(
        "FORBIDDEN",
      );
      expect(await listMySnapReports({ db }, await demoUser(db, DEMO.enterprise))).toEqual([]);
    });
  });
});
