CREATE TYPE "public"."clue_source" AS ENUM('COMPLAINT', 'PROBLEM', 'SUPERVISION');--> statement-breakpoint
CREATE TYPE "public"."clue_step" AS ENUM('REGISTERED', 'INVESTIGATING', 'COLLECTIVE_REVIEW', 'TRANSFERRED', 'FEEDBACK');--> statement-breakpoint
CREATE TABLE "clue_steps" (
	"clue_code" text NOT NULL,
	"step" "clue_step" NOT NULL,
	"step_on" date NOT NULL,
	"receiving_organ" text,
	"document_no" text,
	"outcome" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "clue_steps_clue_code_step_pk" PRIMARY KEY("clue_code","step"),
	CONSTRAINT "clue_steps_transfer" CHECK (("clue_steps"."step" = 'TRANSFERRED') = ("clue_steps"."receiving_organ" is not null and "clue_steps"."document_no" is not null)),
	CONSTRAINT "clue_steps_feedback" CHECK (("clue_steps"."step" = 'FEEDBACK') = ("clue_steps"."outcome" is not null))
);
--> statement-breakpoint
CREATE TABLE "clues" (
	"clue_code" text PRIMARY KEY NOT NULL,
	"agency_code" text NOT NULL,
	"source" "clue_source" NOT NULL,
	"complaint_no" text,
	"problem_code" text,
	"summary" text NOT NULL,
	"step" "clue_step" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "clues_source_record" CHECK (("clues"."complaint_no" is not null) = ("clues"."source" = 'COMPLAINT') and ("clues"."problem_code" is not null) = ("clues"."source" = 'PROBLEM'))
);
--> statement-breakpoint
ALTER TABLE "clue_steps" ADD CONSTRAINT "clue_steps_clue_code_clues_clue_code_fk" FOREIGN KEY ("clue_code") REFERENCES "public"."clues"("clue_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clues" ADD CONSTRAINT "clues_agency_code_agencies_code_fk" FOREIGN KEY ("agency_code") REFERENCES "public"."agencies"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clues" ADD CONSTRAINT "clues_complaint_no_complaints_complaint_no_fk" FOREIGN KEY ("complaint_no") REFERENCES "public"."complaints"("complaint_no") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clues" ADD CONSTRAINT "clues_problem_code_problems_code_fk" FOREIGN KEY ("problem_code") REFERENCES "public"."problems"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "clues_agency_code_index" ON "clues" USING btree ("agency_code");--> statement-breakpoint
CREATE TRIGGER clues_touch_updated_at BEFORE UPDATE ON clues FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
--> statement-breakpoint
CREATE TRIGGER clue_steps_touch_updated_at BEFORE UPDATE ON clue_steps FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
