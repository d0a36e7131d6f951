// ZXing's EAN/UPC reader on the video's frames, for browsers without a
// BarcodeDetector (barcode_reader.ts loads this module only then). Each
// frame is drawn onto a canvas and read as grey levels.
import BarcodeFormat from '@zxing/library/esm/core/BarcodeFormat';
import BinaryBitmap from '@zxing/library/esm/core/BinaryBitmap';
import DecodeHintType from '@zxing/library/esm/core/DecodeHintType';
import HybridBinarizer from '@zxing/library/esm/core/common/HybridBinarizer';
import MultiFormatUPCEANReader from '@zxing/library/esm/core/oned/MultiFormatUPCEANReader';
import RGBLuminanceSource from '@zxing/library/esm/core/RGBLuminanceSource';
import NotFoundException from '@zxing/library/esm/core/NotFoundException';
import ChecksumException from '@zxing/library/esm/core/ChecksumException';
import FormatException from '@zxing/library/esm/core/FormatException';
import type { CodeReader } from './barcode_reader';

export function zxingReader(): CodeReader {
  const hints = new Map<DecodeHintType, unknown>([
    [DecodeHintType.POSSIBLE_FORMATS, [BarcodeFormat.EAN_13, BarcodeFormat.EAN_8, BarcodeFormat.UPC_A]],
    [DecodeHintType.TRY_HARDER, true],
  ]);
  const reader = new MultiFormatUPCEANReader(hints);
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('This browser cannot draw the camera picture to read it.');
  return {
    name: 'ZXing',
    async read(video) {
      const width = video.videoWidth;
      const height = video.videoHeight;
      if (!width || !height) return null;  // no frame yet
      canvas.width = width;
      canvas.height = height;
      context.drawImage(video, 0, 0, width, height);
      const rgba = context.getImageData(0, 0, width, height).data;
      const grey = new Uint8ClampedArray(width * height);
      for (let i = 0, j = 0; i < grey.length; i += 1, j += 4) {
        grey[i] = (rgba[j] * 299 + rgba[j + 1] * 587 + rgba[j + 2] * 114) / 1000;
      }
      const bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(grey, width, height)));
      try {
        return reader.decode(bitmap, hints).getText();
      } catch (e) {
        // This frame shows no code that reads (none, a blurred one, a wrong check digit).
        if (e instanceof NotFoundException || e instanceof ChecksumException || e instanceof FormatException) return null;
        throw e;
      }
    },
  };
}
