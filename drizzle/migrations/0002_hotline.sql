CREATE TABLE "hotline_category" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "hotline_category_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name" text NOT NULL,
	"parent_id" integer,
	"department_id" integer,
	"needs_location" boolean DEFAULT false NOT NULL,
	"sort_order" smallint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hotline_event" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "hotline_event_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"ticket_id" bigint NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"actor_role" text,
	"from_status" text,
	"to_status" text NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "hotline_sla_rule" (
	"request_type" text PRIMARY KEY NOT NULL,
	"working_days" smallint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hotline_ticket" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "hotline_ticket_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"ticket_no" text NOT NULL,
	"type" text NOT NULL,
	"category_id" integer NOT NULL,
	"channel" text NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"description" text NOT NULL,
	"district" text,
	"address" text,
	"lat" double precision,
	"lng" double precision,
	"is_public" boolean DEFAULT false NOT NULL,
	"contact_name" text,
	"contact_phone" text,
	"citizen_user_id" uuid,
	"created_by_id" uuid,
	"department_id" integer,
	"due_date" date,
	"answer" text,
	"return_reason" text,
	"satisfaction" text,
	"idempotency_scope" text,
	"idempotency_key" text,
	"merged_into_id" bigint,
	"version" integer DEFAULT 1 NOT NULL,
	"dispatched_at" timestamp with time zone,
	"replied_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "hotline_category" ADD CONSTRAINT "hotline_category_department_id_org_department_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."org_department"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hotline_event" ADD CONSTRAINT "hotline_event_ticket_id_hotline_ticket_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."hotline_ticket"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hotline_ticket" ADD CONSTRAINT "hotline_ticket_category_id_hotline_category_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."hotline_category"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hotline_ticket" ADD CONSTRAINT "hotline_ticket_citizen_user_id_account_user_id_fk" FOREIGN KEY ("citizen_user_id") REFERENCES "public"."account_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hotline_ticket" ADD CONSTRAINT "hotline_ticket_created_by_id_account_user_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."account_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hotline_ticket" ADD CONSTRAINT "hotline_ticket_department_id_org_department_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."org_department"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "hotline_category_code_key" ON "hotline_category" USING btree ("code");--> statement-breakpoint
CREATE INDEX "hotline_category_parent_idx" ON "hotline_category" USING btree ("parent_id","sort_order");--> statement-breakpoint
CREATE INDEX "hotline_event_ticket_idx" ON "hotline_event" USING btree ("ticket_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "hotline_ticket_no_key" ON "hotline_ticket" USING btree ("ticket_no");--> statement-breakpoint
CREATE UNIQUE INDEX "hotline_ticket_idem_key" ON "hotline_ticket" USING btree ("idempotency_scope","idempotency_key");--> statement-breakpoint
CREATE INDEX "hotline_ticket_queue_idx" ON "hotline_ticket" USING btree ("status","due_date");--> statement-breakpoint
CREATE INDEX "hotline_ticket_dept_idx" ON "hotline_ticket" USING btree ("department_id","status","due_date");--> statement-breakpoint
CREATE INDEX "hotline_ticket_citizen_idx" ON "hotline_ticket" USING btree ("citizen_user_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "hotline_ticket_dup_idx" ON "hotline_ticket" USING btree ("category_id","created_at");--> statement-breakpoint
CREATE INDEX "hotline_ticket_created_idx" ON "hotline_ticket" USING btree ("created_at");