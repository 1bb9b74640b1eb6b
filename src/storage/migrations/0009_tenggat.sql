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
ALTER TABLE "tenggat" ADD CONSTRAINT "tenggat_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;