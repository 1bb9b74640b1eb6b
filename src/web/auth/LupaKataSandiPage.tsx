/**
 * Password reset by e-mail (ADR 0044), reachable without a session: /lupa-kata-sandi asks for the address and
 * always shows the server's neutral confirmation; /atur-ulang-kata-sandi?token=… sets the new password twice.
 */
import {
  Alert,
  Anchor,
  Button,
  Center,
  Loader,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { type FormEvent, type ReactNode, useEffect, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { ApiError, jawab, klien } from "../api/client";
import { useI18n } from "../i18n/i18n";

function Kartu({ judul, children }: { judul: string; children: ReactNode }) {
  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={420} component="main">
        <Stack>
          <Title order={2} c="blue.7">
            {judul}
          </Title>
          {children}
        </Stack>
      </Paper>
    </Center>
  );
}

function pesanGalat(error: unknown): string {
  const err = error instanceof ApiError ? error : null;
  return err?.detail || err?.message || String(error);
}

export function LupaKataSandiPage() {
  const { t } = useI18n();
  const [email, setEmail] = useState("");
  const [proses, setProses] = useState(false);
  const [terkirim, setTerkirim] = useState<string | null>(null);
  const [galat, setGalat] = useState<string | null>(null);
  // Whether the server can send mail (GET /api/auth/opsi, ADR 0044): without SMTP the page says so at once
  // instead of showing a form whose every submit is refused. null while asking.
  const [tersedia, setTersedia] = useState<boolean | null>(null);
  useEffect(() => {
    jawab(klien.GET("/api/auth/opsi")).then(
      (o) => setTersedia(o.lupaKataSandi),
      // the POST still answers for itself when the options could not be read
      () => setTersedia(true),
    );
  }, []);

  async function kirim(e: FormEvent) {
    e.preventDefault();
    if (!email.trim()) {
      setGalat(t("lupa.wajib"));
      return;
    }
    setProses(true);
    setGalat(null);
    try {
      await jawab(klien.POST("/api/auth/lupa-kata-sandi", { body: { email: email.trim() } }));
      // the same neutral confirmation as the server's `pesan` (Indonesian), in the chosen language
      setTerkirim(t("lupa.terkirimTeks"));
    } catch (error) {
      setGalat(pesanGalat(error));
    } finally {
      setProses(false);
    }
  }

  return (
    <Kartu judul={t("lupa.judul")}>
      {tersedia === false ? (
        <Alert color="yellow" title={t("lupa.tidakTersedia")} data-testid="lupa-tidak-tersedia">
          {t("lupa.tidakTersediaTeks")}
        </Alert>
      ) : tersedia === null ? (
        <Loader size="sm" aria-label={t("memuat")} />
      ) : terkirim ? (
        <Alert color="green" title={t("lupa.terkirim")} data-testid="lupa-terkirim">
          {terkirim}
        </Alert>
      ) : (
        <form onSubmit={kirim} noValidate>
          <Stack>
            <Text size="sm">{t("lupa.intro")}</Text>
            {galat && (
              <Alert color="red" title={t("lupa.gagal")} role="alert">
                {galat}
              </Alert>
            )}
            <TextInput
              label={t("lupa.email")}
              type="email"
              autoComplete="email"
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              required
              autoFocus
            />
            <Button type="submit" loading={proses} fullWidth>
              {t("lupa.tombol")}
            </Button>
          </Stack>
        </form>
      )}
      <Anchor component={Link} to="/masuk" size="sm">
        {t("lupa.kembali")}
      </Anchor>
    </Kartu>
  );
}

export function AturUlangKataSandiPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const [sandi, setSandi] = useState("");
  const [ulang, setUlang] = useState("");
  const [proses, setProses] = useState(false);
  const [berhasil, setBerhasil] = useState(false);
  const [galat, setGalat] = useState<string | null>(null);

  async function kirim(e: FormEvent) {
    e.preventDefault();
    if (sandi !== ulang) {
      setGalat(t("akun.sandiTidakSama"));
      return;
    }
    setProses(true);
    setGalat(null);
    try {
      await jawab(klien.POST("/api/auth/atur-ulang-kata-sandi", { body: { token, kataSandiBaru: sandi } }));
      setBerhasil(true);
    } catch (error) {
      setGalat(pesanGalat(error));
    } finally {
      setProses(false);
    }
  }

  return (
    <Kartu judul={t("atur.judul")}>
      {berhasil ? (
        <Alert color="green" data-testid="atur-berhasil">
          {t("atur.berhasil")}
        </Alert>
      ) : !token ? (
        <Alert color="yellow">{t("atur.tanpaToken")}</Alert>
      ) : (
        <form onSubmit={kirim} noValidate>
          <Stack>
            {galat && (
              <Alert color="red" title={t("atur.gagal")} role="alert">
                {galat}
              </Alert>
            )}
            <PasswordInput
              label={t("akun.sandiBaru")}
              description={t("akun.sandiAturan")}
              autoComplete="new-password"
              value={sandi}
              onChange={(e) => setSandi(e.currentTarget.value)}
              required
              autoFocus
            />
            <PasswordInput
              label={t("akun.sandiUlang")}
              autoComplete="new-password"
              value={ulang}
              onChange={(e) => setUlang(e.currentTarget.value)}
              required
            />
            <Button type="submit" loading={proses} fullWidth>
              {t("atur.tombol")}
            </Button>
          </Stack>
        </form>
      )}
      {berhasil ? (
        <Anchor component={Link} to="/masuk" size="sm">
          {t("lupa.kembali")}
        </Anchor>
      ) : (
        <Anchor component={Link} to="/lupa-kata-sandi" size="sm">
          {t("atur.mintaBaru")}
        </Anchor>
      )}
    </Kartu>
  );
}
