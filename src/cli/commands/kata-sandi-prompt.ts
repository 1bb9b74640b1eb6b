/** Reads a password for the CLI: the first line of stdin (--password-stdin) or a hidden prompt on a terminal. */
import { CliInputError, type CliIO } from "../io";

async function semuaStdin(io: CliIO): Promise<string> {
  if (io.readStdin) return io.readStdin();
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}

export function tanyaTersembunyi(label: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stderr.write(label);
    let value = "";
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding("utf8");
    const onData = (ch: string) => {
      for (const c of ch) {
        if (c === "\r" || c === "\n") {
          done();
          resolve(value);
          return;
        }
        if (c === "\u0003") {
          done();
          reject(new CliInputError("dibatalkan"));
          return;
        }
        value = c === "\u007f" ? value.slice(0, -1) : value + c;
      }
    };
    const done = () => {
      stdin.off("data", onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write("\n");
    };
    stdin.on("data", onData);
  });
}

export async function bacaKataSandi(io: CliIO, dariStdin: boolean, konfirmasi: boolean): Promise<string> {
  if (dariStdin) {
    const line = (await semuaStdin(io)).split(/\r?\n/)[0] ?? "";
    if (!line) throw new CliInputError("--password-stdin: stdin kosong");
    return line;
  }
  if (!process.stdin.isTTY) {
    throw new CliInputError(
      "kata sandi: bukan terminal; gunakan --password-stdin (mis. `printf '%s\\n' \"$SANDI\" | sakip user create … --password-stdin`)",
    );
  }
  const pertama = await tanyaTersembunyi("Kata sandi: ");
  if (konfirmasi && (await tanyaTersembunyi("Ulangi kata sandi: ")) !== pertama) {
    throw new CliInputError("kata sandi: kedua isian tidak sama");
  }
  return pertama;
}
