CREATE TABLE "health_checkup" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "health_checkup_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"person_id" integer NOT NULL,
	"examined_on" date NOT NULL,
	"institution" text NOT NULL,
	"kind" text NOT NULL,
	"summary" text NOT NULL,
	"doctor_name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "health_checkup_item" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "health_checkup_item_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"checkup_id" integer NOT NULL,
	"section" text NOT NULL,
	"name" text NOT NULL,
	"value" text NOT NULL,
	"unit" text,
	"ref_low" real,
	"ref_high" real,
	"ref_text" text,
	"sort_order" smallint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "health_family_doctor" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "health_family_doctor_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"person_id" integer NOT NULL,
	"doctor_name" text NOT NULL,
	"team" text NOT NULL,
	"centre" text NOT NULL,
	"phone" text,
	"signed_on" date NOT NULL,
	"valid_until" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "health_follow_up" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "health_follow_up_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"person_id" integer NOT NULL,
	"condition" text NOT NULL,
	"followed_on" date NOT NULL,
	"method" text NOT NULL,
	"findings" text NOT NULL,
	"advice" text NOT NULL,
	"doctor_name" text NOT NULL,
	"next_on" date
);
--> statement-breakpoint
CREATE TABLE "health_record_grant" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "health_record_grant_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"owner_user_id" uuid NOT NULL,
	"family_member_id" integer,
	"grantee_hash" text NOT NULL,
	"grantee_name" text NOT NULL,
	"scopes" text[] NOT NULL,
	"ends_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "health_record_person" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "health_record_person_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"id_number_hash" text NOT NULL,
	"name" text NOT NULL,
	"birth_date" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "health_record_person_idNumberHash_unique" UNIQUE("id_number_hash")
);
--> statement-breakpoint
CREATE TABLE "health_vaccination" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "health_vaccination_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"person_id" integer NOT NULL,
	"vaccine" text NOT NULL,
	"dose" text NOT NULL,
	"vaccinated_on" date NOT NULL,
	"institution" text NOT NULL,
	"batch_no" text,
	"next_due_on" date
);
--> statement-breakpoint
ALTER TABLE "health_checkup" ADD CONSTRAINT "health_checkup_person_id_health_record_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."health_record_person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_checkup_item" ADD CONSTRAINT "health_checkup_item_checkup_id_health_checkup_id_fk" FOREIGN KEY ("checkup_id") REFERENCES "public"."health_checkup"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_family_doctor" ADD CONSTRAINT "health_family_doctor_person_id_health_record_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."health_record_person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_follow_up" ADD CONSTRAINT "health_follow_up_person_id_health_record_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."health_record_person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_record_grant" ADD CONSTRAINT "health_record_grant_owner_user_id_account_user_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."account_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_record_grant" ADD CONSTRAINT "health_record_grant_family_member_id_family_member_id_fk" FOREIGN KEY ("family_member_id") REFERENCES "public"."family_member"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_vaccination" ADD CONSTRAINT "health_vaccination_person_id_health_record_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."health_record_person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "health_checkup_person_idx" ON "health_checkup" USING btree ("person_id","examined_on" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "health_checkup_item_checkup_idx" ON "health_checkup_item" USING btree ("checkup_id","sort_order");--> statement-breakpoint
CREATE INDEX "health_family_doctor_person_idx" ON "health_family_doctor" USING btree ("person_id","valid_until" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "health_follow_up_person_idx" ON "health_follow_up" USING btree ("person_id","followed_on" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "health_record_grant_owner_idx" ON "health_record_grant" USING btree ("owner_user_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "health_record_grant_grantee_idx" ON "health_record_grant" USING btree ("grantee_hash") WHERE revoked_at is null;--> statement-breakpoint
CREATE UNIQUE INDEX "health_record_grant_active_key" ON "health_record_grant" USING btree ("owner_user_id","grantee_hash") WHERE revoked_at is null;--> statement-breakpoint
CREATE INDEX "health_vaccination_person_idx" ON "health_vaccination" USING btree ("person_id","vaccinated_on" DESC NULLS LAST);