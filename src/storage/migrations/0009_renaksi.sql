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
ALTER TABLE "renaksi_triwulan" ADD CONSTRAINT "renaksi_triwulan_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;