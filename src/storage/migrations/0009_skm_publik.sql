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
ALTER TABLE "skm_kode_sekali" ADD CONSTRAINT "skm_kode_sekali_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skm_kode_sekali" ADD CONSTRAINT "skm_kode_sekali_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skm_layanan_publik" ADD CONSTRAINT "skm_layanan_publik_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skm_layanan_publik" ADD CONSTRAINT "skm_layanan_publik_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "skm_kode_sekali_hash_uq" ON "skm_kode_sekali" USING btree ("pemda_id","kode_hash");--> statement-breakpoint
CREATE INDEX "skm_kode_sekali_layanan_idx" ON "skm_kode_sekali" USING btree ("pemda_id","layanan_kode");--> statement-breakpoint
CREATE UNIQUE INDEX "skm_layanan_publik_uq" ON "skm_layanan_publik" USING btree ("pemda_id","layanan_kode");