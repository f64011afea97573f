CREATE TABLE "ingest_api_key" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "ingest_api_key_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"key_hash" text NOT NULL,
	"key_prefix" text NOT NULL,
	"scopes" text[] NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "transport_agency" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"url" text NOT NULL,
	"timezone" text NOT NULL,
	"lang" text
);
--> statement-breakpoint
CREATE TABLE "transport_bike_station" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "transport_bike_station_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name" text NOT NULL,
	"district" text NOT NULL,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	"docks" integer NOT NULL,
	"bikes" integer NOT NULL,
	"observed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sample" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "transport_calendar" (
	"service_id" text PRIMARY KEY NOT NULL,
	"monday" boolean NOT NULL,
	"tuesday" boolean NOT NULL,
	"wednesday" boolean NOT NULL,
	"thursday" boolean NOT NULL,
	"friday" boolean NOT NULL,
	"saturday" boolean NOT NULL,
	"sunday" boolean NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "transport_calendar_date" (
	"service_id" text NOT NULL,
	"date" date NOT NULL,
	"exception_type" smallint NOT NULL,
	CONSTRAINT "transport_calendar_date_service_id_date_pk" PRIMARY KEY("service_id","date")
);
--> statement-breakpoint
CREATE TABLE "transport_fare" (
	"id" text PRIMARY KEY NOT NULL,
	"price_fen" integer NOT NULL,
	"currency" text NOT NULL,
	"payment_method" smallint NOT NULL,
	"transfers" smallint,
	"agency_id" text
);
--> statement-breakpoint
CREATE TABLE "transport_fare_rule" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "transport_fare_rule_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"fare_id" text NOT NULL,
	"route_id" text,
	"origin_id" text,
	"destination_id" text
);
--> statement-breakpoint
CREATE TABLE "transport_feed" (
	"id" text PRIMARY KEY NOT NULL,
	"version" text NOT NULL,
	"publisher_name" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "transport_parking_lot" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "transport_parking_lot_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name" text NOT NULL,
	"district" text NOT NULL,
	"address" text NOT NULL,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	"capacity" integer NOT NULL,
	"kind" text NOT NULL,
	"fee_note" text,
	"free_spaces" integer,
	"free_observed_at" timestamp with time zone,
	"free_source" text,
	"sample" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "transport_realtime_snapshot" (
	"id" text PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"generated_at" timestamp with time zone NOT NULL,
	"trip_updates" text NOT NULL,
	"vehicle_positions" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "transport_road_notice" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "transport_road_notice_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"roads" text[] NOT NULL,
	"district" text NOT NULL,
	"severity" smallint NOT NULL,
	"lat" double precision,
	"lon" double precision,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by_id" uuid,
	"updated_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"sample" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "transport_route" (
	"id" text PRIMARY KEY NOT NULL,
	"agency_id" text NOT NULL,
	"short_name" text NOT NULL,
	"long_name" text NOT NULL,
	"description" text,
	"route_type" smallint NOT NULL,
	"color" text,
	"text_color" text,
	"sort_order" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "transport_shape_point" (
	"shape_id" text NOT NULL,
	"sequence" integer NOT NULL,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	"dist_m" double precision,
	CONSTRAINT "transport_shape_point_shape_id_sequence_pk" PRIMARY KEY("shape_id","sequence")
);
--> statement-breakpoint
CREATE TABLE "transport_stop" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"district" text,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	"zone_id" text,
	"wheelchair_boarding" smallint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "transport_stop_time" (
	"trip_id" text NOT NULL,
	"stop_sequence" integer NOT NULL,
	"stop_id" text NOT NULL,
	"arrival_sec" integer NOT NULL,
	"departure_sec" integer NOT NULL,
	"shape_dist_m" double precision,
	CONSTRAINT "transport_stop_time_trip_id_stop_sequence_pk" PRIMARY KEY("trip_id","stop_sequence")
);
--> statement-breakpoint
CREATE TABLE "transport_trip" (
	"id" text PRIMARY KEY NOT NULL,
	"route_id" text NOT NULL,
	"service_id" text NOT NULL,
	"headsign" text,
	"direction_id" smallint NOT NULL,
	"shape_id" text
);
--> statement-breakpoint
CREATE TABLE "environment_air_reading" (
	"station_id" integer NOT NULL,
	"observed_at" timestamp with time zone NOT NULL,
	"so2" double precision,
	"no2" double precision,
	"pm10" double precision,
	"co" double precision,
	"o3" double precision,
	"pm25" double precision,
	"source" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "environment_air_reading_station_id_observed_at_pk" PRIMARY KEY("station_id","observed_at")
);
--> statement-breakpoint
CREATE TABLE "environment_air_station" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "environment_air_station_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name" text NOT NULL,
	"district" text NOT NULL,
	"address" text,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	"kind" text NOT NULL,
	"sample" boolean DEFAULT false NOT NULL,
	"sort_order" smallint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "environment_article" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "environment_article_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"category" text NOT NULL,
	"summary" text NOT NULL,
	"body" text NOT NULL,
	"keywords" text[] DEFAULT '{}'::text[] NOT NULL,
	"source" text NOT NULL,
	"status" text DEFAULT 'published' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "environment_green_action" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "environment_green_action_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"distance_km" double precision NOT NULL,
	"day" date NOT NULL,
	"co2_saved_g" integer NOT NULL,
	"points_awarded" integer NOT NULL,
	"idempotency_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "environment_leaderboard_entry" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"display_name" text NOT NULL,
	"opted_in_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "environment_waste_item" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "environment_waste_item_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"category" text NOT NULL,
	"aliases" text[] DEFAULT '{}'::text[] NOT NULL,
	"tip" text
);
--> statement-breakpoint
CREATE TABLE "environment_water_section" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "environment_water_section_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name" text NOT NULL,
	"river" text NOT NULL,
	"district" text NOT NULL,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	"target_class" smallint NOT NULL,
	"current_class" smallint NOT NULL,
	"measured_on" date NOT NULL,
	"indicators" jsonb NOT NULL,
	"sample" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "points_balance" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"balance" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "points_daily_total" (
	"user_id" uuid NOT NULL,
	"day" date NOT NULL,
	"cap_key" text NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "points_daily_total_user_id_day_cap_key_pk" PRIMARY KEY("user_id","day","cap_key")
);
--> statement-breakpoint
CREATE TABLE "points_entry" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "points_entry_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"user_id" uuid NOT NULL,
	"delta" integer NOT NULL,
	"reason" text NOT NULL,
	"source_module" text NOT NULL,
	"source_ref" text,
	"idempotency_key" text NOT NULL,
	"balance_after" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "transport_fare_rule" ADD CONSTRAINT "transport_fare_rule_fare_id_transport_fare_id_fk" FOREIGN KEY ("fare_id") REFERENCES "public"."transport_fare"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transport_route" ADD CONSTRAINT "transport_route_agency_id_transport_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."transport_agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transport_stop_time" ADD CONSTRAINT "transport_stop_time_trip_id_transport_trip_id_fk" FOREIGN KEY ("trip_id") REFERENCES "public"."transport_trip"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transport_stop_time" ADD CONSTRAINT "transport_stop_time_stop_id_transport_stop_id_fk" FOREIGN KEY ("stop_id") REFERENCES "public"."transport_stop"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transport_trip" ADD CONSTRAINT "transport_trip_route_id_transport_route_id_fk" FOREIGN KEY ("route_id") REFERENCES "public"."transport_route"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "environment_air_reading" ADD CONSTRAINT "environment_air_reading_station_id_environment_air_station_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."environment_air_station"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "environment_green_action" ADD CONSTRAINT "environment_green_action_user_id_account_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."account_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "environment_leaderboard_entry" ADD CONSTRAINT "environment_leaderboard_entry_user_id_account_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."account_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "points_balance" ADD CONSTRAINT "points_balance_user_id_account_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."account_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "points_daily_total" ADD CONSTRAINT "points_daily_total_user_id_account_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."account_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "points_entry" ADD CONSTRAINT "points_entry_user_id_account_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."account_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "ingest_api_key_hash_key" ON "ingest_api_key" USING btree ("key_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "transport_bike_station_code_key" ON "transport_bike_station" USING btree ("code");--> statement-breakpoint
CREATE INDEX "transport_bike_station_district_idx" ON "transport_bike_station" USING btree ("district","name");--> statement-breakpoint
CREATE INDEX "transport_bike_station_lat_lon_idx" ON "transport_bike_station" USING btree ("lat","lon");--> statement-breakpoint
CREATE INDEX "transport_fare_rule_od_idx" ON "transport_fare_rule" USING btree ("origin_id","destination_id");--> statement-breakpoint
CREATE UNIQUE INDEX "transport_parking_lot_code_key" ON "transport_parking_lot" USING btree ("code");--> statement-breakpoint
CREATE INDEX "transport_parking_lot_district_idx" ON "transport_parking_lot" USING btree ("district","name");--> statement-breakpoint
CREATE INDEX "transport_parking_lot_lat_lon_idx" ON "transport_parking_lot" USING btree ("lat","lon");--> statement-breakpoint
CREATE INDEX "transport_road_notice_current_idx" ON "transport_road_notice" USING btree ("starts_at","ends_at") WHERE "transport_road_notice"."withdrawn_at" is null;--> statement-breakpoint
CREATE INDEX "transport_road_notice_district_idx" ON "transport_road_notice" USING btree ("district","starts_at");--> statement-breakpoint
CREATE INDEX "transport_route_type_idx" ON "transport_route" USING btree ("route_type","sort_order");--> statement-breakpoint
CREATE INDEX "transport_stop_lat_lon_idx" ON "transport_stop" USING btree ("lat","lon");--> statement-breakpoint
CREATE INDEX "transport_stop_district_idx" ON "transport_stop" USING btree ("district","name");--> statement-breakpoint
CREATE INDEX "transport_stop_time_stop_idx" ON "transport_stop_time" USING btree ("stop_id","departure_sec");--> statement-breakpoint
CREATE INDEX "transport_trip_route_idx" ON "transport_trip" USING btree ("route_id","direction_id");--> statement-breakpoint
CREATE INDEX "environment_air_reading_time_idx" ON "environment_air_reading" USING btree ("observed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "environment_air_station_code_key" ON "environment_air_station" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "environment_article_slug_key" ON "environment_article" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "environment_article_status_idx" ON "environment_article" USING btree ("status","category");--> statement-breakpoint
CREATE UNIQUE INDEX "environment_green_action_idem_key" ON "environment_green_action" USING btree ("user_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "environment_green_action_user_day_idx" ON "environment_green_action" USING btree ("user_id","day");--> statement-breakpoint
CREATE INDEX "environment_green_action_day_idx" ON "environment_green_action" USING btree ("day");--> statement-breakpoint
CREATE UNIQUE INDEX "environment_waste_item_name_key" ON "environment_waste_item" USING btree ("name");--> statement-breakpoint
CREATE INDEX "environment_waste_item_category_idx" ON "environment_waste_item" USING btree ("category");--> statement-breakpoint
CREATE UNIQUE INDEX "environment_water_section_code_key" ON "environment_water_section" USING btree ("code");--> statement-breakpoint
CREATE INDEX "environment_water_section_river_idx" ON "environment_water_section" USING btree ("river");--> statement-breakpoint
CREATE UNIQUE INDEX "points_entry_idem_key" ON "points_entry" USING btree ("idempotency_key");--> statement-breakpoint
CREATE INDEX "points_entry_user_idx" ON "points_entry" USING btree ("user_id","id" DESC NULLS LAST);