CREATE TABLE "rpjmd_iku" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pemda_id" uuid NOT NULL,
	"sasaran_id" uuid NOT NULL,
	"kode" text NOT NULL,
	"nama" text NOT NULL,
	"satuan" text NOT NULL,
	"polaritas" text DEFAULT 'positif' NOT NULL,
	"rumus_negatif" text DEFAULT '2t-r' NOT NULL,
	"definisi_operasional" text DEFAULT '' NOT NULL,
	"sumber" text NOT NULL,
	"gabungan" text DEFAULT 'utama' NOT NULL,
	"target" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"realisasi" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"catatan" text DEFAULT '' NOT NULL,
	"urutan" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "rpjmd_iku_kode_unique" UNIQUE("sasaran_id","kode")
);
--> statement-breakpoint
CREATE TABLE "rpjmd_iku_tautan" (
	"pemda_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	"iku_id" uuid NOT NULL,
	"indikator_id" uuid NOT NULL,
	"utama" boolean DEFAULT false NOT NULL,
	CONSTRAINT "rpjmd_iku_tautan_iku_id_indikator_id_pk" PRIMARY KEY("iku_id","indikator_id")
);
--> statement-breakpoint
CREATE TABLE "rpjmd_sasaran" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pemda_id" uuid NOT NULL,
	"tujuan_id" uuid NOT NULL,
	"kode" text NOT NULL,
	"teks" text NOT NULL,
	"urutan" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "rpjmd_sasaran_kode_unique" UNIQUE("tujuan_id","kode")
);
--> statement-breakpoint
CREATE TABLE "rpjmd_tujuan" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pemda_id" uuid NOT NULL,
	"rpjmd_id" uuid NOT NULL,
	"kode" text NOT NULL,
	"teks" text NOT NULL,
	"misi_nomor" integer,
	"urutan" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "rpjmd_tujuan_kode_unique" UNIQUE("rpjmd_id","kode")
);
--> statement-breakpoint
CREATE TABLE "kiriman_surel" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pemda_id" uuid NOT NULL,
	"kunci" text NOT NULL,
	"pemberitahuan_id" uuid,
	"pengguna_id" text,
	"kepada" text NOT NULL,
	"subjek" text NOT NULL,
	"teks" text NOT NULL,
	"status" text DEFAULT 'menunggu' NOT NULL,
	"percobaan" integer DEFAULT 0 NOT NULL,
	"galat" text,
	"dibuat_pada" timestamp with time zone DEFAULT now() NOT NULL,
	"diubah_pada" timestamp with time zone DEFAULT now() NOT NULL,
	"terkirim_pada" timestamp with time zone,
	CONSTRAINT "kiriman_surel_kunci_unique" UNIQUE("kunci")
);
--> statement-breakpoint
CREATE TABLE "pemberitahuan" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pemda_id" uuid NOT NULL,
	"pengguna_id" text NOT NULL,
	"kunci" text NOT NULL,
	"jenis" text NOT NULL,
	"judul" text NOT NULL,
	"isi" text NOT NULL,
	"tautan" text,
	"dibuat_pada" timestamp with time zone DEFAULT now() NOT NULL,
	"dibaca_pada" timestamp with time zone,
	CONSTRAINT "pemberitahuan_kunci_unique" UNIQUE("kunci")
);
--> statement-breakpoint
ALTER TABLE "skm_responden" ADD COLUMN "dikoreksi_pada" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "skm_responden" ADD COLUMN "dibatalkan_pada" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "skm_responden" ADD COLUMN "alasan_batal" text;--> statement-breakpoint
ALTER TABLE "rpjmd_iku" ADD CONSTRAINT "rpjmd_iku_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rpjmd_iku" ADD CONSTRAINT "rpjmd_iku_sasaran_id_rpjmd_sasaran_id_fk" FOREIGN KEY ("sasaran_id") REFERENCES "public"."rpjmd_sasaran"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rpjmd_iku_tautan" ADD CONSTRAINT "rpjmd_iku_tautan_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rpjmd_iku_tautan" ADD CONSTRAINT "rpjmd_iku_tautan_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rpjmd_iku_tautan" ADD CONSTRAINT "rpjmd_iku_tautan_iku_id_rpjmd_iku_id_fk" FOREIGN KEY ("iku_id") REFERENCES "public"."rpjmd_iku"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rpjmd_iku_tautan" ADD CONSTRAINT "rpjmd_iku_tautan_indikator_id_indikator_id_fk" FOREIGN KEY ("indikator_id") REFERENCES "public"."indikator"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rpjmd_sasaran" ADD CONSTRAINT "rpjmd_sasaran_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rpjmd_sasaran" ADD CONSTRAINT "rpjmd_sasaran_tujuan_id_rpjmd_tujuan_id_fk" FOREIGN KEY ("tujuan_id") REFERENCES "public"."rpjmd_tujuan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rpjmd_tujuan" ADD CONSTRAINT "rpjmd_tujuan_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rpjmd_tujuan" ADD CONSTRAINT "rpjmd_tujuan_rpjmd_id_rpjmd_id_fk" FOREIGN KEY ("rpjmd_id") REFERENCES "public"."rpjmd"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kiriman_surel" ADD CONSTRAINT "kiriman_surel_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kiriman_surel" ADD CONSTRAINT "kiriman_surel_pemberitahuan_id_pemberitahuan_id_fk" FOREIGN KEY ("pemberitahuan_id") REFERENCES "public"."pemberitahuan"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kiriman_surel" ADD CONSTRAINT "kiriman_surel_pengguna_id_auth_user_id_fk" FOREIGN KEY ("pengguna_id") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pemberitahuan" ADD CONSTRAINT "pemberitahuan_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pemberitahuan" ADD CONSTRAINT "pemberitahuan_pengguna_id_auth_user_id_fk" FOREIGN KEY ("pengguna_id") REFERENCES "public"."auth_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "kiriman_surel_status_idx" ON "kiriman_surel" USING btree ("pemda_id","status");--> statement-breakpoint
CREATE INDEX "pemberitahuan_pengguna_idx" ON "pemberitahuan" USING btree ("pengguna_id","dibuat_pada");