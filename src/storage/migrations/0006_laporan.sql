CREATE TABLE "laporan_narasi" (
	"pemda_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	"tahun" integer NOT NULL,
	"kunci" text NOT NULL,
	"teks" text NOT NULL,
	"angka" jsonb NOT NULL,
	"disunting_oleh" text NOT NULL,
	"disunting_oleh_id" text,
	"disunting_pada" timestamp with time zone NOT NULL,
	CONSTRAINT "laporan_narasi_opd_id_tahun_kunci_pk" PRIMARY KEY("opd_id","tahun","kunci")
);
--> statement-breakpoint
CREATE TABLE "laporan_penandatangan" (
	"pemda_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	"tahun" integer NOT NULL,
	"dokumen" text NOT NULL,
	"tempat" text,
	"tanggal" date,
	"nomor" text,
	"pejabat_id" uuid,
	"diubah_oleh" text NOT NULL,
	"diubah_pada" timestamp with time zone NOT NULL,
	CONSTRAINT "laporan_penandatangan_opd_id_tahun_dokumen_pk" PRIMARY KEY("opd_id","tahun","dokumen")
);
--> statement-breakpoint
CREATE TABLE "laporan_teks" (
	"pemda_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	"tahun" integer NOT NULL,
	"kode" text NOT NULL,
	"paragraf" jsonb NOT NULL,
	"butir" jsonb NOT NULL,
	"paragraf_penutup" jsonb NOT NULL,
	"diubah_oleh" text NOT NULL,
	"diubah_pada" timestamp with time zone NOT NULL,
	CONSTRAINT "laporan_teks_opd_id_tahun_kode_pk" PRIMARY KEY("opd_id","tahun","kode")
);
--> statement-breakpoint
ALTER TABLE "laporan_narasi" ADD CONSTRAINT "laporan_narasi_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "laporan_narasi" ADD CONSTRAINT "laporan_narasi_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "laporan_penandatangan" ADD CONSTRAINT "laporan_penandatangan_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "laporan_penandatangan" ADD CONSTRAINT "laporan_penandatangan_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "laporan_penandatangan" ADD CONSTRAINT "laporan_penandatangan_pejabat_id_pejabat_id_fk" FOREIGN KEY ("pejabat_id") REFERENCES "public"."pejabat"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "laporan_teks" ADD CONSTRAINT "laporan_teks_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "laporan_teks" ADD CONSTRAINT "laporan_teks_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;