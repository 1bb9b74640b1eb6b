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
ALTER TABLE "tte_pengaturan" ADD CONSTRAINT "tte_pengaturan_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tte_tanda_tangan" ADD CONSTRAINT "tte_tanda_tangan_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tte_tanda_tangan" ADD CONSTRAINT "tte_tanda_tangan_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "tte_tanda_tangan_sha256_idx" ON "tte_tanda_tangan" USING btree ("sha256");