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
ALTER TABLE "kiriman_surel" ADD CONSTRAINT "kiriman_surel_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kiriman_surel" ADD CONSTRAINT "kiriman_surel_pemberitahuan_id_pemberitahuan_id_fk" FOREIGN KEY ("pemberitahuan_id") REFERENCES "public"."pemberitahuan"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kiriman_surel" ADD CONSTRAINT "kiriman_surel_pengguna_id_auth_user_id_fk" FOREIGN KEY ("pengguna_id") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pemberitahuan" ADD CONSTRAINT "pemberitahuan_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pemberitahuan" ADD CONSTRAINT "pemberitahuan_pengguna_id_auth_user_id_fk" FOREIGN KEY ("pengguna_id") REFERENCES "public"."auth_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "kiriman_surel_status_idx" ON "kiriman_surel" USING btree ("pemda_id","status");--> statement-breakpoint
CREATE INDEX "pemberitahuan_pengguna_idx" ON "pemberitahuan" USING btree ("pengguna_id","dibuat_pada");