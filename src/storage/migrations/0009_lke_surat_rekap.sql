CREATE TABLE "lke_surat_rekap" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pemda_id" uuid NOT NULL,
	"tahun" integer NOT NULL,
	"nomor" text,
	"tempat" text,
	"tanggal" date,
	"diubah_pada" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lke_surat_rekap_tahun_unique" UNIQUE("pemda_id","tahun")
);
--> statement-breakpoint
ALTER TABLE "lke_surat_rekap" ADD CONSTRAINT "lke_surat_rekap_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;