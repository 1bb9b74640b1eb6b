CREATE TABLE "batas_laju" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kunci" text NOT NULL,
	"waktu_ms" bigint NOT NULL
);
--> statement-breakpoint
CREATE INDEX "batas_laju_kunci_idx" ON "batas_laju" USING btree ("kunci","waktu_ms");--> statement-breakpoint
CREATE INDEX "batas_laju_waktu_idx" ON "batas_laju" USING btree ("waktu_ms");