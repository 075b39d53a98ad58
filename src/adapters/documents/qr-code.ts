/** QR codes for the dialogue activities' posters, with the `uqr` package (error correction M, a quiet zone of 4). */
import { encode } from "uqr";
import type { QrCodeMaker } from "#src/application/dialogue/index.ts";

export const qrCodes: QrCodeMaker = {
  modules: (text) => encode(text, { ecc: "M", border: 4 }).data,
};
