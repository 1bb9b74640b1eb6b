CREATE TABLE "publikasi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pemda_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	"tahun" integer NOT NULL,
	"jenis" text NOT NULL,
	"judul" text NOT NULL,
	"data" jsonb NOT NULL,
	"berkas" "bytea",
	"nama_berkas" text,
	"jenis_mime" text,
	"diterbitkan_pada" timestamp with time zone DEFAULT now() NOT NULL,
	"diterbitkan_oleh" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "publikasi" ADD CONSTRAINT "publikasi_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publikasi" ADD CONSTRAINT "publikasi_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "publikasi_opd_tahun_jenis_uq" ON "publikasi" USING btree ("opd_id","tahun","jenis");