CREATE TABLE "economy_cloud_application" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "economy_cloud_application_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"application_no" text NOT NULL,
	"offering_id" integer NOT NULL,
	"user_id" uuid NOT NULL,
	"enterprise_name" text NOT NULL,
	"enterprise_uscc" text NOT NULL,
	"contact_name" text NOT NULL,
	"contact_phone" text NOT NULL,
	"requirement" text NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"status_note" text,
	"handled_by_id" uuid,
	"handled_at" timestamp with time zone,
	"idempotency_key" text NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "economy_cloud_application_event" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "economy_cloud_application_event_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"application_id" bigint NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"actor_role" text,
	"from_status" text,
	"to_status" text NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "economy_cloud_offering" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "economy_cloud_offering_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name" text NOT NULL,
	"category" text NOT NULL,
	"provider" text NOT NULL,
	"summary" text NOT NULL,
	"description" text NOT NULL,
	"monthly_price_fen" integer,
	"price_note" text NOT NULL,
	"subsidy_note" text,
	"active" boolean DEFAULT true NOT NULL,
	"sort_order" smallint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "economy_credit_enterprise" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "economy_credit_enterprise_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"uscc" text NOT NULL,
	"name" text NOT NULL,
	"legal_representative" text NOT NULL,
	"registered_capital_fen" bigint NOT NULL,
	"founded_on" date NOT NULL,
	"district" text NOT NULL,
	"address" text NOT NULL,
	"industry_code" text NOT NULL,
	"registration_status" text NOT NULL,
	"tax_credit_level" text,
	"business_scope" text NOT NULL,
	"sample" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "economy_credit_list_entry" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "economy_credit_list_entry_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"list" text NOT NULL,
	"category" text NOT NULL,
	"subject_name" text NOT NULL,
	"uscc" text,
	"reason" text NOT NULL,
	"decision_no" text,
	"publisher" text NOT NULL,
	"published_on" date NOT NULL,
	"valid_until" date,
	"sample" boolean DEFAULT false NOT NULL,
	CONSTRAINT "economy_credit_list_entry_list_check" CHECK ("economy_credit_list_entry"."list" in ('red', 'black'))
);
--> statement-breakpoint
CREATE TABLE "economy_enterprise_profile" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"industry_code" text NOT NULL,
	"size" text NOT NULL,
	"district" text NOT NULL,
	"founded_on" date NOT NULL,
	"flags" text[] DEFAULT '{}'::text[] NOT NULL,
	"employees" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "economy_indicator" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"unit" text NOT NULL,
	"category" text NOT NULL,
	"description" text NOT NULL,
	"sort_order" smallint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "economy_indicator_value" (
	"indicator_code" text NOT NULL,
	"year" smallint NOT NULL,
	"value" numeric(14, 2) NOT NULL,
	"source" text NOT NULL,
	"source_url" text,
	"note" text,
	"sample" boolean DEFAULT false NOT NULL,
	CONSTRAINT "economy_indicator_value_indicator_code_year_pk" PRIMARY KEY("indicator_code","year")
);
--> statement-breakpoint
CREATE TABLE "economy_job_application" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "economy_job_application_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"posting_id" integer NOT NULL,
	"user_id" uuid NOT NULL,
	"resume" jsonb NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "economy_job_fair" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "economy_job_fair_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"venue" text NOT NULL,
	"district" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"organiser" text NOT NULL,
	"description" text NOT NULL,
	"booth_count" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "economy_job_posting" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "economy_job_posting_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"title" text NOT NULL,
	"employer" text NOT NULL,
	"industry_code" text NOT NULL,
	"district" text NOT NULL,
	"address" text NOT NULL,
	"salary_min_fen" integer NOT NULL,
	"salary_max_fen" integer NOT NULL,
	"education" text NOT NULL,
	"experience" text NOT NULL,
	"headcount" smallint NOT NULL,
	"description" text NOT NULL,
	"requirements" text NOT NULL,
	"benefits" text[] DEFAULT '{}'::text[] NOT NULL,
	"published_on" date NOT NULL,
	"closes_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"fair_id" integer,
	CONSTRAINT "economy_job_posting_salary_check" CHECK ("economy_job_posting"."salary_min_fen" <= "economy_job_posting"."salary_max_fen")
);
--> statement-breakpoint
CREATE TABLE "economy_policy" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "economy_policy_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"title" text NOT NULL,
	"doc_number" text,
	"issuer" text NOT NULL,
	"department_id" integer,
	"issued_on" date NOT NULL,
	"valid_until" date,
	"summary" text NOT NULL,
	"benefit" text NOT NULL,
	"max_award_fen" bigint,
	"body" text NOT NULL,
	"eligibility" jsonb NOT NULL,
	"keywords" text[] DEFAULT '{}'::text[] NOT NULL,
	"sample" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "economy_resume" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"full_name" text NOT NULL,
	"phone" text NOT NULL,
	"education" text NOT NULL,
	"major" text,
	"experience_years" smallint NOT NULL,
	"intended_position" text NOT NULL,
	"intended_district" text,
	"skills" text NOT NULL,
	"self_intro" text NOT NULL,
	"work_history" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "culture_book" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "culture_book_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"isbn" text NOT NULL,
	"title" text NOT NULL,
	"author" text NOT NULL,
	"publisher" text NOT NULL,
	"published_year" smallint NOT NULL,
	"call_number" text NOT NULL,
	"category" text NOT NULL,
	"summary" text NOT NULL,
	"copies" smallint NOT NULL,
	"available" smallint NOT NULL,
	CONSTRAINT "culture_book_available_check" CHECK ("culture_book"."available" >= 0 and "culture_book"."available" <= "culture_book"."copies")
);
--> statement-breakpoint
CREATE TABLE "culture_book_reservation" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "culture_book_reservation_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"book_id" integer NOT NULL,
	"user_id" uuid NOT NULL,
	"status" text DEFAULT 'waiting' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "culture_chapter_progress" (
	"user_id" uuid NOT NULL,
	"chapter_id" integer NOT NULL,
	"course_id" integer NOT NULL,
	"completed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "culture_chapter_progress_user_id_chapter_id_pk" PRIMARY KEY("user_id","chapter_id")
);
--> statement-breakpoint
CREATE TABLE "culture_course" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "culture_course_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"title" text NOT NULL,
	"provider" text NOT NULL,
	"category" text NOT NULL,
	"level" text NOT NULL,
	"summary" text NOT NULL,
	"description" text NOT NULL,
	"published" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "culture_course_chapter" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "culture_course_chapter_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"course_id" integer NOT NULL,
	"position" smallint NOT NULL,
	"title" text NOT NULL,
	"duration_minutes" smallint NOT NULL,
	"content" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "culture_course_enrollment" (
	"user_id" uuid NOT NULL,
	"course_id" integer NOT NULL,
	"enrolled_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_studied_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "culture_course_enrollment_user_id_course_id_pk" PRIMARY KEY("user_id","course_id")
);
--> statement-breakpoint
CREATE TABLE "culture_event" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "culture_event_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"title" text NOT NULL,
	"category" text NOT NULL,
	"venue" text NOT NULL,
	"address" text NOT NULL,
	"district" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"capacity" integer NOT NULL,
	"price_fen" integer DEFAULT 0 NOT NULL,
	"organiser" text NOT NULL,
	"description" text NOT NULL,
	"audience" text,
	CONSTRAINT "culture_event_capacity_check" CHECK ("culture_event"."capacity" > 0)
);
--> statement-breakpoint
CREATE TABLE "culture_loan" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "culture_loan_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"book_id" integer NOT NULL,
	"user_id" uuid NOT NULL,
	"branch" text NOT NULL,
	"borrowed_on" date NOT NULL,
	"due_on" date NOT NULL,
	"renewals" smallint DEFAULT 0 NOT NULL,
	"last_renewed_at" timestamp with time zone,
	"returned_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "culture_space" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "culture_space_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"address" text NOT NULL,
	"district" text NOT NULL,
	"description" text NOT NULL,
	"equipment" text[] DEFAULT '{}'::text[] NOT NULL,
	"opening_hours" text NOT NULL,
	"slot_minutes" smallint NOT NULL,
	"capacity_per_slot" smallint NOT NULL,
	"rules" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance_article" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "governance_article_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"body_html" text NOT NULL,
	"doc_number" text,
	"publisher" text NOT NULL,
	"department_id" integer,
	"interprets_id" integer,
	"status" text DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"created_by_id" uuid,
	"updated_by_id" uuid,
	"version" integer DEFAULT 0 NOT NULL,
	"sample" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "governance_article_kind_check" CHECK ("governance_article"."kind" in ('news', 'notice', 'policy', 'interpretation')),
	CONSTRAINT "governance_article_interpretation_check" CHECK (("governance_article"."kind" = 'interpretation') = ("governance_article"."interprets_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "governance_snap_report" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "governance_snap_report_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"ticket_id" bigint NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "economy_cloud_application" ADD CONSTRAINT "economy_cloud_application_offering_id_economy_cloud_offering_id_fk" FOREIGN KEY ("offering_id") REFERENCES "public"."economy_cloud_offering"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "economy_cloud_application" ADD CONSTRAINT "economy_cloud_application_user_id_account_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."account_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "economy_cloud_application" ADD CONSTRAINT "economy_cloud_application_handled_by_id_account_user_id_fk" FOREIGN KEY ("handled_by_id") REFERENCES "public"."account_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "economy_cloud_application_event" ADD CONSTRAINT "economy_cloud_application_event_application_id_economy_cloud_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."economy_cloud_application"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "economy_cloud_application_event" ADD CONSTRAINT "economy_cloud_application_event_actor_id_account_user_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."account_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "economy_enterprise_profile" ADD CONSTRAINT "economy_enterprise_profile_user_id_account_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."account_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "economy_indicator_value" ADD CONSTRAINT "economy_indicator_value_indicator_code_economy_indicator_code_fk" FOREIGN KEY ("indicator_code") REFERENCES "public"."economy_indicator"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "economy_job_application" ADD CONSTRAINT "economy_job_application_posting_id_economy_job_posting_id_fk" FOREIGN KEY ("posting_id") REFERENCES "public"."economy_job_posting"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "economy_job_application" ADD CONSTRAINT "economy_job_application_user_id_account_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."account_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "economy_job_posting" ADD CONSTRAINT "economy_job_posting_fair_id_economy_job_fair_id_fk" FOREIGN KEY ("fair_id") REFERENCES "public"."economy_job_fair"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "economy_policy" ADD CONSTRAINT "economy_policy_department_id_org_department_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."org_department"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "economy_resume" ADD CONSTRAINT "economy_resume_user_id_account_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."account_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "culture_book_reservation" ADD CONSTRAINT "culture_book_reservation_book_id_culture_book_id_fk" FOREIGN KEY ("book_id") REFERENCES "public"."culture_book"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "culture_book_reservation" ADD CONSTRAINT "culture_book_reservation_user_id_account_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."account_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "culture_chapter_progress" ADD CONSTRAINT "culture_chapter_progress_user_id_account_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."account_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "culture_chapter_progress" ADD CONSTRAINT "culture_chapter_progress_chapter_id_culture_course_chapter_id_fk" FOREIGN KEY ("chapter_id") REFERENCES "public"."culture_course_chapter"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "culture_chapter_progress" ADD CONSTRAINT "culture_chapter_progress_course_id_culture_course_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."culture_course"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "culture_course_chapter" ADD CONSTRAINT "culture_course_chapter_course_id_culture_course_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."culture_course"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "culture_course_enrollment" ADD CONSTRAINT "culture_course_enrollment_user_id_account_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."account_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "culture_course_enrollment" ADD CONSTRAINT "culture_course_enrollment_course_id_culture_course_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."culture_course"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "culture_loan" ADD CONSTRAINT "culture_loan_book_id_culture_book_id_fk" FOREIGN KEY ("book_id") REFERENCES "public"."culture_book"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "culture_loan" ADD CONSTRAINT "culture_loan_user_id_account_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."account_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_article" ADD CONSTRAINT "governance_article_department_id_org_department_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."org_department"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_article" ADD CONSTRAINT "governance_article_interprets_id_governance_article_id_fk" FOREIGN KEY ("interprets_id") REFERENCES "public"."governance_article"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_article" ADD CONSTRAINT "governance_article_created_by_id_account_user_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."account_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_article" ADD CONSTRAINT "governance_article_updated_by_id_account_user_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."account_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_snap_report" ADD CONSTRAINT "governance_snap_report_ticket_id_hotline_ticket_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."hotline_ticket"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_snap_report" ADD CONSTRAINT "governance_snap_report_user_id_account_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."account_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "economy_cloud_application_no_key" ON "economy_cloud_application" USING btree ("application_no");--> statement-breakpoint
CREATE UNIQUE INDEX "economy_cloud_application_idem_key" ON "economy_cloud_application" USING btree ("user_id","idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "economy_cloud_application_open_key" ON "economy_cloud_application" USING btree ("user_id","offering_id") WHERE status in ('submitted', 'accepted');--> statement-breakpoint
CREATE INDEX "economy_cloud_application_user_idx" ON "economy_cloud_application" USING btree ("user_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "economy_cloud_application_queue_idx" ON "economy_cloud_application" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "economy_cloud_application_event_app_idx" ON "economy_cloud_application_event" USING btree ("application_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "economy_cloud_offering_code_key" ON "economy_cloud_offering" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "economy_credit_enterprise_uscc_key" ON "economy_credit_enterprise" USING btree ("uscc");--> statement-breakpoint
CREATE UNIQUE INDEX "economy_credit_list_entry_code_key" ON "economy_credit_list_entry" USING btree ("code");--> statement-breakpoint
CREATE INDEX "economy_credit_list_entry_list_idx" ON "economy_credit_list_entry" USING btree ("list","category","published_on" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "economy_credit_list_entry_all_idx" ON "economy_credit_list_entry" USING btree ("list","published_on" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "economy_credit_list_entry_uscc_idx" ON "economy_credit_list_entry" USING btree ("uscc");--> statement-breakpoint
CREATE UNIQUE INDEX "economy_job_application_once_key" ON "economy_job_application" USING btree ("posting_id","user_id");--> statement-breakpoint
CREATE INDEX "economy_job_application_user_idx" ON "economy_job_application" USING btree ("user_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "economy_job_fair_code_key" ON "economy_job_fair" USING btree ("code");--> statement-breakpoint
CREATE INDEX "economy_job_fair_starts_idx" ON "economy_job_fair" USING btree ("starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "economy_job_posting_code_key" ON "economy_job_posting" USING btree ("code");--> statement-breakpoint
CREATE INDEX "economy_job_posting_list_idx" ON "economy_job_posting" USING btree ("status","published_on" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "economy_job_posting_fair_idx" ON "economy_job_posting" USING btree ("fair_id");--> statement-breakpoint
CREATE UNIQUE INDEX "economy_policy_code_key" ON "economy_policy" USING btree ("code");--> statement-breakpoint
CREATE INDEX "economy_policy_issued_idx" ON "economy_policy" USING btree ("issued_on" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE UNIQUE INDEX "culture_book_isbn_key" ON "culture_book" USING btree ("isbn");--> statement-breakpoint
CREATE INDEX "culture_book_reservation_book_idx" ON "culture_book_reservation" USING btree ("book_id") WHERE status = 'waiting';--> statement-breakpoint
CREATE UNIQUE INDEX "culture_book_reservation_once_key" ON "culture_book_reservation" USING btree ("book_id","user_id") WHERE status in ('waiting', 'ready');--> statement-breakpoint
CREATE INDEX "culture_chapter_progress_course_idx" ON "culture_chapter_progress" USING btree ("user_id","course_id");--> statement-breakpoint
CREATE UNIQUE INDEX "culture_course_code_key" ON "culture_course" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "culture_course_chapter_position_key" ON "culture_course_chapter" USING btree ("course_id","position");--> statement-breakpoint
CREATE INDEX "culture_course_enrollment_recent_idx" ON "culture_course_enrollment" USING btree ("user_id","last_studied_at" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "culture_event_code_key" ON "culture_event" USING btree ("code");--> statement-breakpoint
CREATE INDEX "culture_event_starts_idx" ON "culture_event" USING btree ("starts_at");--> statement-breakpoint
CREATE INDEX "culture_loan_user_idx" ON "culture_loan" USING btree ("user_id","due_on") WHERE returned_at is null;--> statement-breakpoint
CREATE INDEX "culture_loan_history_idx" ON "culture_loan" USING btree ("user_id","returned_at" DESC NULLS LAST) WHERE returned_at is not null;--> statement-breakpoint
CREATE INDEX "culture_loan_book_idx" ON "culture_loan" USING btree ("book_id");--> statement-breakpoint
CREATE UNIQUE INDEX "culture_space_code_key" ON "culture_space" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "governance_article_code_key" ON "governance_article" USING btree ("code");--> statement-breakpoint
CREATE INDEX "governance_article_public_idx" ON "governance_article" USING btree ("kind","published_at" DESC NULLS LAST,"id") WHERE status = 'published';--> statement-breakpoint
CREATE INDEX "governance_article_admin_idx" ON "governance_article" USING btree ("status","updated_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "governance_article_updated_idx" ON "governance_article" USING btree ("updated_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "governance_article_interprets_idx" ON "governance_article" USING btree ("interprets_id");--> statement-breakpoint
CREATE UNIQUE INDEX "governance_snap_report_ticket_key" ON "governance_snap_report" USING btree ("ticket_id");--> statement-breakpoint
CREATE INDEX "governance_snap_report_user_idx" ON "governance_snap_report" USING btree ("user_id","created_at" DESC NULLS LAST);