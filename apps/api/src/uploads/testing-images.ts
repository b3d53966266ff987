import sharp from 'sharp';

/**
 * Test images made at test time with sharp itself, so the repository holds no binary
 * fixtures. The "phone photo" carries what a real one leaks: GPS coordinates in EXIF,
 * the camera, the place in XMP and IPTC, and a wide-gamut ICC profile.
 */

/** Upala, Costa Rica: 10°53'56.16" N, 85°1'5" W. */
export const GPS = { lat: [10, 53, 56.16], lon: [85, 1, 5] } as const;
export const CAMERA = 'SolidariaTestCam';
export const XMP_PLACE = 'Barrio-Secreto-Upala';
export const IPTC_CITY = 'Upala-Centro-Calle-3';

/** The GPSLatitude value as EXIF stores it: three little-endian unsigned rationals. */
export function latitudeRationals(): Buffer {
  const [deg, min, sec] = GPS.lat;
  const out = Buffer.alloc(24);
  [deg, 1, min, 1, Math.round(sec * 100), 100].forEach((v, i) => out.writeUInt32LE(v, i * 4));
  return out;
}

/** A solid-colour image `width`×`height`, as raw sRGB pixels ready for sharp. */
export function solid(width: number, height: number, background = { r: 200, g: 120, b: 60 }) {
  return sharp({ create: { width, height, channels: 3, background } });
}

/** A JPEG like a phone writes one: GPS and camera in EXIF, place in XMP and IPTC, P3 profile. */
export async function phonePhotoWithGps(width = 1600, height = 1200): Promise<Buffer> {
  const [latD, latM, latS] = GPS.lat;
  const [lonD, lonM, lonS] = GPS.lon;
  const xmp = `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:exif="http://ns.adobe.com/exif/1.0/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"
 exif:GPSLatitude="${latD},${latM}.936N" exif:GPSLongitude="${lonD},${lonM}.083W" photoshop:City="${XMP_PLACE}"/>
</rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;
  const jpeg = await solid(width, height)
    .jpeg({ quality: 90 })
    .withExif({
      IFD0: { Make: CAMERA, Model: 'Model X' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: `${latD}/1 ${latM}/1 ${Math.round(latS * 100)}/100`,
        GPSLongitudeRef: 'W',
        GPSLongitude: `${lonD}/1 ${lonM}/1 ${lonS}/1`,
      },
    })
    .withXmp(xmp)
    .withIccProfile('p3')
    .toBuffer();
  return withIptc(jpeg, IPTC_CITY);
}

/**
 * Adds an IPTC City (2:90) in a Photoshop APP13 segment right after SOI: sharp cannot
 * write IPTC, cameras and photo apps do.
 */
export function withIptc(jpeg: Buffer, city: string): Buffer {
  const value = Buffer.from(city, 'latin1');
  const iptc = Buffer.concat([Buffer.from([0x1c, 0x02, 0x5a, value.length >> 8, value.length & 0xff]), value]);
  const padded = iptc.length % 2 ? Buffer.concat([iptc, Buffer.from([0])]) : iptc;
  const size = Buffer.alloc(4);
  size.writeUInt32BE(iptc.length);
  const resource = Buffer.concat([Buffer.from('8BIM'), Buffer.from([0x04, 0x04, 0, 0]), size, padded]);
  const body = Buffer.concat([Buffer.from('Photoshop 3.0\0', 'latin1'), resource]);
  const length = Buffer.alloc(2);
  length.writeUInt16BE(body.length + 2);
  const app13 = Buffer.concat([Buffer.from([0xff, 0xed]), length, body]);
  return Buffer.concat([jpeg.subarray(0, 2), app13, jpeg.subarray(2)]);
}

/**
 * A landscape JPEG 200×100 stored with EXIF orientation 6 (shown rotated 90° clockwise,
 * so 100×200): red on the stored left half, which is the top once upright.
 */
export async function orientedSixJpeg(): Promise<Buffer> {
  const width = 200;
  const height = 100;
  const raw = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) raw[(y * width + x) * 3 + (x < width / 2 ? 0 : 2)] = 255;
  }
  return sharp(raw, { raw: { width, height, channels: 3 } }).jpeg({ quality: 95 }).withMetadata({ orientation: 6 }).toBuffer();
}

/** The RGB of one pixel of an encoded image. */
export async function pixelAt(image: Uint8Array, x: number, y: number): Promise<[number, number, number]> {
  const { data, info } = await sharp(image).raw().toBuffer({ resolveWithObject: true });
  const i = (y * info.width + x) * info.channels;
  return [data[i] ?? -1, data[i + 1] ?? -1, data[i + 2] ?? -1];
}

/** Everything sharp can see of an encoded image's metadata. */
export async function metadataOf(image: Uint8Array) {
  const m = await sharp(image).metadata();
  return { format: m.format, exif: m.exif, xmp: m.xmp, iptc: m.iptc, icc: m.icc, hasProfile: m.hasProfile, orientation: m.orientation };
}
