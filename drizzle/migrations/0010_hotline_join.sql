CREATE TABLE "hotline_supporter" (
	"ticket_id" bigint NOT NULL,
	"user_id" uuid NOT NULL,
	"joined" boolean DEFAULT false NOT NULL,
	"note" text,
	"sms" boolean DEFAULT false NOT NULL,
	"merged_from_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"joined_at" timestamp with time zone,
	CONSTRAINT "hotline_supporter_ticket_id_user_id_pk" PRIMARY KEY("ticket_id","user_id")
);
--> statement-breakpoint
DROP INDEX "hotline_ticket_new_queue_idx";--> statement-breakpoint
ALTER TABLE "hotline_attachment" ADD COLUMN "supporter_id" uuid;--> statement-breakpoint
ALTER TABLE "hotline_ticket" ADD COLUMN "join_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "hotline_supporter" ADD CONSTRAINT "hotline_supporter_ticket_id_hotline_ticket_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."hotline_ticket"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hotline_supporter" ADD CONSTRAINT "hotline_supporter_user_id_account_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."account_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "hotline_supporter_user_idx" ON "hotline_supporter" USING btree ("user_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "hotline_supporter_joined_idx" ON "hotline_supporter" USING btree ("joined_at") WHERE "hotline_supporter"."joined_at" is not null;--> statement-breakpoint
ALTER TABLE "hotline_attachment" ADD CONSTRAINT "hotline_attachment_supporter_id_account_user_id_fk" FOREIGN KEY ("supporter_id") REFERENCES "public"."account_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "hotline_ticket_open_public_idx" ON "hotline_ticket" USING btree ("category_id","created_at") WHERE "hotline_ticket"."is_public" and "hotline_ticket"."status" <> 'closed' and "hotline_ticket"."merged_into_id" is null;--> statement-breakpoint
CREATE INDEX "hotline_ticket_lat_idx" ON "hotline_ticket" USING btree ("lat","lng") WHERE "hotline_ticket"."lat" is not null;--> statement-breakpoint
CREATE INDEX "hotline_ticket_new_queue_idx" ON "hotline_ticket" USING btree ("join_count" DESC NULLS LAST,"created_at","id") WHERE "hotline_ticket"."status" in ('new', 'reopened');