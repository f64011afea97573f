import { z } from "zod";

/** Output shapes of the governance procedures (shared by the sub-routers). */

export const ZArticleSummaryOut = z.object({
  id: z.number(),
  kind: z.string(),
  kindName: z.string(),
  title: z.string(),
  summary: z.string(),
  docNumber: z.string().nullable(),
  publisher: z.string(),
  interpretsId: z.number().nullable(),
  publishedAt: z.date().nullable(),
  sample: z.boolean(),
});

export const ZArticleListOut = z.object({
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  items: z.array(ZArticleSummaryOut),
});

export const ZArticleOut = ZArticleSummaryOut.extend({
  bodyHtml: z.string(),
  updatedAt: z.date(),
  interpretations: z.array(z.object({ id: z.number(), title: z.string(), publishedAt: z.date().nullable() })),
  interprets: z.object({ id: z.number(), title: z.string(), docNumber: z.string().nullable() }).nullable(),
});

export const ZAdminArticleOut = ZArticleSummaryOut.extend({
  status: z.string(),
  statusName: z.string(),
  version: z.number(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

export const ZVersionOut = z.object({ version: z.number(), status: z.string() });

const ZCell = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export const ZDatasetSummaryOut = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  publisher: z.string(),
  section: z.string(),
  updateFrequency: z.string(),
  updateFrequencyName: z.string(),
  licence: z.object({ id: z.string(), name: z.string(), url: z.string(), summary: z.string() }),
  keywords: z.array(z.string()),
  sample: z.boolean(),
  rowCount: z.number(),
  lastUpdated: z.string().nullable(),
});
export const ZDatasetOut = ZDatasetSummaryOut.extend({
  fields: z.array(
    z.object({ name: z.string(), title: z.string(), type: z.string(), description: z.string(), unit: z.string().optional() }),
  ),
  preview: z.array(z.record(z.string(), ZCell)),
});
export const ZDatasetPageOut = z.object({
  dataset: z.string(),
  page: z.number(),
  pageSize: z.number(),
  total: z.number(),
  totalPages: z.number(),
  fields: z.array(z.string()),
  items: z.array(z.record(z.string(), ZCell)),
});

export const ZSnapOut = z.object({
  id: z.number(),
  kind: z.string(),
  kindName: z.string(),
  ticketId: z.number(),
  ticketNo: z.string(),
  status: z.string(),
  statusName: z.string(),
  photoCount: z.number(),
  createdAt: z.date(),
  url: z.string(),
});

export const ZPointsSummaryOut = z.object({
  balance: z.number(),
  newlyAwarded: z.number(),
  history: z.array(
    z.object({
      id: z.number(),
      delta: z.number(),
      reason: z.string(),
      reasonName: z.string(),
      sourceModule: z.string(),
      sourceRef: z.string().nullable(),
      balanceAfter: z.number(),
      createdAt: z.date(),
    }),
  ),
  nextBefore: z.number().nullable(),
  rules: z.array(z.object({ code: z.string(), name: z.string(), points: z.string(), how: z.string(), href: z.string().nullable() })),
  rewards: z.array(z.object({ code: z.string(), name: z.string(), cost: z.number(), note: z.string(), affordable: z.boolean() })),
});
