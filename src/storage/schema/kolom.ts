/**
 * Column helpers shared by the tenant tables: bytea (evidence files, logos) and the tenant id columns.
 * NOTE: docs/HELPERS.md "every tenant table has pemda_id (and opd_id where the data belongs to an OPD)".
 */
import { customType, uuid } from "drizzle-orm/pg-core";
import { opd } from "./opd";
import { pemda } from "./pemda";

/** PostgreSQL bytea as a Uint8Array (PGlite answers Uint8Array, node-postgres a Buffer, which is one). */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
});

export const kolomPemda = () =>
  uuid("pemda_id")
    .notNull()
    .references(() => pemda.id);

export const kolomOpd = () =>
  uuid("opd_id")
    .notNull()
    .references(() => opd.id);
