import { describe, expect, it } from 'vitest';
import {
  classifyRelayAddress,
  isLoopbackHost,
  isRelayAddressProblem,
  type RelayAddressProblem,
} from '../../../shared/sync/relay-address';

const problemOf = (address: string, allowInsecure = false): RelayAddressProblem | 'ok' => {
  const verdict = classifyRelayAddress(address, { allowInsecure });
  return verdict.ok ? 'ok' : verdict.problem;
};

describe('which relay addresses the app will use', () => {
  it('accepts wss:// to any host, and says it is encrypted', () => {
    for (const address of [
      'wss://relay.example.org',
      'wss://relay.example.org:8443/sync',
      'wss://192.0.2.10',
      'wss://[2001:db8::1]:443',
      'wss://localhost:8787',
    ]) {
      const verdict = classifyRelayAddress(address);
      expect(verdict, address).toMatchObject({ ok: true, encrypted: true });
    }
  });

  it('accepts ws:// to 127.0.0.0/8 however the address is written', () => {
    for (const address of [
      'ws://127.0.0.1:8787',
      'ws://127.1.2.3',
      'ws://127.255.255.254:9',
      'ws://127.1:8787',
      'ws://2130706433',
      'ws://0x7f.0.0.1',
      'ws://0177.0.0.1',
      'ws://127.0.0.1.',
    ]) {
      expect(classifyRelayAddress(address), address).toMatchObject({ ok: true, loopback: true });
    }
  });

  it('accepts ws:// to localhost and to the IPv6 loopback in any spelling', () => {
    for (const address of [
      'ws://localhost:8787',
      'ws://LocalHost',
      'ws://[::1]:8787',
      'ws://[0:0:0:0:0:0:0:1]',
      'ws://[::ffff:127.0.0.1]:8787',
    ]) {
      expect(classifyRelayAddress(address), address).toMatchObject({ ok: true, loopback: true });
    }
  });

  it('refuses ws:// to any other host as insecure', () => {
    for (const address of [
      'ws://192.168.1.20:8787',
      'ws://10.0.0.1',
      'ws://0.0.0.0:8787',
      'ws://128.0.0.1',
      'ws://relay.example.org',
      'ws://[fd00::2]:8787',
      'ws://[::2]',
      'ws://[::ffff:192.168.1.1]',
    ]) {
      expect(problemOf(address), address).toBe('insecure');
    }
  });

  it('does not take a look-alike host for this machine', () => {
    for (const address of [
      'ws://localhost.evil.org',
      'ws://127.0.0.1.nip.io:8787',
      'ws://evil.localhost',
      'ws://localhost.',
      'ws://127-0-0-1.example.org',
      'ws://xn--localhost-xyz.org',
    ]) {
      expect(problemOf(address), address).toBe('insecure');
    }
  });

  it('allows ws:// to another host only when the person allowed it for a trial', () => {
    const verdict = classifyRelayAddress('ws://192.168.1.20:8787', { allowInsecure: true });
    expect(verdict).toEqual({
      ok: true,
      url: 'ws://192.168.1.20:8787',
      encrypted: false,
      loopback: false,
    });
  });

  it('reads upper-case schemes and hosts, and hands back a lower-case address', () => {
    expect(classifyRelayAddress('WSS://Relay.Example.ORG')).toMatchObject({
      ok: true,
      url: 'wss://relay.example.org',
    });
    expect(classifyRelayAddress('  WS://LOCALHOST:8787  ')).toMatchObject({
      ok: true,
      url: 'ws://localhost:8787',
    });
    expect(problemOf('WS://relay.example.org')).toBe('insecure');
  });

  it('keeps the path and query, and drops the default port and a bare slash', () => {
    expect(classifyRelayAddress('wss://relay.example.org:443/')).toMatchObject({
      url: 'wss://relay.example.org',
    });
    expect(classifyRelayAddress('wss://relay.example.org/pendamping?team=a')).toMatchObject({
      url: 'wss://relay.example.org/pendamping?team=a',
    });
  });

  it('refuses a user name or password in the address, even an empty one, allowed or not', () => {
    for (const address of [
      'wss://user:secret@relay.example.org',
      'wss://user@relay.example.org',
      'ws://admin@127.0.0.1:8787',
      'ws://@127.0.0.1',
      'ws://:pw@localhost',
    ]) {
      expect(problemOf(address), address).toBe('credentials');
      expect(problemOf(address, true), address).toBe('credentials');
    }
  });

  it('refuses other schemes with their own reason', () => {
    for (const address of [
      'http://127.0.0.1:8787',
      'https://relay.example.org',
      'HTTP://relay.example.org',
      'ftp://relay.example.org',
      'javascript:alert(1)',
      'localhost:8787',
    ]) {
      expect(problemOf(address, true), address).toBe('scheme');
    }
  });

  it('refuses what does not read as an address', () => {
    for (const address of [
      'garbage',
      '127.0.0.1:8787',
      'ws:relay.example.org',
      'ws:/relay.example.org',
      'ws://relay example.org',
      'ws://relay.example.org\n/sync',
      'ws://rel\tay.example.org',
      'ws://127.0.0.1:99999',
      'ws://127.256.0.1',
      'wss://relay.example.org/#team',
      `wss://relay.example.org/${'a'.repeat(2048)}`,
    ]) {
      expect(problemOf(address, true), JSON.stringify(address)).toBe('malformed');
    }
  });

  it('calls an address not typed yet empty, so the screen has nothing to say about it', () => {
    for (const address of ['', '   ', 'ws://', 'wss://', 'WSS://']) {
      expect(problemOf(address), address).toBe('empty');
    }
  });

  it('knows its own reason codes, and no others', () => {
    expect(isRelayAddressProblem('insecure')).toBe(true);
    expect(isRelayAddressProblem('credentials')).toBe(true);
    expect(isRelayAddressProblem('wrong passphrase')).toBe(false);
  });

  it('counts only loopback host names as loopback', () => {
    expect(isLoopbackHost('127.0.0.1')).toBe(true);
    expect(isLoopbackHost('[::1]')).toBe(true);
    expect(isLoopbackHost('127.0.0.1.nip.io')).toBe(false);
    expect(isLoopbackHost('1127.0.0.1')).toBe(false);
    expect(isLoopbackHost('[::1:0]')).toBe(false);
  });
});
