// @vitest-environment jsdom
/**
 * The paper grid's key handling in a DOM (React Testing Library): digits move on by themselves, Enter at the end of
 * a row opens the next one, an invalid digit is flagged inline and blocks saving, and Save sends the filled rows.
 */
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { createElement } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { EntriKertas, type TeksEntri } from "./EntriKertas";
import type { RespondenKertas } from "./grid-kertas";

const teks: TeksEntri = {
  kolom: (k) => k.toUpperCase(),
  galat: (k) => k,
  baris: (n) => `Baris ${n}`,
  simpan: "Simpan",
  tambah: "Tambah",
  kosongkan: "Kosongkan",
  petunjuk: "",
  belumValid: (n) => `${n} galat`,
};

afterEach(cleanup);

function ketik(el: HTMLElement, nilai: string) {
  fireEvent.change(el, { target: { value: nilai } });
}

describe("EntriKertas", () => {
  it("moves to the next cell after a digit 1–4 and to the next row on Enter", async () => {
    render(createElement(EntriKertas, { teks, onSimpan: vi.fn(), awal: 1 }));
    const u1 = screen.getByTestId("sel-0-u1");
    u1.focus();
    ketik(u1, "3");
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId("sel-0-u2")));
    const pekerjaan = screen.getByTestId("sel-0-pekerjaan");
    pekerjaan.focus();
    fireEvent.keyDown(pekerjaan, { key: "Enter" });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId("sel-1-u1")));
    fireEvent.keyDown(screen.getByTestId("sel-1-u1"), { key: "Tab", shiftKey: true });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId("sel-0-pekerjaan")));
  });

  it("flags an invalid digit inline, stays on the cell and refuses to save", async () => {
    const onSimpan = vi.fn(async () => undefined);
    render(createElement(EntriKertas, { teks, onSimpan, awal: 1 }));
    const u1 = screen.getByTestId("sel-0-u1");
    u1.focus();
    ketik(u1, "7");
    expect(u1.getAttribute("aria-invalid")).toBe("true");
    expect(document.activeElement).toBe(u1);
    expect(screen.getByTestId("galat-kertas").textContent).toContain("Baris 1, U1: unsur-salah");
    fireEvent.click(screen.getByTestId("simpan-kertas"));
    expect(onSimpan).not.toHaveBeenCalled();
  });

  it("saves every filled row with its answers and profile", async () => {
    const onSimpan = vi.fn(async (_r: RespondenKertas[]) => undefined);
    render(createElement(EntriKertas, { teks, onSimpan, awal: 2 }));
    for (const [i, digit] of ["4", "3"].entries()) {
      for (const k of ["u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9"])
        ketik(screen.getByTestId(`sel-${i}-${k}`), digit);
    }
    ketik(screen.getByTestId("sel-0-umur"), "35");
    ketik(screen.getByTestId("sel-0-jenisKelamin"), "p");
    fireEvent.click(screen.getByTestId("simpan-kertas"));
    await waitFor(() => expect(onSimpan).toHaveBeenCalledTimes(1));
    const dikirim = onSimpan.mock.calls[0]![0];
    expect(dikirim).toHaveLength(2);
    expect(dikirim[0]!.jawaban.u9).toBe(4);
    expect(dikirim[0]!.responden).toEqual({ umur: 35, jenisKelamin: "P" });
    expect(dikirim[1]!.jawaban.u1).toBe(3);
  });
});
