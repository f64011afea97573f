CREATE TABLE "alerts_alert" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "alerts_alert_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"identifier" text NOT NULL,
	"sender" text NOT NULL,
	"type" text NOT NULL,
	"event" text NOT NULL,
	"severity" text NOT NULL,
	"severity_rank" smallint NOT NULL,
	"urgency" text DEFAULT 'Expected' NOT NULL,
	"certainty" text DEFAULT 'Likely' NOT NULL,
	"areas" text[] NOT NULL,
	"headline" text NOT NULL,
	"description" text NOT NULL,
	"instruction" text NOT NULL,
	"issuer" text NOT NULL,
	"department_id" integer,
	"cap_status" text DEFAULT 'actual' NOT NULL,
	"msg_type" text DEFAULT 'alert' NOT NULL,
	"references_id" integer,
	"state" text DEFAULT 'draft' NOT NULL,
	"source" text DEFAULT 'staff' NOT NULL,
	"sent_at" timestamp with time zone,
	"effective_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"superseded_by_id" integer,
	"created_by_id" uuid,
	"submitted_by_id" uuid,
	"approved_by_id" uuid,
	"rejection_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"sample" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "alerts_alert_type_check" CHECK ("alerts_alert"."type" in ('weather', 'geological', 'flood', 'health', 'safety', 'security')),
	CONSTRAINT "alerts_alert_severity_check" CHECK ("alerts_alert"."severity" in ('blue', 'yellow', 'orange', 'red')),
	CONSTRAINT "alerts_alert_state_check" CHECK ("alerts_alert"."state" in ('draft', 'pending', 'published', 'rejected')),
	CONSTRAINT "alerts_alert_status_check" CHECK ("alerts_alert"."cap_status" in ('actual', 'exercise', 'test')),
	CONSTRAINT "alerts_alert_msg_type_check" CHECK (("alerts_alert"."msg_type" = 'alert') = ("alerts_alert"."references_id" is null)),
	CONSTRAINT "alerts_alert_window_check" CHECK ("alerts_alert"."expires_at" > "alerts_alert"."effective_at")
);
--> statement-breakpoint
CREATE TABLE "alerts_delivery" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "alerts_delivery_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"alert_id" integer NOT NULL,
	"user_id" uuid NOT NULL,
	"by_message" boolean NOT NULL,
	"by_sms" boolean NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "alerts_fanout_job" (
	"alert_id" integer PRIMARY KEY NOT NULL,
	"expanded_at" timestamp with time zone,
	"done_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "alerts_subscription" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"areas" text[] NOT NULL,
	"min_severity_rank" smallint DEFAULT 1 NOT NULL,
	"by_message" boolean DEFAULT true NOT NULL,
	"by_sms" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "alerts_alert" ADD CONSTRAINT "alerts_alert_department_id_org_department_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."org_department"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts_alert" ADD CONSTRAINT "alerts_alert_references_id_alerts_alert_id_fk" FOREIGN KEY ("references_id") REFERENCES "public"."alerts_alert"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts_alert" ADD CONSTRAINT "alerts_alert_superseded_by_id_alerts_alert_id_fk" FOREIGN KEY ("superseded_by_id") REFERENCES "public"."alerts_alert"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts_alert" ADD CONSTRAINT "alerts_alert_created_by_id_account_user_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."account_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts_alert" ADD CONSTRAINT "alerts_alert_submitted_by_id_account_user_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."account_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts_alert" ADD CONSTRAINT "alerts_alert_approved_by_id_account_user_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."account_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts_delivery" ADD CONSTRAINT "alerts_delivery_alert_id_alerts_alert_id_fk" FOREIGN KEY ("alert_id") REFERENCES "public"."alerts_alert"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts_delivery" ADD CONSTRAINT "alerts_delivery_user_id_account_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."account_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts_fanout_job" ADD CONSTRAINT "alerts_fanout_job_alert_id_alerts_alert_id_fk" FOREIGN KEY ("alert_id") REFERENCES "public"."alerts_alert"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts_subscription" ADD CONSTRAINT "alerts_subscription_user_id_account_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."account_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "alerts_alert_identifier_key" ON "alerts_alert" USING btree ("sender","identifier");--> statement-breakpoint
CREATE INDEX "alerts_alert_live_idx" ON "alerts_alert" USING btree ("expires_at") WHERE state = 'published' and superseded_by_id is null and msg_type <> 'cancel';--> statement-breakpoint
CREATE INDEX "alerts_alert_sent_idx" ON "alerts_alert" USING btree ("sent_at" DESC NULLS LAST) WHERE state = 'published';--> statement-breakpoint
CREATE INDEX "alerts_alert_desk_idx" ON "alerts_alert" USING btree ("state","updated_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "alerts_alert_references_idx" ON "alerts_alert" USING btree ("references_id");--> statement-breakpoint
CREATE UNIQUE INDEX "alerts_delivery_alert_user_key" ON "alerts_delivery" USING btree ("alert_id","user_id");--> statement-breakpoint
CREATE INDEX "alerts_delivery_pending_idx" ON "alerts_delivery" USING btree ("id") WHERE sent_at is null;--> statement-breakpoint
CREATE INDEX "alerts_subscription_areas_idx" ON "alerts_subscription" USING gin ("areas");