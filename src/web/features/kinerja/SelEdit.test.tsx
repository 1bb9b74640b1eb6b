// @vitest-environment jsdom
/**
 * The inline target/realisasi cell in the browser: Enter saves the typed text through `simpan`, an unchanged value
 * saves nothing, and a refusal of the server (ApiError) stays under the field with its Indonesian detail.
 */
import { MantineProvider } from "@mantine/core";
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { ApiError } from "../../api/client";
import { I18nProvider } from "../../i18n/i18n";
import { SelEdit } from "./SelEdit";

beforeAll(() => {
  // Mantine reads the colour scheme through matchMedia, which jsdom lacks
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  })) as typeof window.matchMedia;
});
afterEach(cleanup);

function tampilkan(simpan: (v: string) => Promise<void>) {
  render(
    <MantineProvider>
      <I18nProvider>
        <SelEdit nilai="85,00" bolehUbah label="Target 2023 IKM" simpan={simpan} />
      </I18nProvider>
    </MantineProvider>,
  );
  fireEvent.click(screen.getByRole("button", { name: "Ubah Target 2023 IKM" }));
  return screen.getByRole("textbox", { name: "Target 2023 IKM" });
}

async function tekan(isian: HTMLElement, tombol: string) {
  await act(async () => {
    fireEvent.keyDown(isian, { key: tombol });
  });
}

describe("SelEdit", () => {
  it("Enter menyimpan teks yang diketik lalu menutup isian", async () => {
    const disimpan: string[] = [];
    const isian = tampilkan(async (v) => {
      disimpan.push(v);
    });
    fireEvent.change(isian, { target: { value: "86,50" } });
    await tekan(isian, "Enter");
    expect(disimpan).toEqual(["86,50"]);
    expect(screen.queryByRole("textbox")).toBeNull();
  });

  it("nilai yang tidak berubah tidak dikirim", async () => {
    const disimpan: string[] = [];
    const isian = tampilkan(async (v) => {
      disimpan.push(v);
    });
    await tekan(isian, "Enter");
    expect(disimpan).toEqual([]);
    expect(screen.queryByRole("textbox")).toBeNull();
  });

  it("penolakan server tampil di bawah isian dan isian tetap terbuka", async () => {
    const isian = tampilkan(async () => {
      throw new ApiError(400, "x", "Data tidak valid", "target: format tidak dikenal");
    });
    fireEvent.change(isian, { target: { value: "sembilan" } });
    await tekan(isian, "Enter");
    expect(screen.getByText("target: format tidak dikenal")).toBeTruthy();
    expect(screen.getByRole("textbox", { name: "Target 2023 IKM" })).toBeTruthy();
  });

  it("Enter lalu blur selama menyimpan (Chromium memburamkan isian yang dinonaktifkan) mengirim sekali", async () => {
    const disimpan: string[] = [];
    let selesai: () => void = () => undefined;
    const isian = tampilkan(
      (v) =>
        new Promise<void>((r) => {
          disimpan.push(v);
          selesai = r;
        }),
    );
    fireEvent.change(isian, { target: { value: "78,25" } });
    await tekan(isian, "Enter");
    await act(async () => {
      fireEvent.blur(isian);
    });
    expect(disimpan).toEqual(["78,25"]);
    await act(async () => selesai());
    expect(screen.queryByRole("textbox")).toBeNull();
  });
});
