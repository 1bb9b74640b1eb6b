CREATE TABLE "anggaran_kelas_opd" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pemda_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	"tahun" integer NOT NULL,
	"akun" text NOT NULL,
	"anggaran" numeric(18, 2) NOT NULL,
	"realisasi" numeric(18, 2),
	"sumber" text,
	CONSTRAINT "anggaran_kelas_opd_unique" UNIQUE("opd_id","tahun","akun"),
	CONSTRAINT "anggaran_kelas_opd_nilai_check" CHECK ("anggaran_kelas_opd"."anggaran" >= 0 and ("anggaran_kelas_opd"."realisasi" is null or "anggaran_kelas_opd"."realisasi" >= 0))
);
--> statement-breakpoint
CREATE TABLE "anggaran_node" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pemda_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	"tahun" integer NOT NULL,
	"kode" text NOT NULL,
	"level" text NOT NULL,
	"uraian" text NOT NULL,
	"anggaran_murni" numeric(18, 2),
	"anggaran_perubahan" numeric(18, 2),
	"sumber_dana" text,
	"diubah_pada" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "anggaran_node_kode_unique" UNIQUE("opd_id","tahun","kode"),
	CONSTRAINT "anggaran_node_murni_check" CHECK ("anggaran_node"."anggaran_murni" >= 0),
	CONSTRAINT "anggaran_node_perubahan_check" CHECK ("anggaran_node"."anggaran_perubahan" >= 0)
);
--> statement-breakpoint
CREATE TABLE "anggaran_realisasi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pemda_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	"tahun" integer NOT NULL,
	"kode" text NOT NULL,
	"bulan" integer NOT NULL,
	"pegawai" numeric(18, 2) NOT NULL,
	"barang_jasa" numeric(18, 2) NOT NULL,
	"modal" numeric(18, 2) NOT NULL,
	CONSTRAINT "anggaran_realisasi_unique" UNIQUE("opd_id","tahun","kode","bulan"),
	CONSTRAINT "anggaran_realisasi_bulan_check" CHECK ("anggaran_realisasi"."bulan" between 1 and 12),
	CONSTRAINT "anggaran_realisasi_nilai_check" CHECK ("anggaran_realisasi"."pegawai" >= 0 and "anggaran_realisasi"."barang_jasa" >= 0 and "anggaran_realisasi"."modal" >= 0)
);
--> statement-breakpoint
CREATE TABLE "anggaran_rincian" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pemda_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	"tahun" integer NOT NULL,
	"kode" text NOT NULL,
	"akun" text NOT NULL,
	"anggaran" numeric(18, 2) NOT NULL,
	CONSTRAINT "anggaran_rincian_unique" UNIQUE("opd_id","tahun","kode","akun"),
	CONSTRAINT "anggaran_rincian_nilai_check" CHECK ("anggaran_rincian"."anggaran" >= 0)
);
--> statement-breakpoint
CREATE TABLE "anggaran_sasaran" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pemda_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	"tahun" integer NOT NULL,
	"kode" text NOT NULL,
	"sasaran_kode" text NOT NULL,
	CONSTRAINT "anggaran_sasaran_unique" UNIQUE("opd_id","tahun","kode","sasaran_kode")
);
--> statement-breakpoint
ALTER TABLE "anggaran_kelas_opd" ADD CONSTRAINT "anggaran_kelas_opd_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "anggaran_kelas_opd" ADD CONSTRAINT "anggaran_kelas_opd_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "anggaran_node" ADD CONSTRAINT "anggaran_node_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "anggaran_node" ADD CONSTRAINT "anggaran_node_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "anggaran_realisasi" ADD CONSTRAINT "anggaran_realisasi_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "anggaran_realisasi" ADD CONSTRAINT "anggaran_realisasi_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "anggaran_realisasi" ADD CONSTRAINT "anggaran_realisasi_node_fk" FOREIGN KEY ("opd_id","tahun","kode") REFERENCES "public"."anggaran_node"("opd_id","tahun","kode") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "anggaran_rincian" ADD CONSTRAINT "anggaran_rincian_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "anggaran_rincian" ADD CONSTRAINT "anggaran_rincian_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "anggaran_rincian" ADD CONSTRAINT "anggaran_rincian_node_fk" FOREIGN KEY ("opd_id","tahun","kode") REFERENCES "public"."anggaran_node"("opd_id","tahun","kode") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "anggaran_sasaran" ADD CONSTRAINT "anggaran_sasaran_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "anggaran_sasaran" ADD CONSTRAINT "anggaran_sasaran_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "anggaran_sasaran" ADD CONSTRAINT "anggaran_sasaran_node_fk" FOREIGN KEY ("opd_id","tahun","kode") REFERENCES "public"."anggaran_node"("opd_id","tahun","kode") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "anggaran_node_pemda_idx" ON "anggaran_node" USING btree ("pemda_id","tahun");