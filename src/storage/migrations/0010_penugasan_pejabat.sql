CREATE TABLE "pejabat_penugasan" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pemda_id" uuid NOT NULL,
	"opd_id" uuid,
	"pejabat_id" uuid NOT NULL,
	"jenis" text NOT NULL,
	"jabatan_diisi" text NOT NULL,
	"nomor_sk" text NOT NULL,
	"mulai" date NOT NULL,
	"selesai" date,
	"dibuat_pada" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "pejabat_penugasan" ADD CONSTRAINT "pejabat_penugasan_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pejabat_penugasan" ADD CONSTRAINT "pejabat_penugasan_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pejabat_penugasan" ADD CONSTRAINT "pejabat_penugasan_pejabat_id_pejabat_id_fk" FOREIGN KEY ("pejabat_id") REFERENCES "public"."pejabat"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "pejabat_penugasan_pejabat_idx" ON "pejabat_penugasan" USING btree ("pejabat_id");