import qrcode from 'qrcode-generator';
import { useMemo } from 'react';

interface Props {
  /** What the code encodes (a link). It becomes module data, never markup. */
  text: string;
  /** The accessible name of the image, e.g. "QR code of the assignment link". */
  label: string;
  /** Rendered width and height in CSS pixels. */
  size?: number;
}

/** Modules of a quiet zone around the code, as the QR standard asks. */
const QUIET = 4;

/**
 * A QR code as an SVG built from React elements: the dark modules become one path, so nothing is
 * ever set as HTML. Always dark on white, whatever the theme: phone scanners expect that contrast.
 * Level L error correction fits the longest link the app offers (2,000 characters) in a version-40
 * code. Renders nothing when the text cannot fit a QR code at all.
 */
export function QrCode({ text, label, size = 240 }: Props) {
  const code = useMemo(() => {
    try {
      const qr = qrcode(0, 'L');
      qr.addData(text, 'Byte');
      qr.make();
      const count = qr.getModuleCount();
      let path = '';
      for (let row = 0; row < count; row++) {
        for (let col = 0; col < count; col++) if (qr.isDark(row, col)) path += `M${col + QUIET} ${row + QUIET}h1v1h-1z`;
      }
      return { side: count + 2 * QUIET, path };
    } catch {
      return null;
    }
  }, [text]);
  if (!code) return null;
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${code.side} ${code.side}`} width={size} height={size} shapeRendering="crispEdges">
      <rect width={code.side} height={code.side} fill="#ffffff" />
      <path d={code.path} fill="#000000" />
    </svg>
  );
}
