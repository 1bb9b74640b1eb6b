import { BrowserRouter, Route, Routes } from "react-router";
import { MasukPage } from "./auth/MasukPage";
import { AturUlangKataSandiPage, LupaKataSandiPage } from "./auth/LupaKataSandiPage";
import { RequireAuth } from "./auth/RequireAuth";
import { AdminPage } from "./features/admin/AdminPage";
import { AnggaranPage } from "./features/anggaran/AnggaranPage";
import { AuditPage } from "./features/audit/AuditPage";
import { LaporanPage } from "./features/laporan/LaporanPage";
import { PengukuranPage } from "./features/pengukuran/PengukuranPage";
import { PerencanaanPage } from "./features/perencanaan/PerencanaanPage";
import { PkPage } from "./features/pk/PkPage";
import { ProfilPage } from "./features/profil/ProfilPage";
import { SkmPage } from "./features/skm/SkmPage";
// M2-08 evaluation workspace
import { EvaluasiPage } from "./features/evaluasi/EvaluasiPage";
import { ReviuPage } from "./features/reviu/ReviuPage";
// M2-10 monitoring of every OPD
import { MonitoringPage } from "./features/monitoring/MonitoringPage";
// issue 15: RPJMD IKU and the Kabupaten LKjIP
import { RpjmdIkuPage } from "./features/rpjmd/RpjmdIkuPage";
// M2-15 Rencana Aksi
import { RenaksiPage } from "./features/renaksi/RenaksiPage";
// issue 15: deadlines and reminder e-mails (Admin Pemda)
import { PengingatPage } from "./features/pengingat/PengingatPage";
import { BerandaPage } from "./pages/BerandaPage";
import { ModulPage } from "./pages/ModulPage";
// M2 issue 15: the 404 page
import { TidakDitemukanPage } from "./pages/TidakDitemukanPage";
import { AppFrame } from "./shell/AppFrame";
import { NAV_ITEMS } from "./shell/nav-items";

/** Modules with a real page below; the others show the "being prepared" placeholder. */
const HALAMAN = new Set([
  "/",
  // issue 15: reminders
  "/pengingat",
  "/audit",
  "/admin",
  "/profil",
  "/perencanaan",
  "/perjanjian-kinerja",
  "/pengukuran",
  "/anggaran",
  "/laporan",
  "/skm",
  // M2-08 evaluation workspace
  "/evaluasi",
  "/reviu",
  // M2-10 monitoring of every OPD
  "/monitoring",
  // issue 15: RPJMD IKU and the Kabupaten LKjIP
  "/iku-rpjmd",
  // M2-15 Rencana Aksi
  "/rencana-aksi",
]);

export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route path="masuk" element={<MasukPage />} />
        <Route path="lupa-kata-sandi" element={<LupaKataSandiPage />} />
        <Route path="atur-ulang-kata-sandi" element={<AturUlangKataSandiPage />} />
        <Route
          element={
            <RequireAuth>
              <AppFrame />
            </RequireAuth>
          }
        >
          <Route index element={<BerandaPage />} />
          <Route path="audit/*" element={<AuditPage />} />
          <Route path="admin/*" element={<AdminPage />} />
          <Route path="profil/*" element={<ProfilPage />} />
          <Route path="perencanaan/*" element={<PerencanaanPage />} />
          <Route path="perjanjian-kinerja/*" element={<PkPage />} />
          <Route path="pengukuran/*" element={<PengukuranPage />} />
          <Route path="anggaran/*" element={<AnggaranPage />} />
          <Route path="laporan/*" element={<LaporanPage />} />
          <Route path="skm/*" element={<SkmPage />} />
          {/* M2-08 evaluation workspace */}
          <Route path="evaluasi/*" element={<EvaluasiPage />} />
          <Route path="reviu/*" element={<ReviuPage />} />
          {/* M2-10 monitoring of every OPD */}
          <Route path="monitoring/*" element={<MonitoringPage />} />
          {/* issue 15: RPJMD IKU and the Kabupaten LKjIP */}
          <Route path="iku-rpjmd" element={<RpjmdIkuPage />} />
          {/* M2-15 Rencana Aksi */}
          <Route path="rencana-aksi/*" element={<RenaksiPage />} />
          <Route path="pengingat" element={<PengingatPage />} />
          {NAV_ITEMS.filter((i) => !HALAMAN.has(i.path)).map((item) => (
            <Route key={item.path} path={`${item.path.slice(1)}/*`} element={<ModulPage title={item.label} />} />
          ))}
          {/* M2 issue 15: any other address shows the 404 page, not a blank one */}
          <Route path="*" element={<TidakDitemukanPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
