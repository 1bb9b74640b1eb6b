import { type ReactNode, useState } from "react";
import { konflikVersi } from "../../api/client";
import { DialogKonflik } from "./DialogKonflik";

/**
 * The reload-on-409 wiring of an edit (ADR 0016) in one place: `tangani(e)` shows the conflict dialog when a save was
 * refused because the data changed since it was read (and says so, so the caller skips its own error message);
 * "Muat ulang" calls `muatUlang`. Render `dialog` once in the component.
 */
export function useKonflik(muatUlang: () => void): { tangani(e: unknown): boolean; dialog: ReactNode } {
  const [terbuka, setTerbuka] = useState(false);
  return {
    tangani(e) {
      if (!konflikVersi(e)) return false;
      setTerbuka(true);
      return true;
    },
    dialog: (
      <DialogKonflik
        opened={terbuka}
        muatUlang={() => {
          setTerbuka(false);
          muatUlang();
        }}
        tutup={() => setTerbuka(false)}
      />
    ),
  };
}
