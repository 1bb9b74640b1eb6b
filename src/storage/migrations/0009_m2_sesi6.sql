CREATE TABLE "tenggat" (
	"pemda_id" uuid NOT NULL,
	"tahun" integer NOT NULL,
	"jenis" text NOT NULL,
	"tanggal" date NOT NULL,
	"diubah_oleh" text NOT NULL,
	"diubah_pada" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tenggat_pemda_id_tahun_jenis_pk" PRIMARY KEY("pemda_id","tahun","jenis")
);
--> statement-breakpoint
CREATE TABLE "batas_laju" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kunci" text NOT NULL,
	"waktu_ms" bigint NOT NULL
);
--> statement-breakpoint
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
CREATE TABLE "tte_pengaturan" (
	"pemda_id" uuid PRIMARY KEY NOT NULL,
	"penyedia" text DEFAULT 'register' NOT NULL,
	"alamat" text
);
--> statement-breakpoint
CREATE TABLE "tte_tanda_tangan" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pemda_id" uuid NOT NULL,
	"opd_id" uuid,
	"kode" text NOT NULL,
	"penyedia" text NOT NULL,
	"jenis_dokumen" text NOT NULL,
	"judul" text NOT NULL,
	"nama_berkas" text NOT NULL,
	"sha256" text NOT NULL,
	"sha256_asal" text NOT NULL,
	"ukuran" integer NOT NULL,
	"penandatangan_nama" text NOT NULL,
	"penandatangan_nip" text,
	"penandatangan_jabatan" text NOT NULL,
	"pejabat_id" uuid,
	"ditandatangani_pada" timestamp with time zone NOT NULL,
	"oleh_nama" text NOT NULL,
	"berkas" "bytea" NOT NULL,
	CONSTRAINT "tte_tanda_tangan_kode_unique" UNIQUE("kode")
);
--> statement-breakpoint
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
CREATE TABLE "renaksi_aksi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pemda_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	"pk_kinerja_id" uuid NOT NULL,
	"urutan" integer NOT NULL,
	"tingkat" text NOT NULL,
	"kode_dppa" text,
	"uraian" text NOT NULL,
	"anggaran_triwulan" jsonb NOT NULL,
	"penanggung_jawab" text DEFAULT '' NOT NULL,
	CONSTRAINT "renaksi_aksi_urutan_unique" UNIQUE("pk_kinerja_id","urutan")
);
--> statement-breakpoint
CREATE TABLE "renaksi_indikator" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pemda_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	"pk_kinerja_id" uuid NOT NULL,
	"sifat" text NOT NULL,
	"polaritas" text DEFAULT 'positif' NOT NULL,
	"rumus_negatif" text DEFAULT '2t-r' NOT NULL,
	"target_triwulan" jsonb NOT NULL,
	"penanggung_jawab" text DEFAULT '' NOT NULL,
	"sumber" text,
	CONSTRAINT "renaksi_indikator_pk_kinerja_unique" UNIQUE("pk_kinerja_id")
);
--> statement-breakpoint
CREATE TABLE "renaksi_realisasi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pemda_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	"pk_kinerja_id" uuid NOT NULL,
	"triwulan" integer NOT NULL,
	"nilai" numeric,
	"realisasi_anggaran" numeric(18, 2),
	"faktor_penghambat" text DEFAULT '' NOT NULL,
	"faktor_pendorong" text DEFAULT '' NOT NULL,
	"langkah" text DEFAULT '' NOT NULL,
	"sumber" text,
	CONSTRAINT "renaksi_realisasi_triwulan_unique" UNIQUE("pk_kinerja_id","triwulan")
);
--> statement-breakpoint
CREATE TABLE "renaksi_triwulan" (
	"pemda_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	"tahun" integer NOT NULL,
	"triwulan" integer NOT NULL,
	"status" text NOT NULL,
	"diubah_oleh" text NOT NULL,
	"diubah_pada" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "renaksi_triwulan_opd_id_tahun_triwulan_pk" PRIMARY KEY("opd_id","tahun","triwulan")
);
--> statement-breakpoint
ALTER TABLE "tenggat" ADD CONSTRAINT "tenggat_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lke_surat_rekap" ADD CONSTRAINT "lke_surat_rekap_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tte_pengaturan" ADD CONSTRAINT "tte_pengaturan_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tte_tanda_tangan" ADD CONSTRAINT "tte_tanda_tangan_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tte_tanda_tangan" ADD CONSTRAINT "tte_tanda_tangan_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publikasi" ADD CONSTRAINT "publikasi_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publikasi" ADD CONSTRAINT "publikasi_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "renaksi_aksi" ADD CONSTRAINT "renaksi_aksi_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "renaksi_aksi" ADD CONSTRAINT "renaksi_aksi_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "renaksi_aksi" ADD CONSTRAINT "renaksi_aksi_pk_kinerja_id_pk_kinerja_id_fk" FOREIGN KEY ("pk_kinerja_id") REFERENCES "public"."pk_kinerja"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "renaksi_indikator" ADD CONSTRAINT "renaksi_indikator_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "renaksi_indikator" ADD CONSTRAINT "renaksi_indikator_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "renaksi_indikator" ADD CONSTRAINT "renaksi_indikator_pk_kinerja_id_pk_kinerja_id_fk" FOREIGN KEY ("pk_kinerja_id") REFERENCES "public"."pk_kinerja"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "renaksi_realisasi" ADD CONSTRAINT "renaksi_realisasi_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "renaksi_realisasi" ADD CONSTRAINT "renaksi_realisasi_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "renaksi_realisasi" ADD CONSTRAINT "renaksi_realisasi_pk_kinerja_id_pk_kinerja_id_fk" FOREIGN KEY ("pk_kinerja_id") REFERENCES "public"."pk_kinerja"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "renaksi_triwulan" ADD CONSTRAINT "renaksi_triwulan_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "renaksi_triwulan" ADD CONSTRAINT "renaksi_triwulan_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "batas_laju_kunci_idx" ON "batas_laju" USING btree ("kunci","waktu_ms");--> statement-breakpoint
CREATE INDEX "batas_laju_waktu_idx" ON "batas_laju" USING btree ("waktu_ms");--> statement-breakpoint
CREATE INDEX "tte_tanda_tangan_sha256_idx" ON "tte_tanda_tangan" USING btree ("sha256");--> statement-breakpoint
CREATE UNIQUE INDEX "publikasi_opd_tahun_jenis_uq" ON "publikasi" USING btree ("opd_id","tahun","jenis");