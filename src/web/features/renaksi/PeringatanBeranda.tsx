import { Anchor, Stack } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { jawab, klien } from "../../api/client";
import { kunci } from "../../api/kueri";
import { useAuth } from "../../auth/AuthProvider";
import { useI18n } from "../../i18n/i18n";
import { tahunBawaan, useTahunTersedia } from "../kinerja/lingkup";
import { PeringatanRenaksi } from "./PeringatanRenaksi";

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
  const path = { pemda: pengguna?.pemda.slug ?? "", opd: opd ?? "", tahun: tersedia ? tahunBawaan(tersedia) : 0 };
  const q = useQuery({
    queryKey: kunci.renaksi(path, path.tahun),
    queryFn: () => jawab(klien.GET("/api/v1/pemda/{pemda}/opd/{opd}/renaksi/{tahun}", { params: { path } })),
    enabled: Boolean(api && tersedia),
  });
  // nothing on the home page when the Rencana Aksi cannot be read
  const data = q.isError ? null : (q.data ?? null);
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
