CREATE TABLE "application_attachment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" bigint NOT NULL,
	"field_name" text NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "application_case" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "application_case_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"serial_no" text,
	"item_id" integer NOT NULL,
	"user_id" uuid NOT NULL,
	"department_id" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"idempotency_key" text,
	"correction_reason" text,
	"result_note" text,
	"submitted_at" timestamp with time zone,
	"accepted_at" timestamp with time zone,
	"due_date" date,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "application_event" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "application_event_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"application_id" bigint NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"actor_role" text,
	"from_status" text,
	"to_status" text NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "application_rating" (
	"application_id" bigint PRIMARY KEY NOT NULL,
	"item_id" integer NOT NULL,
	"department_id" integer NOT NULL,
	"score" smallint NOT NULL,
	"comment" text,
	"reason" text,
	"follow_up_status" text,
	"follow_up_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalogue_item" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "catalogue_item_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name" text NOT NULL,
	"section" text NOT NULL,
	"department_id" integer NOT NULL,
	"audience" text NOT NULL,
	"theme" text NOT NULL,
	"kind" text NOT NULL,
	"summary" text NOT NULL,
	"conditions" jsonb NOT NULL,
	"materials" jsonb NOT NULL,
	"steps" jsonb NOT NULL,
	"fees" text NOT NULL,
	"legal_basis" jsonb NOT NULL,
	"legal_days" integer NOT NULL,
	"promised_days" integer NOT NULL,
	"visits" smallint NOT NULL,
	"phone" text NOT NULL,
	"online" boolean NOT NULL,
	"requires_real_name" boolean DEFAULT false NOT NULL,
	"keywords" jsonb NOT NULL,
	"place" text,
	"form" jsonb,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "application_attachment" ADD CONSTRAINT "application_attachment_application_id_application_case_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."application_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_case" ADD CONSTRAINT "application_case_item_id_catalogue_item_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."catalogue_item"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_case" ADD CONSTRAINT "application_case_user_id_account_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."account_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_case" ADD CONSTRAINT "application_case_department_id_org_department_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."org_department"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_event" ADD CONSTRAINT "application_event_application_id_application_case_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."application_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_rating" ADD CONSTRAINT "application_rating_application_id_application_case_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."application_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_rating" ADD CONSTRAINT "application_rating_item_id_catalogue_item_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."catalogue_item"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_rating" ADD CONSTRAINT "application_rating_department_id_org_department_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."org_department"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_item" ADD CONSTRAINT "catalogue_item_department_id_org_department_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."org_department"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "application_attachment_case_idx" ON "application_attachment" USING btree ("application_id","field_name");--> statement-breakpoint
CREATE UNIQUE INDEX "application_case_serial_key" ON "application_case" USING btree ("serial_no");--> statement-breakpoint
CREATE UNIQUE INDEX "application_case_idem_key" ON "application_case" USING btree ("user_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "application_case_user_idx" ON "application_case" USING btree ("user_id","updated_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "application_case_dept_queue_idx" ON "application_case" USING btree ("department_id","status","due_date");--> statement-breakpoint
CREATE INDEX "application_event_case_idx" ON "application_event" USING btree ("application_id","at");--> statement-breakpoint
CREATE INDEX "application_rating_item_idx" ON "application_rating" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "application_rating_dept_idx" ON "application_rating" USING btree ("department_id","follow_up_status");--> statement-breakpoint
CREATE UNIQUE INDEX "catalogue_item_code_key" ON "catalogue_item" USING btree ("code");--> statement-breakpoint
CREATE INDEX "catalogue_item_section_idx" ON "catalogue_item" USING btree ("section","name");--> statement-breakpoint
CREATE INDEX "catalogue_item_department_idx" ON "catalogue_item" USING btree ("department_id");--> statement-breakpoint
CREATE INDEX "catalogue_item_theme_idx" ON "catalogue_item" USING btree ("audience","theme");