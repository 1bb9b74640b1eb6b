import { Anchor, Stack } from "@mantine/core";
import { useEffect, useState } from "react";
import { Link } from "react-router";
import { getJson } from "../../api/client";
import { useAuth } from "../../auth/AuthProvider";
import { useI18n } from "../../i18n/i18n";
import { tahunBawaan, useTahunTersedia } from "../kinerja/lingkup";
import { PeringatanRenaksi } from "./PeringatanRenaksi";
import type { Renaksi } from "./tipe";

/**
 * The Rencana Aksi early-warning flags of the user's own OPD on the home page (issue #19), in the latest year with
 * data; nothing when there is no flag, no OPD binding or no renaksi.baca.
 */
export function PeringatanBeranda() {
  const { t } = useI18n();
  const { pengguna, punya } = useAuth();
  const opd = pengguna?.opd?.slug ?? null;
  const api = opd && punya("renaksi.baca") ? `/api/v1/pemda/${pengguna?.pemda.slug}/opd/${opd}` : null;
  const tersedia = useTahunTersedia(api);
  const [data, setData] = useState<Renaksi | null>(null);
  useEffect(() => {
    if (!api || !tersedia) return;
    getJson<Renaksi>(`${api}/renaksi/${tahunBawaan(tersedia)}`).then(setData, () => setData(null));
  }, [api, tersedia]);
  if (!data || data.peringatan.length === 0) return null;
  return (
    <Stack gap={4} data-testid="beranda-peringatan-renaksi">
      <PeringatanRenaksi data={data} />
      <Anchor component={Link} to={`/rencana-aksi?tahun=${data.tahun}`} size="sm">
        {t("renaksi.beranda.lihat")}
      </Anchor>
    </Stack>
  );
}
