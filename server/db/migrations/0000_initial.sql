CREATE TYPE "public"."agency_kind" AS ENUM('DEPARTMENT', 'COMPREHENSIVE', 'TOWNSHIP');--> statement-breakpoint
CREATE TYPE "public"."agency_level" AS ENUM('CITY', 'DISTRICT', 'TOWNSHIP');--> statement-breakpoint
CREATE TYPE "public"."band" AS ENUM('MINOR', 'GENERAL', 'SERIOUS', 'SEVERE');--> statement-breakpoint
CREATE TYPE "public"."certificate_status" AS ENUM('VALID', 'SUSPENDED', 'REVOKED', 'EXPIRED');--> statement-breakpoint
CREATE TYPE "public"."complaint_channel" AS ENUM('HOTLINE', 'EMAIL', 'ONLINE', 'LETTER');--> statement-breakpoint
CREATE TYPE "public"."complaint_status" AS ENUM('RECEIVED', 'HANDLING', 'RESOLVED', 'TRANSFERRED');--> statement-breakpoint
CREATE TYPE "public"."domain_code" AS ENUM('FOOD_DRUG', 'MEDICAL_INSURANCE', 'PUBLIC_HEALTH', 'NATURAL_RESOURCES', 'ECO_ENVIRONMENT', 'WORK_SAFETY', 'LABOUR', 'URBAN_MANAGEMENT', 'TRANSPORT', 'FINANCE', 'EDUCATION', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."filing_status" AS ENUM('DRAFT', 'SUBMITTED', 'ACCEPTED', 'RETURNED');--> statement-breakpoint
CREATE TYPE "public"."leniency" AS ENUM('NONE', 'LIGHTER', 'MITIGATED', 'NO_PENALTY', 'NO_COMPULSION');--> statement-breakpoint
CREATE TYPE "public"."party_type" AS ENUM('ENTERPRISE', 'INDIVIDUAL', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."problem_category" AS ENUM('CAMPAIGN', 'ONE_SIZE_FITS_ALL', 'MECHANICAL', 'VIOLENT', 'PROFIT_DRIVEN', 'SELECTIVE', 'INACTION', 'ABUSE', 'UNCIVIL', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."problem_source" AS ENUM('SURVEY', 'SPOT_CHECK', 'FIELD_VISIT', 'ENTERPRISE_FORUM', 'COMPLAINT', 'SUPERVISION');--> statement-breakpoint
CREATE TYPE "public"."problem_status" AS ENUM('IDENTIFIED', 'RECTIFYING', 'RECTIFIED', 'VERIFIED', 'REOPENED');--> statement-breakpoint
CREATE TYPE "public"."region_type" AS ENUM('CITY', 'DISTRICT', 'ZONE', 'TOWNSHIP');--> statement-breakpoint
CREATE TYPE "public"."respondent_group" AS ENUM('REPRESENTATIVE', 'ENTERPRISE', 'PUBLIC', 'THIRD_PARTY');--> statement-breakpoint
CREATE TYPE "public"."training_type" AS ENUM('BUSINESS', 'LEGAL');--> statement-breakpoint
CREATE TABLE "agencies" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"region_code" text NOT NULL,
	"level" "agency_level" NOT NULL,
	"kind" "agency_kind" NOT NULL,
	"domains" "domain_code"[] NOT NULL,
	"active_from" date,
	"active_to" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agencies_active_period" CHECK ("agencies"."active_to" is null or "agencies"."active_from" is null or "agencies"."active_from" <= "agencies"."active_to"),
	CONSTRAINT "agencies_has_domain" CHECK (cardinality("agencies"."domains") > 0)
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"parent_code" text,
	"type" "region_type" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "officer_assessments" (
	"officer_no" text NOT NULL,
	"year" integer NOT NULL,
	"result" text NOT NULL,
	"test_score" numeric(5, 2),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "officer_assessments_officer_no_year_pk" PRIMARY KEY("officer_no","year")
);
--> statement-breakpoint
CREATE TABLE "officers" (
	"officer_no" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"agency_code" text NOT NULL,
	"certificate_no" text,
	"certificate_status" "certificate_status" DEFAULT 'VALID' NOT NULL,
	"id_number" text,
	"phone" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training" (
	"officer_no" text NOT NULL,
	"year" integer NOT NULL,
	"type" "training_type" NOT NULL,
	"hours" numeric(6, 1) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_officer_no_year_type_pk" PRIMARY KEY("officer_no","year","type"),
	CONSTRAINT "training_hours" CHECK ("training"."hours" >= 0)
);
--> statement-breakpoint
CREATE TABLE "power_items" (
	"agency_code" text NOT NULL,
	"item_code" text NOT NULL,
	"name" text NOT NULL,
	"domain" "domain_code" NOT NULL,
	"action_type" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "power_items_agency_code_item_code_pk" PRIMARY KEY("agency_code","item_code")
);
--> statement-breakpoint
CREATE TABLE "standards" (
	"violation_item_code" text NOT NULL,
	"band" "band" NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"name" text NOT NULL,
	"domain" "domain_code" NOT NULL,
	"legal_basis" text,
	"min_yuan" numeric(14, 2) NOT NULL,
	"max_yuan" numeric(14, 2) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "standards_violation_item_code_band_valid_from_pk" PRIMARY KEY("violation_item_code","band","valid_from"),
	CONSTRAINT "standards_range" CHECK (0 <= "standards"."min_yuan" and "standards"."min_yuan" <= "standards"."max_yuan"),
	CONSTRAINT "standards_period" CHECK ("standards"."valid_to" is null or "standards"."valid_from" <= "standards"."valid_to")
);
--> statement-breakpoint
CREATE TABLE "filings" (
	"agency_code" text NOT NULL,
	"year" integer NOT NULL,
	"quarter" integer NOT NULL,
	"status" "filing_status" DEFAULT 'DRAFT' NOT NULL,
	"return_reason" text,
	"submitted_at" timestamp with time zone,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" text,
	"licensing_count" integer DEFAULT 0 NOT NULL,
	"penalty_count" integer DEFAULT 0 NOT NULL,
	"compulsion_count" integer DEFAULT 0 NOT NULL,
	"inspection_count" integer DEFAULT 0 NOT NULL,
	"levy_count" integer DEFAULT 0 NOT NULL,
	"confirmation_count" integer DEFAULT 0 NOT NULL,
	"payment_count" integer DEFAULT 0 NOT NULL,
	"award_count" integer DEFAULT 0 NOT NULL,
	"ruling_count" integer DEFAULT 0 NOT NULL,
	"other_count" integer DEFAULT 0 NOT NULL,
	"fines_total_yuan" numeric(14, 2) DEFAULT '0' NOT NULL,
	"inspections_planned" integer DEFAULT 0 NOT NULL,
	"inspections_completed" integer DEFAULT 0 NOT NULL,
	"items_total" integer DEFAULT 0 NOT NULL,
	"items_exercised" integer DEFAULT 0 NOT NULL,
	"legal_reviews_required" integer DEFAULT 0 NOT NULL,
	"legal_reviews_done" integer DEFAULT 0 NOT NULL,
	"disclosures_due" integer DEFAULT 0 NOT NULL,
	"disclosures_on_time" integer DEFAULT 0 NOT NULL,
	"reconsiderations" integer DEFAULT 0 NOT NULL,
	"reconsiderations_overturned" integer DEFAULT 0 NOT NULL,
	"litigations" integer DEFAULT 0 NOT NULL,
	"litigations_lost" integer DEFAULT 0 NOT NULL,
	"complaints_received" integer DEFAULT 0 NOT NULL,
	"complaints_resolved" integer DEFAULT 0 NOT NULL,
	"non_site_cases" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "filings_agency_code_year_quarter_pk" PRIMARY KEY("agency_code","year","quarter"),
	CONSTRAINT "filings_quarter" CHECK ("filings"."quarter" between 1 and 4),
	CONSTRAINT "filings_items" CHECK ("filings"."items_exercised" <= "filings"."items_total"),
	CONSTRAINT "filings_non_negative" CHECK ("licensing_count" >= 0 and "penalty_count" >= 0 and "compulsion_count" >= 0 and "inspection_count" >= 0 and "levy_count" >= 0 and "confirmation_count" >= 0 and "payment_count" >= 0 and "award_count" >= 0 and "ruling_count" >= 0 and "other_count" >= 0 and "inspections_planned" >= 0 and "inspections_completed" >= 0 and "items_total" >= 0 and "items_exercised" >= 0 and "legal_reviews_required" >= 0 and "legal_reviews_done" >= 0 and "disclosures_due" >= 0 and "disclosures_on_time" >= 0 and "reconsiderations" >= 0 and "reconsiderations_overturned" >= 0 and "litigations" >= 0 and "litigations_lost" >= 0 and "complaints_received" >= 0 and "complaints_resolved" >= 0 and "non_site_cases" >= 0)
);
--> statement-breakpoint
CREATE TABLE "penalty_cases" (
	"agency_code" text NOT NULL,
	"case_no" text NOT NULL,
	"decided_on" date NOT NULL,
	"violation_item_code" text NOT NULL,
	"party_type" "party_type" NOT NULL,
	"party_name" text,
	"party_id_number" text,
	"party_phone" text,
	"band" "band" NOT NULL,
	"leniency" "leniency" DEFAULT 'NONE' NOT NULL,
	"first_offence" boolean DEFAULT false NOT NULL,
	"fine_yuan" numeric(14, 2) DEFAULT '0' NOT NULL,
	"legal_review" boolean DEFAULT false NOT NULL,
	"disclosed_on" date,
	"non_site" boolean DEFAULT false NOT NULL,
	"enterprise_impact_assessed" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "penalty_cases_agency_code_case_no_pk" PRIMARY KEY("agency_code","case_no"),
	CONSTRAINT "penalty_fine" CHECK ("penalty_cases"."fine_yuan" >= 0)
);
--> statement-breakpoint
CREATE TABLE "problem_events" (
	"problem_code" text NOT NULL,
	"seq" integer NOT NULL,
	"status" "problem_status" NOT NULL,
	"status_on" date NOT NULL,
	"note" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "problem_events_problem_code_seq_pk" PRIMARY KEY("problem_code","seq")
);
--> statement-breakpoint
CREATE TABLE "problems" (
	"code" text PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"agency_code" text,
	"domain" "domain_code" NOT NULL,
	"category" "problem_category" NOT NULL,
	"description" text NOT NULL,
	"source" "problem_source" NOT NULL,
	"identified_on" date NOT NULL,
	"deadline" date NOT NULL,
	"status" "problem_status" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_reviews" (
	"agency_code" text NOT NULL,
	"year" integer NOT NULL,
	"case_no" text NOT NULL,
	"reviewer" text,
	"score" numeric(5, 2) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_reviews_agency_code_year_case_no_pk" PRIMARY KEY("agency_code","year","case_no"),
	CONSTRAINT "case_reviews_score" CHECK ("case_reviews"."score" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "complaints" (
	"id" serial PRIMARY KEY NOT NULL,
	"channel" "complaint_channel" NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"agency_code" text NOT NULL,
	"category" text NOT NULL,
	"status" "complaint_status" DEFAULT 'RECEIVED' NOT NULL,
	"transferred_to_discipline" boolean DEFAULT false NOT NULL,
	"complainant_name" text,
	"complainant_phone" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "surveys" (
	"id" serial PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"region_code" text,
	"agency_code" text,
	"respondent_group" "respondent_group" NOT NULL,
	"respondents" integer NOT NULL,
	"score" numeric(5, 2) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "surveys_key" UNIQUE NULLS NOT DISTINCT("year","region_code","agency_code","respondent_group"),
	CONSTRAINT "surveys_subject" CHECK (("surveys"."region_code" is null) <> ("surveys"."agency_code" is null)),
	CONSTRAINT "surveys_respondents" CHECK ("surveys"."respondents" >= 1),
	CONSTRAINT "surveys_score" CHECK ("surveys"."score" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor" text NOT NULL,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_key" text NOT NULL,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "evaluation_schemes" (
	"year" integer PRIMARY KEY NOT NULL,
	"quality_weight" numeric(6, 4) DEFAULT '0.4' NOT NULL,
	"supervision_weight" numeric(6, 4) DEFAULT '0.3' NOT NULL,
	"satisfaction_weight" numeric(6, 4) DEFAULT '0.3' NOT NULL,
	"inspection_weight" numeric(6, 4) DEFAULT '0.4' NOT NULL,
	"exercise_weight" numeric(6, 4) DEFAULT '0.4' NOT NULL,
	"timeliness_weight" numeric(6, 4) DEFAULT '0.2' NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agencies" ADD CONSTRAINT "agencies_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regions" ADD CONSTRAINT "regions_parent_code_regions_code_fk" FOREIGN KEY ("parent_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "officer_assessments" ADD CONSTRAINT "officer_assessments_officer_no_officers_officer_no_fk" FOREIGN KEY ("officer_no") REFERENCES "public"."officers"("officer_no") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "officers" ADD CONSTRAINT "officers_agency_code_agencies_code_fk" FOREIGN KEY ("agency_code") REFERENCES "public"."agencies"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training" ADD CONSTRAINT "training_officer_no_officers_officer_no_fk" FOREIGN KEY ("officer_no") REFERENCES "public"."officers"("officer_no") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "power_items" ADD CONSTRAINT "power_items_agency_code_agencies_code_fk" FOREIGN KEY ("agency_code") REFERENCES "public"."agencies"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "filings" ADD CONSTRAINT "filings_agency_code_agencies_code_fk" FOREIGN KEY ("agency_code") REFERENCES "public"."agencies"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "penalty_cases" ADD CONSTRAINT "penalty_cases_agency_code_agencies_code_fk" FOREIGN KEY ("agency_code") REFERENCES "public"."agencies"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem_events" ADD CONSTRAINT "problem_events_problem_code_problems_code_fk" FOREIGN KEY ("problem_code") REFERENCES "public"."problems"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problems" ADD CONSTRAINT "problems_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problems" ADD CONSTRAINT "problems_agency_code_agencies_code_fk" FOREIGN KEY ("agency_code") REFERENCES "public"."agencies"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_reviews" ADD CONSTRAINT "case_reviews_agency_code_agencies_code_fk" FOREIGN KEY ("agency_code") REFERENCES "public"."agencies"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_agency_code_agencies_code_fk" FOREIGN KEY ("agency_code") REFERENCES "public"."agencies"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_agency_code_agencies_code_fk" FOREIGN KEY ("agency_code") REFERENCES "public"."agencies"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agencies_region_code_index" ON "agencies" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "regions_parent_code_index" ON "regions" USING btree ("parent_code");--> statement-breakpoint
CREATE INDEX "officers_agency_code_index" ON "officers" USING btree ("agency_code");--> statement-breakpoint
CREATE INDEX "power_items_domain_index" ON "power_items" USING btree ("domain");--> statement-breakpoint
CREATE INDEX "filings_year_quarter_index" ON "filings" USING btree ("year","quarter");--> statement-breakpoint
CREATE INDEX "penalty_cases_decided_on_index" ON "penalty_cases" USING btree ("decided_on");--> statement-breakpoint
CREATE INDEX "penalty_cases_updated_at_index" ON "penalty_cases" USING btree ("updated_at");--> statement-breakpoint
CREATE INDEX "problems_region_code_index" ON "problems" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "problems_agency_code_index" ON "problems" USING btree ("agency_code");--> statement-breakpoint
CREATE INDEX "complaints_agency_code_index" ON "complaints" USING btree ("agency_code");--> statement-breakpoint
CREATE INDEX "complaints_received_at_index" ON "complaints" USING btree ("received_at");--> statement-breakpoint
CREATE INDEX "audit_events_entity_entity_key_index" ON "audit_events" USING btree ("entity","entity_key");--> statement-breakpoint
CREATE INDEX "audit_events_at_index" ON "audit_events" USING btree ("at");