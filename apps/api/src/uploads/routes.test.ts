import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { addPerson, signIn } from '../auth/testing-accounts';
import { createTestServices } from '../testing';
import { filePhotoStore } from './photo-store';
import { GPS, phonePhotoWithGps } from './testing-images';

const dataDir = mkdtempSync(join(tmpdir(), 'solidaria-uploads-'));
const services = createTestServices({ photos: filePhotoStore(dataDir) });
const app = createApp(services);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
let vendor: string;
beforeAll(async () => {
  vendor = await signIn(app, services, await addPerson(services, 'fotos@example.org', [{ role: 'vendor', municipalityId: null }]));
});

const upload = (body: BodyInit, type: string, cookie = vendor) =>
  app.request('/api/uploads', { method: 'POST', body, headers: { 'content-type': type, cookie } });

describe('photo uploads through the API', () => {
  it('stores a phone photo in a few widths without its location or any other metadata, and serves it', async () => {
    const photo = await phonePhotoWithGps();
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const res = await upload(new Uint8Array(photo), 'image/jpeg');
    expect(res.status).toBe(201);
    const { id, widths } = (await res.json()) as { id: string; widths: number[] };
    expect(widths).toEqual([320, 640, 1280]);
    for (const file of readdirSync(join(dataDir, 'uploads', id))) {
      const metadata = await sharp(readFileSync(join(dataDir, 'uploads', id, file))).metadata();
      expect({ file, exif: metadata.exif, xmp: metadata.xmp, iptc: metadata.iptc, icc: metadata.icc }).toEqual({ file, exif: undefined, xmp: undefined, iptc: undefined, icc: undefined });
    }
    const served = await app.request(`/api/uploads/${id}/640.webp`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/webp');
    expect(Buffer.from(await served.arrayBuffer()).includes(Buffer.from(String(GPS.lat[0])))).toBe(false);
  });

  it('refuses an SVG or an HTML page sent as a JPEG (415), a non-image type (415), and anyone but a vendor (403)', async () => {
    expect((await upload('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 'image/jpeg')).status).toBe(415);
    expect((await upload('<!doctype html><title>x</title>', 'image/jpeg')).status).toBe(415);
    expect((await upload('{}', 'application/json')).status).toBe(415);
    const seeker = await signIn(app, services, await addPerson(services, 'nofotos@example.org', [{ role: 'seeker', municipalityId: null }]));
    expect((await upload(new Uint8Array(await phonePhotoWithGps(200, 100)), 'image/jpeg', seeker)).status).toBe(403);
    expect(readdirSync(join(dataDir, 'uploads')).filter((f) => !f.startsWith('.')).length).toBe(1); // only the first test's photo
  });

  it('answers a width a small photo does not have with its widest copy up to it', async () => {
    const small = await sharp({ create: { width: 200, height: 150, channels: 3, background: '#336699' } }).jpeg().toBuffer();
    const { id } = (await (await upload(new Uint8Array(small), 'image/jpeg')).json()) as { id: string };
    const served = await app.request(`/api/uploads/${id}/640.webp`);
    expect(served.status).toBe(200);
    expect((await sharp(Buffer.from(await served.arrayBuffer())).metadata()).width).toBe(200);
  });

  it('answers 404 for a photo that does not exist, and never a path outside the uploads', async () => {
    expect((await app.request(`/api/uploads/${'0'.repeat(32)}/640.webp`)).status).toBe(404);
    expect((await app.request('/api/uploads/..%2F..%2Fsolidaria.db/640.webp')).status).toBe(422);
  });
});
