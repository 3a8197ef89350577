ALTER TABLE "problems" ADD COLUMN "source_signal" text;--> statement-breakpoint
CREATE UNIQUE INDEX "problems_source_signal_index" ON "problems" USING btree ("source_signal");