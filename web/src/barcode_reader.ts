// Reading a barcode off the camera's picture. The browser's own
// BarcodeDetector where it has one that reads retail codes (Chrome on
// Android, macOS and ChromeOS), else ZXing (@zxing/library, in a chunk of
// its own that is fetched only then). Both read EAN-13, EAN-8 and UPC-A.
// UPC-E is left out: its 8 digits are a compressed UPC-A, which the server
// would take for an EAN-8 and so find the wrong food or none.

export interface CodeReader {
  // Who reads: "BarcodeDetector" or "ZXing" (for the status line).
  name: string;
  // The code the video's current frame shows, or null when it shows none.
  // Rejects only when reading itself fails (not for a frame without a code).
  read(video: HTMLVideoElement): Promise<string | null>;
}

// The Barcode Detection API, which TypeScript's DOM types do not have yet.
interface DetectedBarcode { rawValue: string }
interface BarcodeDetectorLike { detect(source: CanvasImageSource): Promise<DetectedBarcode[]> }
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats(): Promise<string[]>;
}

const NATIVE_FORMATS = ['ean_13', 'ean_8', 'upc_a'];

async function nativeReader(): Promise<CodeReader | null> {
  const Detector = (window as unknown as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  if (!Detector) return null;
  const supported = await Detector.getSupportedFormats().catch(() => [] as string[]);
  const formats = NATIVE_FORMATS.filter((f) => supported.includes(f));
  if (!formats.length) return null;
  const detector = new Detector({ formats });
  return {
    name: 'BarcodeDetector',
    async read(video) {
      const codes = await detector.detect(video);
      return codes.length ? codes[0].rawValue : null;
    },
  };
}

// The reader this browser has. Rejects (with why) when neither loads, e.g.
// when the ZXing chunk cannot be fetched.
export async function makeCodeReader(): Promise<CodeReader> {
  const native = await nativeReader();
  if (native) return native;
  const { zxingReader } = await import('./zxing_reader');
  return zxingReader();
}
