-- The citizen's rating moves from 1–5 stars to the one 12345 scale (3 满意, 2 基本满意, 1 不满意):
-- 5/4 stars were 非常满意/满意, 3 was 一般, 2/1 were 不满意/非常不满意.
UPDATE "hotline_ticket" SET "citizen_rating" = CASE WHEN "citizen_rating" >= 4 THEN 3 WHEN "citizen_rating" = 3 THEN 2 ELSE 1 END WHERE "citizen_rating" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "hotline_ticket" ADD CONSTRAINT "hotline_ticket_citizen_rating_check" CHECK ("hotline_ticket"."citizen_rating" between 1 and 3);
