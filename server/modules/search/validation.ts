import { z } from "zod";

export const SEARCH_SECTIONS = ["services", "economy", "culture", "governance", "transport", "environment", "life"] as const;

export const ZGlobalSearch = z.object({
  q: z.string({ error: "请输入要找的内容" }).trim().min(1, "请输入要找的内容").max(100, "搜索词不超过100个字"),
  section: z.enum(SEARCH_SECTIONS, { error: "板块无效" }).optional(),
  page: z.number().int().min(1).max(50).default(1),
  pageSize: z.number().int().min(1).max(50).default(20),
});
export type TGlobalSearch = z.output<typeof ZGlobalSearch>;
