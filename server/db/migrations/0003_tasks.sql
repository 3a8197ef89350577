CREATE TYPE "public"."progress_status" AS ENUM('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'BLOCKED');--> statement-breakpoint
CREATE TYPE "public"."task_phase" AS ENUM('CAPABILITY', 'CAMPAIGN', 'CONSOLIDATION');--> statement-breakpoint
CREATE TABLE "progress_reports" (
	"unit_code" text NOT NULL,
	"task_code" text NOT NULL,
	"year" integer NOT NULL,
	"half" integer NOT NULL,
	"progress" integer NOT NULL,
	"status" "progress_status" NOT NULL,
	"summary" text,
	"submitted_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "progress_reports_unit_code_task_code_year_half_pk" PRIMARY KEY("unit_code","task_code","year","half"),
	CONSTRAINT "progress_reports_half" CHECK ("progress_reports"."half" in (1, 2)),
	CONSTRAINT "progress_reports_progress" CHECK ("progress_reports"."progress" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "tasks" (
	"task_code" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"section" text,
	"lead_unit" text,
	"phase" "task_phase" NOT NULL,
	"deadline" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "progress_reports" ADD CONSTRAINT "progress_reports_task_code_tasks_task_code_fk" FOREIGN KEY ("task_code") REFERENCES "public"."tasks"("task_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "progress_reports_task_code_year_half_index" ON "progress_reports" USING btree ("task_code","year","half");--> statement-breakpoint
CREATE TRIGGER tasks_touch_updated_at BEFORE UPDATE ON tasks FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
--> statement-breakpoint
CREATE TRIGGER progress_reports_touch_updated_at BEFORE UPDATE ON progress_reports FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
