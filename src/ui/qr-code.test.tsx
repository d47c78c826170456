import { render } from '@testing-library/react';
import qrcode from 'qrcode-generator';
import { describe, expect, it } from 'vitest';
import { QrCode } from './qr-code';

describe('QrCode', () => {
  it('draws every dark module of the code as one path, with a quiet zone, as SVG elements', () => {
    const text = 'https://bastion.example/group/join#a=abc';
    const { getByRole } = render(<QrCode text={text} label="QR code of the link" />);
    const svg = getByRole('img', { name: 'QR code of the link' });
    const reference = qrcode(0, 'L');
    reference.addData(text, 'Byte');
    reference.make();
    const count = reference.getModuleCount();
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${count + 8} ${count + 8}`);
    let dark = 0;
    for (let r = 0; r < count; r++) for (let c = 0; c < count; c++) if (reference.isDark(r, c)) dark++;
    expect(svg.querySelector('path')!.getAttribute('d')!.match(/M/g)).toHaveLength(dark);
    expect(svg.querySelector('path')!.getAttribute('d')).toMatch(/^M4 4h1v1h-1z/); // the finder pattern's corner, after the quiet zone
  });

  it('fits a 2,000-character link, and renders nothing for text no QR code can hold', () => {
    const { container: fits } = render(<QrCode text={`https://x.example/#a=${'A'.repeat(1980)}`} label="long" />);
    expect(fits.querySelector('svg')).not.toBeNull();
    const { container: tooLong } = render(<QrCode text={'A'.repeat(4000)} label="too long" />);
    expect(tooLong.querySelector('svg')).toBeNull();
  });
});
