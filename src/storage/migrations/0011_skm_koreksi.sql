ALTER TABLE "skm_responden" ADD COLUMN "dikoreksi_pada" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "skm_responden" ADD COLUMN "dibatalkan_pada" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "skm_responden" ADD COLUMN "alasan_batal" text;