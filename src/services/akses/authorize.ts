/**
 * The one authorisation check of a use case: call it first, with the permission and the data's Pemda/OPD.
 * Another Pemda answers 404 (its data is not revealed), another OPD or a missing permission 403.
 */
import { type Aktor, putuskan, type Sasaran } from "../../domain/akses/aktor";
import type { Izin } from "../../domain/akses/izin";
import { pesanTanpaIzin } from "../../domain/akses/label-izin";
import type { ServiceContext } from "../context";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "../errors";

export function authorize(ctx: ServiceContext, izin: Izin, sasaran: Sasaran): Aktor {
  const aktor = ctx.aktor;
  if (!aktor) throw new UnauthenticatedError();
  switch (putuskan(aktor, izin, sasaran)) {
    case "izinkan":
      return aktor;
    case "lain-pemda":
      throw new NotFoundError("Data tidak ditemukan");
    case "lain-opd":
      throw new ForbiddenError("Data ini milik perangkat daerah lain");
    case "tanpa-izin":
      throw new ForbiddenError(pesanTanpaIzin(izin));
  }
}

/** Requires a signed-in actor without checking a permission (e.g. reading one's own profile). */
export function requireAktor(ctx: ServiceContext): Aktor {
  if (!ctx.aktor) throw new UnauthenticatedError();
  return ctx.aktor;
}
