CREATE TABLE "pemda_pengaturan" (
	"pemda_id" uuid PRIMARY KEY NOT NULL,
	"zona_waktu" text DEFAULT 'Asia/Jakarta' NOT NULL,
	"aturan" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "skm_kuesioner" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pemda_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	"layanan_id" uuid NOT NULL,
	"versi" integer NOT NULL,
	"butir" jsonb NOT NULL,
	"dibuat_pada" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "skm_kuesioner_versi_unique" UNIQUE("layanan_id","versi")
);
--> statement-breakpoint
CREATE TABLE "skm_layanan" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pemda_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	"kode" text NOT NULL,
	"nama" text NOT NULL,
	"nama_en" text,
	"aktif" boolean DEFAULT true NOT NULL,
	"urutan" integer DEFAULT 0 NOT NULL,
	"diubah_pada" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "skm_layanan_kode_unique" UNIQUE("pemda_id","kode"),
	CONSTRAINT "skm_layanan_kode_check" CHECK ("skm_layanan"."kode" ~ '^[a-z0-9][a-z0-9-]{1,39}$')
);
--> statement-breakpoint
CREATE TABLE "skm_periode" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pemda_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	"kode" text NOT NULL,
	"jenis" text NOT NULL,
	"mulai" date NOT NULL,
	"selesai" date NOT NULL,
	"status" text DEFAULT 'terbuka' NOT NULL,
	"ditutup_pada" timestamp with time zone,
	"hasil_survei_kode" text,
	"diubah_pada" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "skm_periode_kode_unique" UNIQUE("opd_id","kode"),
	CONSTRAINT "skm_periode_tanggal_check" CHECK ("skm_periode"."selesai" >= "skm_periode"."mulai"),
	CONSTRAINT "skm_periode_kode_check" CHECK ("skm_periode"."kode" ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$')
);
--> statement-breakpoint
CREATE TABLE "skm_populasi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pemda_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	"layanan_id" uuid NOT NULL,
	"periode_id" uuid NOT NULL,
	"populasi" integer NOT NULL,
	CONSTRAINT "skm_populasi_unique" UNIQUE("layanan_id","periode_id"),
	CONSTRAINT "skm_populasi_check" CHECK ("skm_populasi"."populasi" >= 1)
);
--> statement-breakpoint
CREATE TABLE "skm_responden" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pemda_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	"layanan_id" uuid NOT NULL,
	"periode_id" uuid NOT NULL,
	"kuesioner_versi" integer,
	"umur" smallint,
	"jenis_kelamin" text,
	"pendidikan" text,
	"pekerjaan" text,
	"u1" smallint NOT NULL,
	"u2" smallint NOT NULL,
	"u3" smallint NOT NULL,
	"u4" smallint NOT NULL,
	"u5" smallint NOT NULL,
	"u6" smallint NOT NULL,
	"u7" smallint NOT NULL,
	"u8" smallint NOT NULL,
	"u9" smallint NOT NULL,
	"saran" text,
	"saran_bersih" text,
	"saran_status" text,
	"saluran" text NOT NULL,
	"waktu" timestamp with time zone DEFAULT now() NOT NULL,
	"kunci" text NOT NULL,
	CONSTRAINT "skm_responden_kunci_unique" UNIQUE("pemda_id","kunci"),
	CONSTRAINT "skm_responden_nilai_check" CHECK ("skm_responden"."u1" between 1 and 4 and "skm_responden"."u2" between 1 and 4 and "skm_responden"."u3" between 1 and 4 and "skm_responden"."u4" between 1 and 4 and "skm_responden"."u5" between 1 and 4 and "skm_responden"."u6" between 1 and 4 and "skm_responden"."u7" between 1 and 4 and "skm_responden"."u8" between 1 and 4 and "skm_responden"."u9" between 1 and 4),
	CONSTRAINT "skm_responden_umur_check" CHECK ("skm_responden"."umur" is null or "skm_responden"."umur" between 10 and 120)
);
--> statement-breakpoint
CREATE TABLE "skm_rtl" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pemda_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	"periode_id" uuid NOT NULL,
	"unsur" text NOT NULL,
	"item" text NOT NULL,
	"penanggung_jawab" text NOT NULL,
	"tenggat" date,
	"status" text DEFAULT 'rencana' NOT NULL,
	"bukti" text,
	"diubah_pada" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "skm_kode_sekali" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pemda_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	"layanan_kode" text NOT NULL,
	"kode_hash" text NOT NULL,
	"batch" uuid NOT NULL,
	"dibuat_pada" timestamp with time zone DEFAULT now() NOT NULL,
	"dipakai_pada" timestamp with time zone,
	"kunci" text
);
--> statement-breakpoint
CREATE TABLE "skm_layanan_publik" (
	"pemda_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	"layanan_kode" text NOT NULL,
	"wajib_kode" boolean DEFAULT false NOT NULL,
	"diubah_pada" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
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
ALTER TABLE "pemda_pengaturan" ADD CONSTRAINT "pemda_pengaturan_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skm_kuesioner" ADD CONSTRAINT "skm_kuesioner_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skm_kuesioner" ADD CONSTRAINT "skm_kuesioner_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skm_kuesioner" ADD CONSTRAINT "skm_kuesioner_layanan_id_skm_layanan_id_fk" FOREIGN KEY ("layanan_id") REFERENCES "public"."skm_layanan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skm_layanan" ADD CONSTRAINT "skm_layanan_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skm_layanan" ADD CONSTRAINT "skm_layanan_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skm_periode" ADD CONSTRAINT "skm_periode_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skm_periode" ADD CONSTRAINT "skm_periode_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skm_populasi" ADD CONSTRAINT "skm_populasi_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skm_populasi" ADD CONSTRAINT "skm_populasi_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skm_populasi" ADD CONSTRAINT "skm_populasi_layanan_id_skm_layanan_id_fk" FOREIGN KEY ("layanan_id") REFERENCES "public"."skm_layanan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skm_populasi" ADD CONSTRAINT "skm_populasi_periode_id_skm_periode_id_fk" FOREIGN KEY ("periode_id") REFERENCES "public"."skm_periode"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skm_responden" ADD CONSTRAINT "skm_responden_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skm_responden" ADD CONSTRAINT "skm_responden_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skm_responden" ADD CONSTRAINT "skm_responden_layanan_id_skm_layanan_id_fk" FOREIGN KEY ("layanan_id") REFERENCES "public"."skm_layanan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skm_responden" ADD CONSTRAINT "skm_responden_periode_id_skm_periode_id_fk" FOREIGN KEY ("periode_id") REFERENCES "public"."skm_periode"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skm_rtl" ADD CONSTRAINT "skm_rtl_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skm_rtl" ADD CONSTRAINT "skm_rtl_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skm_rtl" ADD CONSTRAINT "skm_rtl_periode_id_skm_periode_id_fk" FOREIGN KEY ("periode_id") REFERENCES "public"."skm_periode"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skm_kode_sekali" ADD CONSTRAINT "skm_kode_sekali_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skm_kode_sekali" ADD CONSTRAINT "skm_kode_sekali_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skm_layanan_publik" ADD CONSTRAINT "skm_layanan_publik_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skm_layanan_publik" ADD CONSTRAINT "skm_layanan_publik_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
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
CREATE INDEX "skm_layanan_opd_idx" ON "skm_layanan" USING btree ("opd_id");--> statement-breakpoint
CREATE INDEX "skm_periode_pemda_idx" ON "skm_periode" USING btree ("pemda_id","status");--> statement-breakpoint
CREATE INDEX "skm_responden_periode_idx" ON "skm_responden" USING btree ("periode_id","layanan_id");--> statement-breakpoint
CREATE INDEX "skm_rtl_periode_idx" ON "skm_rtl" USING btree ("periode_id");--> statement-breakpoint
CREATE UNIQUE INDEX "skm_kode_sekali_hash_uq" ON "skm_kode_sekali" USING btree ("pemda_id","kode_hash");--> statement-breakpoint
CREATE INDEX "skm_kode_sekali_layanan_idx" ON "skm_kode_sekali" USING btree ("pemda_id","layanan_kode");--> statement-breakpoint
CREATE UNIQUE INDEX "skm_layanan_publik_uq" ON "skm_layanan_publik" USING btree ("pemda_id","layanan_kode");--> statement-breakpoint
CREATE INDEX "evaluasi_lke_pemda_idx" ON "evaluasi_lke" USING btree ("pemda_id","tahun");--> statement-breakpoint
CREATE INDEX "lke_bukti_evaluasi_idx" ON "lke_bukti" USING btree ("evaluasi_id","kode_kriteria");--> statement-breakpoint
CREATE INDEX "lke_rekomendasi_evaluasi_idx" ON "lke_rekomendasi" USING btree ("evaluasi_id");