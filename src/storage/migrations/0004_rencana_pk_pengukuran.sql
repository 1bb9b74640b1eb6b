CREATE TABLE "opd_profil" (
	"opd_id" uuid PRIMARY KEY NOT NULL,
	"pemda_id" uuid NOT NULL,
	"alamat" text,
	"dasar_susunan" text,
	"uraian_susunan" text,
	"dasar_tugas" text,
	"tugas" text
);
--> statement-breakpoint
CREATE TABLE "pemda_profil" (
	"pemda_id" uuid PRIMARY KEY NOT NULL,
	"ibu_kota" text,
	"alamat" text,
	"logo_mime" text,
	"logo" "bytea"
);
--> statement-breakpoint
CREATE TABLE "unit_kerja" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pemda_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	"kode" text NOT NULL,
	"nama" text NOT NULL,
	"jenis" text NOT NULL,
	"induk_id" uuid,
	"urutan" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "unit_kerja_opd_kode_unique" UNIQUE("opd_id","kode")
);
--> statement-breakpoint
CREATE TABLE "pejabat" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pemda_id" uuid NOT NULL,
	"opd_id" uuid,
	"kode" text NOT NULL,
	"peran" text NOT NULL,
	"nama" text NOT NULL,
	"gelar_depan" text,
	"gelar_belakang" text,
	"nip" text,
	"pangkat" text,
	"golongan" text,
	"jabatan" text NOT NULL,
	"eselon" text,
	"unit_id" uuid,
	"mulai" date,
	"selesai" date,
	"catatan" text,
	CONSTRAINT "pejabat_scope_kode_unique" UNIQUE NULLS NOT DISTINCT("pemda_id","opd_id","kode")
);
--> statement-breakpoint
CREATE TABLE "opd_butir" (
	"pemda_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	"jenis" text NOT NULL,
	"nomor" integer NOT NULL,
	"judul" text,
	"teks" text NOT NULL,
	"sumber" text,
	CONSTRAINT "opd_butir_opd_id_jenis_nomor_pk" PRIMARY KEY("opd_id","jenis","nomor")
);
--> statement-breakpoint
CREATE TABLE "desa" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pemda_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	"nomor" integer NOT NULL,
	"nama" text NOT NULL,
	"luas_ha" numeric,
	"dusun" integer,
	"kk" integer,
	"penduduk_l" integer,
	"penduduk_p" integer,
	"perkebunan_ha" numeric,
	"pertanian_ha" numeric,
	"perumahan_ha" numeric,
	"sumber" text,
	CONSTRAINT "desa_opd_nama_unique" UNIQUE("opd_id","nama")
);
--> statement-breakpoint
CREATE TABLE "rpjmd" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pemda_id" uuid NOT NULL,
	"tahun_awal" integer NOT NULL,
	"tahun_akhir" integer NOT NULL,
	"visi" text NOT NULL,
	"kata_kunci" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"sumber" text,
	CONSTRAINT "rpjmd_pemda_periode_unique" UNIQUE("pemda_id","tahun_awal")
);
--> statement-breakpoint
CREATE TABLE "rpjmd_misi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pemda_id" uuid NOT NULL,
	"rpjmd_id" uuid NOT NULL,
	"nomor" integer NOT NULL,
	"teks" text NOT NULL,
	CONSTRAINT "rpjmd_misi_nomor_unique" UNIQUE("rpjmd_id","nomor")
);
--> statement-breakpoint
CREATE TABLE "renstra" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pemda_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	"rpjmd_id" uuid,
	"tahun_awal" integer NOT NULL,
	"tahun_akhir" integer NOT NULL,
	"nama_dokumen" text NOT NULL,
	"misi_nomor" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"catatan" text,
	CONSTRAINT "renstra_opd_periode_unique" UNIQUE("opd_id","tahun_awal")
);
--> statement-breakpoint
CREATE TABLE "renstra_arah" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pemda_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	"sasaran_id" uuid NOT NULL,
	"jenis" text NOT NULL,
	"kode" text NOT NULL,
	"teks" text NOT NULL,
	"urutan" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "renstra_arah_kode_unique" UNIQUE("sasaran_id","jenis","kode")
);
--> statement-breakpoint
CREATE TABLE "renstra_sasaran" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pemda_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	"tujuan_id" uuid NOT NULL,
	"kode" text NOT NULL,
	"teks" text NOT NULL,
	"urutan" integer DEFAULT 0 NOT NULL,
	"sumber" text,
	CONSTRAINT "renstra_sasaran_opd_kode_unique" UNIQUE("opd_id","tujuan_id","kode")
);
--> statement-breakpoint
CREATE TABLE "renstra_tujuan" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pemda_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	"renstra_id" uuid NOT NULL,
	"kode" text NOT NULL,
	"teks" text NOT NULL,
	"urutan" integer DEFAULT 0 NOT NULL,
	"sumber" text,
	CONSTRAINT "renstra_tujuan_kode_unique" UNIQUE("renstra_id","kode")
);
--> statement-breakpoint
CREATE TABLE "indikator" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pemda_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	"sasaran_id" uuid NOT NULL,
	"kode" text NOT NULL,
	"nama" text NOT NULL,
	"iku" boolean DEFAULT false NOT NULL,
	"definisi_operasional" text DEFAULT '' NOT NULL,
	"formula" text DEFAULT '' NOT NULL,
	"satuan" text NOT NULL,
	"polaritas" text DEFAULT 'positif' NOT NULL,
	"rumus_negatif" text DEFAULT '2t-r' NOT NULL,
	"sumber_data" text DEFAULT '' NOT NULL,
	"unit_id" uuid,
	"sumber_realisasi" text DEFAULT 'manual' NOT NULL,
	"urutan" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "indikator_opd_kode_unique" UNIQUE("opd_id","kode")
);
--> statement-breakpoint
CREATE TABLE "indikator_target" (
	"pemda_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	"indikator_id" uuid NOT NULL,
	"tahun" integer NOT NULL,
	"target_teks" text NOT NULL,
	"sumber" text,
	CONSTRAINT "indikator_target_indikator_id_tahun_pk" PRIMARY KEY("indikator_id","tahun")
);
--> statement-breakpoint
CREATE TABLE "pk" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pemda_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	"kode" text NOT NULL,
	"tahun" integer NOT NULL,
	"jenis" text NOT NULL,
	"level" text NOT NULL,
	"pihak_pertama_id" uuid NOT NULL,
	"pihak_kedua_id" uuid NOT NULL,
	"tempat" text NOT NULL,
	"tanggal" date NOT NULL,
	"sumber" text,
	CONSTRAINT "pk_opd_kode_unique" UNIQUE("opd_id","kode"),
	CONSTRAINT "pk_versi_unique" UNIQUE("opd_id","tahun","jenis","pihak_pertama_id")
);
--> statement-breakpoint
CREATE TABLE "pk_anggaran" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pemda_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	"pk_id" uuid NOT NULL,
	"kode" text NOT NULL,
	"induk_id" uuid,
	"nomor" text,
	"tingkat" text NOT NULL,
	"uraian" text NOT NULL,
	"kode_dppa" text,
	"anggaran" numeric(18, 2) NOT NULL,
	"keterangan" text NOT NULL,
	"urutan" integer DEFAULT 0 NOT NULL,
	"sumber" text,
	CONSTRAINT "pk_anggaran_kode_unique" UNIQUE("pk_id","kode")
);
--> statement-breakpoint
CREATE TABLE "pk_kinerja" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pemda_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	"pk_id" uuid NOT NULL,
	"kode" text NOT NULL,
	"induk_id" uuid,
	"induk_kaskade_id" uuid,
	"nomor" text,
	"tingkat" text NOT NULL,
	"sasaran" text NOT NULL,
	"indikator" text NOT NULL,
	"satuan" text NOT NULL,
	"target_teks" text,
	"indikator_id" uuid,
	"urutan" integer DEFAULT 0 NOT NULL,
	"sumber" text,
	CONSTRAINT "pk_kinerja_kode_unique" UNIQUE("pk_id","kode")
);
--> statement-breakpoint
CREATE TABLE "analisis_sasaran" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pemda_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	"sasaran_id" uuid NOT NULL,
	"tahun" integer NOT NULL,
	"faktor_pendukung" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"faktor_penghambat" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"solusi" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"rekomendasi" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"sumber" text,
	CONSTRAINT "analisis_sasaran_tahun_unique" UNIQUE("sasaran_id","tahun")
);
--> statement-breakpoint
CREATE TABLE "bukti" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pemda_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	"indikator_id" uuid NOT NULL,
	"tahun" integer NOT NULL,
	"periode" text NOT NULL,
	"nama_berkas" text NOT NULL,
	"mime" text NOT NULL,
	"ukuran" integer NOT NULL,
	"sha256" text NOT NULL,
	"isi" "bytea" NOT NULL,
	"diunggah_oleh" text NOT NULL,
	"diunggah_pada" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indikator_program" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pemda_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	"sasaran_id" uuid NOT NULL,
	"tahun" integer NOT NULL,
	"urutan" integer NOT NULL,
	"tingkat" text NOT NULL,
	"program_kegiatan" text NOT NULL,
	"kode_dppa" text,
	"indikator" text NOT NULL,
	"target_teks" text,
	"realisasi" numeric,
	"menunjang" boolean,
	"capaian_dicetak" text,
	"sumber" text,
	CONSTRAINT "indikator_program_urutan_unique" UNIQUE("opd_id","tahun","urutan")
);
--> statement-breakpoint
CREATE TABLE "realisasi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pemda_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	"indikator_id" uuid NOT NULL,
	"tahun" integer NOT NULL,
	"periode" text NOT NULL,
	"nilai" numeric,
	"narasi" text DEFAULT '' NOT NULL,
	"sumber" text,
	CONSTRAINT "realisasi_indikator_periode_unique" UNIQUE("indikator_id","tahun","periode")
);
--> statement-breakpoint
CREATE TABLE "hasil_evaluasi_akip" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pemda_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	"tahun" integer NOT NULL,
	"jenis" text DEFAULT 'hasil' NOT NULL,
	"kerangka" text NOT NULL,
	"komponen" jsonb NOT NULL,
	"total_dicetak" text,
	"kategori_dicetak" text,
	"sumber" text,
	CONSTRAINT "hasil_evaluasi_akip_unique" UNIQUE("opd_id","tahun","jenis")
);
--> statement-breakpoint
CREATE TABLE "hasil_survei" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pemda_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	"kode" text NOT NULL,
	"tahun" integer NOT NULL,
	"periode_mulai" date NOT NULL,
	"periode_selesai" date NOT NULL,
	"responden" integer,
	"jenis_masukan" text NOT NULL,
	"nilai" jsonb NOT NULL,
	"ikm_dicetak" text,
	"sumber" text,
	CONSTRAINT "hasil_survei_opd_kode_unique" UNIQUE("opd_id","kode")
);
--> statement-breakpoint
CREATE TABLE "pembanding" (
	"opd_id" uuid PRIMARY KEY NOT NULL,
	"pemda_id" uuid NOT NULL,
	"peer_opd_id" uuid,
	"nama_peer" text NOT NULL,
	"sumber" text
);
--> statement-breakpoint
CREATE TABLE "pembanding_nilai" (
	"pemda_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	"indikator_kode" text NOT NULL,
	"tahun" integer NOT NULL,
	"target_teks" text,
	"realisasi_teks" text,
	"sumber" text NOT NULL,
	CONSTRAINT "pembanding_nilai_opd_id_indikator_kode_tahun_pk" PRIMARY KEY("opd_id","indikator_kode","tahun")
);
--> statement-breakpoint
CREATE TABLE "catatan_sumber" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pemda_id" uuid NOT NULL,
	"opd_id" uuid,
	"kode" text NOT NULL,
	"jenis" text NOT NULL,
	"fakta" text NOT NULL,
	"nilai" jsonb NOT NULL,
	"dipilih" text,
	"alasan" text NOT NULL,
	"terkait" text,
	CONSTRAINT "catatan_sumber_kode_unique" UNIQUE("pemda_id","kode")
);
--> statement-breakpoint
ALTER TABLE "opd_profil" ADD CONSTRAINT "opd_profil_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opd_profil" ADD CONSTRAINT "opd_profil_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pemda_profil" ADD CONSTRAINT "pemda_profil_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_kerja" ADD CONSTRAINT "unit_kerja_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_kerja" ADD CONSTRAINT "unit_kerja_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_kerja" ADD CONSTRAINT "unit_kerja_induk_id_unit_kerja_id_fk" FOREIGN KEY ("induk_id") REFERENCES "public"."unit_kerja"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pejabat" ADD CONSTRAINT "pejabat_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pejabat" ADD CONSTRAINT "pejabat_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pejabat" ADD CONSTRAINT "pejabat_unit_id_unit_kerja_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit_kerja"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opd_butir" ADD CONSTRAINT "opd_butir_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opd_butir" ADD CONSTRAINT "opd_butir_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "desa" ADD CONSTRAINT "desa_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "desa" ADD CONSTRAINT "desa_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rpjmd" ADD CONSTRAINT "rpjmd_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rpjmd_misi" ADD CONSTRAINT "rpjmd_misi_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rpjmd_misi" ADD CONSTRAINT "rpjmd_misi_rpjmd_id_rpjmd_id_fk" FOREIGN KEY ("rpjmd_id") REFERENCES "public"."rpjmd"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "renstra" ADD CONSTRAINT "renstra_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "renstra" ADD CONSTRAINT "renstra_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "renstra" ADD CONSTRAINT "renstra_rpjmd_id_rpjmd_id_fk" FOREIGN KEY ("rpjmd_id") REFERENCES "public"."rpjmd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "renstra_arah" ADD CONSTRAINT "renstra_arah_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "renstra_arah" ADD CONSTRAINT "renstra_arah_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "renstra_arah" ADD CONSTRAINT "renstra_arah_sasaran_id_renstra_sasaran_id_fk" FOREIGN KEY ("sasaran_id") REFERENCES "public"."renstra_sasaran"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "renstra_sasaran" ADD CONSTRAINT "renstra_sasaran_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "renstra_sasaran" ADD CONSTRAINT "renstra_sasaran_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "renstra_sasaran" ADD CONSTRAINT "renstra_sasaran_tujuan_id_renstra_tujuan_id_fk" FOREIGN KEY ("tujuan_id") REFERENCES "public"."renstra_tujuan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "renstra_tujuan" ADD CONSTRAINT "renstra_tujuan_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "renstra_tujuan" ADD CONSTRAINT "renstra_tujuan_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "renstra_tujuan" ADD CONSTRAINT "renstra_tujuan_renstra_id_renstra_id_fk" FOREIGN KEY ("renstra_id") REFERENCES "public"."renstra"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indikator" ADD CONSTRAINT "indikator_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indikator" ADD CONSTRAINT "indikator_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indikator" ADD CONSTRAINT "indikator_sasaran_id_renstra_sasaran_id_fk" FOREIGN KEY ("sasaran_id") REFERENCES "public"."renstra_sasaran"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indikator" ADD CONSTRAINT "indikator_unit_id_unit_kerja_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit_kerja"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indikator_target" ADD CONSTRAINT "indikator_target_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indikator_target" ADD CONSTRAINT "indikator_target_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indikator_target" ADD CONSTRAINT "indikator_target_indikator_id_indikator_id_fk" FOREIGN KEY ("indikator_id") REFERENCES "public"."indikator"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pk" ADD CONSTRAINT "pk_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pk" ADD CONSTRAINT "pk_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pk" ADD CONSTRAINT "pk_pihak_pertama_id_pejabat_id_fk" FOREIGN KEY ("pihak_pertama_id") REFERENCES "public"."pejabat"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pk" ADD CONSTRAINT "pk_pihak_kedua_id_pejabat_id_fk" FOREIGN KEY ("pihak_kedua_id") REFERENCES "public"."pejabat"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pk_anggaran" ADD CONSTRAINT "pk_anggaran_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pk_anggaran" ADD CONSTRAINT "pk_anggaran_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pk_anggaran" ADD CONSTRAINT "pk_anggaran_pk_id_pk_id_fk" FOREIGN KEY ("pk_id") REFERENCES "public"."pk"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pk_anggaran" ADD CONSTRAINT "pk_anggaran_induk_id_pk_anggaran_id_fk" FOREIGN KEY ("induk_id") REFERENCES "public"."pk_anggaran"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pk_kinerja" ADD CONSTRAINT "pk_kinerja_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pk_kinerja" ADD CONSTRAINT "pk_kinerja_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pk_kinerja" ADD CONSTRAINT "pk_kinerja_pk_id_pk_id_fk" FOREIGN KEY ("pk_id") REFERENCES "public"."pk"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pk_kinerja" ADD CONSTRAINT "pk_kinerja_induk_id_pk_kinerja_id_fk" FOREIGN KEY ("induk_id") REFERENCES "public"."pk_kinerja"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pk_kinerja" ADD CONSTRAINT "pk_kinerja_induk_kaskade_id_pk_kinerja_id_fk" FOREIGN KEY ("induk_kaskade_id") REFERENCES "public"."pk_kinerja"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pk_kinerja" ADD CONSTRAINT "pk_kinerja_indikator_id_indikator_id_fk" FOREIGN KEY ("indikator_id") REFERENCES "public"."indikator"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analisis_sasaran" ADD CONSTRAINT "analisis_sasaran_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analisis_sasaran" ADD CONSTRAINT "analisis_sasaran_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analisis_sasaran" ADD CONSTRAINT "analisis_sasaran_sasaran_id_renstra_sasaran_id_fk" FOREIGN KEY ("sasaran_id") REFERENCES "public"."renstra_sasaran"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bukti" ADD CONSTRAINT "bukti_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bukti" ADD CONSTRAINT "bukti_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bukti" ADD CONSTRAINT "bukti_indikator_id_indikator_id_fk" FOREIGN KEY ("indikator_id") REFERENCES "public"."indikator"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indikator_program" ADD CONSTRAINT "indikator_program_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indikator_program" ADD CONSTRAINT "indikator_program_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indikator_program" ADD CONSTRAINT "indikator_program_sasaran_id_renstra_sasaran_id_fk" FOREIGN KEY ("sasaran_id") REFERENCES "public"."renstra_sasaran"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "realisasi" ADD CONSTRAINT "realisasi_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "realisasi" ADD CONSTRAINT "realisasi_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "realisasi" ADD CONSTRAINT "realisasi_indikator_id_indikator_id_fk" FOREIGN KEY ("indikator_id") REFERENCES "public"."indikator"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hasil_evaluasi_akip" ADD CONSTRAINT "hasil_evaluasi_akip_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hasil_evaluasi_akip" ADD CONSTRAINT "hasil_evaluasi_akip_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hasil_survei" ADD CONSTRAINT "hasil_survei_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hasil_survei" ADD CONSTRAINT "hasil_survei_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pembanding" ADD CONSTRAINT "pembanding_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pembanding" ADD CONSTRAINT "pembanding_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pembanding" ADD CONSTRAINT "pembanding_peer_opd_id_opd_id_fk" FOREIGN KEY ("peer_opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pembanding_nilai" ADD CONSTRAINT "pembanding_nilai_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pembanding_nilai" ADD CONSTRAINT "pembanding_nilai_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catatan_sumber" ADD CONSTRAINT "catatan_sumber_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catatan_sumber" ADD CONSTRAINT "catatan_sumber_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;