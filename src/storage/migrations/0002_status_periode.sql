CREATE TABLE "status_periode" (
	"pemda_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	"tahun" integer NOT NULL,
	"modul" text NOT NULL,
	"status" text NOT NULL,
	"diubah_oleh" text NOT NULL,
	"diubah_pada" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "status_periode_opd_id_tahun_modul_pk" PRIMARY KEY("opd_id","tahun","modul")
);
--> statement-breakpoint
ALTER TABLE "status_periode" ADD CONSTRAINT "status_periode_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "status_periode" ADD CONSTRAINT "status_periode_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;