CREATE TABLE "pemda_pengaturan" (
	"pemda_id" uuid PRIMARY KEY NOT NULL,
	"zona_waktu" text DEFAULT 'Asia/Jakarta' NOT NULL,
	"aturan" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "pemda_pengaturan" ADD CONSTRAINT "pemda_pengaturan_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;