import { Button } from "@mantine/core";
import { useAuth } from "../../auth/AuthProvider";
import { useI18n } from "../../i18n/i18n";

/**
 * Who may edit the plan documents (the server decides again on save): the RPJMD is the Pemda's, so only a user
 * bound to the whole Pemda with perencanaan.ubah (admin); the Renstra is the OPD's (perencanaan.ubah in that OPD).
 */
export function useIzinRencana(): { rpjmd: boolean; renstra: boolean } {
  const { punya, pengguna } = useAuth();
  const ubah = punya("perencanaan.ubah");
  return { rpjmd: ubah && pengguna?.opd == null, renstra: ubah };
}

/** "Ubah RPJMD" / "Ubah Renstra" next to the document's heading; nothing for users who may not edit it. */
export function TombolUbahRencana(props: { jenis: "rpjmd" | "renstra"; onClick(): void }) {
  const { t } = useI18n();
  const izin = useIzinRencana();
  if (!izin[props.jenis]) return null;
  return (
    <Button size="xs" variant="light" data-testid={`tombol-ubah-${props.jenis}`} onClick={props.onClick}>
      {t(props.jenis === "rpjmd" ? "rencanaForm.ubahRpjmd" : "rencanaForm.ubahRenstra")}
    </Button>
  );
}
