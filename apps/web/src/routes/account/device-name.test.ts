import { describe, expect, it } from 'vitest';
import { deviceName } from './device-name';

describe('naming a session’s device', () => {
  it('names a phone’s browser and system the way its owner would', () => {
    expect(
      deviceName('Mozilla/5.0 (Linux; Android 13; SM-A145M) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/23.0 Chrome/115.0.0.0 Mobile Safari/537.36'),
    ).toEqual({ browser: 'Samsung Internet', os: 'Android' });
    expect(
      deviceName('Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1'),
    ).toEqual({ browser: 'Safari', os: 'iPhone' });
  });

  it('tells Chrome, Edge and Firefox apart on a computer', () => {
    expect(deviceName('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/140.0.0.0 Safari/537.36')).toEqual({
      browser: 'Chrome',
      os: 'Linux',
    });
    expect(deviceName('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36 Edg/124.0')).toEqual({
      browser: 'Edge',
      os: 'Windows',
    });
    expect(deviceName('Mozilla/5.0 (Macintosh; Intel Mac OS X 14.4; rv:125.0) Gecko/20100101 Firefox/125.0')).toEqual({ browser: 'Firefox', os: 'macOS' });
  });

  it('admits it does not know a device it cannot name', () => {
    expect(deviceName(null)).toBeNull();
    expect(deviceName('curl/8.5.0')).toBeNull();
  });
});
