import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, count, eq } from "drizzle-orm";
import { auditLog, catalogueItem, hotlineKbArticle, hotlineKbProposal } from "@/drizzle/schema";
import {
  archiveArticle,
  getArticle,
  listProposals,
  proposeArticle,
  publishProposal,
  rejectProposal,
  searchArticles,
} from "@/server/modules/hotline/knowledge";
import { KB_ARTICLES, kbArticleId, seedKnowledge } from "@/drizzle/seed/knowledge";
import { createCaller } from "@/server/root";
import type { SessionUser } from "@/server/modules/account/service";
import type { DB } from "@/server/db";
import { BACKENDS, createTestDatabase } from "../helpers/db";
import { freshIp } from "../helpers/fixtures";
import { expectAppError, expectTrpcError } from "../helpers/errors";
import { demoUsers, newUser } from "../helpers/hotline";

describe.each(BACKENDS)("12345 knowledge base on %s", (backend) => {
  let db: DB;
  let cleanup: () => Promise<void>;
  let agent: SessionUser;
  let agent2: SessionUser;
  let admin: SessionUser;
  let citizen: SessionUser;
  let staff: SessionUser;
  const ctx = () => ({ db, ip: "10.0.0.3" });
  const caller = (user: SessionUser | null) => createCaller({ db, user, ip: freshIp() });

  beforeAll(async () => {
    const t = await createTestDatabase(backend);
    db = t.handle.db;
    cleanup = t.cleanup;
    ({ agent, admin, citizen, staff } = await demoUsers(db));
    agent2 = await newUser(db, "agent", { nickname: "测试坐席2" });
  }, 120_000);

  afterAll(async () => {
    await cleanup?.();
  });

  it("seeds the sample articles once, each linked to catalogue items found by name", async () => {
    const [before] = await db.select({ n: count() }).from(hotlineKbArticle);
    expect(before!.n).toBeGreaterThanOrEqual(KB_ARTICLES.length);
    expect(await seedKnowledge(db)).toEqual({ created: 0 });
    const [after] = await db.select({ n: count() }).from(hotlineKbArticle);
    expect(after!.n).toBe(before!.n);
    const id = await kbArticleId(db, "住房公积金提取（租房）怎么办理");
    const a = await getArticle(ctx(), agent, id!);
    expect(a.catalogueItems.map((i) => i.name)).toEqual(["住房公积金提取（租房）", "住房公积金个人账户信息查询"]);
    expect(a.body).toMatch(/示例数据/);
    // every named item exists in the catalogue seed (a typo would silently drop a link)
    for (const art of KB_ARTICLES) {
      for (const name of art.items) {
        const [row] = await db.select({ id: catalogueItem.id }).from(catalogueItem).where(eq(catalogueItem.name, name));
        expect(row, `catalogue item ${name}`).toBeDefined();
      }
    }
  });

  it("searches titles, keywords and bodies, in Chinese, full pinyin and pinyin initials", async () => {
    const titles = async (q: string) => (await searchArticles(ctx(), agent, q)).items.map((i) => i.title);
    expect((await titles("公积金"))[0]).toMatch(/住房公积金提取/);
    expect(await titles("社保卡")).toContain("社会保障卡申领、挂失和补换"); // keyword
    expect(await titles("夜间施工")).toContain("噪声投诉：夜间施工、社会生活噪声"); // body / keyword
    expect(await titles("juzhuzheng")).toContain("居住证申领、签注和补换"); // full pinyin
    expect(await titles("jzz")).toContain("居住证申领、签注和补换"); // initials
    expect(await titles("ydjy")).toContain("异地就医备案");
    expect(await titles("火星移民")).toEqual([]);
    // a sentence as the caller says it (the call page's panel searches the description as it is typed)
    expect((await titles("隔壁工地晚上十一点还在施工，噪声太大睡不着")).slice(0, 3)).toContain("噪声投诉：夜间施工、社会生活噪声");
    // empty query: the most recently updated articles
    expect((await searchArticles(ctx(), agent, "")).items.length).toBeGreaterThan(5);
    // the router returns the same
    const viaRouter = await caller(agent).hotline.knowledge.search({ q: "jzz" });
    expect(viaRouter.items.map((i) => i.title)).toContain("居住证申领、签注和补换");
  });

  it("propose an edit → admin publishes → search and the article show the new text", async () => {
    const id = (await kbArticleId(db, "燃气报修和燃气泄漏"))!;
    const before = await getArticle(ctx(), agent, id);
    const p = await caller(agent).hotline.knowledge.propose({
      articleId: id,
      baseVersion: before.version,
      title: before.title,
      body: `${before.body}\n补充：燃气企业24小时抢修热线以燃气公司公布为准；独居老人报修的可优先上门。`,
      keywords: `${before.keywords}，独居老人`,
      catalogueItemIds: [],
    });
    // nothing visible until published
    expect((await getArticle(ctx(), agent, id)).body).not.toMatch(/独居老人/);
    const queue = await listProposals(ctx(), admin);
    const mine = queue.find((q) => q.id === p.id)!;
    expect(mine).toMatchObject({ articleId: id, baseVersion: before.version, stale: false, proposedByName: expect.any(String) });
    expect(mine.current?.body).toBe(before.body);

    const r = await caller(admin).hotline.knowledge.publish({ id: p.id });
    expect(r).toEqual({ articleId: id, version: before.version + 1 });
    const after = await getArticle(ctx(), agent, id);
    expect(after.body).toMatch(/独居老人报修的可优先上门/);
    expect(after.version).toBe(before.version + 1);
    expect((await searchArticles(ctx(), agent, "独居老人")).items.map((i) => i.id)).toContain(id);
    const [prop] = await db.select().from(hotlineKbProposal).where(eq(hotlineKbProposal.id, p.id));
    expect(prop).toMatchObject({ status: "published", decidedById: admin.id });
    const audits = await db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.targetType, "hotline_kb_article"), eq(auditLog.targetId, String(id))));
    expect(audits.map((a) => a.action)).toContain("hotline.kb.publish");
    // publishing twice is refused
    await expectAppError(publishProposal(ctx(), admin, p.id), "CONFLICT", /已发布/);
  });

  it("a new article proposal becomes a published article with its catalogue links", async () => {
    const [item] = await db.select({ id: catalogueItem.id }).from(catalogueItem).where(eq(catalogueItem.name, "居住证申领"));
    const p = await proposeArticle(ctx(), agent2, {
      title: "外地车辆限行咨询（测试）",
      body: "南通市区目前对外地小客车没有常态化限行措施，具体以交警部门公告为准。",
      keywords: "限行，外地车",
      catalogueItemIds: [item!.id],
    });
    await expectAppError(
      proposeArticle(ctx(), agent2, { title: "链接错误", body: "正文内容足够长，用于测试无效事项编号。", catalogueItemIds: [999_999] }),
      "BAD_REQUEST",
      /999999/,
    );
    await expectAppError(proposeArticle(ctx(), agent2, { title: "", body: "短" }), "BAD_REQUEST");
    const r = await publishProposal(ctx(), admin, p.id);
    const a = await getArticle(ctx(), agent, r.articleId);
    expect(a).toMatchObject({ title: "外地车辆限行咨询（测试）", version: 1, status: "published", keywords: "限行，外地车" });
    expect(a.catalogueItems.map((i) => i.id)).toEqual([item!.id]);
    expect((await searchArticles(ctx(), agent, "xianxing")).items.map((i) => i.id)).toContain(r.articleId);
  });

  it("a proposal based on an older version: refused when proposed, CONFLICT when published", async () => {
    const id = (await kbArticleId(db, "南通地铁1号线运营信息"))!;
    const a = await getArticle(ctx(), agent, id);
    const first = await proposeArticle(ctx(), agent, {
      articleId: id,
      baseVersion: a.version,
      title: a.title,
      body: `${a.body}\n第一份修改。`,
      keywords: a.keywords,
    });
    const second = await proposeArticle(ctx(), agent2, {
      articleId: id,
      baseVersion: a.version,
      title: a.title,
      body: `${a.body}\n第二份修改。`,
      keywords: a.keywords,
    });
    await publishProposal(ctx(), admin, first.id);
    const queue = await listProposals(ctx(), admin);
    expect(queue.find((q) => q.id === second.id)?.stale).toBe(true);
    await expectAppError(publishProposal(ctx(), admin, second.id), "CONFLICT", /已被修改/);
    const now = await getArticle(ctx(), agent, id);
    expect(now.body).toMatch(/第一份修改/);
    expect(now.body).not.toMatch(/第二份修改/);
    const [p2] = await db.select({ status: hotlineKbProposal.status }).from(hotlineKbProposal).where(eq(hotlineKbProposal.id, second.id));
    expect(p2!.status).toBe("pending");
    // proposing on the old version now is refused straight away
    await expectAppError(
      proposeArticle(ctx(), agent2, { articleId: id, baseVersion: a.version, title: a.title, body: `${a.body}\n第三份修改。` }),
      "CONFLICT",
      /不是最新版本/,
    );
    await expectAppError(proposeArticle(ctx(), agent2, { articleId: id, title: a.title, body: `${a.body}\n没有版本。` }), "BAD_REQUEST");
  });

  it("reject with a reason; archive removes an article from search", async () => {
    const id = (await kbArticleId(db, "违法停车举报怎么处理"))!;
    const a = await getArticle(ctx(), agent, id);
    const p = await proposeArticle(ctx(), agent, {
      articleId: id,
      baseVersion: a.version,
      title: "违法停车",
      body: "这是一份不准确的修改内容，应该被驳回。",
    });
    await expectAppError(rejectProposal(ctx(), admin, p.id, ""), "BAD_REQUEST", /驳回理由/);
    await caller(admin).hotline.knowledge.reject({ id: p.id, reason: "内容不准确，请补充处理部门" });
    const mine = await caller(agent).hotline.knowledge.myProposals();
    expect(mine.find((m) => m.id === p.id)).toMatchObject({ status: "rejected", decisionNote: "内容不准确，请补充处理部门" });
    expect((await getArticle(ctx(), agent, id)).body).toBe(a.body);
    await expectAppError(publishProposal(ctx(), admin, p.id), "CONFLICT");

    await expectAppError(archiveArticle(ctx(), admin, id, a.version + 5), "CONFLICT");
    await archiveArticle(ctx(), admin, id, a.version);
    expect((await searchArticles(ctx(), agent, "违法停车")).items.map((i) => i.id)).not.toContain(id);
    await expectAppError(getArticle(ctx(), agent, id), "NOT_FOUND");
    expect((await getArticle(ctx(), admin, id)).status).toBe("archived");
  });

  it("citizens read published articles without the agents' 答复要点, and the global search finds them", async () => {
    const id = (await kbArticleId(db, "居住证申领、签注和补换"))!;
    const agentView = await getArticle(ctx(), agent, id);
    expect(agentView.body).toMatch(/答复要点/);
    const pub = await caller(null).hotline.knowledge.publicArticle({ id });
    expect(pub.title).toBe("居住证申领、签注和补换");
    expect(pub.body).toMatch(/申领条件/);
    expect(pub.body).not.toMatch(/答复要点/);
    expect(pub.catalogueItems.map((i) => i.name)).toContain("居住证申领");
    expect(Object.keys(pub)).not.toContain("version");

    // the global search (a guest) finds it by pinyin initials and leads to the public page
    const hits = await caller(null).search.query({ q: "jzz", page: 1, pageSize: 50 });
    const hit = hits.items.find((h) => h.kind === "12345知识库" && h.title === pub.title);
    expect(hit?.url).toBe(`/12345/knowledge/${id}`);
    expect(hit?.summary ?? "").not.toMatch(/答复要点/);

    // a proposal not yet published is no public article; an archived article is NOT_FOUND like a missing id
    const draft = await proposeArticle(ctx(), agent, { title: "尚未发布的文章", body: "这篇文章还在审核中，市民不应看到。" });
    const [row] = await db.select({ n: count() }).from(hotlineKbArticle).where(eq(hotlineKbArticle.title, "尚未发布的文章"));
    expect(row!.n, `proposal ${draft.id} creates no article`).toBe(0);
    const archivedId = (await kbArticleId(db, "违法停车举报怎么处理"))!; // archived by the test above
    await expectTrpcError(caller(null).hotline.knowledge.publicArticle({ id: archivedId }), "NOT_FOUND");
    await expectTrpcError(caller(null).hotline.knowledge.publicArticle({ id: 999_999 }), "NOT_FOUND");
  });

  it("permissions: citizens and staff cannot read; agents cannot publish, reject or archive", async () => {
    const id = (await kbArticleId(db, "异地就医备案"))!;
    for (const user of [citizen, staff]) {
      const c = caller(user);
      await expectTrpcError(c.hotline.knowledge.search({ q: "医保" }), "FORBIDDEN");
      await expectTrpcError(c.hotline.knowledge.get({ id }), "FORBIDDEN");
      await expectTrpcError(c.hotline.knowledge.propose({ title: "不应成功", body: "不应成功的提议内容，权限不足。" }), "FORBIDDEN");
      await expectTrpcError(c.hotline.knowledge.proposals({}), "FORBIDDEN");
    }
    await expectTrpcError(caller(null).hotline.knowledge.search({ q: "医保" }), "UNAUTHORIZED");
    const p = await proposeArticle(ctx(), agent, { title: "权限测试文章", body: "用于测试坐席不能发布自己的提议。" });
    const c = caller(agent);
    await expectTrpcError(c.hotline.knowledge.proposals({}), "FORBIDDEN");
    await expectTrpcError(c.hotline.knowledge.publish({ id: p.id }), "FORBIDDEN");
    await expectTrpcError(c.hotline.knowledge.reject({ id: p.id, reason: "坐席不能驳回" }), "FORBIDDEN");
    await expectTrpcError(c.hotline.knowledge.archive({ id, version: 1 }), "FORBIDDEN");
    await expectAppError(publishProposal(ctx(), agent, p.id), "FORBIDDEN");
    // admins can read and search too
    expect((await caller(admin).hotline.knowledge.search({ q: "医保" })).items.length).toBeGreaterThan(0);
  });
});
