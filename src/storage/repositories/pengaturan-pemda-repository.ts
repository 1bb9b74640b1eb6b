import { eq } from "drizzle-orm";
import type { Db } from "../database";
import { pemdaPengaturan } from "../schema";

export type PemdaPengaturanRow = typeof pemdaPengaturan.$inferSelect;

export async function getPemdaPengaturan(db: Db, pemdaId: string): Promise<PemdaPengaturanRow | undefined> {
  const rows = await db.select().from(pemdaPengaturan).where(eq(pemdaPengaturan.pemdaId, pemdaId));
  return rows[0];
}

export async function upsertPemdaPengaturan(db: Db, row: typeof pemdaPengaturan.$inferInsert): Promise<void> {
  const { pemdaId: _id, ...set } = row;
  await db.insert(pemdaPengaturan).values(row).onConflictDoUpdate({ target: pemdaPengaturan.pemdaId, set });
}
