-- Complaints recorded before complaint numbers existed are numbered after their id.
ALTER TABLE "complaints" ADD COLUMN "complaint_no" text;--> statement-breakpoint
UPDATE "complaints" SET "complaint_no" = 'TS-' || "id";--> statement-breakpoint
ALTER TABLE "complaints" ALTER COLUMN "complaint_no" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "complaints" ADD COLUMN "resolved_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_complaintNo_unique" UNIQUE("complaint_no");--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_resolved_after_received" CHECK ("complaints"."resolved_at" is null or "complaints"."resolved_at" >= "complaints"."received_at");