/** The one PostgreSQL schema, used unchanged on embedded PGlite and on a PostgreSQL server. */
export * from "./pemda";
export * from "./opd";
export * from "./app-meta";
export * from "./audit";
export * from "./status-periode";
