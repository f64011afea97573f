CREATE TABLE "hotline_stats_daily" (
	"day" date NOT NULL,
	"dim" smallint NOT NULL,
	"key" text NOT NULL,
	"received" integer NOT NULL,
	"dispatched" integer NOT NULL,
	"direct" integer NOT NULL,
	"closed" integer NOT NULL,
	"replied" integer NOT NULL,
	"replied_on_time" integer NOT NULL,
	"rated" integer NOT NULL,
	"satisfied" integer NOT NULL,
	CONSTRAINT "hotline_stats_daily_day_dim_key_pk" PRIMARY KEY("day","dim","key")
);
--> statement-breakpoint
CREATE TABLE "hotline_stats_day" (
	"day" date PRIMARY KEY NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hotline_stats_dirty" (
	"day" date PRIMARY KEY NOT NULL,
	"gen" bigint DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE INDEX "hotline_ticket_new_queue_idx" ON "hotline_ticket" USING btree ("created_at","id") WHERE "hotline_ticket"."status" in ('new', 'reopened');--> statement-breakpoint
CREATE INDEX "hotline_ticket_open_due_idx" ON "hotline_ticket" USING btree ("due_date","id") WHERE "hotline_ticket"."status" in ('dispatched', 'accepted');--> statement-breakpoint
CREATE INDEX "hotline_ticket_dept_open_idx" ON "hotline_ticket" USING btree ("department_id","due_date","id") WHERE "hotline_ticket"."status" in ('dispatched', 'accepted');--> statement-breakpoint
-- Hand-written (drizzle-kit does not model triggers): mark the China calendar day a changed ticket was
-- created on as dirty for the statistics rollup, unless that day is today (today is always computed
-- live). Only the columns the statistics read count as a change. See server/modules/hotline/stats.ts.
CREATE FUNCTION "hotline_stats_mark_dirty"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  today date := ((now() AT TIME ZONE 'UTC') + interval '8 hours')::date;
  d date;
BEGIN
  IF TG_OP = 'UPDATE' AND (NEW.created_at, NEW.district, NEW.category_id, NEW.department_id, NEW.status, NEW.dispatched_at, NEW.replied_at, NEW.due_date, NEW.satisfaction)
      IS NOT DISTINCT FROM (OLD.created_at, OLD.district, OLD.category_id, OLD.department_id, OLD.status, OLD.dispatched_at, OLD.replied_at, OLD.due_date, OLD.satisfaction) THEN
    RETURN NULL;
  END IF;
  IF TG_OP <> 'INSERT' THEN
    d := ((OLD.created_at AT TIME ZONE 'UTC') + interval '8 hours')::date;
    IF d < today THEN
      INSERT INTO "hotline_stats_dirty" AS x ("day", "gen") VALUES (d, 1) ON CONFLICT ("day") DO UPDATE SET "gen" = x."gen" + 1;
    END IF;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    d := ((NEW.created_at AT TIME ZONE 'UTC') + interval '8 hours')::date;
    IF d < today AND (TG_OP = 'INSERT' OR d <> ((OLD.created_at AT TIME ZONE 'UTC') + interval '8 hours')::date) THEN
      INSERT INTO "hotline_stats_dirty" AS x ("day", "gen") VALUES (d, 1) ON CONFLICT ("day") DO UPDATE SET "gen" = x."gen" + 1;
    END IF;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "hotline_stats_mark_dirty" AFTER INSERT OR UPDATE OR DELETE ON "hotline_ticket" FOR EACH ROW EXECUTE FUNCTION "hotline_stats_mark_dirty"();
