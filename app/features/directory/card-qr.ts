// The QR code on a visitor card: an inline SVG made on the server (no outside service sees the
// link). Its link is built from PUBLIC_URL by the caller, never from the request (decision 011).
import QRCode from "qrcode";

export function cardQrSvg(pageUrl: string): Promise<string> {
  return QRCode.toString(pageUrl, {
    type: "svg",
    errorCorrectionLevel: "M",
    margin: 2,
    color: { dark: "#000000", light: "#ffffff" },
  });
}
