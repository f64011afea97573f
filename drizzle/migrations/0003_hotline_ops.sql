CREATE TABLE "hotline_attachment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ticket_id" bigint NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hotline_extension" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "hotline_extension_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"ticket_id" bigint NOT NULL,
	"requested_by_id" uuid NOT NULL,
	"extra_days" smallint NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"decided_by_id" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"new_due_date" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hotline_kb_article" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "hotline_kb_article_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"title" text NOT NULL,
	"body" text NOT NULL,
	"keywords" text DEFAULT '' NOT NULL,
	"catalogue_item_ids" integer[] DEFAULT '{}' NOT NULL,
	"category_id" integer,
	"status" text DEFAULT 'published' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"published_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hotline_kb_proposal" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "hotline_kb_proposal_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"article_id" integer,
	"base_version" integer,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"keywords" text DEFAULT '' NOT NULL,
	"catalogue_item_ids" integer[] DEFAULT '{}' NOT NULL,
	"category_id" integer,
	"proposed_by_id" uuid NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"decided_by_id" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "open311_api_key" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "open311_api_key_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"key_hash" text NOT NULL,
	"key_prefix" text NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "hotline_category" ADD COLUMN "attributes" jsonb;--> statement-breakpoint
ALTER TABLE "hotline_ticket" ADD COLUMN "citizen_rating" smallint;--> statement-breakpoint
ALTER TABLE "hotline_ticket" ADD COLUMN "citizen_comment" text;--> statement-breakpoint
ALTER TABLE "hotline_ticket" ADD COLUMN "rated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "hotline_ticket" ADD COLUMN "urge_count" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "hotline_ticket" ADD COLUMN "last_urged_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "hotline_ticket" ADD COLUMN "attributes" jsonb;--> statement-breakpoint
ALTER TABLE "hotline_attachment" ADD CONSTRAINT "hotline_attachment_ticket_id_hotline_ticket_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."hotline_ticket"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hotline_extension" ADD CONSTRAINT "hotline_extension_ticket_id_hotline_ticket_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."hotline_ticket"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hotline_kb_article" ADD CONSTRAINT "hotline_kb_article_category_id_hotline_category_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."hotline_category"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hotline_kb_proposal" ADD CONSTRAINT "hotline_kb_proposal_article_id_hotline_kb_article_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."hotline_kb_article"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hotline_kb_proposal" ADD CONSTRAINT "hotline_kb_proposal_category_id_hotline_category_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."hotline_category"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "hotline_attachment_ticket_idx" ON "hotline_attachment" USING btree ("ticket_id");--> statement-breakpoint
CREATE INDEX "hotline_extension_status_idx" ON "hotline_extension" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "hotline_extension_ticket_idx" ON "hotline_extension" USING btree ("ticket_id");--> statement-breakpoint
CREATE INDEX "hotline_kb_article_status_idx" ON "hotline_kb_article" USING btree ("status","updated_at");--> statement-breakpoint
CREATE INDEX "hotline_kb_proposal_status_idx" ON "hotline_kb_proposal" USING btree ("status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "open311_api_key_hash_key" ON "open311_api_key" USING btree ("key_hash");--> statement-breakpoint
CREATE INDEX "hotline_ticket_status_created_idx" ON "hotline_ticket" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "hotline_ticket_phone_idx" ON "hotline_ticket" USING btree ("contact_phone","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "hotline_ticket_public_idx" ON "hotline_ticket" USING btree ("closed_at" DESC NULLS LAST) WHERE "hotline_ticket"."is_public" and "hotline_ticket"."status" = 'closed';