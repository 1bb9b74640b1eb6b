CREATE TABLE "evaluasi_lke" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pemda_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	"tahun" integer NOT NULL,
	"kerangka" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"catatan_komponen" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"keterangan" text,
	"versi" integer DEFAULT 1 NOT NULL,
	"diubah_oleh" text NOT NULL,
	"diubah_pada" timestamp with time zone DEFAULT now() NOT NULL,
	"difinalkan_oleh" text,
	"difinalkan_pada" timestamp with time zone,
	CONSTRAINT "evaluasi_lke_opd_tahun_unique" UNIQUE("opd_id","tahun")
);
--> statement-breakpoint
CREATE TABLE "lke_bukti" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pemda_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	"evaluasi_id" uuid NOT NULL,
	"kode_kriteria" text NOT NULL,
	"jenis" text NOT NULL,
	"judul" text NOT NULL,
	"url" text,
	"halaman" integer,
	"nama_berkas" text,
	"mime" text,
	"ukuran" integer,
	"sha256" text,
	"isi" "bytea",
	"asal_bukti_id" uuid,
	"diunggah_oleh" text NOT NULL,
	"diunggah_pada" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lke_bukti_halaman_check" CHECK ("lke_bukti"."halaman" IS NULL OR "lke_bukti"."halaman" >= 1)
);
--> statement-breakpoint
CREATE TABLE "lke_jawaban" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pemda_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	"evaluasi_id" uuid NOT NULL,
	"kode_kriteria" text NOT NULL,
	"jawaban_mandiri" text,
	"alasan_mandiri" text,
	"jawaban_evaluator" text,
	"alasan_evaluator" text,
	"catatan_evaluator" text,
	"diubah_oleh" text NOT NULL,
	"diubah_pada" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lke_jawaban_kriteria_unique" UNIQUE("evaluasi_id","kode_kriteria")
);
--> statement-breakpoint
CREATE TABLE "lke_rekomendasi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pemda_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	"evaluasi_id" uuid NOT NULL,
	"komponen" text,
	"kode_kriteria" text,
	"uraian" text NOT NULL,
	"penanggung_jawab" text NOT NULL,
	"batas_waktu" date,
	"status" text DEFAULT 'terbuka' NOT NULL,
	"tindak_lanjut" text,
	"bukti_url" text,
	"bukti_id" uuid,
	"urutan" integer DEFAULT 0 NOT NULL,
	"diubah_oleh" text NOT NULL,
	"diubah_pada" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "evaluasi_lke" ADD CONSTRAINT "evaluasi_lke_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluasi_lke" ADD CONSTRAINT "evaluasi_lke_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lke_bukti" ADD CONSTRAINT "lke_bukti_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lke_bukti" ADD CONSTRAINT "lke_bukti_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lke_bukti" ADD CONSTRAINT "lke_bukti_evaluasi_id_evaluasi_lke_id_fk" FOREIGN KEY ("evaluasi_id") REFERENCES "public"."evaluasi_lke"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lke_jawaban" ADD CONSTRAINT "lke_jawaban_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lke_jawaban" ADD CONSTRAINT "lke_jawaban_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lke_jawaban" ADD CONSTRAINT "lke_jawaban_evaluasi_id_evaluasi_lke_id_fk" FOREIGN KEY ("evaluasi_id") REFERENCES "public"."evaluasi_lke"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lke_rekomendasi" ADD CONSTRAINT "lke_rekomendasi_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lke_rekomendasi" ADD CONSTRAINT "lke_rekomendasi_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lke_rekomendasi" ADD CONSTRAINT "lke_rekomendasi_evaluasi_id_evaluasi_lke_id_fk" FOREIGN KEY ("evaluasi_id") REFERENCES "public"."evaluasi_lke"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lke_rekomendasi" ADD CONSTRAINT "lke_rekomendasi_bukti_id_lke_bukti_id_fk" FOREIGN KEY ("bukti_id") REFERENCES "public"."lke_bukti"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evaluasi_lke_pemda_idx" ON "evaluasi_lke" USING btree ("pemda_id","tahun");--> statement-breakpoint
CREATE INDEX "lke_bukti_evaluasi_idx" ON "lke_bukti" USING btree ("evaluasi_id","kode_kriteria");--> statement-breakpoint
CREATE INDEX "lke_rekomendasi_evaluasi_idx" ON "lke_rekomendasi" USING btree ("evaluasi_id");