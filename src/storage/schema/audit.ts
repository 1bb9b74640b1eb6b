/**
 * Audit trail: one row per write, append-only. UPDATE and DELETE are refused by a trigger (migration
 * 0001_audit), so no code path — ours or a console — can rewrite history.
 */
import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    pemdaId: uuid("pemda_id"),
    opdId: uuid("opd_id"),
    actorUserId: text("actor_user_id"),
    actorNama: text("actor_nama").notNull(),
    actorPeran: text("actor_peran").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id").notNull(),
    action: text("action").notNull(),
    before: jsonb("before"),
    after: jsonb("after"),
    alasan: text("alasan"),
    requestId: text("request_id"),
  },
  (t) => [index("audit_log_entity_idx").on(t.entity, t.entityId), index("audit_log_pemda_at_idx").on(t.pemdaId, t.at)],
);
