CREATE TABLE "etl_runs" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"run_id" text NOT NULL,
	"mode" text NOT NULL,
	"status" text NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"rows_extracted" jsonb,
	"rows_per_table" jsonb,
	"duration_ms" integer,
	"error" text,
	CONSTRAINT "etl_runs_runId_unique" UNIQUE("run_id")
);
